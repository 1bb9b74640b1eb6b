/** Environment, validated in one place (zod). Messages in Indonesian name the variable at fault. */
import path from "node:path";
import { z } from "zod";

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL harus diawali postgres:// atau postgresql://")
    .optional(),
  SAKIP_DATA_DIR: z.string().min(1).optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SAKIP_AUTH_SECRET: z.string().min(32, "SAKIP_AUTH_SECRET minimal 32 karakter").optional(),
});

export type Env = z.infer<typeof EnvSchema>;

export interface AppConfig {
  port: number;
  host: string;
  /** `postgres://…` → PostgreSQL server; undefined → embedded PGlite in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  production: boolean;
  logLevel: Env["LOG_LEVEL"];
  /** Signs session cookies and CSRF tokens; when absent a generated secret is kept in the database. */
  authSecret: string | undefined;
}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Konfigurasi lingkungan tidak valid — ${issues}`);
  }
  const env = parsed.data;
  return {
    port: env.PORT,
    host: env.HOST,
    databaseUrl: env.DATABASE_URL,
    dataDir: path.resolve(env.SAKIP_DATA_DIR ?? "data"),
    production: env.NODE_ENV === "production",
    logLevel: env.LOG_LEVEL,
    authSecret: env.SAKIP_AUTH_SECRET,
  };
}

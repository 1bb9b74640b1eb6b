import { defineConfig } from "drizzle-kit";

// `npm run db:generate` writes SQL migrations into src/storage/migrations; they are committed and applied
// unchanged to PGlite and PostgreSQL (ADR 0002).
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/storage/schema/index.ts",
  out: "./src/storage/migrations",
});

/** Environment, validated in one place (zod). Messages in Indonesian name the variable at fault. */
import { isIP } from "node:net";
import path from "node:path";
import { z } from "zod";
import { BATAS_IMPOR_BAWAAN, type BatasImpor, MB } from "../domain/shared/batas-impor";

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

/**
 * Limits of an uploaded file (issue 18; type and defaults in src/domain/shared/batas-impor.ts, docs/anggaran-impor.md). Every import
 * — budget XLSX/CSV/TSV, XLSX tables — is checked against them before and while the file is read.
 */
const bulat = (nama: string, min: number, max: number, bawaan: number) =>
  z.coerce
    .number({ error: `${nama} harus bilangan bulat` })
    .int(`${nama} harus bilangan bulat`)
    .min(min, `${nama} minimal ${min}`)
    .max(max, `${nama} maksimal ${max}`)
    .default(bawaan);

const D = BATAS_IMPOR_BAWAAN;
const ImporSchema = z.object({
  SAKIP_IMPOR_MAKS_BERKAS_MB: bulat("SAKIP_IMPOR_MAKS_BERKAS_MB", 1, 200, D.ukuranBerkas / MB),
  SAKIP_IMPOR_MAKS_ISI_MB: bulat("SAKIP_IMPOR_MAKS_ISI_MB", 1, 1000, D.ukuranIsi / MB),
  SAKIP_IMPOR_MAKS_RASIO: bulat("SAKIP_IMPOR_MAKS_RASIO", 10, 10_000, D.rasio),
  SAKIP_IMPOR_MAKS_ENTRI: bulat("SAKIP_IMPOR_MAKS_ENTRI", 10, 100_000, D.entri),
  SAKIP_IMPOR_MAKS_BARIS: bulat("SAKIP_IMPOR_MAKS_BARIS", 10, 1_048_576, D.baris),
  SAKIP_IMPOR_MAKS_KOLOM: bulat("SAKIP_IMPOR_MAKS_KOLOM", 10, 16_384, D.kolom),
  SAKIP_IMPOR_MAKS_PANJANG_SEL: bulat("SAKIP_IMPOR_MAKS_PANJANG_SEL", 100, 1_000_000, D.panjangSel),
});

// ── SKM public survey (issue 12, ADR 0021) ──
/**
 * SKM_RATE_LIMIT: public survey submissions per minute from one address (and from one device), 0 = off (a counter
 * kiosk behind one address, the load test). SAKIP_URL_PUBLIK: the server's public base URL printed on the QR poster
 * (e.g. https://sakip.example.go.id); when absent the poster uses the request's own origin (CLI: http://localhost:3000).
 */
const SkmPublikSchema = z.object({
  SKM_RATE_LIMIT: bulat("SKM_RATE_LIMIT", 0, 100_000, 20),
  SAKIP_URL_PUBLIK: z
    .string()
    .regex(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, "SAKIP_URL_PUBLIK harus URL http:// atau https://")
    .transform((u) => u.replace(/\/+$/, ""))
    .optional(),
});
// ── end of the SKM public survey block ──

// ── TTE (issue 17, ADR 0032) ──
/**
 * TTE_URL: the Pemda's BSrE Esign Client Service (e.g. http://10.0.0.5); TTE_PENGGUNA/TTE_SANDI: the gateway's client
 * account (basic auth), not a signer's; TTE_BATAS_WAKTU_DETIK: how long to wait for the gateway.
 */
const TteSchema = z.object({
  TTE_URL: z
    .string()
    .regex(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, "TTE_URL harus URL http:// atau https://")
    .transform((u) => u.replace(/\/+$/, ""))
    .optional(),
  TTE_PENGGUNA: z.string().optional(),
  TTE_SANDI: z.string().optional(),
  TTE_BATAS_WAKTU_DETIK: bulat("TTE_BATAS_WAKTU_DETIK", 1, 600, 60),
});
// ── end of the TTE block ──

const SemuaSchema = EnvSchema.extend(ImporSchema.shape).extend(SkmPublikSchema.shape).extend(TteSchema.shape);

export type Env = z.infer<typeof SemuaSchema>;

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
  akun: AkunConfig;
  /** SAKIP_IMPOR_* limits of uploaded files. */
  batasImpor: BatasImpor;
  /** SKM public survey: SKM_RATE_LIMIT and SAKIP_URL_PUBLIK (ADR 0021). */
  skmPublik: { batasPerMenit: number; urlPublik: string | undefined };
  /** TTE gateway (ADR 0032). */
  tte: { url: string | undefined; pengguna: string | undefined; sandi: string | undefined; batasWaktuDetik: number };
}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = SemuaSchema.extend(AkunEnvSchema.shape).safeParse(cleaned);
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
    akun: akunConfig(env),
    batasImpor: {
      ukuranBerkas: env.SAKIP_IMPOR_MAKS_BERKAS_MB * MB,
      ukuranIsi: env.SAKIP_IMPOR_MAKS_ISI_MB * MB,
      rasio: env.SAKIP_IMPOR_MAKS_RASIO,
      entri: env.SAKIP_IMPOR_MAKS_ENTRI,
      baris: env.SAKIP_IMPOR_MAKS_BARIS,
      kolom: env.SAKIP_IMPOR_MAKS_KOLOM,
      panjangSel: env.SAKIP_IMPOR_MAKS_PANJANG_SEL,
    },
    skmPublik: { batasPerMenit: env.SKM_RATE_LIMIT, urlPublik: env.SAKIP_URL_PUBLIK },
    tte: {
      url: env.TTE_URL,
      pengguna: env.TTE_PENGGUNA,
      sandi: env.TTE_SANDI,
      batasWaktuDetik: env.TTE_BATAS_WAKTU_DETIK,
    },
  };
}

// ── Accounts: sign-in behind a reverse proxy, address throttle (issue 18, ADR 0015) ─────────────────────────────
/**
 * SAKIP_PROXY_TEPERCAYA: the reverse proxies whose X-Forwarded-For is believed, as a comma-separated list of
 * addresses or CIDR ranges. List the proxies' exact addresses (e.g. "127.0.0.1,::1" or "10.20.0.5"): every
 * address trusted can write any X-Forwarded-For, so a wide range such as 10.0.0.0/8, which usually holds the office
 * PCs too, lets any of them pick its throttle key (a range wider than /24 or /64 is warned about at start, see
 * `peringatanProxyLuas`). Empty (the default): the socket's own address is the client and X-Forwarded-For is
 * ignored, since any client can write that header.
 * SAKIP_MASUK_MAKS_PER_ALAMAT: failed sign-ins from one address, over all accounts, within 15 minutes before the
 * address is throttled (default 100; one account from one address is throttled after 10).
 */
const AkunEnvSchema = z.object({
  SAKIP_PROXY_TEPERCAYA: z
    .string()
    .transform((teks, ctx) => {
      const daftar = teks
        .split(",")
        .map((x) => x.trim())
        .filter(Boolean);
      for (const item of daftar) {
        const salah = cekAlamatAtauCidr(item);
        if (salah) ctx.addIssue({ code: "custom", message: `"${item}": ${salah}` });
      }
      return daftar;
    })
    .optional(),
  SAKIP_MASUK_MAKS_PER_ALAMAT: z.coerce
    .number()
    .int("SAKIP_MASUK_MAKS_PER_ALAMAT harus bilangan bulat")
    .min(10, "SAKIP_MASUK_MAKS_PER_ALAMAT minimal 10")
    .max(100_000, "SAKIP_MASUK_MAKS_PER_ALAMAT maksimal 100000")
    .optional(),
});

export interface AkunConfig {
  /** Trusted reverse proxies (addresses or CIDR ranges); empty = trust none, use the socket address. */
  proxyTepercaya: string[];
  /** Failed sign-ins per address (all accounts) in the throttle window; undefined = the built-in default. */
  maksGagalPerAlamat: number | undefined;
}

/** An IPv4/IPv6 address or CIDR range; returns what is wrong with it in Indonesian, or null when it is fine. */
export function cekAlamatAtauCidr(item: string): string | null {
  const [alamat = "", prefix, lebih] = item.split("/");
  const versi = isIP(alamat);
  if (lebih !== undefined || versi === 0)
    return "bukan alamat IPv4/IPv6 atau rentang CIDR (contoh 10.20.0.5 atau 10.20.0.0/29)";
  if (prefix === undefined) return null;
  const maks = versi === 4 ? 32 : 128;
  if (!/^\d{1,3}$/.test(prefix) || Number(prefix) > maks) return `panjang prefiks CIDR harus 0–${maks}`;
  return null;
}

// Wider than this, a trusted range most likely holds ordinary clients as well as the proxy (review of issue 18).
const PREFIKS_SEMPIT = { 4: 24, 6: 64 } as const;

/**
 * The start-up warning for trusted proxy entries wider than /24 (IPv4) or /64 (IPv6), or null when there are none.
 * Each address in such a range can forge X-Forwarded-For and so dodge the per-address sign-in throttle.
 */
export function peringatanProxyLuas(daftar: readonly string[]): string | null {
  const luas = daftar.filter((item) => {
    const [alamat = "", prefix] = item.split("/");
    const versi = isIP(alamat);
    return prefix !== undefined && (versi === 4 || versi === 6) && Number(prefix) < PREFIKS_SEMPIT[versi];
  });
  if (!luas.length) return null;
  return (
    `SAKIP_PROXY_TEPERCAYA memuat rentang yang luas (${luas.join(", ")}; lebih luas dari /24 untuk IPv4 atau /64 ` +
    "untuk IPv6): setiap komputer di rentang itu dapat memalsukan X-Forwarded-For dan menghindari batas percobaan " +
    "masuk per alamat. Tuliskan alamat persis reverse proxy saja."
  );
}

function akunConfig(env: z.infer<typeof AkunEnvSchema>): AkunConfig {
  return { proxyTepercaya: env.SAKIP_PROXY_TEPERCAYA ?? [], maksGagalPerAlamat: env.SAKIP_MASUK_MAKS_PER_ALAMAT };
}
// ── end of the accounts block ─────────────────────────────────────────────────────────────────────────────────

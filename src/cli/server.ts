/**
 * Starts the HTTP server: migrate, (first embedded start) load the demo, serve API + web UI, and close the
 * database cleanly on SIGINT/SIGTERM.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serve, type ServerType } from "@hono/node-server";
import type { Logger } from "pino";
import { createApp } from "../api/app";
import { type AppConfig, peringatanProxyLuas } from "../config/env";
import { createLogger } from "../config/logger";
import { PemeriksaKataSandiDemo } from "../services/auth/kata-sandi-demo";
import { BATAS_ALAMAT_BAWAAN } from "../services/auth/pembatas-masuk";
import { hentikanPembaca } from "../services/berkas/pembaca";
import { buatAkunDemo, isDemoLoaded, loadDemo, teksAkunDemo } from "../demo";
import { pasangPenyaji } from "./penyaji";
import { openRuntime } from "./runtime";
import { VERSION } from "./version";
// M2 issue 15: the job queue (reminders, e-mail) started with the server, stopped before the database (ADR 0035)
import { type ConfigTugas, loadConfigTugas } from "../config/tugas";
import { LayananTugas } from "../services/tugas/layanan-tugas";
import { buatPengirimSmtp } from "../services/tugas/surel-smtp";
import { bukaAntrianPgBoss } from "../storage/antrian-tugas";

export const DEFAULT_WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../dist/web");

export const DEFAULT_SKM_PUBLIK_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../dist/skm-publik",
);

export interface StartOptions {
  config: AppConfig;
  /** Load the demo when the embedded database is new (never in production or on PostgreSQL). */
  demoOnFirstStart: boolean;
  webDir?: string;
  onListening?: (url: string) => void;
  /** Where the demo accounts are printed once when created (default: stdout). */
  print?: (text: string) => void;
  /** Default: JSON lines on stderr at config.logLevel. */
  logger?: Logger;
  /** Job queue and mail (SMTP_URL, SAKIP_ANTREAN …); default read from the environment (src/config/tugas.ts). */
  tugas?: ConfigTugas;
}

export interface RunningServer {
  url: string;
  /** Settles when the production check for public demo passwords has logged its warning (or found none). */
  pemeriksaanKataSandiDemo: Promise<void>;
  stop(): Promise<void>;
}

export async function startServer(options: StartOptions): Promise<RunningServer> {
  const { config } = options;
  const logger = options.logger ?? createLogger(config.logLevel);
  const started = performance.now();
  // Milliseconds of each start-up phase, in the "server siap" log line (issue 16: start < 2 s on an existing folder).
  const fase: Record<string, number> = {};
  let tanda = started;
  const catatFase = (nama: string) => {
    const kini = performance.now();
    fase[nama] = Math.round(kini - tanda);
    tanda = kini;
  };
  const runtime = await openRuntime(config, { onWarning: (m) => logger.warn(m) });
  catatFase("basisData");
  const embedded = runtime.database.engine === "pglite";
  // M2 issue 15: the renderers before the demo, which publishes the Sei Balai LKjIP and PK documents on the portal
  pasangPenyaji();
  if (options.demoOnFirstStart && embedded && !config.production && !(await isDemoLoaded(runtime.ctx))) {
    const summary = await loadDemo(runtime.ctx);
    logger.info({ summary }, "data demo dimuat");
  }
  if (options.demoOnFirstStart && embedded && !config.production && (await isDemoLoaded(runtime.ctx))) {
    // Demo accounts with fixed passwords: embedded demo only, created once per database (ADR 0008).
    const akun = await buatAkunDemo(runtime.ctx, { produksi: false });
    if (akun.dibuat.length) (options.print ?? ((t) => process.stdout.write(`${t}\n`)))(teksAkunDemo(akun.dibuat));
  }
  pasangPenyaji(); // DOCX/PDF/XLSX/HTML renderers behind the report services' port
  catatFase("demo");
  const configTugas = options.tugas ?? loadConfigTugas(process.env);
  const urlAplikasi = config.skmPublik.urlPublik ?? `http://${config.host}:${config.port}`;
  const tugas = configTugas.antrean
    ? new LayananTugas(
        runtime.ctx,
        bukaAntrianPgBoss(runtime.database, { onGalat: (e) => logger.warn({ err: e }, "antrean tugas") }),
        {
          pengirim: configTugas.smtpUrl ? buatPengirimSmtp(configTugas.smtpUrl, configTugas.smtpDari) : null,
          aturan: configTugas.aturan,
          urlAplikasi,
          catat: (p) => logger.info(p, "tugas"),
        },
      )
    : null;
  // Password reset by e-mail (ADR 0044): only with SMTP_URL, and in production only with SAKIP_URL_PUBLIK, so the
  // link in the mail never takes its host from a request's Host header.
  const urlPublik = config.skmPublik.urlPublik;
  const pengirimReset =
    configTugas.smtpUrl && (urlPublik || !config.production)
      ? buatPengirimSmtp(configTugas.smtpUrl, configTugas.smtpDari)
      : null;
  const pemeriksaKataSandiDemo = new PemeriksaKataSandiDemo();
  const app = createApp({
    ctx: runtime.ctx,
    logger,
    version: VERSION,
    webDir: options.webDir ?? DEFAULT_WEB_DIR,
    auth: {
      rahasia: config.authSecret,
      produksi: config.production,
      pemeriksaKataSandiDemo,
      batasAlamat: {
        ...BATAS_ALAMAT_BAWAAN,
        maksPerAlamat: config.akun.maksGagalPerAlamat ?? BATAS_ALAMAT_BAWAAN.maksPerAlamat,
      },
      resetKataSandi: pengirimReset
        ? {
            pengirim: pengirimReset,
            urlPublik,
            catat: (e) => logger.warn({ err: e }, "surel atur ulang kata sandi gagal"),
          }
        : undefined,
    },
    proxyTepercaya: config.akun.proxyTepercaya,
    skmPublik: { batasPerMenit: config.skmPublik.batasPerMenit, urlPublik: config.skmPublik.urlPublik },
    skmPublikDir: DEFAULT_SKM_PUBLIK_DIR,
    pengingat: { layanan: tugas },
    tte: {
      url: config.tte.url,
      pengguna: config.tte.pengguna,
      sandi: config.tte.sandi,
      batasWaktuDetik: config.tte.batasWaktuDetik,
    },
  });
  catatFase("aplikasi");
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const url = `http://${config.host}:${port}`;
  catatFase("listen");
  // better-auth loads on first use (LayananAuth); warm it now that /healthz answers, before the first sign-in.
  void import("../services/auth/better-auth").catch(() => undefined);
  // The job queue starts once the server listens (issue 16): pg-boss's start (its schema check, the queues, the cron
  // schedule) takes a good part of a second on PGlite and nothing before /healthz needs it. Until it runs, a
  // reminder "run now" writes its deliveries and leaves them waiting (LayananTugas.antrekanMenunggu); the start-up
  // run then queues them. A failed start still fails the whole start, as before.
  if (tugas) {
    try {
      await tugas.mulai();
    } catch (error) {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await runtime.close();
      throw error;
    }
  }
  catatFase("antrean");
  logger.info(
    {
      url,
      engine: runtime.database.engine,
      migrasiDiterapkan: runtime.migrasiDiterapkan,
      startupMs: Math.round(performance.now() - started),
      fase,
      // since the process began: module loading of the bundle included
      sejakProsesMs: Math.round(performance.now()),
    },
    "server siap",
  );

  const proxyLuas = peringatanProxyLuas(config.akun.proxyTepercaya);
  if (proxyLuas) logger.warn({ proxyTepercaya: config.akun.proxyTepercaya }, proxyLuas);

  // Production still using a public demo password (a data folder first set up as the demo): warn, in the
  // background, since each account costs a few argon2 checks (ADR 0015). The admin page shows the same list.
  const berhenti = new AbortController();
  const pemeriksaanKataSandiDemo = config.production
    ? pemeriksaKataSandiDemo.periksa(runtime.ctx.db, null, berhenti.signal).then(
        (akun) => {
          if (akun.length && !berhenti.signal.aborted)
            logger.warn(
              { akun: akun.map((a) => a.email) },
              `${akun.length} akun aktif masih memakai kata sandi demo yang diketahui umum (README bagian Demo); ` +
                "atur ulang kata sandinya (sakip user reset-password --email …)",
            );
        },
        (error: unknown) => logger.error({ err: error }, "pemeriksaan kata sandi demo gagal"),
      )
    : Promise.resolve();

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      berhenti.abort();
      await pemeriksaanKataSandiDemo; // it reads the database: let it end before the database closes
      await hentikanPembaca();
      await tugas?.berhenti();
      pengirimReset?.tutup();
      await runtime.close();
      logger.info("server berhenti, basis data ditutup");
    })();
    return stopping;
  };
  return { url, pemeriksaanKataSandiDemo, stop };
}

/** Installs SIGINT/SIGTERM handlers that stop the server gracefully, then exit. */
export function stopOnSignals(server: RunningServer): void {
  const handler = (signal: NodeJS.Signals) => {
    process.stderr.write(`\nMenerima ${signal}, menghentikan server…\n`);
    server.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", handler);
  process.once("SIGTERM", handler);
}

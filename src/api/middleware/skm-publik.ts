/**
 * Anti-abuse of the public SKM intake (issue 12, ADR 0021), before the intake route
 * (`POST /api/v1/publik/skm/{pemda}/{layanan}`):
 * - per address and per device (header `x-perangkat-skm`, a random id the public page keeps in the browser):
 *   at most SKM_RATE_LIMIT submissions per minute each (0 = off) → 429 with Retry-After;
 * - the honeypot field `situs` (hidden from people) filled → 400;
 * - the same answers from the same device (or address) within two minutes under another idempotency key → 409
 *   (not on the kiosk, where two people may well give the same answers; the kiosk is limited per device);
 * - a one-time code when the service asks for one (`periksaKode`, services/skm-publik): a code sent is checked and
 *   taken here; a submission without one is refused by the intake's insert statement when the service asks for one.
 * The per-address and per-device limits are counted in PostgreSQL when the app runs on it, so several app servers
 * share them (ADR 0031); on the embedded database (one process) in memory. The duplicate guard likewise (ADR 0038).
 */
import type { Context, MiddlewareHandler } from "hono";
import { jendelaBersama } from "../../services/skm-publik/batas-laju";
import { penjagaDuplikatBersama } from "../../services/skm-publik/duplikat-bersama";
import { isiJebakan, perangkatSah, sidikJawaban } from "../../domain/skm-publik/pembatas";
import type { AppEnv } from "../env";
import { problem } from "../problem";

export const HEADER_PERANGKAT = "x-perangkat-skm";

export interface OpsiSkmPublik {
  /** SKM_RATE_LIMIT: submissions per minute per address and per device; 0 = off. */
  batasPerMenit: number;
  /** SAKIP_URL_PUBLIK: the base of the links on the poster and code slips (else the request's origin). */
  urlPublik?: string | undefined;
  /** Clock (tests). */
  sekarang?: () => number;
  /**
   * The one-time code check, run after the other checks: returns a refusal problem's detail (Indonesian) or null, and
   * a release callback for when the intake then refuses the submission.
   */
  kodeSekali?: PemeriksaKode;
}

export type PemeriksaKode = (
  c: Context<AppEnv>,
  arg: { pemda: string; layanan: string; kunci: string; kode: string | undefined },
) => Promise<{ tolak: { status: 400 | 403 | 409; detail: string } | null; lepas?: () => Promise<void> }>;

/** The requests whose one-time code this middleware checked and took (read by the intake route). */
export const kodeSekaliDiterima = new WeakSet<Request>();

export const OPSI_SKM_PUBLIK_BAWAAN: OpsiSkmPublik = { batasPerMenit: 20 };

/** The intake path: /api/v1/publik/skm/{pemda}/{layanan} (two segments, nothing after). */
export const JALUR_INTAKE_SKM = /^\/api\/v1\/publik\/skm\/([^/]+)\/([^/]+)\/?$/;

export function skmPublikMiddleware(opsi: OpsiSkmPublik = OPSI_SKM_PUBLIK_BAWAAN): MiddlewareHandler<AppEnv> {
  const perAlamat = jendelaBersama(opsi.batasPerMenit);
  const perPerangkat = jendelaBersama(opsi.batasPerMenit);
  const duplikat = penjagaDuplikatBersama();
  const jam = opsi.sekarang ?? Date.now;

  return async (c, next) => {
    const cocok = c.req.method === "POST" ? JALUR_INTAKE_SKM.exec(c.req.path) : null;
    if (!cocok) return next();
    const [, pemda = "", layanan = ""] = cocok;
    const t = jam();
    const perangkat = perangkatSah(c.req.header(HEADER_PERANGKAT));

    for (const [jendela, kunci, siapa] of [
      [perAlamat, `a:${c.get("alamatKlien")}`, "alamat ini"],
      ...(perangkat ? [[perPerangkat, `p:${perangkat}`, "perangkat ini"] as const] : []),
    ] as const) {
      const hasil = await jendela.coba(c.get("ctx"), kunci, t);
      if (!hasil.boleh) {
        const detik = Math.ceil(hasil.tungguMs / 1000);
        c.header("retry-after", String(detik));
        return problem(c, 429, "Terlalu banyak kiriman", {
          detail:
            `Batas ${opsi.batasPerMenit} kiriman survei per menit dari ${siapa} tercapai (SKM_RATE_LIMIT); ` +
            `coba lagi dalam ${detik} detik.`,
        });
      }
    }

    let isi: Record<string, unknown>;
    try {
      const mentah: unknown = await c.req.json();
      if (!mentah || typeof mentah !== "object" || Array.isArray(mentah)) return next();
      isi = mentah as Record<string, unknown>;
    } catch {
      return next(); // not JSON: the intake route's own validation answers 400
    }

    if (isiJebakan(isi.situs))
      return problem(c, 400, "Kiriman ditolak", {
        detail: "Isian 'situs' harus dibiarkan kosong; kiriman tidak disimpan.",
        errors: [{ field: "situs", message: "Isian ini harus kosong" }],
      });

    const kunci = typeof isi.kunci === "string" ? isi.kunci : "";
    const sidik =
      isi.saluran === "kiosk"
        ? null
        : sidikJawaban(perangkat ?? `a:${c.get("alamatKlien")}`, `${pemda}/${layanan}`, isi);
    if (sidik && kunci && (await duplikat.periksa(c.get("ctx"), sidik, kunci, t)) === "duplikat")
      return problem(c, 409, "Jawaban ganda", {
        detail:
          "Jawaban yang sama baru saja dikirim dari perangkat ini untuk layanan ini; kiriman kedua tidak disimpan.",
      });

    let lepas: (() => Promise<void>) | undefined;
    const kode = typeof isi.kodeSekali === "string" && isi.kodeSekali.trim() ? isi.kodeSekali : undefined;
    // no code sent: no lookup here; the intake's insert statement itself refuses a service that asks for one
    // (a submission costs one round trip; the setting is read in that statement, so a change applies at once)
    if (opsi.kodeSekali && kode) {
      const hasil = await opsi.kodeSekali(c, { pemda, layanan, kunci, kode });
      if (hasil.tolak)
        return problem(c, hasil.tolak.status, "Kode sekali pakai ditolak", {
          detail: hasil.tolak.detail,
          errors: [{ field: "kodeSekali", message: hasil.tolak.detail }],
        });
      lepas = hasil.lepas;
      if (lepas) kodeSekaliDiterima.add(c.req.raw); // a code was taken for this submission
    }

    await next();
    if (c.res.status === 201 || c.res.status === 200) {
      if (sidik && kunci) await duplikat.catat(c.get("ctx"), sidik, kunci, t);
    } else if (lepas) await lepas();
  };
}

/**
 * The public survey, no sign-in (issue 12): the questionnaire of a layanan (`GET /api/v1/publik/skm/{pemda}/{layanan}`)
 * and the intake of one answer (`POST …`). A public submission can write only its own answer: one INSERT … SELECT
 * that resolves the layanan and its OPD's open period and skips a replayed kunci (ON CONFLICT), so a burst loses
 * none and counts none twice. A replayed kunci answers 200 with the same body as the first 201 (found by that same
 * statement). Nothing is cached: the period's status and the "wajib kode" setting are read by the statement itself,
 * so closing a period refuses the next submission (ADR 0042).
 * Anti-abuse (rate limit, honeypot, one-time code) is the caller's: `PemeriksaPublik` is the hook run before insert.
 */
import { tanggalDiZona } from "../../domain/pengaturan/zona-waktu";
import { bacaPengaturanPemda } from "../pengaturan/pengaturan-pemda";
import {
  bersihkanSaran,
  type ButirKuesioner,
  JENIS_KELAMIN_SKM,
  kuesionerBawaan,
  MAKS_SARAN,
  PEKERJAAN_SKM,
  PENDIDIKAN_SKM,
  periksaJawaban,
  SALURAN,
} from "../../domain/skm";
import { KODE_UNSUR, UNSUR } from "../../domain/ikm/unsur";
import { DomainError } from "../../domain/shared/errors";
import {
  getLayananKode,
  insertRespondenPublik,
  kuesionerTerbaru,
  opdId as opdDariId,
  pemdaSlug,
  periodeTerbukaPada,
  respondenKunci,
} from "../../storage/repositories/skm-repository";
import { getWajibKode } from "../../storage/repositories/skm-publik-repository";
import type { ServiceContext } from "../context";
import { ConflictError, NotFoundError } from "../errors";

export const MAKS_KUNCI = 100;
const SALURAN_PUBLIK: readonly string[] = SALURAN.filter((s) => s !== "kertas" && s !== "impor");
const POLA_KUNCI = /^[A-Za-z0-9._:-]{8,100}$/;

export interface KuesionerPublik {
  pemda: { slug: string; nama: string };
  opd: { nama: string };
  layanan: { kode: string; nama: string; namaEn: string | null };
  periode: { kode: string; mulai: string; selesai: string };
  kuesionerVersi: number | null;
  unsur: Array<ButirKuesioner & { nama: string }>;
  pilihanResponden: {
    jenisKelamin: string[];
    pendidikan: string[];
    pekerjaan: string[];
  };
  maksSaran: number;
}

export interface KirimanPublik {
  kunci: string;
  jawaban: Record<string, unknown>;
  responden?: Record<string, unknown> | null | undefined;
  saran?: string | null | undefined;
  saluran?: "online" | "qr" | "kiosk" | undefined;
  /** One-time code printed at the counter; checked by the hook (m2-skm-publik), passed through here. */
  kodeSekali?: string | undefined;
}

export interface JawabanDiterima {
  id: string;
  kunci: string;
  layanan: string;
  periode: string;
  saluran: string;
  diterimaPada: string;
  pesan: string;
}

/** A check run before the insert (rate limit, honeypot, one-time code); throws to refuse. */
export type PemeriksaPublik = (
  ctx: ServiceContext,
  p: {
    pemda: string;
    layanan: string;
    /** The whole body as sent (honeypot fields pass through the contract). */
    kiriman: KirimanPublik & Record<string, unknown>;
    /** The client's address (through trusted proxies) and a request header reader (device id, user agent). */
    alamat: string | null;
    header: (nama: string) => string | undefined;
  },
) => Promise<void>;

/** What the route knows of the request, for the hook. */
export interface AsalPermintaan {
  alamat: string | null;
  header: (nama: string) => string | undefined;
  /**
   * The request's one-time code was checked and taken before the intake (api/middleware/skm-publik.ts). Without it a
   * service that asks for a code ("wajib kode") refuses the submission, inside the insert statement itself.
   */
  kodeSekaliDiterima?: boolean;
}

/** The questionnaire of a layanan with its open period; 404 unknown/inactive layanan, 409 no open period today. */
export async function bacaKuesionerPublik(
  ctx: ServiceContext,
  pemda: string,
  layananKode: string,
): Promise<KuesionerPublik> {
  const pd = await pemdaSlug(ctx.db, pemda);
  const l = pd ? await getLayananKode(ctx.db, pd.id, layananKode.trim().toLowerCase()) : undefined;
  if (!pd || !l || !l.aktif) throw new NotFoundError(`layanan survei "${layananKode}" tidak ditemukan`);
  const { zonaWaktu } = await bacaPengaturanPemda(ctx.db, pd.id);
  const [opd, periode, k] = await Promise.all([
    opdDariId(ctx.db, l.opdId),
    periodeTerbukaPada(ctx.db, l.opdId, tanggalDiZona(ctx.now(), zonaWaktu)),
    kuesionerTerbaru(ctx.db, l.id),
  ]);
  const p = periode[0];
  if (!p) {
    throw new ConflictError(`survei untuk layanan "${l.nama}" sedang tidak dibuka; terima kasih atas kesediaan Anda`);
  }
  const butir = (k?.butir as ButirKuesioner[] | undefined) ?? kuesionerBawaan();
  return {
    pemda: { slug: pd.slug, nama: pd.nama },
    opd: { nama: opd?.nama ?? "" },
    layanan: { kode: l.kode, nama: l.nama, namaEn: l.namaEn },
    periode: { kode: p.kode, mulai: p.mulai, selesai: p.selesai },
    kuesionerVersi: k?.versi ?? null,
    unsur: butir.map((b) => ({ ...b, nama: UNSUR[b.unsur].nama })),
    pilihanResponden: {
      jenisKelamin: [...JENIS_KELAMIN_SKM],
      pendidikan: [...PENDIDIKAN_SKM],
      pekerjaan: [...PEKERJAAN_SKM],
    },
    maksSaran: MAKS_SARAN,
  };
}

function periksaKunci(kunci: unknown): string {
  if (typeof kunci !== "string" || !POLA_KUNCI.test(kunci)) {
    throw new DomainError(
      "kunci_tidak_valid",
      "kunci: wajib 8–100 karakter huruf, angka, titik, titik dua, garis bawah atau tanda hubung (mis. UUID)",
      { field: "kunci" },
    );
  }
  return kunci;
}

function diterima(r: {
  id: string;
  kunci: string;
  layananKode: string;
  periodeKode: string;
  saluran: string;
  waktu: Date;
}): JawabanDiterima {
  return {
    id: r.id,
    kunci: r.kunci,
    layanan: r.layananKode,
    periode: r.periodeKode,
    saluran: r.saluran,
    diterimaPada: r.waktu.toISOString(),
    pesan: "Terima kasih, jawaban Anda telah kami terima",
  };
}

/**
 * Stores one public answer. `baru` true → 201; false → the kunci was already stored (200, same body).
 * Unknown layanan → NotFoundError (404); no open period → ConflictError (409); bad answers → DomainError (400).
 */
export async function kirimJawabanPublik(
  ctx: ServiceContext,
  pemda: string,
  layananKode: string,
  k: KirimanPublik & Record<string, unknown>,
  pemeriksa?: PemeriksaPublik,
  asal: AsalPermintaan = { alamat: null, header: () => undefined },
): Promise<{ baru: boolean; hasil: JawabanDiterima }> {
  const kunci = periksaKunci(k.kunci);
  const j = periksaJawaban({ jawaban: k.jawaban, responden: k.responden, saran: k.saran });
  const saluran: string = k.saluran ?? "online";
  if (!SALURAN_PUBLIK.includes(saluran)) {
    throw new DomainError("saluran_tidak_valid", `saluran "${saluran}" tidak dikenal (online, qr, kiosk)`, {
      field: "saluran",
    });
  }
  if (pemeriksa) await pemeriksa(ctx, { pemda, layanan: layananKode, kiriman: k, ...asal });
  const kode = layananKode.trim().toLowerCase();
  const kodeDiterima = asal.kodeSekaliDiterima === true;
  const row = await insertRespondenPublik(ctx.db, {
    pemdaSlug: pemda,
    layananKode: kode,
    // the period is open on today's date in the Pemda's zone (WIB/WITA/WIT, its settings), chosen in the insert
    tanggal: {
      wib: tanggalDiZona(ctx.now(), "Asia/Jakarta"),
      wita: tanggalDiZona(ctx.now(), "Asia/Makassar"),
      wit: tanggalDiZona(ctx.now(), "Asia/Jayapura"),
    },
    kunci,
    nilai: KODE_UNSUR.map((u) => j.nilai[u]),
    ...j.profil,
    saran: j.saran,
    saranBersih: j.saran === null ? null : bersihkanSaran(j.saran),
    saluran,
    waktu: ctx.now(),
    kodeDiterima,
  });
  // one statement answered a new submission or a replay (the common cases: one round trip each)
  if (row) return { baru: row.baru, hasil: diterima(row) };
  // nothing inserted and no earlier row seen: a replay committed meanwhile, or no such layanan / a code needed /
  // no open period — tell which (the rare path)
  const pd = await pemdaSlug(ctx.db, pemda);
  if (!pd) throw new NotFoundError(`layanan survei "${layananKode}" tidak ditemukan`);
  const lama = await respondenKunci(ctx.db, pd.id, kunci);
  if (lama) return { baru: false, hasil: diterima(lama) };
  const l = await getLayananKode(ctx.db, pd.id, kode);
  if (!l || !l.aktif) throw new NotFoundError(`layanan survei "${layananKode}" tidak ditemukan`);
  if (!kodeDiterima && (await getWajibKode(ctx.db, pd.id, kode)))
    throw new DomainError("SKM_KODE_WAJIB", "Kode sekali pakai wajib diisi untuk layanan ini (minta di loket).", {
      field: "kodeSekali",
    });
  throw new ConflictError(
    `survei untuk layanan "${l.nama}" sedang tidak dibuka (tidak ada periode survei terbuka hari ini); jawaban tidak disimpan`,
  );
}

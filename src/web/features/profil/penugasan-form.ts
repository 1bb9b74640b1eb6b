/**
 * The Plt./Plh. form's checks in the browser (issue 17), per field with Indonesian messages: the same rules as the
 * server (src/domain/pejabat/penugasan.ts and the overlap check of services/organisasi/penugasan-pejabat.ts), which
 * checks again; this only tells the user before sending.
 */
import { AWALAN_PENUGASAN, type JenisPenugasan } from "../../../domain/pejabat/penugasan";
import { isTanggalValid } from "../../../domain/format/tanggal";

export interface IsianPenugasan {
  pejabatId: string | null;
  jenis: JenisPenugasan | null;
  jabatanDiisi: string;
  nomorSk: string;
  /** "YYYY-MM-DD" (input type=date), "" when empty. */
  mulai: string;
  selesai: string;
}

export interface PenugasanAda {
  id: string;
  pejabatId: string;
  jenis: JenisPenugasan;
  jabatanDiisi: string;
  nomorSk: string;
  mulai: string;
  selesai: string | null;
}

export type GalatPenugasan = Partial<Record<keyof IsianPenugasan, string>>;

export const ISIAN_KOSONG: IsianPenugasan = {
  pejabatId: null,
  jenis: "plt",
  jabatanDiisi: "",
  nomorSk: "",
  mulai: "",
  selesai: "",
};

/** True for a real calendar date "YYYY-MM-DD". */
export function tanggalSah(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m !== null && isTanggalValid({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
}

const rapikan = (s: string) => s.trim().replace(/\s+/g, " ");

/** Field → message; empty object when the form may be sent. `ada` = the OPD's recorded assignments. */
export function periksaIsian(i: IsianPenugasan, ada: readonly PenugasanAda[]): GalatPenugasan {
  const g: GalatPenugasan = {};
  if (!i.pejabatId) g.pejabatId = "Pilih pejabat yang ditugaskan";
  if (i.jenis !== "plt" && i.jenis !== "plh") g.jenis = "Pilih Plt. (Pelaksana Tugas) atau Plh. (Pelaksana Harian)";
  const jabatan = rapikan(i.jabatanDiisi);
  if (jabatan === "") g.jabatanDiisi = "Jabatan yang diisi wajib diisi, mis. Camat Sei Balai";
  else if (jabatan.length > 200) g.jabatanDiisi = "Jabatan yang diisi paling banyak 200 karakter";
  else if (/^pl[th]\.?\s/i.test(jabatan))
    g.jabatanDiisi = 'Tulis jabatannya saja, tanpa "Plt."/"Plh." (awalan ditambahkan saat dicetak)';
  const sk = rapikan(i.nomorSk);
  if (sk === "") g.nomorSk = "Nomor SK penunjukan wajib diisi";
  else if (sk.length > 200) g.nomorSk = "Nomor SK paling banyak 200 karakter";
  if (i.mulai === "") g.mulai = "Tanggal mulai wajib diisi";
  else if (!tanggalSah(i.mulai)) g.mulai = "Tanggal mulai tidak sah";
  if (i.selesai !== "" && !tanggalSah(i.selesai)) g.selesai = "Tanggal selesai tidak sah";
  else if (i.selesai !== "" && !g.mulai && i.selesai < i.mulai)
    g.selesai = "Tanggal selesai tidak boleh sebelum tanggal mulai";
  if (!g.mulai && !g.selesai && !g.pejabatId && i.jenis) {
    const akhir = i.selesai || "9999-12-31";
    const tumpang = ada.find(
      (x) =>
        x.pejabatId === i.pejabatId &&
        x.jenis === i.jenis &&
        x.mulai <= akhir &&
        (x.selesai ?? "9999-12-31") >= i.mulai,
    );
    if (tumpang)
      g.mulai = `Periode bertumpang tindih dengan ${AWALAN_PENUGASAN[tumpang.jenis]} ${tumpang.jabatanDiisi} (SK ${tumpang.nomorSk}) yang sudah dicatat untuk pejabat ini`;
  }
  return g;
}

/** The end date check of "Akhiri": a real date, not before the start, not after an end already set. */
export function periksaAkhir(p: Pick<PenugasanAda, "mulai" | "selesai">, selesai: string): string | null {
  if (selesai === "") return "Tanggal berakhir wajib diisi";
  if (!tanggalSah(selesai)) return "Tanggal berakhir tidak sah";
  if (selesai < p.mulai) return "Tanggal berakhir tidak boleh sebelum tanggal mulai penugasan";
  if (p.selesai !== null && selesai > p.selesai)
    return "Penugasan ini sudah berakhir lebih awal; perpanjangan dicatat sebagai penugasan baru (SK baru)";
  return null;
}

export type StatusPenugasan = "berlaku" | "akan" | "berakhir";

/** Status of an assignment on `hari` (ISO date). */
export function statusPada(p: Pick<PenugasanAda, "mulai" | "selesai">, hari: string): StatusPenugasan {
  if (p.mulai > hari) return "akan";
  if (p.selesai !== null && p.selesai < hari) return "berakhir";
  return "berlaku";
}

/** Today as "YYYY-MM-DD" in the browser's zone. */
export function hariIni(d = new Date()): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

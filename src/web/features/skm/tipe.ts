/**
 * The SKM API as the Petugas SKM pages read it: the answer types are the server's contracts (src/web/api/skema.d.ts,
 * generated from src/api/routes/skema-skm.ts and skm-responden.ts; ADR 0034), never written by hand; and every path
 * in one place.
 */
import type { Skema } from "../../api/tipe";

export type LayananSkm = Skema<"LayananSkm">;
export type PeriodeSkm = Skema<"PeriodeSkm">;
export type DaftarSkm = Skema<"DaftarLayananSkm">;
/** IKM, mutu and NRR per unsur of a set of answers (null when there are none). */
export type RingkasIkm = NonNullable<Skema<"RingkasIkmSkm">>;
export type HasilSkmOpd = Skema<"HasilSkmOpd">;
export type SampelSkm = NonNullable<HasilSkmOpd["layanan"][number]["sampel"]>;
export type SaranSkm = Skema<"SaranSkm">;
export type RtlSkm = Skema<"RtlSkm">;
/** One stored answer as the answers tab lists it (GET …/skm/periode/{periode}/responden). */
export type RespondenSkm = Skema<"RespondenSkm">;
export type HalamanRespondenSkm = Skema<"HalamanRespondenSkm">;
export type HasilSimpanRespondenSkm = Skema<"HasilSimpanRespondenSkm">;

export const skmApi = (api: string) => ({
  daftar: `${api}/skm/layanan`,
  layanan: (kode: string) => `${api}/skm/layanan/${kode}`,
  periode: (kode: string) => `${api}/skm/periode/${kode}`,
  tutup: (kode: string) => `${api}/skm/periode/${kode}/tutup`,
  buka: (kode: string) => `${api}/skm/periode/${kode}/buka`,
  populasi: (periode: string, layanan: string) => `${api}/skm/periode/${periode}/populasi/${layanan}`,
  hasil: (periode: string) => `${api}/skm/periode/${periode}/hasil`,
  kertas: (periode: string, layanan: string) => `${api}/skm/periode/${periode}/layanan/${layanan}/kertas`,
  impor: (periode: string, layanan: string, langkah: "pratinjau" | "konfirmasi") =>
    `${api}/skm/periode/${periode}/layanan/${layanan}/impor/${langkah}`,
  saran: (periode: string) => `${api}/skm/periode/${periode}/saran`,
  moderasi: (id: string) => `${api}/skm/saran/${id}`,
  rtl: `${api}/skm/rtl`,
  rtlPeriode: (periode: string) => `${api}/skm/rtl?periode=${encodeURIComponent(periode)}`,
  rtlSatu: (id: string) => `${api}/skm/rtl/${id}`,
  laporan: (periode: string, format: "docx" | "pdf") => `${api}/skm/periode/${periode}/laporan?format=${format}`,
  publikasi: (periode: string, format: "pdf" | "png") => `${api}/skm/periode/${periode}/publikasi?format=${format}`,
  responden: (periode: string, q: string) => `${api}/skm/periode/${periode}/responden${q ? `?${q}` : ""}`,
  respondenSatu: (id: string) => `${api}/skm/responden/${id}`,
  batalResponden: (id: string) => `${api}/skm/responden/${id}/batal`,
});

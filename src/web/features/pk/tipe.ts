/**
 * Shapes of the PK API answers, from the generated contract (ADR 0034; services/pk/baca-pk.ts, baca-pk-masukan.ts,
 * kandidat-induk.ts): names kept for the components, none written by hand.
 */
import type { Skema } from "../../api/tipe";

export type DaftarPk = Skema<"DaftarPk">;
export type PkTampil = Skema<"PkTampil">;
export type BarisKinerja = Skema<"BarisKinerjaPk">;
export type BarisAnggaran = Skema<"BarisAnggaranPk">;
/** A node of a PK's kinerja or anggaran tree. */
export interface Simpul<T> {
  baris: T;
  anak: Simpul<T>[];
}
export type Kaskade = Skema<"KaskadePk">;
export type SimpulKaskade = Skema<"SimpulKaskade">;
export type Celah = SimpulKaskade["celah"][number];
export type LevelPk = PkTampil["level"];
export type KandidatInduk = Skema<"KandidatIndukKaskade">;
/** A PK in exactly the form the PUT accepts (GET …/pk-dokumen/{kode}). */
export type PkDokumen = Skema<"PkDokumen">;

type TanpaAnak<T> = Omit<T, "anak">;
/** One kinerja row of the PK input form, as a tree of any depth (the contract spells out its four levels). */
export type BarisKinerjaDokumen = TanpaAnak<PkDokumen["kinerja"][number]> & { anak?: BarisKinerjaDokumen[] };
export type BarisAnggaranDokumen = TanpaAnak<PkDokumen["anggaran"][number]> & { anak?: BarisAnggaranDokumen[] };
/**
 * The rows as the form sends them: every row lists its children (maybe none), so a tree of the depth the contract
 * allows (PkInput) type-checks against it — a renamed or removed field of a row fails here.
 */
export type BarisKinerjaKirim = TanpaAnak<BarisKinerjaDokumen> & { anak: BarisKinerjaKirim[] };
export type BarisAnggaranKirim = TanpaAnak<BarisAnggaranDokumen> & { anak: BarisAnggaranKirim[] };

/** "3135926319.00" → "3.135.926.319" (Rupiah without decimals, as the PK lampiran prints). */
export function rupiah(teks: string): string {
  const [bulat = "0"] = teks.split(".");
  return bulat.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

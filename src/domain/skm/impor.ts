/**
 * Rows of an SKM import file (XLSX/CSV, one row per respondent) → checked answers. The header row is the first row
 * holding all of u1..u9 (any order, any case, as `sakip hitung ikm` reads them); optional columns: umur/usia,
 * jenis_kelamin/jk, pendidikan, pekerjaan, saran, kunci. Empty rows are skipped. Every bad cell is reported with the
 * file's row number and the column's header, in Indonesian; the caller stores nothing unless there is none.
 */
import { DomainError } from "../shared/errors";
import { KODE_UNSUR, type KodeUnsur } from "../ikm/unsur";
import { type JawabanSah, periksaJawaban } from "./jawaban";

export interface KesalahanSel {
  baris: number;
  kolom: string;
  pesan: string;
}

export interface BarisImpor extends JawabanSah {
  /** Row number in the file (1-based, as a spreadsheet shows it). */
  baris: number;
  kunci: string | null;
}

const ALIAS: Record<string, string> = {
  umur: "umur",
  usia: "umur",
  jenis_kelamin: "jenisKelamin",
  jeniskelamin: "jenisKelamin",
  jk: "jenisKelamin",
  kelamin: "jenisKelamin",
  pendidikan: "pendidikan",
  pendidikan_terakhir: "pendidikan",
  pekerjaan: "pekerjaan",
  saran: "saran",
  saran_masukan: "saran",
  kritik_saran: "saran",
  kunci: "kunci",
};

const normal = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/[\s/&-]+/g, "_");

export const MAKS_BARIS_IMPOR_SKM = 50_000;

/** Parses the rows; throws DomainError("berkas_skm_tidak_valid", …, { errors }) listing every bad cell. */
export function bacaBarisImpor(rows: readonly (readonly string[])[]): BarisImpor[] {
  const iHeader = rows.findIndex((r) => {
    const h = r.map(normal);
    return KODE_UNSUR.every((k) => h.includes(k));
  });
  if (iHeader < 0) {
    throw new DomainError(
      "berkas_skm_tidak_valid",
      "Berkas tidak memiliki baris judul kolom u1 … u9 (satu baris per responden, kolom u1–u9 bernilai 1–4)",
      { field: "berkas", errors: [{ baris: 1, kolom: "u1…u9", pesan: "baris judul kolom u1 … u9 tidak ditemukan" }] },
    );
  }
  const header = rows[iHeader]!;
  const kolom = new Map<string, number>();
  header.forEach((h, i) => {
    const n = normal(h);
    const nama = (KODE_UNSUR as readonly string[]).includes(n) ? n : ALIAS[n];
    if (nama && !kolom.has(nama)) kolom.set(nama, i);
  });
  const errors: KesalahanSel[] = [];
  const hasil: BarisImpor[] = [];
  const kunciTerlihat = new Map<string, number>();
  for (let i = iHeader + 1; i < rows.length; i++) {
    const r = rows[i]!;
    if (r.every((c) => c.trim() === "")) continue;
    const nomor = i + 1;
    const sel = (nama: string) => {
      const idx = kolom.get(nama);
      return idx === undefined ? undefined : (r[idx] ?? "").trim();
    };
    const jawaban = Object.fromEntries(KODE_UNSUR.map((k) => [k, sel(k)])) as Record<KodeUnsur, string | undefined>;
    const awal = errors.length;
    // check each cell on its own so every bad cell is listed, not only the first of the row
    for (const k of KODE_UNSUR) {
      try {
        periksaJawaban({ jawaban: { ...Object.fromEntries(KODE_UNSUR.map((u) => [u, 1])), [k]: jawaban[k] } });
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        errors.push({
          baris: nomor,
          kolom: header[kolom.get(k)!] ?? k,
          pesan: `baris ${nomor}, kolom ${k}: ${e.message}`,
        });
      }
    }
    const satu = Object.fromEntries(KODE_UNSUR.map((u) => [u, 1]));
    for (const [nama, field] of [
      ["umur", "umur"],
      ["jenisKelamin", "jenisKelamin"],
      ["pendidikan", "pendidikan"],
      ["pekerjaan", "pekerjaan"],
    ] as const) {
      const v = sel(nama);
      if (v === undefined || v === "") continue;
      try {
        periksaJawaban({ jawaban: satu, responden: { [field]: v } });
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        const h = header[kolom.get(nama)!] ?? nama;
        errors.push({ baris: nomor, kolom: h, pesan: `baris ${nomor}, kolom ${h}: ${e.message}` });
      }
    }
    try {
      periksaJawaban({ jawaban: satu, saran: sel("saran") });
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      errors.push({ baris: nomor, kolom: "saran", pesan: `baris ${nomor}, kolom saran: ${e.message}` });
    }
    const kunci = sel("kunci") || null;
    if (kunci !== null) {
      if (!/^[A-Za-z0-9._:-]{1,100}$/.test(kunci)) {
        errors.push({
          baris: nomor,
          kolom: "kunci",
          pesan: `baris ${nomor}, kolom kunci: "${kunci}" hanya boleh huruf, angka, ".", "_", ":" atau "-" (maks. 100)`,
        });
      } else if (kunciTerlihat.has(kunci)) {
        errors.push({
          baris: nomor,
          kolom: "kunci",
          pesan: `baris ${nomor}, kolom kunci: "${kunci}" sama dengan baris ${kunciTerlihat.get(kunci)}`,
        });
      } else kunciTerlihat.set(kunci, nomor);
    }
    if (errors.length > awal) continue;
    const j = periksaJawaban({
      jawaban,
      responden: {
        umur: sel("umur"),
        jenisKelamin: sel("jenisKelamin"),
        pendidikan: sel("pendidikan"),
        pekerjaan: sel("pekerjaan"),
      },
      saran: sel("saran"),
    });
    hasil.push({ ...j, baris: nomor, kunci });
  }
  if (hasil.length + errors.length === 0) {
    errors.push({
      baris: iHeader + 2,
      kolom: "u1…u9",
      pesan: "berkas tidak berisi baris responden di bawah judul kolom",
    });
  }
  if (hasil.length > MAKS_BARIS_IMPOR_SKM) {
    errors.push({
      baris: iHeader + 2 + MAKS_BARIS_IMPOR_SKM,
      kolom: "u1…u9",
      pesan: `berkas berisi ${hasil.length} responden; maksimal ${MAKS_BARIS_IMPOR_SKM} per impor`,
    });
  }
  if (errors.length) {
    throw new DomainError(
      "berkas_skm_tidak_valid",
      `Berkas SKM ditolak: ${errors.length} kesalahan (${errors[0]!.pesan}${errors.length > 1 ? ", …" : ""})`,
      { field: "berkas", errors },
    );
  }
  return hasil;
}

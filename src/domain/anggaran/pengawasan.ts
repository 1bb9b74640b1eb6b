/**
 * Parser of the "Laporan Pengawasan Anggaran Definitif per Sub Kegiatan" (SEED 1709-1807) from rows of cells
 * (the caller reads XLSX, CSV or TSV; see splitTsv). Sub-kegiatan rows are the source of truth; printed totals are
 * reconciled, not trusted.
 *
 * Error policy: malformed input (text or a negative number in an amount cell, an empty amount in a sub-kegiatan row,
 * a code that does not parse, a duplicate sub-kegiatan, an unrecognised row) rejects the whole file: one
 * DomainError("berkas_anggaran_tidak_valid") whose details.errors lists every KesalahanBaris (row, column, value).
 * Disagreeing or missing printed totals do not reject the file: they are returned as `temuan`.
 */
import { DomainError } from "../shared/errors";
import { bangunPohon } from "./pohon";
import { bacaHeader } from "./pengawasan-header";
import { klasifikasiBaris } from "./pengawasan-baris";
import type { LabelInput, SubKegiatanInput } from "./pohon-types";
import {
  type BarisPengawasan,
  type HasilPengawasan,
  type KesalahanBaris,
  NAMA_KOLOM,
  type OpsiPengawasan,
} from "./pengawasan-types";
import { normalisasiNama, rekonsiliasi } from "./rekonsiliasi";

/**
 * Parse and reconcile the report. Returns the tree (roll-up of the sub-kegiatan rows), the parsed rows, the findings
 * (`temuan`: printed figure vs computed, missing/misplaced/unmatched totals) and parser notes (`catatan`).
 * Throws DomainError("berkas_anggaran_tidak_valid", …, { errors: KesalahanBaris[] }) on malformed input.
 */
export function parsePengawasan(rows: readonly (readonly string[])[], opsi: OpsiPengawasan = {}): HasilPengawasan {
  const header = bacaHeader(rows);
  const hasil = klasifikasiBaris(rows, header);
  const kesalahan = [...hasil.kesalahan, ...cekGanda(hasil.baris)].sort((a, b) => a.baris - b.baris);
  if (kesalahan.length > 0) {
    const daftar = kesalahan
      .slice(0, 5)
      .map((k) => k.pesan)
      .join("; ");
    throw new DomainError(
      "berkas_anggaran_tidak_valid",
      `Berkas laporan pengawasan anggaran ditolak: ${kesalahan.length} kesalahan (${daftar}${kesalahan.length > 5 ? "; …" : ""})`,
      { errors: kesalahan },
    );
  }
  const label: LabelInput[] = [];
  const leaves: SubKegiatanInput[] = [];
  const tunggal = opsi.anggaranKolomTunggal ?? "perubahan";
  for (const b of hasil.baris) {
    if (b.jenis === "program" || b.jenis === "kegiatan") label.push({ kode: b.kode, uraian: b.uraian });
    if (b.jenis !== "sub-kegiatan") continue;
    const v = b.nilai;
    const single = v.anggaran?.nilai;
    leaves.push({
      kode: b.kode,
      uraian: b.uraian,
      anggaranMurni: v.anggaranMurni?.nilai ?? (tunggal === "murni" ? single : undefined),
      anggaranPerubahan: v.anggaranPerubahan?.nilai ?? (tunggal === "perubahan" ? single : undefined),
      realisasi: { pegawai: v.pegawai?.nilai, barangJasa: v.barangJasa?.nilai, modal: v.modal?.nilai },
    });
  }
  const pohon = bangunPohon(leaves, label);
  const { temuan, catatan } = rekonsiliasi(pohon, hasil.baris);
  return {
    meta: header.meta,
    pohon,
    baris: hasil.baris,
    temuan,
    catatan: [...hasil.catatan, ...catatan].sort((a, b) => a.baris - b.baris),
  };
}

/** A sub-kegiatan code twice, or a program/kegiatan code twice under different names. */
function cekGanda(baris: readonly BarisPengawasan[]): KesalahanBaris[] {
  const seen = new Map<string, Extract<BarisPengawasan, { kode: unknown }>>();
  const out: KesalahanBaris[] = [];
  for (const b of baris) {
    if (b.jenis !== "program" && b.jenis !== "kegiatan" && b.jenis !== "sub-kegiatan") continue;
    const prev = seen.get(b.kode.canonical);
    if (!prev) {
      seen.set(b.kode.canonical, b);
      continue;
    }
    if (b.jenis !== "sub-kegiatan" && normalisasiNama(prev.uraian) === normalisasiNama(b.uraian)) continue;
    out.push({
      baris: b.baris,
      kolom: NAMA_KOLOM.kode,
      nilai: b.kode.raw,
      kode: "kode_ganda",
      pesan: `Baris ${b.baris}: kode ${b.kode.canonical} sudah dipakai di baris ${prev.baris} ("${prev.uraian}")`,
    });
  }
  return out;
}

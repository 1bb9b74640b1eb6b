/**
 * Row classification of the Laporan Pengawasan Anggaran: program / kegiatan / sub-kegiatan rows by their code
 * (+ "PROGRAM" prefix), printed totals ("TOTAL KEGIATAN …", "TOTAL PROGRAM …", "Jumlah"), wrapped continuation lines.
 * NOTE: SEED 1720-1807.
 */
import { MAKS_TEKS, salahPanjang } from "../shared/batas-teks";
import { type Dec, parseDecimal } from "../shared/decimal";
import { DomainError } from "../shared/errors";
import { parseKode } from "./kode";
import { isBarisHeader, type Header } from "./pengawasan-header";
import {
  type BarisPengawasan,
  type CatatanParse,
  type KesalahanBaris,
  type KolomNilai,
  NAMA_KOLOM,
  type NilaiBaris,
} from "./pengawasan-types";

const NILAI: readonly KolomNilai[] = [
  "anggaran",
  "anggaranMurni",
  "anggaranPerubahan",
  "pegawai",
  "barangJasa",
  "modal",
  "total",
  "persen",
  "sisa",
];
/** Columns that can never be negative (sisa may be, when realisasi exceeds anggaran). */
const TIDAK_NEGATIF = new Set<KolomNilai>([
  "anggaran",
  "anggaranMurni",
  "anggaranPerubahan",
  "pegawai",
  "barangJasa",
  "modal",
  "total",
]);

export interface HasilBaris {
  baris: BarisPengawasan[];
  kesalahan: KesalahanBaris[];
  catatan: CatatanParse[];
}

/** Looks like a code (digit or X followed by '.'), as opposed to wrapped uraian text. */
const MIRIP_KODE = /^(\d|[Xx]\.)/;

/** Classify every row after the header; collects all errors instead of stopping at the first. */
export function klasifikasiBaris(rows: readonly (readonly string[])[], header: Header): HasilBaris {
  const out: HasilBaris = { baris: [], kesalahan: [], catatan: [] };
  const { kolom } = header;
  const cell = (r: readonly string[], i: number | undefined): string => (i === undefined ? "" : (r[i] ?? "").trim());
  let afterJumlah = false;

  for (let i = header.akhir + 1; i < rows.length; i++) {
    const r = rows[i] ?? [];
    const no = i + 1;
    const filled = r.map((c) => c.trim()).filter((c) => c !== "");
    if (filled.length === 0 || isBarisHeader(r)) continue;
    if (afterJumlah) {
      out.catatan.push({ baris: no, pesan: `Baris ${no} setelah baris Jumlah diabaikan: "${filled.join(" ")}"` });
      continue;
    }
    const kodeText = cell(r, kolom.kode);
    const uraian = cell(r, kolom.uraian);
    const last = out.baris[out.baris.length - 1];

    // A wrapped line: one text cell, no code, no amounts — it continues the previous row's uraian (SEED 1766-1768).
    const extra = filled[0] ?? "";
    const inTextColumn = [kolom.kode, kolom.uraian].some((j) => j !== undefined && (r[j] ?? "").trim() === extra);
    if (filled.length === 1 && inTextColumn && last && !MIRIP_KODE.test(extra) && !/^(TOTAL|JUMLAH)\b/i.test(extra)) {
      last.uraian = `${last.uraian} ${extra}`;
      if (last.jenis === "total-kegiatan" || last.jenis === "total-program") last.nama = `${last.nama} ${extra}`;
      out.catatan.push({
        baris: no,
        pesan: `Baris ${no} ("${extra}") digabung sebagai lanjutan uraian baris ${last.baris}`,
      });
      continue;
    }

    const nilai = bacaNilai(r, no, header, out.kesalahan);
    if (kodeText !== "") {
      const isProgram = /^PROGRAM\b/i.test(uraian);
      let kode;
      try {
        kode = parseKode(kodeText, { program: isProgram });
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        out.kesalahan.push({
          baris: no,
          kolom: NAMA_KOLOM.kode,
          nilai: kodeText,
          kode: e.code,
          pesan: `Baris ${no}: ${e.message}`,
        });
        continue;
      }
      if (kode.level === "sub-kegiatan") wajib(r, no, header, out.kesalahan);
      out.baris.push({ jenis: kode.level, baris: no, kode, uraian, nilai });
      continue;
    }
    const tk = /^TOTAL\s+KEGIATAN\b\s*(.*)$/i.exec(uraian);
    const tp = /^TOTAL\s+PROGRAM\b\s*(.*)$/i.exec(uraian);
    if (tk) out.baris.push({ jenis: "total-kegiatan", baris: no, uraian, nama: tk[1] ?? "", nilai });
    else if (tp) out.baris.push({ jenis: "total-program", baris: no, uraian, nama: tp[1] ?? "", nilai });
    else if (/^JUMLAH\b/i.test(uraian) || /^TOTAL$/i.test(uraian)) {
      out.baris.push({ jenis: "jumlah", baris: no, uraian, nilai });
      afterJumlah = true;
    } else {
      const teks = filled.join(" ").slice(0, 200);
      out.kesalahan.push({
        baris: no,
        kolom: uraian === "" ? NAMA_KOLOM.kode : NAMA_KOLOM.uraian,
        nilai: teks,
        kode: "baris_tidak_dikenali",
        pesan: `Baris ${no}: tanpa kode dan bukan baris TOTAL/Jumlah ("${teks}")`,
      });
    }
  }
  periksaPanjangUraian(out);
  return out;
}

/** The same maximum as a budget uraian entered through JSON (MAKS_TEKS), after wrapped lines are joined. */
function periksaPanjangUraian(out: HasilBaris): void {
  for (const b of out.baris) {
    const salah = salahPanjang(b.uraian, MAKS_TEKS);
    if (!salah) continue;
    out.kesalahan.push({
      baris: b.baris,
      kolom: NAMA_KOLOM.uraian,
      nilai: `${b.uraian.slice(0, 40)}…`,
      kode: "terlalu_panjang",
      pesan: `Baris ${b.baris}, kolom ${NAMA_KOLOM.uraian}: uraian ${salah}`,
    });
  }
}

function bacaNilai(r: readonly string[], no: number, header: Header, errors: KesalahanBaris[]): NilaiBaris {
  const out: NilaiBaris = {};
  for (const k of NILAI) {
    const j = header.kolom[k];
    const teks = j === undefined ? "" : (r[j] ?? "").trim();
    if (teks === "") continue;
    let nilai: Dec;
    try {
      nilai = parseDecimal(teks, NAMA_KOLOM[k]);
    } catch {
      errors.push({
        baris: no,
        kolom: NAMA_KOLOM[k],
        nilai: teks,
        kode: "bukan_angka",
        pesan: `Baris ${no}, kolom ${NAMA_KOLOM[k]}: "${teks}" bukan angka`,
      });
      continue;
    }
    if (nilai.isNegative() && TIDAK_NEGATIF.has(k)) {
      errors.push({
        baris: no,
        kolom: NAMA_KOLOM[k],
        nilai: teks,
        kode: "nilai_negatif",
        pesan: `Baris ${no}, kolom ${NAMA_KOLOM[k]}: nilai negatif "${teks}" tidak sah`,
      });
      continue;
    }
    out[k] = { teks, nilai };
  }
  return out;
}

/** A sub-kegiatan row must fill anggaran and the three realisasi columns (an empty cell is an error, not 0). */
function wajib(r: readonly string[], no: number, header: Header, errors: KesalahanBaris[]): void {
  const empty = (k: KolomNilai): boolean => {
    const j = header.kolom[k];
    return j !== undefined && (r[j] ?? "").trim() === "";
  };
  const push = (k: KolomNilai): void => {
    errors.push({
      baris: no,
      kolom: NAMA_KOLOM[k],
      nilai: "",
      kode: "nilai_kosong",
      pesan: `Baris ${no}, kolom ${NAMA_KOLOM[k]}: sub-kegiatan tanpa nilai`,
    });
  };
  const { anggaran, anggaranMurni, anggaranPerubahan } = header.kolom;
  if (anggaran !== undefined && empty("anggaran")) push("anggaran");
  // With separate murni/perubahan columns one of them may be empty (a sub-kegiatan new in the perubahan).
  if (anggaran === undefined) {
    const murniEmpty = anggaranMurni === undefined || empty("anggaranMurni");
    const perubahanEmpty = anggaranPerubahan === undefined || empty("anggaranPerubahan");
    if (murniEmpty && perubahanEmpty) push(anggaranPerubahan !== undefined ? "anggaranPerubahan" : "anggaranMurni");
  }
  for (const k of ["pegawai", "barangJasa", "modal"] as const) if (empty(k)) push(k);
}

/**
 * SIPD "Laporan Realisasi per Sub Kegiatan" (issue 17, ADR 0040): title lines, then a header KODE | NAMA (program /
 * kegiatan / sub kegiatan) | ANGGARAN | REALISASI | SISA | % (one or two rows, any order, found by judul-tabel.ts),
 * then one row per program, kegiatan and sub-kegiatan with the full dotted code (7.01.02.2.02.0003) and a closing
 * JUMLAH row. Read from XLSX cells or from a PDF's text lines (services/anggaran/baca-pdf-sipd.ts) into the same rows.
 * The report has ONE realisasi figure per row, not split by belanja group (pegawai / barang & jasa / modal), so it
 * carries the anggaran of every node and the realisasi total per sub-kegiatan; the service compares those totals with
 * what is stored instead of writing them (ADR 0040).
 */
import { type Dec, parseDecimal, sum } from "../shared/decimal";
import { type DataImpor, masalahNominal, type NodeData, rupiah } from "./data-anggaran";
import { formatPersen, formatRupiah } from "./format-id";
import { cariJudul } from "./judul-tabel";
import { tolakBerkas } from "./kesalahan-berkas";
import { type Kode, parseKode } from "./kode";
import { kolomSipdDari, type KolomSipd, NAMA_KOLOM_SIPD } from "./sipd-kolom";
import type { KesalahanBaris, MetaPengawasan, Temuan } from "./pengawasan-types";
import { bangunPohon } from "./pohon";

export { kolomSipdDari, NAMA_KOLOM_SIPD, type KolomSipd } from "./sipd-kolom";

export interface BarisSipd {
  /** 1-based row of the input. */
  baris: number;
  jenis: "program" | "kegiatan" | "sub-kegiatan" | "jumlah";
  kode: Kode | null;
  uraian: string;
  anggaran: Dec;
  realisasi: Dec;
  sisa: Dec | null;
  persen: Dec | null;
}

export interface HasilSipd {
  meta: MetaPengawasan;
  baris: BarisSipd[];
  temuan: Temuan[];
}

const NILAI: readonly KolomSipd[] = ["anggaran", "realisasi", "sisa", "persen"];

/** Parse the rows (header found by judul-tabel.ts). Rejects the whole file naming every bad cell (row, column). */
export function parseSipdRealisasi(rows: readonly (readonly string[])[]): HasilSipd {
  const judul = cariJudul(rows, "sipd-realisasi");
  if (!judul)
    tolakBerkas("SIPD realisasi per sub kegiatan", [
      {
        baris: 1,
        kolom: "judul",
        nilai: "",
        kode: "header_tidak_ditemukan",
        pesan: "Judul kolom KODE | NAMA | ANGGARAN | REALISASI tidak ditemukan",
      },
    ]);
  const kolom: Partial<Record<KolomSipd, number>> = {};
  judul.label.forEach((l, j) => {
    const k = kolomSipdDari(l);
    if (k && kolom[k] === undefined) kolom[k] = j;
  });
  const meta = bacaMetaSipd(rows.slice(0, judul.baris));
  const errors: KesalahanBaris[] = [];
  const baris: BarisSipd[] = [];
  for (let i = judul.akhir + 1; i < rows.length; i++) {
    const r = rows[i] ?? [];
    const no = i + 1;
    const sel = (k: KolomSipd): string => (kolom[k] === undefined ? "" : (r[kolom[k]] ?? "").trim());
    if (r.every((c) => c.trim() === "")) continue;
    const kodeTeks = sel("kode");
    const uraian = sel("uraian").replace(/\s+/g, " ");
    if (/^KODE$/i.test(kodeTeks)) continue; // header repeated on a new page
    const jumlah = kodeTeks === "" && /^(JUMLAH|TOTAL)\b/i.test(uraian || r.join(" ").trim());
    if (kodeTeks === "" && !jumlah) continue; // a title or a wrapped line without figures
    const nilai: Partial<Record<KolomSipd, Dec>> = {};
    for (const k of NILAI) {
      const teks = sel(k).replace(/%$/, "").trim();
      if (teks === "") continue;
      try {
        nilai[k] = parseDecimal(teks, NAMA_KOLOM_SIPD[k]);
      } catch {
        errors.push(salah(no, k, teks, "bukan_angka", "bukan angka"));
        continue;
      }
      const masalah = k === "anggaran" || k === "realisasi" ? masalahNominal(nilai[k]!) : null;
      if (masalah) errors.push(salah(no, k, teks, "nominal_tidak_sah", masalah));
      else if (nilai[k]!.isNegative() && k !== "sisa")
        errors.push(salah(no, k, teks, "nilai_negatif", "tidak boleh negatif"));
    }
    for (const k of ["anggaran", "realisasi"] as const)
      if (nilai[k] === undefined) errors.push(salah(no, k, "", "nilai_kosong", "kosong"));
    let kode: Kode | null = null;
    let jenis: BarisSipd["jenis"] = "jumlah";
    if (!jumlah) {
      try {
        kode = parseKode(kodeTeks);
        jenis = kode.level;
      } catch (e) {
        errors.push(salah(no, "kode", kodeTeks, "kode_tidak_valid", e instanceof Error ? e.message : "kode tidak sah"));
        continue;
      }
    }
    if (nilai.anggaran === undefined || nilai.realisasi === undefined) continue;
    baris.push({
      baris: no,
      jenis,
      kode,
      uraian: jumlah ? "JUMLAH" : uraian,
      anggaran: nilai.anggaran,
      realisasi: nilai.realisasi,
      sisa: nilai.sisa ?? null,
      persen: nilai.persen ?? null,
    });
  }
  if (errors.length > 0) tolakBerkas("SIPD realisasi per sub kegiatan", errors);
  if (!baris.some((b) => b.jenis === "sub-kegiatan"))
    tolakBerkas("SIPD realisasi per sub kegiatan", [
      salah(judul.akhir + 2, "kode", "", "tanpa_sub_kegiatan", "tidak ada baris sub kegiatan"),
    ]);
  return { meta, baris, temuan: rekonsiliasiSipd(baris) };
}

function salah(no: number, k: KolomSipd, nilai: string, kode: string, masalah: string): KesalahanBaris {
  const teks = nilai === "" ? "" : ` "${nilai}"`;
  return {
    baris: no,
    kolom: NAMA_KOLOM_SIPD[k],
    nilai,
    kode,
    pesan: `Baris ${no}, kolom ${NAMA_KOLOM_SIPD[k]}:${teks} ${masalah}`,
  };
}

function bacaMetaSipd(rows: readonly (readonly string[])[]): MetaPengawasan {
  const meta: MetaPengawasan = { judul: [] };
  for (const r of rows) {
    const t = r
      .map((c) => c.trim())
      .filter((c) => c !== "")
      .join(" ");
    if (t === "") continue;
    const unit = /^unit organisasi\s*:\s*(.*)$/i.exec(t);
    const per = /^(?:per|s\.?\s*d\.?|sampai dengan)\s+(\d{1,2}\s+\S+\s+\d{4})$/i.exec(t);
    if (unit) meta.unitOrganisasi = (unit[1] ?? "").replace(/^[\d.]+\s+/, "").trim();
    else if (per) meta.perTanggal = (per[1] ?? "").trim();
    else meta.judul.push(t);
  }
  return meta;
}

/**
 * Reconciliation of the printed figures: each row's own arithmetic (sisa = anggaran − realisasi, % = realisasi /
 * anggaran × 100 rounded half-up to 2 decimals) and every program, kegiatan and the JUMLAH against the sum of the
 * sub-kegiatan under it.
 */
export function rekonsiliasiSipd(baris: readonly BarisSipd[]): Temuan[] {
  const out: Temuan[] = [];
  const subs = baris.filter((b) => b.jenis === "sub-kegiatan");
  for (const b of baris) {
    const kode = b.kode?.canonical ?? "";
    if (b.sisa !== null && !b.sisa.equals(b.anggaran.minus(b.realisasi)))
      out.push(beda(b, "sisa", formatRupiah(b.sisa), formatRupiah(b.anggaran.minus(b.realisasi)), "aritmetika_baris"));
    if (b.persen !== null && !b.anggaran.isZero()) {
      const hitung = b.realisasi.div(b.anggaran).times(100).toDecimalPlaces(2, 4);
      if (!b.persen.toDecimalPlaces(2, 4).equals(hitung))
        out.push(beda(b, "persen", formatPersen(b.persen), formatPersen(hitung), "aritmetika_baris"));
    }
    if (b.jenis === "sub-kegiatan") continue;
    const anak = b.jenis === "jumlah" ? subs : subs.filter((s) => s.kode!.canonical.startsWith(`${kode}.`));
    for (const k of ["anggaran", "realisasi"] as const) {
      const total = sum(anak.map((s) => s[k]));
      if (!total.equals(b[k])) out.push(beda(b, k, formatRupiah(b[k]), formatRupiah(total), "jumlah_anak"));
    }
  }
  return out;
}

function beda(
  b: BarisSipd,
  k: KolomSipd,
  cetak: string,
  hitung: string,
  jenis: "aritmetika_baris" | "jumlah_anak",
): Temuan {
  const apa = jenis === "jumlah_anak" ? "jumlah sub kegiatan di bawahnya" : "hitungan baris itu sendiri";
  return {
    jenis,
    baris: b.baris,
    kolom: NAMA_KOLOM_SIPD[k],
    kode: b.kode?.canonical ?? "",
    nilaiCetak: cetak,
    nilaiHitung: hitung,
    pesan: `Baris ${b.baris}, kolom ${NAMA_KOLOM_SIPD[k]}: tercetak ${cetak}, ${apa} ${hitung}`,
  };
}

/** Normalised import data: nodes with the anggaran definitif; realisasi totals apart (`realisasiTotal`). */
export function dariSipd(h: HasilSipd): DataImpor {
  const subs = h.baris.filter((b) => b.jenis === "sub-kegiatan");
  // realisasi left 0 in the tree: the report's totals are not split by belanja group (compared, not stored)
  const pohon = bangunPohon(
    subs.map((s) => ({ kode: s.kode!, uraian: s.uraian, anggaranPerubahan: s.anggaran, realisasi: {} })),
    h.baris.filter((b) => b.kode && b.jenis !== "sub-kegiatan").map((b) => ({ kode: b.kode!, uraian: b.uraian })),
  );
  const nama = new Map(h.baris.filter((b) => b.kode).map((b) => [b.kode!.canonical, b.uraian]));
  const nodes: NodeData[] = [];
  for (const p of pohon.program) {
    nodes.push(induk(p.kode.canonical, "program", nama.get(p.kode.canonical) ?? p.uraian));
    for (const k of p.kegiatan) {
      nodes.push(induk(k.kode.canonical, "kegiatan", nama.get(k.kode.canonical) ?? k.uraian));
      for (const s of k.subKegiatan)
        nodes.push({
          kode: s.kode.canonical,
          level: "sub-kegiatan",
          uraian: s.uraian,
          anggaranMurni: null,
          anggaranPerubahan: rupiah(s.anggaranPerubahan ?? 0),
          sumberDana: null,
        });
    }
  }
  return {
    format: "sipd-realisasi",
    nodes,
    realisasi: [],
    realisasiTotal: subs.map((s) => ({ kode: s.kode!.canonical, baris: s.baris, total: rupiah(s.realisasi) })),
    rincian: null,
    sasaran: null,
    punya: { anggaranMurni: false, anggaranPerubahan: true, sumberDana: false },
    pohon,
    temuan: [...h.temuan],
    catatan: [],
    meta: h.meta,
  };
}

function induk(kode: string, level: "program" | "kegiatan", uraian: string): NodeData {
  return { kode, level, uraian, anggaranMurni: null, anggaranPerubahan: null, sumberDana: null };
}

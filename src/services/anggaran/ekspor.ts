/**
 * XLSX export of every budget view (tree, appendix, per program, per class, serapan and efisiensi per sasaran) and
 * the import template (XLSX or CSV), prefilled with the stored tree so that exporting and re-importing it changes
 * nothing. Amounts are numeric cells (format #,##0.00); CSV cells that a spreadsheet would run as a formula get "'".
 */
import type ExcelJS from "exceljs";
import { muatExcelJS } from "../tabel/muat-exceljs";
import { KETERANGAN_KOLOM_RINCIAN, KOLOM_TEMPLAT } from "../../domain/anggaran";
import { tulisCsv } from "../../domain/format/csv";
import { bacaRincian, bacaSasaran } from "../../storage/repositories/anggaran-repository";
import { authorize } from "../akses/authorize";
import type { ServiceContext } from "../context";
import { bacaPohonTersimpan } from "./data";
import { type NodeDto, pohonDto } from "./dto";
import { type LingkupAnggaran, resolveLingkup } from "./lingkup";
import { susunTabel, type TabelAnggaran } from "./tabel";

export interface BerkasUnduhan {
  namaBerkas: string;
  contentType: string;
  isi: Uint8Array;
}

export const TABEL_EKSPOR = ["semua", "pohon", "lampiran", "program", "kelas", "sasaran", "efisiensi"] as const;
export type TabelEkspor = (typeof TABEL_EKSPOR)[number];

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const UANG = "#,##0.00";
const n = (v: string | null): number | null => (v === null ? null : Number(v));

export interface OpsiEkspor extends LingkupAnggaran {
  tabel: TabelEkspor;
  bulan?: number | undefined;
  capaian?: Readonly<Record<string, string>> | undefined;
}

/** One workbook with the asked view (or all views, one sheet each). Requires anggaran.baca. */
export async function eksporAnggaran(ctx: ServiceContext, o: OpsiEkspor): Promise<BerkasUnduhan> {
  const l = await resolveLingkup(ctx, o);
  authorize(ctx, "anggaran.baca", { pemdaId: l.pemda.id, opdId: l.opd.id });
  const t = await susunTabel(ctx, l, o);
  const wb = workbook();
  const judul = `${t.opd.nama} Tahun Anggaran ${t.tahun}`;
  const mau = (x: TabelEkspor): boolean => o.tabel === "semua" || o.tabel === x;
  if (mau("pohon")) lembarPohon(wb, t, judul, await nodeDto(ctx, l.kunci));
  if (mau("lampiran")) lembarLampiran(wb, t, judul);
  if (mau("program")) lembarProgram(wb, t, judul);
  if (mau("kelas")) lembarKelas(wb, t, judul);
  if (mau("sasaran")) lembarSasaran(wb, t, judul);
  if (mau("efisiensi")) lembarEfisiensi(wb, t, judul);
  return {
    namaBerkas: `anggaran-${t.opd.slug}-${t.tahun}-${o.tabel}.xlsx`,
    contentType: XLSX,
    isi: new Uint8Array(await wb.xlsx.writeBuffer()),
  };
}

async function nodeDto(ctx: ServiceContext, k: Parameters<typeof bacaSasaran>[1]): Promise<NodeDto[]> {
  const { nodes, pohon } = await bacaPohonTersimpan(ctx.db, k);
  const sasaran = await bacaSasaran(ctx.db, k);
  const byKode = new Map(nodes.map((x) => [x.kode, x]));
  return pohonDto(pohon, (kode) => ({
    sumberDana: byKode.get(kode)?.sumberDana ?? null,
    sasaran: sasaran.filter((s) => s.kode === kode).map((s) => s.sasaranKode),
  }));
}

function workbook(): ExcelJS.Workbook {
  const wb = new (muatExcelJS().Workbook)();
  wb.creator = "SAKIP";
  return wb;
}

/** A sheet with a title line, a bold header row and money columns formatted. */
function lembar(
  wb: ExcelJS.Workbook,
  nama: string,
  judul: string,
  header: string[],
  lebar: number[],
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(nama);
  ws.addRow([judul]).font = { bold: true, size: 12 };
  ws.addRow([]);
  const h = ws.addRow(header);
  h.font = { bold: true };
  h.alignment = { wrapText: true, vertical: "middle" };
  h.eachCell((c) => {
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDCE6F2" } };
    c.border = { bottom: { style: "thin" } };
  });
  lebar.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  ws.views = [{ state: "frozen", ySplit: 3 }];
  return ws;
}

function formatUang(row: ExcelJS.Row, from: number, to: number, persenKolom: number[] = []): void {
  for (let c = from; c <= to; c++) row.getCell(c).numFmt = persenKolom.includes(c) ? "0.00" : UANG;
}

function lembarPohon(wb: ExcelJS.Workbook, t: TabelAnggaran, judul: string, nodes: NodeDto[]): void {
  const ws = lembar(
    wb,
    "Pohon Anggaran",
    `Pohon anggaran (DPA) dan realisasi — ${judul}${t.bulan ? ` s.d. bulan ${t.bulan}` : ""}`,
    [
      "Kode",
      "Uraian",
      "Tingkat",
      "Anggaran Murni",
      "Anggaran Perubahan",
      "Anggaran",
      "Realisasi Pegawai",
      "Realisasi Barang dan Jasa",
      "Realisasi Modal",
      "Realisasi Total",
      "Serapan (%)",
      "Sisa",
      "Sumber Dana",
      "Sasaran",
    ],
    [24, 60, 13, 18, 18, 18, 18, 18, 18, 18, 10, 18, 12, 10],
  );
  const walk = (x: NodeDto, depth: number): void => {
    const row = ws.addRow([
      x.kode,
      x.uraian,
      x.level,
      n(x.anggaranMurni),
      n(x.anggaranPerubahan),
      n(x.anggaran),
      n(x.realisasi.pegawai),
      n(x.realisasi.barangJasa),
      n(x.realisasi.modal),
      n(x.totalRealisasi),
      n(x.serapan),
      n(x.sisa),
      x.sumberDana ?? "",
      x.sasaran.join(", "),
    ]);
    row.outlineLevel = depth;
    row.getCell(2).alignment = { indent: depth * 2, wrapText: true };
    if (x.level !== "sub-kegiatan") row.font = { bold: true };
    formatUang(row, 4, 12, [11]);
    for (const a of x.anak) walk(a, depth + 1);
  };
  for (const p of nodes) walk(p, 0);
  const total = ws.addRow([
    "",
    "JUMLAH",
    "",
    n(t.total.anggaranMurni),
    n(t.total.anggaranPerubahan),
    n(t.total.anggaran),
    n(t.total.realisasi.pegawai),
    n(t.total.realisasi.barangJasa),
    n(t.total.realisasi.modal),
    n(t.total.totalRealisasi),
    n(t.total.serapan),
    n(t.total.sisa),
  ]);
  total.font = { bold: true };
  formatUang(total, 4, 12, [11]);
}

function lembarLampiran(wb: ExcelJS.Workbook, t: TabelAnggaran, judul: string): void {
  const ws = lembar(
    wb,
    "Lampiran Pengawasan",
    `Laporan Pengawasan Anggaran Definitif per Sub Kegiatan — ${judul}`,
    [
      "KODE",
      "URAIAN",
      "ANGGARAN",
      "REALISASI PEGAWAI",
      "REALISASI BARANG & JASA",
      "REALISASI MODAL",
      "REALISASI TOTAL",
      "%",
      "SISA ANGGARAN",
    ],
    [24, 70, 18, 18, 18, 18, 18, 9, 18],
  );
  for (const b of t.lampiran) {
    const v = b.nilai;
    const row = ws.addRow([
      b.jenis.startsWith("total") || b.jenis === "jumlah" ? "" : (b.kode ?? ""),
      b.uraian,
      ...(v
        ? [
            n(v.anggaran),
            n(v.realisasi.pegawai),
            n(v.realisasi.barangJasa),
            n(v.realisasi.modal),
            n(v.totalRealisasi),
            n(v.serapan ?? "0"),
            n(v.sisa),
          ]
        : []),
    ]);
    if (b.jenis !== "sub-kegiatan") row.font = { bold: true };
    row.getCell(2).alignment = { wrapText: true };
    formatUang(row, 3, 9, [8]);
  }
}

function lembarRingkas(
  wb: ExcelJS.Workbook,
  nama: string,
  judul: string,
  kolom: string,
  rows: TabelAnggaran["perProgram"],
  nomor: boolean,
): ExcelJS.Worksheet {
  const ws = lembar(
    wb,
    nama,
    judul,
    ["No.", kolom, "Anggaran (Rp)", "Realisasi (Rp)", "Persentase (%)", "Sisa (Rp)"],
    [6, 60, 18, 18, 14, 18],
  );
  let no = 0;
  for (const b of rows) {
    const top = b.tingkat === 0 && b.id !== "JUMLAH";
    const label = b.tingkat === 1 ? `- ${b.uraian}` : b.uraian;
    const row = ws.addRow([
      nomor && top ? `${++no}.` : "",
      label,
      n(b.anggaran),
      n(b.realisasi),
      n(b.serapan),
      n(b.sisa),
    ]);
    if (b.id === "JUMLAH") row.font = { bold: true };
    formatUang(row, 3, 6, [5]);
  }
  return ws;
}

function lembarProgram(wb: ExcelJS.Workbook, t: TabelAnggaran, judul: string): void {
  lembarRingkas(
    wb,
    "Per Program",
    `Anggaran dan realisasi per program (Tabel 2.4 / 3.18) — ${judul}`,
    "Program",
    t.perProgram,
    true,
  );
}

function lembarKelas(wb: ExcelJS.Workbook, t: TabelAnggaran, judul: string): void {
  const ws = lembarRingkas(
    wb,
    "Per Kelas Belanja",
    `Anggaran dan realisasi per kelas belanja (Tabel 2.3 / 3.17) — ${judul}`,
    "Uraian Belanja",
    t.perKelas.baris,
    true,
  );
  ws.addRow([]);
  if (t.perKelas.sumberTeks) ws.addRow(["", `Sumber anggaran per kelas: ${t.perKelas.sumberTeks}`]);
  for (const x of t.perKelas.temuan) ws.addRow(["", `Catatan rekonsiliasi: ${x.pesan}`]);
}

function lembarSasaran(wb: ExcelJS.Workbook, t: TabelAnggaran, judul: string): void {
  const ws = lembar(
    wb,
    "Serapan per Sasaran",
    `Serapan anggaran per sasaran — ${judul}`,
    ["Kode Sasaran", "Sasaran", "Program/Kegiatan Pendukung", "Anggaran (Rp)", "Realisasi (Rp)", "Serapan (%)"],
    [12, 50, 40, 18, 18, 12],
  );
  for (const s of t.serapanSasaran) {
    const row = ws.addRow([
      s.sasaranKode,
      s.sasaranTeks ?? "",
      s.kode.join(", "),
      n(s.anggaran),
      n(s.realisasi),
      n(s.serapan),
    ]);
    formatUang(row, 4, 6, [6]);
  }
}

function lembarEfisiensi(wb: ExcelJS.Workbook, t: TabelAnggaran, judul: string): void {
  const ws = lembar(
    wb,
    "Efisiensi",
    `Analisis efisiensi penggunaan sumber daya (Tabel 3.15) — ${judul}`,
    ["No", "Sasaran", "% Capaian Kinerja", "% Penyerapan Anggaran", "Tingkat Efisiensi (%)"],
    [6, 60, 16, 16, 16],
  );
  t.efisiensi.baris.forEach((b, i) => {
    const row = ws.addRow([`${i + 1}.`, b.sasaranTeks ?? b.sasaranKode, n(b.capaian), n(b.serapan), n(b.efisiensi)]);
    formatUang(row, 3, 5, [3, 4, 5]);
  });
  ws.addRow([]);
  ws.addRow(["", `Metode: ${t.efisiensi.metode.keterangan}`]);
}

// ---------------------------------------------------------------------------------------------------------------
// Import template
// ---------------------------------------------------------------------------------------------------------------

/**
 * The import template, prefilled with the stored tree of the OPD and year when given (else one example row):
 * XLSX with sheets "Anggaran" and "Petunjuk", or CSV (comma, UTF-8 with BOM). Requires anggaran.baca for a scope.
 */
export async function unduhTemplat(
  ctx: ServiceContext,
  lingkup: LingkupAnggaran | null,
  format: "xlsx" | "csv",
): Promise<BerkasUnduhan> {
  let rows: (string | number | null)[][] = [];
  let akun: string[] = [];
  let nama = "templat-anggaran";
  let per: string | null = null;
  if (lingkup) {
    const l = await resolveLingkup(ctx, lingkup);
    authorize(ctx, "anggaran.baca", { pemdaId: l.pemda.id, opdId: l.opd.id });
    const nodes = await nodeDto(ctx, l.kunci);
    const { bulan } = await bacaPohonTersimpan(ctx.db, l.kunci);
    per = `Realisasi per ${akhirBulan(bulan ?? 12, l.tahun)}`;
    const rincian = await bacaRincian(ctx.db, l.kunci);
    akun = [...new Set(rincian.map((r) => r.akun))].sort();
    const walk = (x: NodeDto): void => {
      const leaf = x.level === "sub-kegiatan";
      rows.push([
        x.kode,
        x.uraian,
        leaf ? n(x.anggaranMurni) : null,
        leaf ? n(x.anggaranPerubahan) : null,
        leaf ? n(x.realisasi.pegawai) : null,
        leaf ? n(x.realisasi.barangJasa) : null,
        leaf ? n(x.realisasi.modal) : null,
        x.sumberDana ?? "",
        x.sasaran.join(", "),
        ...akun.map((a) => (leaf ? n(rincian.find((r) => r.kode === x.kode && r.akun === a)?.anggaran ?? null) : null)),
      ]);
      x.anak.forEach(walk);
    };
    nodes.forEach(walk);
    nama = `templat-anggaran-${l.opd.slug}-${l.tahun}`;
  } else {
    rows = [
      ["7.01.02", "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK", null, null, null, null, null, "", "S1"],
      [
        "7.01.02.2.02",
        "Penyelenggaraan Urusan Pemerintahan yang Tidak Dilaksanakan oleh Unit Kerja Perangkat Daerah yang Ada di Kecamatan",
        null,
        null,
        null,
        null,
        null,
        "",
        "",
      ],
      KOLOM_TEMPLAT.map((k) => (/^\d+$/.test(k.contoh) ? Number(k.contoh) : k.contoh)),
    ];
  }
  const header = [...KOLOM_TEMPLAT.map((k) => k.judul), ...akun.map((a) => `Anggaran ${a}`)];
  const atas: (string | number | null)[][] = per ? [[per], []] : [];
  if (format === "csv") {
    return {
      namaBerkas: `${nama}.csv`,
      contentType: "text/csv; charset=utf-8",
      isi: new TextEncoder().encode(tulisCsv([...atas, header, ...rows], { bom: true })),
    };
  }
  const wb = workbook();
  const ws = wb.addWorksheet("Anggaran");
  for (const r of atas) ws.addRow(r);
  const h = ws.addRow(header);
  h.font = { bold: true };
  header.forEach((_, i) => {
    ws.getColumn(i + 1).width = i === 1 ? 70 : i === 0 ? 22 : 18;
  });
  for (const r of rows) {
    const row = ws.addRow(r);
    formatUang(row, 3, 7);
    for (let c = 10; c < 10 + akun.length; c++) row.getCell(c).numFmt = UANG;
  }
  ws.views = [{ state: "frozen", ySplit: atas.length + 1 }];
  const p = wb.addWorksheet("Petunjuk");
  p.getColumn(1).width = 28;
  p.getColumn(2).width = 10;
  p.getColumn(3).width = 110;
  p.addRow(["Templat impor anggaran SAKIP"]).font = { bold: true, size: 12 };
  p.addRow([
    "Satu baris per program, kegiatan dan sub-kegiatan. Baris program/kegiatan cukup Kode dan Uraian; jumlah pada baris itu (bila diisi) dicocokkan dengan jumlah sub-kegiatannya.",
  ]);
  p.addRow([
    "Berkas adalah seluruh DPA OPD untuk tahun itu: kode yang tersimpan tetapi tidak ada di berkas akan dihapus (terlihat di pratinjau).",
  ]);
  p.addRow([
    "Angka: sel angka, atau teks 13000000 / 13000000,50 / 13.000.000,00. Tidak boleh negatif, paling banyak 2 desimal.",
  ]);
  p.addRow([]);
  p.addRow(["Kolom", "Wajib", "Keterangan"]).font = { bold: true };
  for (const k of KOLOM_TEMPLAT) p.addRow([k.judul, k.wajib ? "ya" : "tidak", k.keterangan]);
  p.addRow(["Anggaran <kode rekening>", "tidak", KETERANGAN_KOLOM_RINCIAN]);
  p.eachRow((r) => {
    r.alignment = { wrapText: true, vertical: "top" };
  });
  return { namaBerkas: `${nama}.xlsx`, contentType: XLSX, isi: new Uint8Array(await wb.xlsx.writeBuffer()) };
}

const BULAN = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
];

/** "30 Juni 2023": the last day of the month, as the Laporan Pengawasan prints its "per" date (SEED 1712). */
export function akhirBulan(bulan: number, tahun: number): string {
  const hari = new Date(Date.UTC(tahun, bulan, 0)).getUTCDate();
  return `${hari} ${BULAN[bulan - 1]} ${tahun}`;
}

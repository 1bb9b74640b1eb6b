/**
 * The monitoring table as XLSX (issue 15): one row per OPD with the same values and filter as the page; numbers
 * as numbers (2 dp format), states as their Indonesian labels.
 */
import { muatExcelJS } from "../tabel/muat-exceljs";
import { MODUL_MONITORING } from "../../domain/monitoring";
import type { ServiceContext } from "../context";
import { bacaMonitoring, type FilterMonitoring } from "./baca-monitoring";

const LABEL_MODUL: Record<(typeof MODUL_MONITORING)[number], string> = {
  perencanaan: "Perencanaan",
  pk: "PK",
  pengukuran: "Pengukuran",
  anggaran: "Anggaran",
  skm: "SKM",
  evaluasi: "Evaluasi",
  laporan: "Laporan",
};

const LABEL_URUT = { akip: "Nilai AKIP", capaian: "capaian IKU", serapan: "serapan anggaran", ikm: "IKM" } as const;

export async function eksporMonitoringXlsx(
  ctx: ServiceContext,
  pemdaSlug: string,
  tahun: number,
  filter: FilterMonitoring = {},
): Promise<{ namaBerkas: string; isi: Uint8Array<ArrayBuffer> }> {
  const m = await bacaMonitoring(ctx, pemdaSlug, tahun, filter);
  const wb = new (muatExcelJS().Workbook)();
  wb.creator = "SAKIP";
  const ws = wb.addWorksheet("Monitoring", { views: [{ state: "frozen", ySplit: 3, xSplit: 2 }] });
  ws.getCell("A1").value = `MONITORING SAKIP PERANGKAT DAERAH ${m.pemda.nama.toUpperCase()} TAHUN ${tahun}`;
  ws.getCell("A1").font = { bold: true, size: 12 };
  ws.getCell("A2").value =
    `${m.baris.length} dari ${m.jumlahOpd} perangkat daerah; peringkat menurut ${LABEL_URUT[m.urut]}. ` +
    "Capaian IKU: rata-rata capaian IKU yang terukur (%); serapan: realisasi / pagu × 100.";
  ws.getCell("A2").font = { italic: true, size: 9 };
  const kepala = [
    "Peringkat",
    "Perangkat Daerah",
    ...MODUL_MONITORING.map((k) => LABEL_MODUL[k]),
    "IKU (terukur/jumlah)",
    "Rata-rata Capaian IKU (%)",
    "Pagu (Rp)",
    "Realisasi (Rp)",
    "Serapan (%)",
    "IKM",
    "Mutu",
    "Nilai AKIP",
    "Predikat",
  ];
  const h = ws.getRow(3);
  kepala.forEach((k, i) => (h.getCell(i + 1).value = k));
  h.font = { bold: true };
  h.alignment = { wrapText: true, vertical: "middle" };
  [9, 40, ...MODUL_MONITORING.map(() => 12), 11, 12, 18, 18, 10, 8, 7, 10, 9].forEach(
    (w, i) => (ws.getColumn(i + 1).width = w),
  );
  const n = (a: { nilai: string } | null | undefined) => (a ? Number(a.nilai) : null);
  for (const b of m.baris) {
    ws.addRow([
      b.peringkat,
      b.opd.nama,
      ...b.modul.map((s) => s.label),
      `${b.iku.terukur}/${b.iku.jumlah}`,
      n(b.iku.rataCapaian),
      n(b.anggaran.pagu),
      n(b.anggaran.realisasi),
      n(b.anggaran.serapan),
      n(b.ikm?.nilai),
      b.ikm?.mutu ?? null,
      n(b.akip?.nilai),
      b.akip?.predikat ?? null,
    ]);
  }
  const awal = 3 + MODUL_MONITORING.length;
  for (const c of [awal + 1, awal + 4, awal + 5, awal + 7]) ws.getColumn(c).numFmt = "#,##0.00";
  for (const c of [awal + 2, awal + 3]) ws.getColumn(c).numFmt = "#,##0.00";
  return { namaBerkas: `monitoring-${m.pemda.slug}-${tahun}.xlsx`, isi: new Uint8Array(await wb.xlsx.writeBuffer()) };
}

/**
 * Export of the filtered audit trail (up to 10,000 entries, newest first) as CSV (UTF-8 with BOM, comma, RFC 4180
 * quoting) or XLSX (exceljs). Cells that a spreadsheet would run as a formula (= + - @) are prefixed with "'" (one helper, `domain/format/csv`).
 */
import { muatExcelJS } from "../tabel/muat-exceljs";
import { amankanSel, tulisCsv } from "../../domain/format/csv";
import { tanggalDiZona, waktuDiZona, type ZonaWaktu } from "../../domain/pengaturan/zona-waktu";
import type { ServiceContext } from "../context";
import { type EntriAudit, type FilterAudit, jelajahiAudit } from "./jelajah-audit";

export const KOLOM_EKSPOR = [
  "No. entri",
  "Waktu (WIB)",
  "Aktor",
  "Peran",
  "OPD",
  "Entitas",
  "ID entitas",
  "Aksi",
  "Alasan",
  "Sebelum (JSON)",
  "Sesudah (JSON)",
  "ID permintaan",
] as const;

/** The header row with the Pemda's zone in the time column ("Waktu (WITA)"). */
function kolom(singkatan: string): string[] {
  return KOLOM_EKSPOR.map((k) => (k === "Waktu (WIB)" ? `Waktu (${singkatan})` : k));
}

function baris(e: EntriAudit, zona: ZonaWaktu): string[] {
  return [
    String(e.id),
    waktuDiZona(new Date(e.at), zona),
    e.actorNama,
    e.actorPeran,
    e.opdNama ?? "",
    e.entity,
    e.entityId,
    e.action,
    e.alasan ?? "",
    e.before == null ? "" : JSON.stringify(e.before),
    e.after == null ? "" : JSON.stringify(e.after),
    e.requestId ?? "",
  ];
}

export interface BerkasEkspor {
  namaBerkas: string;
  contentType: string;
  isi: Uint8Array;
}

export async function eksporAudit(
  ctx: ServiceContext,
  pemdaSlug: string,
  f: FilterAudit,
  format: "csv" | "xlsx",
): Promise<BerkasEkspor> {
  const { entri, zonaWaktu, singkatanZona } = await jelajahiAudit(ctx, pemdaSlug, { ...f, limit: 10_000, offset: 0 });
  const header = kolom(singkatanZona);
  const stamp = tanggalDiZona(ctx.now(), zonaWaktu);
  const namaBerkas = `jejak-audit-${pemdaSlug}-${stamp}.${format}`;
  if (format === "csv") {
    const teks = tulisCsv([header, ...entri.map((e) => baris(e, zonaWaktu))], { bom: true });
    return {
      namaBerkas,
      contentType: "text/csv; charset=utf-8",
      isi: new TextEncoder().encode(teks),
    };
  }
  const wb = new (muatExcelJS().Workbook)();
  wb.creator = "SAKIP";
  wb.created = ctx.now();
  const ws = wb.addWorksheet("Jejak audit", { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = header.map((h, i) => ({
    header: h,
    key: `k${i}`,
    width: [10, 20, 24, 14, 28, 22, 38, 16, 30, 50, 50, 38][i],
  }));
  ws.getRow(1).font = { bold: true };
  for (const e of entri) ws.addRow(baris(e, zonaWaktu).map(amankanSel));
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: KOLOM_EKSPOR.length } };
  const buffer = await wb.xlsx.writeBuffer();
  return {
    namaBerkas,
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    isi: new Uint8Array(buffer as ArrayBuffer),
  };
}

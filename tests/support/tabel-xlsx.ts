/**
 * The XLSX table routes as a test uses them (export or template → workbook, workbook → import answer), the cells
 * of a sheet for comparing two exports, and the size of the audit trail (an import writes one entry or none).
 */
import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { expect } from "vitest";
import type { Db } from "../../src/storage/database";
import { queryRows } from "../../src/storage/database";
import type { RequestableApp, SignedIn } from "./auth";

export const MIME_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** `opd` is the OPD's API prefix ("/api/v1/pemda/batu-bara/opd/kecamatan-sei-balai"); paths follow `…/tabel/`. */
export function klienTabel(app: () => RequestableApp, opd: string, user: () => SignedIn) {
  return {
    /** GET …/tabel/{path} ("realisasi/2023/xlsx", "pejabat/0/templat") as a workbook; asserts 200 and the type. */
    async ekspor(path: string): Promise<ExcelJS.Workbook> {
      const res = await app().request(`${opd}/tabel/${path}`, { headers: user().headers });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe(MIME_XLSX);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(await res.arrayBuffer());
      return wb;
    },
    /** POST the workbook to …/tabel/{path}/xlsx ("realisasi/2023"). */
    async impor(path: string, wb: ExcelJS.Workbook) {
      const res = await app().request(`${opd}/tabel/${path}/xlsx`, {
        method: "POST",
        headers: { ...user().headers, "content-type": MIME_XLSX },
        body: new Uint8Array(await wb.xlsx.writeBuffer()),
      });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    },
  };
}

/** Every cell value of the first sheet, as text, keyed by address. */
export function selLembar(wb: ExcelJS.Workbook): Map<string, string> {
  const out = new Map<string, string>();
  wb.worksheets[0]!.eachRow((row) => row.eachCell((c) => out.set(c.address, JSON.stringify(c.value))));
  return out;
}

/** Addresses whose values differ between two workbooks' first sheets. */
export function bedaLembar(a: ExcelJS.Workbook, b: ExcelJS.Workbook): string[] {
  const x = selLembar(a);
  const y = selLembar(b);
  return [...new Set([...x.keys(), ...y.keys()])].filter((k) => x.get(k) !== y.get(k)).sort();
}

export async function jumlahAudit(db: Db): Promise<number> {
  const rows = await queryRows<{ n: string }>(db, sql`select count(*) as n from audit_log`);
  return Number(rows[0]?.n ?? 0);
}

/**
 * Row versions of an XLSX table (ADR 0016, ADR 0011): an export writes each existing row's version into a hidden,
 * protected sheet ("versi": ID, version); an import checks, inside its write transaction and under the same advisory
 * locks the form saves take, that every row the file changes (or removes) still has the version it was downloaded
 * with, and refuses the whole file otherwise — so an XLSX downloaded before a colleague's edit cannot put the old
 * value back. A PK row's and a realisasi cell's version is exactly the one the form uses (`BarisTabel.versi`); any
 * other row's is the hash of its exported values. A file without the sheet (exported before it existed) is accepted
 * as before, without a check (last writer wins, like a write without If-Match).
 */
import type ExcelJS from "exceljs";
import type { Db } from "../../storage/database";
import { kunciTransaksi } from "../../storage/repositories/kunci-repository";
import { versiDari } from "../bersama/versi";
import { BerkasKedaluwarsaError } from "../errors";
import type { BarisTabel } from "./definisi";

/** The hidden sheet that carries the row versions (after the data sheet). */
export const LEMBAR_VERSI = "versi";

/** A row's version: the form's version where the table has one, else the hash of the row's exported values. */
export function versiBaris(b: BarisTabel): string {
  return b.versi ?? versiDari(b.nilai);
}

/** Adds the hidden, protected version sheet (column A the row ID, B its version) to an export. */
export async function tulisLembarVersi(wb: ExcelJS.Workbook, baris: BarisTabel[]): Promise<void> {
  // veryHidden: not offered by Excel's "Unhide", so an operator does not edit it by accident
  const ws = wb.addWorksheet(LEMBAR_VERSI, { state: "veryHidden" });
  ws.getCell(1, 1).value = "ID";
  ws.getCell(1, 2).value = "Versi";
  baris.forEach((b, i) => {
    ws.getCell(i + 2, 1).value = b.id;
    ws.getCell(i + 2, 2).value = versiBaris(b);
  });
  await ws.protect("", { selectLockedCells: false, selectUnlockedCells: false });
}

/**
 * The versions of a read file's sheet "versi" (row ID → version), or null when the file has no such sheet (a file
 * exported before row versions existed: no check).
 */
export function bacaLembarVersi(
  lembar: Array<{ nama: string | null; baris: unknown[][] }>,
): Map<string, string> | null {
  const ws = lembar.find((l) => l.nama === LEMBAR_VERSI);
  if (!ws) return null;
  const peta = new Map<string, string>();
  for (const row of ws.baris.slice(1)) {
    const [id, versi] = row;
    if (typeof id === "string" && typeof versi === "string" && id.trim()) peta.set(id.trim(), versi.trim());
  }
  return peta;
}

export interface PeriksaVersiBaris {
  /** Versions in the file (null: an old file, nothing is checked). */
  berkas: Map<string, string> | null;
  /** Rows the file changes or removes, with their sheet row. */
  disentuh: Map<string, number>;
  /** Lock names of a row (the same names its form save takes). */
  kunci: (b: BarisTabel) => string[];
  /** The table's rows as they are now, read with the write's transaction. */
  baca: (tx: Db) => Promise<BarisTabel[]>;
}

/**
 * In the write's transaction, before the change: takes the locks of every touched row (sorted, so two writers never
 * wait for each other crosswise), re-reads the rows and refuses the file when a touched row's version is no longer
 * the one in the file (409, one message per sheet row).
 */
export async function periksaVersiBaris(tx: Db, p: PeriksaVersiBaris, awal: BarisTabel[]): Promise<void> {
  const berkas = p.berkas;
  if (!berkas) return;
  const diperiksa = [...p.disentuh.keys()].filter((id) => berkas.has(id));
  if (!diperiksa.length) return;
  const peta = new Map(awal.map((b) => [b.id, b]));
  const kunci = new Set<string>();
  for (const id of diperiksa) {
    const b = peta.get(id);
    if (b) for (const k of p.kunci(b)) kunci.add(k);
  }
  for (const k of [...kunci].sort()) await kunciTransaksi(tx, k);
  const kini = new Map((await p.baca(tx)).map((b) => [b.id, b]));
  const galat = diperiksa
    .filter((id) => {
      const b = kini.get(id);
      return !b || versiBaris(b) !== berkas.get(id);
    })
    .map((id) => p.disentuh.get(id)!)
    .sort((a, b) => a - b)
    // the web client shows each entry as "field: message" ("Baris 7: data ini telah diubah …; unduh ulang")
    .map((baris) => ({
      field: `Baris ${baris}`,
      message: "data ini telah diubah pengguna lain sejak berkas diunduh; unduh ulang",
    }));
  if (galat.length) {
    throw new BerkasKedaluwarsaError(
      `Berkas ditolak, tidak ada data yang disimpan: ${galat.length} baris telah diubah pengguna lain sejak berkas ` +
        `diunduh. ${galat[0]!.field}: ${galat[0]!.message}, lalu ulangi perubahan Anda.`,
      galat,
    );
  }
}

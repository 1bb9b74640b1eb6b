/**
 * Report generation from the database (issue 7: the LKjIP the API and CLI serve is built from stored data, not from
 * the demo dataset): the demo loaded into a fresh embedded PGlite (untimed), then, warm, the data gathered by
 * susunLaporan (every query of the report, the model, the stored texts and edits) and rendered to PDF — to compare
 * with "LKjIP demo PDF (hangat)", which skips the database.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { renderPdf } from "../../src/reports/render";
import { createContext, type ServiceContext } from "../../src/services/context";
import { loadDemo } from "../../src/demo/load-demo";
import { ringkasanLaporan, susunLaporan } from "../../src/services/laporan/susun-laporan";
import { type Database, openDatabase } from "../../src/storage/database";
import type { BenchCase } from "../harness";

const LINGKUP = { pemda: "batu-bara", opd: "kecamatan-sei-balai" };

export function laporanDbCases(): BenchCase[] {
  let dir = "";
  let db: Database | null = null;
  let ctx: ServiceContext | null = null;
  const setup = async () => {
    if (db) return;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-bench-laporan-"));
    const folder = dir;
    process.once("exit", () => fs.rmSync(folder, { recursive: true, force: true })); // when a filter skips teardown
    db = await openDatabase({ dataDir: dir });
    await db.migrate();
    ctx = createContext(db);
    await loadDemo(ctx);
  };
  const teardown = async () => {
    await db?.close();
    db = null;
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return [
    {
      name: "LKjIP dari basis data: data + model (hangat)",
      runs: 5,
      warmup: 1,
      setup,
      run: async () => void (await susunLaporan(ctx!, LINGKUP, 2023)),
      note: "semua kueri laporan + model, PGlite",
    },
    {
      name: "LKjIP dari basis data: data + model + PDF (hangat)",
      runs: 5,
      warmup: 1,
      setup,
      run: async () => void renderPdf((await susunLaporan(ctx!, LINGKUP, 2023)).hasil.dokumen),
    },
    {
      name: "Halaman Laporan: ringkasan dari basis data (hangat)",
      runs: 5,
      warmup: 1,
      setup,
      run: async () => void (await ringkasanLaporan(ctx!, LINGKUP, 2023)),
      teardown,
      note: "GET …/laporan/{tahun}",
    },
  ];
}

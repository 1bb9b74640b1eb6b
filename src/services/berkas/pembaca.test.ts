/**
 * The reading worker pool (pembaca.ts) as the server uses it: what a refused read leaves on disk, and shutdown.
 * A file of its own: the pool is module state, and this file starts it with its own temporary folder.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lembarXml, xlsxDariLembar, xlsxSatuSel } from "../../../tests/support/xlsx-rakitan";
import { BATAS_IMPOR_BAWAAN } from "./batas-impor";
import { bacaBerkasDiPekerja, hentikanPembaca } from "./pembaca";

const B = BATAS_IMPOR_BAWAAN;
const TMP_ASAL = process.env.TMPDIR;
// Set before the first worker starts: a worker's environment (and so its os.tmpdir()) is a copy of this one.
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "uji-pembaca-"));
process.env.TMPDIR = folder;

afterAll(async () => {
  await hentikanPembaca();
  if (TMP_ASAL === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = TMP_ASAL;
  fs.rmSync(folder, { recursive: true, force: true });
});

/** Files (not folders) under `dir`, but for tsx's compile cache (the worker loads TypeScript through tsx). */
function berkasDi(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name))
    .filter((p) => !path.relative(dir, p).startsWith("tsx-"));
}

describe("the reading worker pool", { timeout: 120_000 }, () => {
  it("a refused XLSX whose sheet exceljs spools to a temporary file leaves no file behind", async () => {
    // no xl/sharedStrings.xml: exceljs's streaming reader writes every worksheet to a tmp file first, and skips
    // removing it when the read throws (here the row limit)
    for (let i = 0; i < 3; i++) {
      await expect(bacaBerkasDiPekerja(xlsxSatuSel("AZ400000"), B, "nilai")).rejects.toThrow("SAKIP_IMPOR_MAKS_BARIS");
    }
    expect(berkasDi(folder)).toEqual([]);
  });

  it("shutdown refuses the reads still queued, not only those in a worker", async () => {
    const isi = xlsxDariLembar(lembarXml([[1, [["A1", "x"]]]]));
    // two workers at most: the third and fourth wait in the queue
    const semua = Promise.allSettled(Array.from({ length: 4 }, () => bacaBerkasDiPekerja(isi, B, "nilai")));
    await hentikanPembaca();
    const hasil = await semua;
    expect(hasil.map((h) => h.status)).toEqual(["rejected", "rejected", "rejected", "rejected"]);
    // the pool starts again after a shutdown
    expect((await bacaBerkasDiPekerja(isi, B, "nilai")).lembar[0]?.baris).toEqual([["x"]]);
    await hentikanPembaca();
    // each worker's own folder goes with it
    expect(fs.readdirSync(folder).filter((n) => !n.startsWith("tsx-"))).toEqual([]);
  }, 60_000);
});

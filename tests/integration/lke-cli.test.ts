/**
 * `sakip lke rekap|nilai|impor` after `sakip demo`: the 2023 recap of the 38 OPD as JSON (component-only, ranks),
 * the 2024 example evaluation of Sei Balai (80 answers per side), and an import: a worksheet with an answer outside
 * the scale exits 2 naming the kriteria and column and writes nothing; a good worksheet previews, then writes with
 * --konfirmasi and scores as the rules core.
 * NOTE: regulations.md §2.3–§2.5.
 */
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/env";
import { openRuntime } from "../../src/cli/runtime";
import { hitungNilaiLke } from "../../src/domain/akip";
import { eksporLkeXlsx } from "../../src/services/lke/xlsx-lke";
import { cliSetelahDemo, jalankanCli } from "../support/cli-io";

const cli = cliSetelahDemo("sakip-cli-lke");
const run = (...args: string[]) => jalankanCli(args);

describe("sakip lke", () => {
  it("rekap --json lists the 38 OPD of 2023 with components, total, predikat and rank", async () => {
    const r = await run("lke", "rekap", "--pemda", "batu-bara", "--tahun", "2023", "--json");
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout) as {
      jumlahOpd: number;
      baris: Array<{ peringkat: number; mode: string; komponen: unknown[]; total: { nilai: string } }>;
    };
    expect(j.jumlahOpd).toBe(38);
    expect(j.baris.every((b) => b.mode === "komponen" && b.komponen.length === 4)).toBe(true);
    expect(j.baris[0]!.peringkat).toBe(1);
  }, 60_000);

  it("nilai --json shows both sides of the 2024 example evaluation", async () => {
    const r = await run("lke", "nilai", "--opd", "kecamatan-sei-balai", "--tahun", "2024", "--json");
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout) as { mandiri: { terisi: number }; evaluator: { terisi: number }; status: string };
    expect(j.mandiri.terisi).toBe(80);
    expect(j.evaluator.terisi).toBe(80);
    expect(j.status).toBe("dinilai");
  }, 60_000);

  it("impor refuses a bad worksheet (exit 2, kriteria and column named), then writes a good one with --konfirmasi", async () => {
    const runtime = await openRuntime(loadConfig());
    const f = await eksporLkeXlsx(runtime.ctx, { pemda: "batu-bara", opd: "kecamatan-lima-puluh" }, 2024);
    await runtime.close();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(f.isi) as never);
    const jawaban: Record<string, string> = {};
    wb.getWorksheet("LKE")!.eachRow((row) => {
      const kode = String(row.getCell(2).value ?? "");
      if (/^\d\.[abc]\.\d+$/.test(kode)) {
        jawaban[kode] = kode.startsWith("2") ? "B" : "BB";
        row.getCell(5).value = kode === "3.b.2" ? "Q" : jawaban[kode];
      }
    });
    const buruk = path.join(cli.env.dir, "buruk.xlsx");
    fs.writeFileSync(buruk, Buffer.from(await wb.xlsx.writeBuffer()));
    const args = ["lke", "impor", "--opd", "kecamatan-lima-puluh", "--tahun", "2024"];
    const r1 = await run(...args, "--file", buruk, "--konfirmasi");
    expect(r1.code).toBe(2);
    expect(r1.stderr).toMatch(/kriteria 3\.b\.2, baris \d+, kolom E \(Jawaban Mandiri\)/);
    const kosong = JSON.parse(
      (await run("lke", "nilai", "--opd", "kecamatan-lima-puluh", "--tahun", "2024", "--json")).stdout,
    );
    expect(kosong.mandiri.terisi).toBe(0);

    wb.getWorksheet("LKE")!.eachRow((row) => {
      if (String(row.getCell(2).value ?? "") === "3.b.2") row.getCell(5).value = jawaban["3.b.2"]!;
    });
    const baik = path.join(cli.env.dir, "baik.xlsx");
    fs.writeFileSync(baik, Buffer.from(await wb.xlsx.writeBuffer()));
    const pr = await run(...args, "--file", baik);
    expect(pr.code, pr.stderr).toBe(0);
    expect(pr.stdout).toMatch(/Pratinjau \(mandiri\): 80 kriteria berubah/);
    const ok = await run(...args, "--file", baik, "--konfirmasi", "--json");
    expect(ok.code, ok.stderr).toBe(0);
    const n = JSON.parse(
      (await run("lke", "nilai", "--opd", "kecamatan-lima-puluh", "--tahun", "2024", "--json")).stdout,
    );
    expect(n.mandiri.total.nilai).toBe(hitungNilaiLke(jawaban).totalTampil);
  }, 120_000);
});

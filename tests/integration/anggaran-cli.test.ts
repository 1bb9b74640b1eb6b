/**
 * `sakip anggaran …` on a fresh embedded database: the demo budget, preview vs --konfirmasi, the summary in JSON,
 * exit code 2 with an Indonesian message for bad input, the template round trip and the export file.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/program";
import { type CliTestEnv, openCliTestEnv } from "../support/test-database";
import { SEI_BALAI_TSV_PATH } from "../fixtures/anggaran/sei-balai";
import { capture } from "../support/cli-io";

let env: CliTestEnv;
let dataDir: string;
const FIXTURE = SEI_BALAI_TSV_PATH.pathname;
/** The seed appendix as if printed for another year ("per 31 Desember <tahun>", SEED 1712). */
function fixtureTahun(tahun: number, ubah: (lines: string[]) => void = () => undefined): string {
  const lines = fs.readFileSync(FIXTURE, "utf8").replace("31 Desember 2023", `31 Desember ${tahun}`).split("\n");
  ubah(lines);
  const file = path.join(dataDir, `pengawasan-${tahun}.tsv`);
  fs.writeFileSync(file, lines.join("\n"));
  return file;
}
const SCOPE = ["--opd", "kecamatan-sei-balai", "--tahun"];

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = capture();
  const code = await runCli(args, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

beforeAll(async () => {
  env = await openCliTestEnv("sakip-cli-anggaran");
  dataDir = env.dir;
  expect((await run("demo", "--json")).code).toBe(0);
}, 120_000);
afterAll(async () => {
  await env?.close();
});

// An import through the CLI took over 30 s once on a 2-core machine at load ~30 (Node 22 run, session 8), and the
// unfinished run then held the data folder for the next tests: each test here gets 2 min.
describe("sakip anggaran", { timeout: 120_000 }, () => {
  it("ringkasan --json: totals per program and per class of the demo (Tabel 3.17 / 3.18, SEED 999-1023)", async () => {
    const r = await run("anggaran", "ringkasan", ...SCOPE, "2023", "--json");
    expect(r.code).toBe(0);
    const body = JSON.parse(r.stdout) as {
      total: unknown;
      program: { kode: string; serapan: string }[];
      kelas: { id: string; anggaran: string; realisasi: string; serapan: string; sisa: string }[];
    };
    expect(body.total).toEqual({
      anggaran: "3135926319.00",
      realisasi: "2933929410.00",
      serapan: "93.56",
      sisa: "201996909.00",
    });
    expect(body.program.map((p) => `${p.kode} ${p.serapan}`)).toEqual([
      "X.XX.01 93.45",
      "7.01.02 100.00",
      "7.01.03 95.00",
      "7.01.04 80.05",
      "7.01.05 94.25",
      "7.01.06 88.00",
    ]);
    expect(body.kelas.map((k) => [k.id, k.anggaran, k.realisasi, k.serapan, k.sisa])).toEqual([
      ["pegawai", "2013689173.00", "1948820960.00", "96.78", "64868213.00"],
      ["barangJasa", "1079737146.00", "974108450.00", "90.22", "105628696.00"],
      ["modal", "42500000.00", "11000000.00", "25.88", "31500000.00"],
    ]);
  });

  it("impor: preview only without --konfirmasi, then writes with it, then finds nothing to change", async () => {
    const f2021 = fixtureTahun(2021);
    const pr = await run("anggaran", "impor", ...SCOPE, "2021", "--file", f2021, "--bulan", "TW4", "--json");
    expect(pr.code).toBe(0);
    const p = JSON.parse(pr.stdout) as {
      perubahan: { buat: number };
      bulan: number;
      rekonsiliasi: { temuan: unknown[] };
    };
    expect([p.perubahan.buat, p.bulan, p.rekonsiliasi.temuan.length]).toEqual([53, 12, 7]);
    expect((await run("anggaran", "ringkasan", ...SCOPE, "2021", "--json")).stdout).toContain('"anggaran": "0.00"');
    const ok = await run("anggaran", "impor", ...SCOPE, "2021", "--file", f2021, "--konfirmasi");
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain("Impor diterapkan: 53 dibuat, 0 diubah, 0 dihapus, 0 tetap");
    const again = await run("anggaran", "impor", ...SCOPE, "2021", "--file", f2021, "--konfirmasi");
    expect(again.stdout).toContain("Tanpa perubahan");
  });

  it.each([
    [
      ["anggaran", "ringkasan", "--opd", "tidak-ada", "--tahun", "2023"],
      'Perangkat daerah "tidak-ada" tidak ditemukan',
    ],
    [["anggaran", "ringkasan", ...SCOPE, "20x3"], '--tahun: "20x3" harus bilangan bulat 2000–2100'],
    [["anggaran", "impor", ...SCOPE, "2023", "--file", "/tidak/ada.xlsx"], 'berkas "/tidak/ada.xlsx" tidak ditemukan'],
    [["anggaran", "impor", ...SCOPE, "2023", "--file", FIXTURE, "--format", "pdf"], '--format: "pdf" tidak dikenal'],
    [["anggaran", "impor", ...SCOPE, "2024", "--file", FIXTURE], "bukan tahun anggaran 2024"],
  ])("exits 2 for %j", async (args, pesan) => {
    const r = await run(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(pesan);
    expect(r.stderr).not.toMatch(/\bat .+\.ts:\d+/);
  });

  it("exits 2 and lists the bad cells of a broken file; nothing is written", async () => {
    const broken = fixtureTahun(2020, (lines) => {
      lines[17] = (lines[17] ?? "").replace("1.909.140.960,00", "-1.909.140.960,00"); // SEED 1726
    });
    const r = await run("anggaran", "impor", ...SCOPE, "2020", "--file", broken, "--konfirmasi");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Baris 18, kolom REALISASI PEGAWAI: nilai negatif "-1.909.140.960,00" tidak sah');
    expect(r.stderr).toContain("tidak ada yang disimpan");
    expect((await run("anggaran", "ringkasan", ...SCOPE, "2020", "--json")).stdout).toContain('"anggaran": "0.00"');
  });

  it("templat and ekspor write XLSX files; the template re-imports without change", async () => {
    const tpl = path.join(dataDir, "templat.xlsx");
    expect((await run("anggaran", "templat", ...SCOPE, "2023", "--out", tpl)).code).toBe(0);
    const r = await run("anggaran", "impor", ...SCOPE, "2023", "--file", tpl, "--format", "template", "--json");
    expect(JSON.parse(r.stdout)).toMatchObject({ tanpaPerubahan: true, berkas: { format: "templat", jenis: "xlsx" } });
    const out = path.join(dataDir, "ekspor.xlsx");
    expect((await run("anggaran", "ekspor", ...SCOPE, "2023", "--out", out)).code).toBe(0);
    expect(fs.statSync(out).size).toBeGreaterThan(5000);
  });
});

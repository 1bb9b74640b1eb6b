import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CliIO } from "../io";
import { runCli } from "../program";

function capture(): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

async function jalankan(args: string[]) {
  const io = capture();
  const code = await runCli(["hitung", "capaian", ...args], io);
  return { code, stdout: io.stdout.join("\n"), stderr: io.stderr.join("\n") };
}

// action() reports failures through process.exitCode, which runCli reads: keep tests independent of each other.
beforeEach(() => {
  process.exitCode = undefined;
});
afterEach(() => {
  process.exitCode = undefined;
});

describe("sakip hitung capaian", () => {
  it("--json prints exactly one JSON document (SEED 484: 80,50/85,00 → 94,71, Sangat Tinggi)", async () => {
    const r = await jalankan(["--target", "85", "--realisasi", "80.5", "--json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual({
      target: { jenis: "angka", nilai: "85" },
      realisasi: "80.5",
      polaritas: "positif",
      rumus: "r/t",
      targetDipakai: "85",
      capaian: "94.71",
      capaianEksak: "94.70588235294117647058823529411764705882",
      kategori: "Sangat Tinggi",
      skalaKategori: "kategori-capaian-permendagri-86-2017",
      selisihTargetRealisasi: "4.50",
    });
  });

  it.each([
    // SEED 485: BB (70,15) / BB (75,00) → 93,53
    [["--target", "BB (75,00)", "--realisasi", "BB (70,15)"], "93.53", "Sangat Tinggi"],
    // SEED 712: 90,10 / 80,00 → 112,63 (seed prints 112,25)
    [["--target", "80,00", "--realisasi", "90,10"], "112.63", "Sangat Tinggi"],
    // regulations.md §4: negative indicator, both formulas
    [["--target", "10", "--realisasi", "12", "--polaritas", "negatif"], "80.00", "Tinggi"],
    [["--target", "10", "--realisasi", "12", "--polaritas", "negatif", "--rumus", "t/r"], "83.33", "Tinggi"],
    // regulations.md §4: range target, realisasi inside
    [["--target", "80-90", "--realisasi", "85"], "100.00", "Sangat Tinggi"],
    // Sampang labels (regulations.md §4)
    [["--target", "85", "--realisasi", "80.5", "--skala", "kategori-capaian-sampang"], "94.71", "Sangat Baik"],
  ])("%j → %s %s", async (args, capaian, kategori) => {
    const r = await jalankan([...args, "--json"]);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout) as { capaian: string; kategori: string };
    expect(data.capaian).toBe(capaian);
    expect(data.kategori).toBe(kategori);
  });

  it("prints an Indonesian summary without --json", async () => {
    const r = await jalankan(["--target", "85,00", "--realisasi", "80,50"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Capaian    : 94,71%");
    expect(r.stdout).toContain("Kategori   : Sangat Tinggi");
  });

  it.each([
    [["--target", "abc", "--realisasi", "80.5", "--json"], 'opsi --target: "abc" bukan angka'],
    [["--target", "0", "--realisasi", "80.5"], 'opsi --target "0": target 0'],
    [["--realisasi", "80.5"], "opsi --target wajib diisi"],
    [["--target", "85"], "opsi --realisasi wajib diisi"],
    [["--target", "85", "--realisasi", "x"], 'opsi --realisasi: "x" bukan angka'],
    [["--target", "85", "--realisasi", "80", "--polaritas", "naik"], 'opsi --polaritas "naik" tidak dikenal'],
    [
      ["--target", "85", "--realisasi", "80", "--polaritas", "negatif", "--rumus", "x"],
      'opsi --rumus "x" tidak dikenal',
    ],
    [["--target", "85", "--realisasi", "80", "--rumus", "t/r"], "hanya berlaku dengan --polaritas negatif"],
    [["--target", "10", "--realisasi", "0", "--polaritas", "negatif", "--rumus", "t/r"], 'opsi --realisasi "0"'],
    [["--target", "85", "--realisasi", "80", "--skala", "x"], 'opsi --skala "x" tidak dikenal'],
  ])("bad input %j → exit 2, %s", async (args, pesan) => {
    const r = await jalankan(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(pesan);
    expect(r.stderr).not.toMatch(/at .*\.ts/); // no stack trace
  });
});

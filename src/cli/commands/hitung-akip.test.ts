import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { KERANGKA_LKE_88_2021 } from "../../domain/akip";
import type { CliIO } from "../io";
import { runCli } from "../program";

const dir = mkdtempSync(join(tmpdir(), "sakip-hitung-akip-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function berkas(nama: string, isi: unknown): string {
  const path = join(dir, nama);
  writeFileSync(path, typeof isi === "string" ? isi : JSON.stringify(isi));
  return path;
}

async function jalankan(args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIO = { out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
  const code = await runCli(["hitung", ...args], io);
  return { code, stdout: stdout.join("\n"), stderr: stderr.join("\n") };
}

beforeEach(() => {
  process.exitCode = undefined;
});
afterEach(() => {
  process.exitCode = undefined;
});

// SEED 1930 / regulations.md §2.4: Kec. Sei Balai 2023.
const KOMPONEN_SEED = { perencanaan: 22.02, pengukuran: 20.64, pelaporan: 11.62, evaluasi: 15.87 };
const SEMUA_KODE = KERANGKA_LKE_88_2021.value.komponen.flatMap((k) =>
  k.subKomponen.flatMap((s) => s.kriteria.map((c) => c.kode)),
);

describe("sakip hitung akip", () => {
  it("komponen 22,02 + 20,64 + 11,62 + 15,87 → 70,15 BB", async () => {
    const r = await jalankan(["akip", "--file", berkas("komponen.json", { komponen: KOMPONEN_SEED }), "--json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const data = JSON.parse(r.stdout);
    expect(data).toMatchObject({ kerangka: "88/2021", kerangkaId: "lke-88-2021", sumber: "komponen", total: "70.15" });
    expect(data.predikat).toMatchObject({ kode: "BB", label: "Sangat Baik", versiId: "predikat-akip-88-2021" });
    expect(data.komponen.map((k: { nilai: string }) => k.nilai)).toEqual(["22.02", "20.64", "11.62", "15.87"]);
  });

  it("human output in Indonesian format", async () => {
    const r = await jalankan(["akip", "--file", berkas("komponen2.json", { komponen: KOMPONEN_SEED })]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Nilai AKIP : 70,15");
    expect(r.stdout).toContain("Predikat   : BB (Sangat Baik)");
  });

  it("answers per kriteria (all A except 1.b.11 = B) → sub-komponen, komponen, total", async () => {
    const jawaban = { ...Object.fromEntries(SEMUA_KODE.map((k) => [k, "A"])), "1.b.11": "B" };
    const r = await jalankan(["akip", "--file", berkas("jawaban.json", { kerangka: "88/2021", jawaban }), "--json"]);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout);
    expect(data.komponen[0].subKomponen[1]).toMatchObject({ kode: "1.b", jumlahKriteria: 11, nilai: "7.94" });
    expect(data.total).toBe("89.84"); // 90 − 8,10 + 7,94
    expect(data.predikat.kode).toBe("A");
    expect(data.pembulatanSubKomponen).toBe(2);
  });

  it("12/2015 components (SEED Tabel 3.12, 2019) → 65,00 B with the older wording", async () => {
    const komponen = {
      perencanaan: "22,56",
      pengukuran: "15,7",
      pelaporan: "9,87",
      evaluasi: "6,09",
      pencapaian: "10,78",
    };
    const r = await jalankan(["akip", "--file", berkas("2019.json", { kerangka: "12/2015", komponen }), "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      kerangkaId: "lke-12-2015",
      total: "65.00",
      predikat: { kode: "B", versiId: "predikat-akip-12-2015" },
    });
  });

  it.each([
    ["a missing kriteria", { jawaban: { "1.a.1": "A" } }, /jawaban kriteria belum diisi: 1\.a\.2/],
    [
      "a component above its bobot",
      { komponen: { ...KOMPONEN_SEED, pelaporan: 15.5 } },
      /pelaporan.*15,5 di luar rentang 0–15/,
    ],
    ["both jawaban and komponen", { jawaban: {}, komponen: {} }, /tepat salah satu/],
    ["unknown kerangka", { kerangka: "29/2010", komponen: KOMPONEN_SEED }, /kerangka "29\/2010" tidak dikenal/],
  ])("%s → exit 2", async (_n, isi, pesan) => {
    const r = await jalankan(["akip", "--file", berkas("salah.json", isi), "--json"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(pesan);
  });
});

describe("sakip hitung predikat", () => {
  // regulations.md §2.5: lower-exclusive bounds.
  it.each([
    ["70.15", "BB"],
    ["70,00", "B"],
    ["70.01", "BB"],
    ["90", "A"],
    ["90.01", "AA"],
    ["0", "D"],
  ])("--nilai %s → %s", async (nilai, kode) => {
    const r = await jalankan(["predikat", "--nilai", nilai, "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).kode).toBe(kode);
  });

  it.each([[[]], [["--nilai", "101"]], [["--nilai", "abc"]], [["--nilai", "50", "--kerangka", "x"]]])(
    "bad input %j → exit 2",
    async (opsi) => {
      const r = await jalankan(["predikat", ...opsi]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^Kesalahan: /);
    },
  );
});

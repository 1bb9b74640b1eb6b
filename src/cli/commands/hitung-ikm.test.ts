import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CliIO } from "../io";
import { runCli } from "../program";

const dir = mkdtempSync(join(tmpdir(), "sakip-hitung-ikm-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function berkas(nama: string, isi: string): string {
  const path = join(dir, nama);
  writeFileSync(path, isi);
  return path;
}

async function jalankan(args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIO = { out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
  const code = await runCli(["hitung", ...args], io);
  return { code, stdout: stdout.join("\n"), stderr: stderr.join("\n") };
}

// action() reports failures through process.exitCode, which runCli reads: keep tests independent of each other.
beforeEach(() => {
  process.exitCode = undefined;
});
afterEach(() => {
  process.exitCode = undefined;
});

// SEED 1821-1845 / regulations.md §0: Σ nilai per unsur of 96 respondents.
const SEED_JSON = JSON.stringify({
  responden: 96,
  jumlah: { u1: 288, u2: 298, u3: 301, u4: 378, u5: 293, u6: 304, u7: 312, u8: 293, u9: 318 },
});

const SEED_PATH = berkas("seed-tetap.json", SEED_JSON);

describe("sakip hitung ikm", () => {
  it("seed JSON summary → 80,50 B Baik; --json prints exactly one JSON document", async () => {
    const r = await jalankan(["ikm", "--file", berkas("seed.json", SEED_JSON), "--json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const data = JSON.parse(r.stdout);
    expect(data).toMatchObject({
      masukan: "jumlah",
      responden: 96,
      jumlahNrrTertimbang: "3.220156",
      ikm: "80.50",
      ikmRinci: "80.503906",
      ikmEksak: "80.50390625",
      mutu: "B",
      kinerja: "Baik",
    });
    expect(data.metode.id).toBe("ikm-14-2017-bobot-0111+ikm-pembulatan-seed+ikm-mutu-14-2017");
    expect(data.unsur[3]).toMatchObject({
      kode: "u4",
      jumlah: "378",
      nrr: "3.94",
      nrrTertimbang: "0.437063",
      mutu: "A",
    });
    expect(data.unsur[8]).toMatchObject({ kode: "u9", nrr: "3.31", nrrTertimbang: "0.367688", mutu: "B" });
  });

  it.each([
    // regulations.md §0: exact 1/9 → 80,5845 → 80,58
    [["--bobot", "1/9"], "80.58"],
    [["--pembulatan", "nrr-2dp"], "80.50"],
  ])("options %j → IKM %s", async (opsi, ikm) => {
    const r = await jalankan(["ikm", "--file", berkas("seed2.json", SEED_JSON), ...opsi, "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).ikm).toBe(ikm);
  });

  it("published NRR JSON (SEED 568-576) → 80,50 B", async () => {
    const nrr = { u1: 3.0, u2: 3.1, u3: 3.14, u4: 3.94, u5: 3.05, u6: 3.17, u7: 3.25, u8: 3.05, u9: 3.31 };
    const r = await jalankan(["ikm", "--file", berkas("nrr.json", JSON.stringify({ nrr })), "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ masukan: "nrr", responden: null, ikmEksak: "80.50275", ikm: "80.50" });
  });

  it("CSV of respondents, columns in any order, ';' separated, human output in Indonesian format", async () => {
    const csv = "u9;u8;u7;u6;u5;u4;u3;u2;u1\n3;3;3;3;3;4;3;3;3\n4;4;4;4;4;4;4;4;4\n";
    const r = await jalankan(["ikm", "--file", berkas("responden.csv", csv)]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("2 responden");
    expect(r.stdout).toContain("IKM unit pelayanan    : 88,80");
    expect(r.stdout).toContain("Mutu pelayanan        : A");
  });

  it("a CSV with value 5 in row 3 → exit 2, message names row 3 and the unsur", async () => {
    const csv = "u1,u2,u3,u4,u5,u6,u7,u8,u9\n3,3,3,4,3,3,3,3,3\n4,4,4,4,4,4,4,4,4\n3,3,3,4,5,3,3,3,3\n";
    const r = await jalankan(["ikm", "--file", berkas("salah.csv", csv), "--json"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      'Kesalahan: Responden baris 3 (baris 4 pada berkas), unsur u5 (Produk Spesifikasi Jenis Pelayanan): nilai "5" di luar rentang 1–4',
    );
  });

  it.each([
    ["no --file", [], /opsi --file wajib diisi/],
    ["missing file", ["--file", "/tidak/ada.csv"], /berkas "\/tidak\/ada.csv" tidak ditemukan/],
    ["unknown --bobot", ["--file", SEED_PATH, "--bobot", "0.1"], /bobot "0.1" tidak dikenal/],
    ["unknown --pembulatan", ["--file", SEED_PATH, "--pembulatan", "x"], /pembulatan "x" tidak dikenal/],
    ["unknown --mutu", ["--file", SEED_PATH, "--mutu", "2014"], /tabel mutu "2014" tidak dikenal/],
  ])("%s → exit 2", async (_n, opsi, pesan) => {
    const r = await jalankan(["ikm", ...opsi]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(pesan);
    expect(r.stderr).not.toMatch(/at .*\.ts/); // no stack trace
  });

  it.each([
    ["header with a non-unsur column", "u1,u2,u3,u4,u5,u6,u7,u8,nama\n", /kolom 9 "nama" bukan kode unsur/],
    ["header missing u9", "u1,u2,u3,u4,u5,u6,u7,u8\n3,3,3,3,3,3,3,3\n", /tidak memuat kolom u9/],
    [
      "short row",
      "u1,u2,u3,u4,u5,u6,u7,u8,u9\n3,3,3\n",
      /responden baris 1 \(baris 2 pada berkas\) berisi 3 kolom, header 9/,
    ],
    ["header only", "u1,u2,u3,u4,u5,u6,u7,u8,u9\n", /tidak ada responden/],
    ["invalid JSON", "{oops", /bukan JSON yang sah/],
    ["unknown JSON key", '{"respondent": 96}', /kunci "respondent" tidak dikenal/],
    ["zero respondents", '{"responden": 0, "jumlah": {}}', /jumlah responden harus bilangan bulat lebih dari 0/],
    [
      "custom weights not summing to 1",
      `{"responden": 96, "jumlah": ${JSON.stringify(JSON.parse(SEED_JSON).jumlah)}, "bobot": {"u1": 0.5, "u2": 0.1, "u3": 0.1, "u4": 0.1, "u5": 0.1, "u6": 0.1, "u7": 0.1, "u8": 0.1, "u9": 0.1}}`,
      /jumlah bobot seluruh unsur harus tepat 1, tetapi 1,3/,
    ],
  ])("%s → exit 2", async (_n, isi, pesan) => {
    const nama = isi.startsWith("{") ? "x.json" : "x.csv";
    const r = await jalankan(["ikm", "--file", berkas(nama, isi)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(pesan);
  });
});

describe("sakip hitung sampel", () => {
  it("--populasi 1000 → 278 (regulations.md §1.7)", async () => {
    const r = await jalankan(["sampel", "--populasi", "1000", "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      populasi: 1000,
      sampelMinimum: 278,
      sampelTabel: 278,
      memenuhi: null,
    });
  });

  it("checks a respondent count (SEED 599: 96 respondents) and accepts '1.000'", async () => {
    const r = await jalankan(["sampel", "--populasi", "1.000", "--responden", "96"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("278 responden");
    expect(r.stdout).toContain("belum memenuhi, kurang 182");
  });

  it.each([[[]], [["--populasi", "1,5"]], [["--populasi", "0"]]])("bad input %j → exit 2", async (opsi) => {
    const r = await jalankan(["sampel", ...opsi]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Kesalahan: .*populasi/);
  });
});

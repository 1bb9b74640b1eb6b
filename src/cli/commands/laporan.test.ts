/**
 * `sakip lkjip` and `sakip pk` with `--sumber demo` (the demo dataset, no database): files written, JSON summary,
 * Indonesian errors with exit code 2. The default source (the database) is tested in
 * tests/integration/laporan-cli.test.ts.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { CliIO } from "../io";
import { runCli } from "../program";

function capture(): CliIO & { stdout: string; stderr: string } {
  const io = {
    stdout: "",
    stderr: "",
    out: (t: string) => void (io.stdout += `${t}\n`),
    err: (t: string) => void (io.stderr += `${t}\n`),
  };
  return io;
}

const dir = mkdtempSync(path.join(tmpdir(), "sakip-laporan-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("sakip lkjip / pk", () => {
  it("writes the demo LKjIP as HTML and reports what is missing as JSON", async () => {
    const io = capture();
    const out = path.join(dir, "lkjip.html");
    expect(
      await runCli(
        [
          "lkjip",
          ...["--sumber", "demo", "--opd", "kecamatan-sei-balai", "--tahun", "2023"],
          ...["--format", "html", "--out", out, "--json"],
        ],
        io,
      ),
    ).toBe(0);
    const data = JSON.parse(io.stdout);
    expect(data).toMatchObject({
      berkas: out,
      format: "html",
      dataBelumTersedia: [{ kunci: "program-kegiatan:realisasi:2023" }],
      peringatanNarasi: [],
    });
    expect(readFileSync(out, "utf8")).toContain("Tabel 3.18 Realisasi Anggaran Program Kecamatan Sei Balai Tahun 2023");
  });

  it("writes one pejabat's PK as DOCX", async () => {
    const io = capture();
    const out = path.join(dir, "pk.docx");
    expect(
      await runCli(
        [
          "pk",
          "--sumber",
          "demo",
          "--opd",
          "kecamatan-sei-balai",
          "--tahun",
          "2023",
          "--pejabat",
          "19720614 200801 1 001",
          "--versi",
          "perubahan",
          "--format",
          "docx",
          "--out",
          out,
          "--json",
        ],
        io,
      ),
    ).toBe(0);
    expect(JSON.parse(io.stdout).pk).toEqual([
      { kode: "pk-2023-perubahan-sekretaris", versi: "perubahan", level: "eselon-iii" },
    ]);
    expect(readFileSync(out).subarray(0, 2).toString("latin1")).toBe("PK");
  });

  it.each([
    [
      ["lkjip", "--opd", "kecamatan-entah", "--tahun", "2023", "--format", "pdf", "--out", "x.pdf"],
      /data laporan OPD "kecamatan-entah" tahun 2023 belum tersedia/,
    ],
    [
      ["lkjip", "--opd", "kecamatan-sei-balai", "--tahun", "2022", "--format", "pdf", "--out", "x.pdf"],
      /tahun 2022 belum tersedia/,
    ],
    [
      ["lkjip", "--opd", "kecamatan-sei-balai", "--tahun", "2023", "--format", "odt", "--out", "x.odt"],
      /--format "odt" tidak dikenal/,
    ],
    [["lkjip", "--opd", "kecamatan-sei-balai", "--tahun", "2023", "--format", "pdf"], /opsi --out wajib diisi/],
    [
      ["pk", "--opd", "kecamatan-sei-balai", "--tahun", "2023", "--format", "xlsx", "--out", "x"],
      /--format "xlsx" tidak dikenal \(pilihan: docx, pdf\)/,
    ],
    [
      ["pk", "--opd", "kecamatan-sei-balai", "--tahun", "2023", "--versi", "awal", "--format", "pdf", "--out", "x.pdf"],
      /Perjanjian Kinerja Kecamatan Sei Balai tahun 2023 \(versi awal\) tidak ditemukan/,
    ],
    [
      [
        "pk",
        "--opd",
        "kecamatan-sei-balai",
        "--tahun",
        "2023",
        "--pejabat",
        "123",
        "--format",
        "pdf",
        "--out",
        "x.pdf",
      ],
      /--pejabat/,
    ],
  ])("refuses %j with exit code 2", async (args, pesan) => {
    const io = capture();
    expect(await runCli([...args, "--sumber", "demo"], io)).toBe(2);
    expect(io.stderr).toMatch(pesan);
    expect(io.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});

/** Production installation path: create a Pemda and an OPD from the CLI (audited), then list them. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CliIO } from "../../src/cli/io";
import { runCli } from "../../src/cli/program";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-cli-pemda-"));
const saved = { data: process.env.SAKIP_DATA_DIR, url: process.env.DATABASE_URL };

function capture(): CliIO & { stdout: string; stderr: string } {
  const io = {
    stdout: "",
    stderr: "",
    out: (t: string) => void (io.stdout += `${t}\n`),
    err: (t: string) => void (io.stderr += `${t}\n`),
  };
  return io;
}

beforeAll(() => {
  process.env.SAKIP_DATA_DIR = dir;
  delete process.env.DATABASE_URL;
});
afterAll(() => {
  if (saved.data === undefined) delete process.env.SAKIP_DATA_DIR;
  else process.env.SAKIP_DATA_DIR = saved.data;
  if (saved.url !== undefined) process.env.DATABASE_URL = saved.url;
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("sakip pemda", () => {
  it("creates a Pemda and an OPD, idempotently, and refuses bad input with exit code 2", async () => {
    const args = [
      "pemda",
      "buat",
      "--slug",
      "kab-uji",
      "--nama",
      "Kabupaten Uji",
      "--jenis",
      "kabupaten",
      "--provinsi",
      "Sumatera Utara",
      "--json",
    ];
    let io = capture();
    expect(await runCli(args, io)).toBe(0);
    expect(JSON.parse(io.stdout)).toMatchObject({ slug: "kab-uji", diubah: true });
    io = capture();
    expect(await runCli(args, io)).toBe(0);
    expect(JSON.parse(io.stdout)).toMatchObject({ diubah: false });

    io = capture();
    expect(
      await runCli(
        [
          "pemda",
          "tambah-opd",
          "--pemda",
          "kab-uji",
          "--slug",
          "dinas-uji",
          "--nama",
          "Dinas Uji",
          "--jenis",
          "dinas",
          "--json",
        ],
        io,
      ),
    ).toBe(0);
    io = capture();
    expect(await runCli(["opd", "--json"], io)).toBe(0);
    expect(JSON.parse(io.stdout)).toEqual([
      { slug: "kab-uji", nama: "Kabupaten Uji", opd: [{ slug: "dinas-uji", nama: "Dinas Uji" }] },
    ]);

    io = capture();
    expect(
      await runCli(
        ["pemda", "buat", "--slug", "Kab Uji", "--nama", "X", "--jenis", "kabupaten", "--provinsi", "Y"],
        io,
      ),
    ).toBe(2);
    expect(io.stderr).toMatch(/--slug: "Kab Uji" bukan slug/);
    io = capture();
    expect(
      await runCli(
        ["pemda", "tambah-opd", "--pemda", "kab-uji", "--slug", "x", "--nama", "X", "--jenis", "kantor"],
        io,
      ),
    ).toBe(2);
    expect(io.stderr).toMatch(/--jenis: "kantor" tidak dikenal/);
  });
});

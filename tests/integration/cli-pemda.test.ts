/**
 * Production installation path: create a Pemda and an OPD from the CLI (audited), then list them — on a fresh
 * database of the engine under test (embedded by default, PostgreSQL under `npm run test:pg`).
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/program";
import { type CliTestEnv, openCliTestEnv } from "../support/test-database";
import { capture } from "../support/cli-io";

let env: CliTestEnv;

beforeAll(async () => {
  env = await openCliTestEnv("sakip-cli-pemda");
});
afterAll(async () => {
  await env?.close();
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
    if (env.databaseUrl) {
      // `npm run test:pg`: the commands wrote to the PostgreSQL server, not to an embedded database.
      const client = new pg.Client({ connectionString: env.databaseUrl });
      await client.connect();
      try {
        const r = await client.query("select slug from pemda");
        expect(r.rows).toEqual([{ slug: "kab-uji" }]);
      } finally {
        await client.end();
      }
    }

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

/**
 * `sakip lkjip` / `sakip pk` build from the database by default: after `sakip demo` the LKjIP of Kecamatan Sei Balai
 * 2023 is byte for byte the same HTML as `--sumber demo` builds from the dataset, and a stored edit of a generated
 * paragraph is printed; an empty database is refused with exit code 2 and an Indonesian hint.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CliIO } from "../../src/cli/io";
import { runCli } from "../../src/cli/program";
import { type CliTestEnv, openCliTestEnv } from "../support/test-database";
import { loadConfig } from "../../src/config/env";
import { simpanNarasi } from "../../src/services/laporan/narasi-laporan";
import { openRuntime } from "../../src/cli/runtime";

let env: CliTestEnv;
let dataDir: string;

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io: CliIO & { stdout: string; stderr: string } = {
    stdout: "",
    stderr: "",
    out: (t: string) => void (io.stdout += `${t}\n`),
    err: (t: string) => void (io.stderr += `${t}\n`),
  };
  const code = await runCli(args, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}
const SEI_BALAI = ["--opd", "kecamatan-sei-balai", "--tahun", "2023"];

beforeAll(async () => {
  env = await openCliTestEnv("sakip-cli-laporan");
  dataDir = env.dir;
}, 120_000);
afterAll(async () => {
  await env?.close();
});

describe("sakip lkjip from the database", () => {
  it("refuses an empty database with a hint", async () => {
    const r = await run("lkjip", ...SEI_BALAI, "--format", "html", "--out", path.join(dataDir, "x.html"));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/basis data belum berisi data pemda: muat data \(mis\. `sakip demo`\)/);
  });

  it("gives, after `sakip demo`, the same document as --sumber demo", async () => {
    expect((await run("demo", "--json")).code).toBe(0);
    const db = path.join(dataDir, "db.html");
    const demo = path.join(dataDir, "demo.html");
    const r = await run("lkjip", ...SEI_BALAI, "--format", "html", "--out", db, "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      dataBelumTersedia: [{ kunci: "program-kegiatan:realisasi:2023" }],
      peringatanNarasi: [],
    });
    expect((await run("lkjip", ...SEI_BALAI, "--sumber", "demo", "--format", "html", "--out", demo)).code).toBe(0);
    expect(fs.readFileSync(db, "utf8")).toBe(fs.readFileSync(demo, "utf8"));
  }, 120_000);

  it("prints a stored edit of a generated paragraph", async () => {
    const runtime = await openRuntime(loadConfig());
    try {
      await simpanNarasi(
        runtime.ctx,
        { pemda: "batu-bara", opd: "kecamatan-sei-balai" },
        2023,
        "bab3.S1.penyebab",
        "Sasaran pelayanan publik tercapai dengan capaian 94,71% (lihat {{ref:tabel-capaian}}).",
      );
    } finally {
      await runtime.close();
    }
    const out = path.join(dataDir, "edit.html");
    expect((await run("lkjip", ...SEI_BALAI, "--format", "html", "--out", out)).code).toBe(0);
    expect(fs.readFileSync(out, "utf8")).toContain(
      'Sasaran pelayanan publik tercapai dengan capaian 94,71% (lihat <a href="#tabel-capaian">Tabel 3.2</a>).',
    );
  });

  it("writes one pejabat's PK from the database", async () => {
    const out = path.join(dataDir, "pk.pdf");
    const r = await run(
      "pk",
      ...SEI_BALAI,
      "--pejabat",
      "19720614 200801 1 001",
      "--format",
      "pdf",
      "--out",
      out,
      "--json",
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).pk).toEqual([
      { kode: "pk-2023-perubahan-sekretaris", versi: "perubahan", level: "eselon-iii" },
    ]);
    expect(fs.readFileSync(out).subarray(0, 4).toString("latin1")).toBe("%PDF");
  });
});

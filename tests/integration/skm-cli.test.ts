/**
 * `sakip skm …` on a fresh embedded database with the demo: layanan and periods with their kode, the 2023 result
 * computed from the 96 stored rows (IKM 80,50, mutu B; SEED 1821-1845), an import preview then --konfirmasi, and
 * exit code 2 with an Indonesian message for bad input.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/program";
import { capture } from "../support/cli-io";
import { type CliTestEnv, openCliTestEnv } from "../support/test-database";

let env: CliTestEnv;

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = capture();
  const code = await runCli(args, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

beforeAll(async () => {
  env = await openCliTestEnv("sakip-cli-skm");
  expect((await run("demo", "--json")).code).toBe(0);
}, 180_000);
afterAll(async () => {
  await env?.close();
});

describe("sakip skm", () => {
  it("layanan --json lists the demo layanan and the 2023 period", async () => {
    const r = await run("skm", "layanan", "--opd", "kecamatan-sei-balai", "--json");
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout) as { layanan: { kode: string }[]; periode: { kode: string; status: string }[] };
    expect(d.layanan.map((l) => l.kode)).toContain("sei-balai");
    expect(d.periode.find((p) => p.kode === "2023")?.status).toBe("ditutup");
  }, 60_000);

  it("hasil --json: IKM 80,50, mutu B, 96 respondents, NRR per unsur (u1 3,00; u4 3,94)", async () => {
    const r = await run("skm", "hasil", "--opd", "kecamatan-sei-balai", "--periode", "2023", "--json");
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout) as { ikm: string; mutu: string; responden: number; nrr: Record<string, string> };
    expect(d).toMatchObject({ ikm: "80.50", mutu: "B", responden: 96 });
    expect(d.nrr.u1).toBe("3.00");
    expect(d.nrr.u4).toBe("3.94");
  }, 60_000);

  it("impor: preview writes nothing, --konfirmasi stores the rows", async () => {
    const berkas = path.join(env.dir, "skm.csv");
    fs.writeFileSync(berkas, "u1,u2,u3,u4,u5,u6,u7,u8,u9\n4,4,4,4,4,4,4,4,4\n3,3,3,3,3,3,3,3,3\n");
    const tahun = JSON.parse((await run("skm", "layanan", "--opd", "kecamatan-sei-balai", "--json")).stdout)
      .periode.map((p: { kode: string; status: string }) => p)
      .find((p: { status: string }) => p.status === "terbuka").kode as string;
    const args = ["skm", "impor", "--opd", "kecamatan-sei-balai", "--layanan", "sei-balai", "--periode", tahun];
    const pra = await run(...args, "--file", berkas, "--json");
    expect(pra.code).toBe(0);
    expect(JSON.parse(pra.stdout).pratinjau.responden).toBe(2);
    const k = await run(...args, "--file", berkas, "--konfirmasi", "--json");
    expect(k.code).toBe(0);
    expect(JSON.parse(k.stdout)).toMatchObject({ disimpan: 2, sudahAda: 0 });
  }, 120_000);

  it("bad input exits with 2 and an Indonesian message", async () => {
    const r = await run("skm", "hasil", "--opd", "kecamatan-sei-balai", "--periode", "1999", "--json");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/periode SKM dengan kode "1999" tidak ada/);
  }, 60_000);
});

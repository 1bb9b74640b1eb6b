/**
 * One writer per embedded data folder (issue 18, finding 3): `sakip pemda tambah-opd` while `sakip serve` runs on the
 * same SAKIP_DATA_DIR used to report success and lose the row. Now the CLI is refused with a message naming the
 * folder and the server's pid, nothing is written, and after the server stops the data is intact and the CLI
 * works. A second server on the folder is refused too; a stale lock of a dead process is taken over.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runCli } from "../../src/cli/program";
import { LOCK_FILE } from "../../src/storage/data-dir-lock";
import { jalankanServer, type ProsesServer } from "../support/server-proses";
import { capture } from "../support/cli-io";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-kunci-"));
const saved = { data: process.env.SAKIP_DATA_DIR, url: process.env.DATABASE_URL };
let server: ProsesServer | undefined;

async function cli(args: string[]) {
  const io = capture();
  const code = await runCli(args, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

const tambahOpd = (slugOpd: string) => [
  "pemda",
  "tambah-opd",
  "--pemda",
  "kab-kunci",
  "--slug",
  slugOpd,
  "--nama",
  `Dinas ${slugOpd}`,
  "--jenis",
  "dinas",
  "--json",
];

/** `sakip serve` in its own process, as `npm start` runs it; resolves once it prints its URL. */
async function startServer(): Promise<ProsesServer> {
  return jalankanServer(
    ["bin/sakip.mjs", "serve", "--port", "0"],
    { SAKIP_DATA_DIR: dir, DATABASE_URL: "", LOG_LEVEL: "warn", NODE_ENV: "development" },
    120_000,
  );
}

beforeAll(() => {
  process.env.SAKIP_DATA_DIR = dir;
  delete process.env.DATABASE_URL;
});
afterAll(async () => {
  if (server) await server.berhenti();
  if (saved.data === undefined) delete process.env.SAKIP_DATA_DIR;
  else process.env.SAKIP_DATA_DIR = saved.data;
  if (saved.url !== undefined) process.env.DATABASE_URL = saved.url;
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("one process per embedded data folder", () => {
  it("refuses the CLI and a second server while the server runs; the data is intact afterwards", async () => {
    const buat = await cli([
      "pemda",
      "buat",
      "--slug",
      "kab-kunci",
      "--nama",
      "Kabupaten Kunci",
      "--jenis",
      "kabupaten",
      "--provinsi",
      "Sumatera Utara",
    ]);
    expect(buat.code, buat.stderr).toBe(0);
    expect(await cli(tambahOpd("dinas-awal"))).toMatchObject({ code: 0 });
    expect(fs.existsSync(path.join(dir, LOCK_FILE)), "the CLI releases the folder when done").toBe(false);

    server = await startServer();
    const ditolak = await cli(tambahOpd("dinas-saat-server"));
    expect(ditolak.code).not.toBe(0);
    expect(ditolak.stdout).toBe("");
    expect(ditolak.stderr).toContain(fs.realpathSync(dir));
    expect(ditolak.stderr).toContain(`pid ${server.child.pid}`);
    expect(ditolak.stderr).toMatch(/Hentikan server SAKIP itu dahulu, atau lakukan perubahan lewat aplikasi web\/API/);
    // a read opens the folder too: refused the same way (PGlite would still replay and rewrite pages)
    expect((await cli(["opd", "--json"])).code).not.toBe(0);
    // a second server on the same folder does not start
    const kedua = await cli(["serve", "--port", "0"]);
    expect(kedua.code).not.toBe(0);
    expect(kedua.stderr).toContain(`pid ${server.child.pid}`);

    expect(await server.berhenti()).toBe(0);
    server = undefined;
    expect(fs.existsSync(path.join(dir, LOCK_FILE)), "the server releases the folder on SIGTERM").toBe(false);

    const daftar = await cli(["opd", "--json"]);
    expect(daftar.code, daftar.stderr).toBe(0);
    expect(JSON.parse(daftar.stdout)).toEqual([
      { slug: "kab-kunci", nama: "Kabupaten Kunci", opd: [{ slug: "dinas-awal", nama: "Dinas dinas-awal" }] },
    ]);
    expect(await cli(tambahOpd("dinas-sesudah"))).toMatchObject({ code: 0 });
    const lagi = JSON.parse((await cli(["opd", "--json"])).stdout) as Array<{ opd: Array<{ slug: string }> }>;
    expect(lagi[0]!.opd.map((o) => o.slug).sort()).toEqual(["dinas-awal", "dinas-sesudah"]);
  }, 240_000);

  it("takes over a stale lock left by a dead process on this host, and says so", async () => {
    const mati = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]);
    const pidMati = Number(mati.stdout.toString());
    fs.writeFileSync(
      path.join(dir, LOCK_FILE),
      JSON.stringify({
        pid: pidMati,
        host: os.hostname(),
        sejak: "2024-01-01T00:00:00.000Z",
        perintah: "sakip.mjs serve",
      }),
    );
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    let r: Awaited<ReturnType<typeof cli>>;
    let peringatan: string;
    try {
      r = await cli(["opd", "--json"]);
    } finally {
      peringatan = stderr.mock.calls.map((c) => String(c[0])).join("");
      stderr.mockRestore();
    }
    expect(r.code, r.stderr).toBe(0);
    expect(peringatan).toContain("Kunci basi");
    expect(peringatan).toContain(`pid ${pidMati}`);
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  }, 120_000);

  it("never takes over a lock held on another host: refused, naming the file to remove", async () => {
    const file = path.join(dir, LOCK_FILE);
    fs.writeFileSync(
      file,
      JSON.stringify({
        pid: 1,
        host: "host-lain.invalid",
        sejak: "2024-01-01T00:00:00.000Z",
        perintah: "sakip.mjs serve",
      }),
    );
    const r = await cli(tambahOpd("dinas-host-lain"));
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("host-lain.invalid");
    expect(r.stderr).toContain(`hapus berkas ${fs.realpathSync(file)}`);
    fs.rmSync(file);
  }, 120_000);
});

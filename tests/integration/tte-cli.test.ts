/**
 * `sakip tte tandatangani|verifikasi` (issue 17, ADR 0032) on a fresh embedded database with the demo: the Camat of
 * Sei Balai (demo pejabat, from the LKjIP 2023 Kecamatan Sei Balai) signs a PDF through the register and through the
 * BSrE gateway stand-in (NIK and passphrase from stdin, not arguments); `verifikasi --json` says valid, signer and
 * time; one changed byte is not valid; a wrong passphrase exits 2 and writes no file.
 */
import fs from "node:fs";
import path from "node:path";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/program";
import { pejabat } from "../../src/demo/data/sei-balai/pejabat";
import { capture } from "../support/cli-io";
import { type GerbangUji, mulaiGerbangUji } from "../support/gerbang-tte-uji";
import { type CliTestEnv, openCliTestEnv } from "../support/test-database";

let env: CliTestEnv;
let g: GerbangUji;
const camat = pejabat.find((p) => p.jabatan === "Camat Sei Balai")!;
const NIK = "1219010101700003";
const PASS = "Rahasia-Camat-CLI-9";

async function run(stdin: string, ...args: string[]) {
  const io = capture(stdin);
  const code = await runCli(args, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

beforeAll(async () => {
  env = await openCliTestEnv("sakip-cli-tte");
  g = await mulaiGerbangUji([{ nik: NIK, passphrase: PASS, nama: camat.nama }]);
  process.env.TTE_URL = g.url;
  process.env.TTE_PENGGUNA = "esign";
  process.env.TTE_SANDI = "rahasia-klien";
  expect((await run("", "demo", "--json")).code).toBe(0);
  const doc = await PDFDocument.create();
  const hal = doc.addPage([595, 842]);
  hal.drawText("PERJANJIAN KINERJA TAHUN 2023", {
    x: 150,
    y: 780,
    size: 14,
    font: await doc.embedFont(StandardFonts.Helvetica),
  });
  fs.writeFileSync(path.join(env.dir, "pk.pdf"), await doc.save());
}, 180_000);
afterAll(async () => {
  await g?.close();
  await env?.close();
});

describe("sakip tte", () => {
  for (const penyedia of ["register", "bsre"] as const) {
    it(`${penyedia}: tandatangani then verifikasi --json; one changed byte is not valid`, async () => {
      const masuk = path.join(env.dir, "pk.pdf");
      const keluar = path.join(env.dir, `pk-${penyedia}.pdf`);
      const args = [
        "tte",
        "tandatangani",
        "--file",
        masuk,
        "--nip",
        camat.nip!,
        "--penyedia",
        penyedia,
        "--out",
        keluar,
        "--jenis",
        "pk",
        "--json",
      ];
      const r = await run(`${NIK}\n${PASS}\n`, ...(penyedia === "bsre" ? [...args, "--kredensial-stdin"] : args));
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      expect(r.stdout).not.toContain(NIK);
      expect(r.stdout).not.toContain(PASS);
      const h = JSON.parse(r.stdout) as { kode: string; penyedia: string };
      expect(h.penyedia).toBe(penyedia);
      const v = await run("", "tte", "verifikasi", "--file", keluar, "--json");
      expect(v.code).toBe(0);
      const d = JSON.parse(v.stdout) as { valid: boolean; signer: string; time: string; kode: string };
      expect(d).toMatchObject({ valid: true, kode: h.kode });
      expect(d.signer).toContain(camat.nama);
      expect(Number.isNaN(Date.parse(d.time))).toBe(false);
      const isi = fs.readFileSync(keluar);
      const i = Math.floor(isi.length / 2);
      isi[i] = isi[i]! ^ 0x01;
      const rusak = path.join(env.dir, `rusak-${penyedia}.pdf`);
      fs.writeFileSync(rusak, isi);
      const x = JSON.parse((await run("", "tte", "verifikasi", "--file", rusak, "--json")).stdout) as {
        valid: boolean;
      };
      expect(x.valid).toBe(false);
    }, 120_000);
  }

  it("a wrong passphrase exits 2 with an Indonesian message and writes no file", async () => {
    const keluar = path.join(env.dir, "gagal.pdf");
    const r = await run(
      `${NIK}\nsalah-sekali\n`,
      "tte",
      "tandatangani",
      "--file",
      path.join(env.dir, "pk.pdf"),
      "--nip",
      camat.nip!,
      "--penyedia",
      "bsre",
      "--out",
      keluar,
      "--kredensial-stdin",
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Passphrase salah/);
    expect(r.stderr).not.toContain("salah-sekali");
    expect(fs.existsSync(keluar)).toBe(false);
  }, 120_000);
});

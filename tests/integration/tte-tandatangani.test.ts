/**
 * Electronic signatures (issue 17, ADR 0032), acceptance: the 2023 PK of Kecamatan Sei Balai (rendered from the
 * demo) signed through the register and through a BSrE gateway both verify; a one-byte change fails; a wrong
 * passphrase, an unknown NIK and a gateway timeout leave nothing signed and can be retried; the NIK and passphrase
 * are in no audit entry. The gateway is the contract stand-in of tests/support/gerbang-tte-uji.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pasangPenyaji } from "../../src/cli/penyaji";
import { unduhPk } from "../../src/services/laporan/unduh-laporan";
import { GagalTteError } from "../../src/services/tte/gagal-tte";
import { type LingkunganTte, tandatanganiDokumen } from "../../src/services/tte/tandatangani-dokumen";
import { cocokkanBerkasKode, verifikasiBerkas } from "../../src/services/tte/verifikasi-dokumen";
import { listAudit } from "../../src/storage/repositories/audit-repository";
import { listOpd, listPemda } from "../../src/storage/repositories/organisasi-repository";
import { listPejabat } from "../../src/storage/repositories/pejabat-repository";
import { listTandaTangan } from "../../src/storage/repositories/tte-repository";
import { type GerbangUji, mulaiGerbangUji } from "../support/gerbang-tte-uji";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

pasangPenyaji();

const LINGKUP = { pemda: "batu-bara", opd: "kecamatan-sei-balai" };
const NIK = "1219010101700001";
const PASS = "Sandi-Rahasia-TTE-42";
let t: TestDatabase;
let g: GerbangUji;
let pk: Uint8Array;
let nipCamat: string;
let pemdaId: string;
let env: LingkunganTte;

beforeAll(async () => {
  t = await openDemoDatabase();
  const [pemda] = await listPemda(t.ctx.db);
  pemdaId = pemda!.id;
  const opd = (await listOpd(t.ctx.db, pemdaId)).find((o) => o.slug === "kecamatan-sei-balai")!;
  const camat = (await listPejabat(t.ctx.db, pemdaId, opd.id)).find((p) => p.nip && /camat/i.test(p.jabatan))!;
  nipCamat = camat.nip!;
  pk = new Uint8Array(
    (await unduhPk(t.ctx, { pemda: "batu-bara", opd: "kecamatan-sei-balai" }, 2023, { format: "pdf", nip: nipCamat }))
      .isi,
  );
  g = await mulaiGerbangUji([{ nik: NIK, passphrase: PASS, nama: camat.nama }]);
  env = {
    urlPublik: "https://sakip.contoh.go.id",
    tteUrl: g.url,
    ttePengguna: "esign",
    tteSandi: "rahasia-klien",
    batasWaktuDetik: 5,
  };
}, 180_000);
afterAll(async () => {
  await g?.close();
  await t?.close();
});

function ubahSatuBita(pdf: Uint8Array): Uint8Array {
  const salin = new Uint8Array(pdf);
  const i = Math.floor(salin.length / 2);
  salin[i] = salin[i]! ^ 0x01;
  return salin;
}

const masukan = {
  namaBerkas: "PK-2023-kecamatan-sei-balai.pdf",
  jenisDokumen: "pk" as const,
  judul: "Perjanjian Kinerja 2023 Camat Sei Balai",
};

describe("TTE: register", () => {
  it("signs the PK with a QR to /v/{kode}; the file verifies, a one-byte change does not", async () => {
    const h = await tandatanganiDokumen(
      t.ctx,
      LINGKUP,
      { ...masukan, berkas: pk, nip: nipCamat, penyedia: "register" },
      env,
    );
    expect(h.urlVerifikasi).toBe(`https://sakip.contoh.go.id/v/${h.kode}`);
    expect(Buffer.from(h.pdf.subarray(0, 5)).toString()).toBe("%PDF-");
    const v = await verifikasiBerkas(t.ctx.db, h.pdf);
    expect(v.sah).toBe(true);
    expect(v.tercatat?.kode).toBe(h.kode);
    expect(v.penandatangan).toBe(h.penandatangan.nama);
    const rusak = ubahSatuBita(h.pdf);
    expect((await verifikasiBerkas(t.ctx.db, rusak)).sah).toBe(false);
    expect((await cocokkanBerkasKode(t.ctx.db, h.kode, h.pdf))?.cocok).toBe(true);
    expect((await cocokkanBerkasKode(t.ctx.db, h.kode, rusak))?.cocok).toBe(false);
    // the original, unsigned PK is not a signed document either
    expect((await verifikasiBerkas(t.ctx.db, pk)).sah).toBe(false);
  }, 120_000);

  it("a second signing of the same PK is a new document with its own code (the first stays as it was)", async () => {
    const a = await tandatanganiDokumen(
      t.ctx,
      LINGKUP,
      { ...masukan, berkas: pk, nip: nipCamat, penyedia: "register" },
      env,
    );
    const b = await tandatanganiDokumen(
      t.ctx,
      LINGKUP,
      { ...masukan, berkas: pk, nip: nipCamat, penyedia: "register" },
      env,
    );
    expect(a.kode).not.toBe(b.kode);
    expect((await verifikasiBerkas(t.ctx.db, a.pdf)).tercatat?.kode).toBe(a.kode);
  }, 120_000);
});

describe("TTE: BSrE Esign Client Service (contract test against the local gateway)", () => {
  it("v2: sends JSON with base64 and signatureProperties; the result verifies in the register and the gateway", async () => {
    const h = await tandatanganiDokumen(
      t.ctx,
      LINGKUP,
      {
        ...masukan,
        berkas: pk,
        nip: nipCamat,
        penyedia: "bsre",
        nik: NIK,
        passphrase: PASS,
        tampilan: { jenis: "tanda", tanda: "#", lebar: 80, tinggi: 80 },
      },
      env,
    );
    const kirim = g.diterima.find((d) => d.jalur === "/api/v2/sign/pdf")!.json!;
    expect(kirim.signatureProperties).toEqual([
      expect.objectContaining({ tampilan: "VISIBLE", tag: "#", width: 80, height: 80 }),
    ]);
    expect(Array.isArray(kirim.file)).toBe(true);
    const v = await verifikasiBerkas(t.ctx.db, h.pdf, env);
    expect(v.sah).toBe(true);
    expect(v.gerbang?.sah).toBe(true);
    const rusak = await verifikasiBerkas(t.ctx.db, ubahSatuBita(h.pdf), env);
    expect(rusak.sah).toBe(false);
    expect(rusak.gerbang?.sah).toBe(false);
  }, 120_000);

  it("v1 multipart when the gateway has no v2", async () => {
    g.hanyaV1 = true;
    try {
      const h = await tandatanganiDokumen(
        t.ctx,
        { pemda: "batu-bara" },
        { ...masukan, berkas: pk, nip: nipCamat, penyedia: "bsre", nik: NIK, passphrase: PASS },
        env,
      );
      const f = g.diterima.filter((d) => d.jalur === "/api/sign/pdf").at(-1)!.form!;
      expect(f.tampilan).toBe("invisible");
      expect(f.file).toMatch(/^<berkas \d+>$/);
      expect((await verifikasiBerkas(t.ctx.db, h.pdf, env)).sah).toBe(true);
    } finally {
      g.hanyaV1 = false;
    }
  }, 120_000);

  it("wrong passphrase, unknown NIK, timeout: a clear message, nothing signed, a retry works", async () => {
    const sebelum = (await listTandaTangan(t.ctx.db, pemdaId, null)).length;
    const coba = (nik: string, passphrase: string) =>
      tandatanganiDokumen(
        t.ctx,
        LINGKUP,
        { ...masukan, berkas: pk, nip: nipCamat, penyedia: "bsre", nik, passphrase },
        env,
      );
    await expect(coba(NIK, "salah")).rejects.toThrow(/Passphrase salah.*belum ditandatangani/);
    await expect(coba("1219010101700099", PASS)).rejects.toThrow(/NIK tidak terdaftar/);
    g.tunda = 3000;
    try {
      await expect(
        tandatanganiDokumen(
          t.ctx,
          LINGKUP,
          { ...masukan, berkas: pk, nip: nipCamat, penyedia: "bsre", nik: NIK, passphrase: PASS },
          { ...env, batasWaktuDetik: 1 },
        ),
      ).rejects.toSatisfy(
        (e: unknown) =>
          e instanceof GagalTteError && e.status === 504 && /tidak menjawab dalam 1 detik/.test(e.message),
      );
    } finally {
      g.tunda = 0;
    }
    for (const e of [await coba(NIK, "salah").catch((x: unknown) => x)]) {
      expect(String((e as Error).message)).not.toContain('salah"');
      expect(String((e as Error).message)).not.toContain(NIK);
    }
    expect((await listTandaTangan(t.ctx.db, pemdaId, null)).length).toBe(sebelum);
    const ulang = await coba(NIK, PASS);
    expect((await verifikasiBerkas(t.ctx.db, ulang.pdf, env)).sah).toBe(true);
    expect((await listTandaTangan(t.ctx.db, pemdaId, null)).length).toBe(sebelum + 1);
  }, 120_000);

  it("the audit has every signing with its signer and never the NIK or the passphrase", async () => {
    const audit = await listAudit(t.ctx.db, { pemdaId, entity: "tte_tanda_tangan", limit: 100 });
    expect(audit.length).toBe((await listTandaTangan(t.ctx.db, pemdaId, null)).length);
    const teks = JSON.stringify(audit);
    expect(teks).not.toContain(NIK);
    expect(teks).not.toContain(PASS);
    expect(audit.every((a) => a.action === "tandatangani")).toBe(true);
    expect(teks).toContain(nipCamat);
  });
});

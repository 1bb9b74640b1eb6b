/**
 * The ESR bundle (issue 17, ADR 0039) over HTTP on the demo: Sei Balai 2023 answers one ZIP holding the Renstra and
 * IKU tables, the PK and LKjIP PDFs, the PK signed through the register, `manifest.json` and `DAFTAR-ISI.txt`; every
 * file's SHA-256 in the manifest matches its bytes; Renja is named as missing (SAKIP does not hold it); the export is
 * audited; an operator of another OPD gets 403.
 */
import { createHash } from "node:crypto";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { pasangPenyaji } from "../../src/cli/penyaji";
import type { ManifestEsr } from "../../src/services/esr/bundel-esr";
import { unduhPk } from "../../src/services/laporan/unduh-laporan";
import { ubahPengaturanPemda } from "../../src/services/pengaturan/pengaturan-pemda";
import { lihatPengaturanTte, ubahPengaturanTte } from "../../src/services/tte/pengaturan-tte";
import { tandatanganiDokumen } from "../../src/services/tte/tandatangani-dokumen";
import { listAudit } from "../../src/storage/repositories/audit-repository";
import { listOpd, listPemda } from "../../src/storage/repositories/organisasi-repository";
import { listPejabat } from "../../src/storage/repositories/pejabat-repository";
import { createUserAndSignIn, type SignedIn } from "../support/auth";
import { bukaZip } from "../support/laporan";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let operator: SignedIn;
let operatorLain: SignedIn;
let kodeTtd: string;
const L = { pemda: "batu-bara", opd: "kecamatan-sei-balai" };
const ESR = "/api/v1/pemda/batu-bara/opd/kecamatan-sei-balai/esr";

beforeAll(async () => {
  t = await openDemoDatabase();
  pasangPenyaji();
  app = createApp({ ctx: t.ctx, logger: pino({ level: "silent" }), version: "0", auth: { rahasia: "e".repeat(40) } });
  operator = await createUserAndSignIn(app, t.ctx, { peran: "operator_opd", pemdaSlug: L.pemda, opdSlug: L.opd });
  operatorLain = await createUserAndSignIn(app, t.ctx, {
    peran: "operator_opd",
    pemdaSlug: L.pemda,
    opdSlug: "kecamatan-datuk-tanah-datar",
  });
  const pemdaId = (await listPemda(t.ctx.db)).find((p) => p.slug === L.pemda)!.id;
  const opdId = (await listOpd(t.ctx.db, pemdaId)).find((o) => o.slug === L.opd)!.id;
  const camat = (await listPejabat(t.ctx.db, pemdaId, opdId)).find((p) => p.nip && /^camat/i.test(p.jabatan))!;
  const pk = await unduhPk(t.ctx, L, 2023, { format: "pdf", nip: camat.nip! });
  const h = await tandatanganiDokumen(
    t.ctx,
    L,
    {
      namaBerkas: pk.namaBerkas,
      jenisDokumen: "pk",
      judul: "Perjanjian Kinerja 2023 Kecamatan Sei Balai",
      penyedia: "register",
      berkas: new Uint8Array(pk.isi),
      nip: camat.nip!,
    },
    { urlPublik: "https://sakip.contoh.go.id", batasWaktuDetik: 5 },
  );
  kodeTtd = h.kode;
}, 240_000);
afterAll(async () => {
  await t?.close();
});

describe("ESR bundle", () => {
  it("one ZIP with the documents, the signed PK and a manifest whose SHA-256 match every file", async () => {
    const res = await app.request(`${ESR}/2023`, { headers: operator.headers });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/zip");
    expect(res.headers.get("content-disposition")).toContain("ESR-2023-kecamatan-sei-balai.zip");
    const zip = bukaZip(Buffer.from(await res.arrayBuffer()));
    const m = JSON.parse(zip.get("manifest.json")!.toString("utf8")) as ManifestEsr;
    expect(m.tahun).toBe(2023);
    expect(new Set(m.berkas.map((b) => b.jenis))).toEqual(new Set(["renstra", "iku", "pk", "lkjip"]));
    for (const b of m.berkas) {
      const isi = zip.get(b.nama);
      expect(isi, b.nama).toBeDefined();
      expect(createHash("sha256").update(isi!).digest("hex"), b.nama).toBe(b.sha256);
      expect(isi!.byteLength).toBe(b.ukuran);
    }
    // every file in the ZIP is in the manifest (besides the manifest and the table of contents)
    expect([...zip.keys()].sort()).toEqual([...m.berkas.map((b) => b.nama), "DAFTAR-ISI.txt", "manifest.json"].sort());
    const ttd = m.berkas.find((b) => b.tandaTangan);
    expect(ttd?.tandaTangan?.kode).toBe(kodeTtd);
    expect(ttd?.nama).toMatch(/^ditandatangani\/.*\.pdf$/);
    expect(zip.get(ttd!.nama)!.subarray(0, 5).toString()).toBe("%PDF-");
    expect(m.tidakTersedia.map((x) => x.jenis)).toEqual(["renja"]);
    const daftar = zip.get("DAFTAR-ISI.txt")!.toString("utf8");
    for (const b of m.berkas) expect(daftar).toContain(b.sha256);
    expect(daftar).toContain("Rencana Kerja (Renja)");
    const pemdaId = (await listPemda(t.ctx.db)).find((p) => p.slug === L.pemda)!.id;
    const audit = await listAudit(t.ctx.db, { pemdaId, entity: "esr_bundel", limit: 5 });
    expect(audit.map((a) => a.action)).toEqual(["ekspor"]);
  }, 240_000);

  it("a year without data names what is missing instead of failing; another OPD's operator gets 403", async () => {
    const res = await app.request(`${ESR}/2031`, { headers: operator.headers });
    expect(res.status).toBe(200);
    const m = JSON.parse(
      bukaZip(Buffer.from(await res.arrayBuffer()))
        .get("manifest.json")!
        .toString(),
    ) as ManifestEsr;
    expect(m.tidakTersedia.map((x) => x.jenis)).toEqual(expect.arrayContaining(["renstra", "iku", "pk", "renja"]));
    expect((await app.request(`${ESR}/2023`, { headers: operatorLain.headers })).status).toBe(403);
  }, 240_000);
});

describe("the Pemda's time zone and TTE provider (ADR 0039)", () => {
  it("/v/{kode} shows the signing time in the Pemda's zone: WIB by default, WITA after the Pemda chooses it", async () => {
    const wib = await (await app.request(`/v/${kodeTtd}`)).text();
    expect(wib).toMatch(/\d{2}\.\d{2} WIB</);
    await ubahPengaturanPemda(t.ctx, L.pemda, { zonaWaktu: "Asia/Makassar" });
    const wita = await (await app.request(`/v/${kodeTtd}`)).text();
    expect(wita).toMatch(/\d{2}\.\d{2} WITA</);
    const jam = (h: string) => Number(/(\d{2})\.\d{2} WI/.exec(h)![1]);
    expect((jam(wita) - jam(wib) + 24) % 24).toBe(1); // WITA = UTC+8, WIB = UTC+7
    await ubahPengaturanPemda(t.ctx, L.pemda, { zonaWaktu: "Asia/Jakarta" });
  }, 60_000);

  it("the TTE provider per Pemda is data: register by default, BSrE with the Pemda's gateway address, audited", async () => {
    expect(await lihatPengaturanTte(t.ctx, L.pemda)).toEqual({ penyedia: "register", alamat: null });
    const r = await ubahPengaturanTte(t.ctx, L.pemda, { penyedia: "bsre", alamat: "http://10.0.0.5:8080/" });
    expect(r).toEqual({ pengaturan: { penyedia: "bsre", alamat: "http://10.0.0.5:8080" }, diubah: true });
    await expect(ubahPengaturanTte(t.ctx, L.pemda, { penyedia: "bsre", alamat: "bukan alamat" })).rejects.toThrow(
      /^alamat:/,
    );
    const pemdaId = (await listPemda(t.ctx.db)).find((p) => p.slug === L.pemda)!.id;
    expect((await listAudit(t.ctx.db, { pemdaId, entity: "tte_pengaturan", limit: 5 })).map((a) => a.action)).toEqual([
      "ubah",
    ]);
    await ubahPengaturanTte(t.ctx, L.pemda, { penyedia: "register", alamat: null });
  }, 60_000);
});

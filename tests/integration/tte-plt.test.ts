/**
 * Acting officials (issue 17): the Sekretaris Kecamatan of Sei Balai, appointed Plt. Camat by an SK for a period,
 * signs the 2023 PK through the register provider. The signer is resolved from the signing day: inside the period
 * the PDF's signature block reads "Plt. Camat Sei Balai" under his own name and NIP, and the audit entry names him,
 * the printed position and the SK; outside it he signs with his own position.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pasangPenyaji } from "../../src/cli/penyaji";
import { unduhPk } from "../../src/services/laporan/unduh-laporan";
import { daftarPenugasan, tambahPenugasan } from "../../src/services/organisasi/penugasan-pejabat";
import { type LingkunganTte, tandatanganiDokumen } from "../../src/services/tte/tandatangani-dokumen";
import { verifikasiBerkas } from "../../src/services/tte/verifikasi-dokumen";
import { listAudit } from "../../src/storage/repositories/audit-repository";
import { listOpd, listPemda } from "../../src/storage/repositories/organisasi-repository";
import { insertPejabat, listPejabat, type PejabatRow } from "../../src/storage/repositories/pejabat-repository";
import { listTandaTangan } from "../../src/storage/repositories/tte-repository";
import { pk as tabelPk } from "../../src/storage/schema";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

pasangPenyaji();

const LINGKUP = { pemda: "batu-bara", opd: "kecamatan-sei-balai" };
const SK = "800.1.3.3/045/BKPSDM/2024";
const env: LingkunganTte = { urlPublik: "https://sakip.contoh.go.id", batasWaktuDetik: 5 };
let t: TestDatabase;
let pemdaId: string;
let sekcam: PejabatRow;
let pk: Uint8Array;

function teksPdf(pdf: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), "tte-plt-"));
  const f = join(dir, "d.pdf");
  writeFileSync(f, pdf);
  return execFileSync("pdftotext", ["-layout", f, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}

beforeAll(async () => {
  t = await openDemoDatabase();
  pemdaId = (await listPemda(t.ctx.db)).find((p) => p.slug === "batu-bara")!.id;
  const opd = (await listOpd(t.ctx.db, pemdaId)).find((o) => o.slug === "kecamatan-sei-balai")!;
  sekcam = (await listPejabat(t.ctx.db, pemdaId, opd.id)).find((p) => p.nip && /^sekretaris/i.test(p.jabatan))!;
  const camat = (await listPejabat(t.ctx.db, pemdaId, opd.id)).find((p) => p.nip && /^camat/i.test(p.jabatan))!;
  pk = new Uint8Array((await unduhPk(t.ctx, LINGKUP, 2023, { format: "pdf", nip: camat.nip! })).isi);
}, 180_000);
afterAll(async () => {
  await t?.close();
});

const pada = (iso: string) => ({ ...t.ctx, now: () => new Date(iso) });
const masukan = {
  namaBerkas: "PK-2023-kecamatan-sei-balai.pdf",
  jenisDokumen: "pk" as const,
  judul: "Perjanjian Kinerja 2023 Kecamatan Sei Balai",
  penyedia: "register",
};

describe("a Plt. Camat signs the 2023 PK (register)", () => {
  it("records the Plt. assignment with its SK and period (audited)", async () => {
    const p = await tambahPenugasan(t.ctx, LINGKUP, {
      pejabatId: sekcam.id,
      jenis: "plt",
      jabatanDiisi: "Camat Sei Balai",
      nomorSk: SK,
      mulai: "2024-01-15",
      selesai: "2024-06-30",
    });
    // the demo's own (illustrative, Oct–Dec 2024) Plt. assignment of the same official is listed beside it
    expect(await daftarPenugasan(t.ctx, LINGKUP, sekcam.id)).toContainEqual(p);
    const audit = await listAudit(t.ctx.db, { pemdaId, entity: "pejabat_penugasan", limit: 10 });
    expect(audit.filter((a) => a.entityId === p.id).map((a) => a.action)).toEqual(["tambah"]);
    await expect(tambahPenugasan(t.ctx, LINGKUP, { ...p, mulai: "2024-03-01", selesai: null })).rejects.toThrow(
      /bertumpang tindih/,
    );
  }, 60_000);

  it("inside the period: the PDF shows 'Plt. Camat Sei Balai', the log and the audit name the Sekcam", async () => {
    const h = await tandatanganiDokumen(
      pada("2024-02-18T09:00:00+07:00"),
      LINGKUP,
      { ...masukan, berkas: pk, nip: sekcam.nip! },
      env,
    );
    expect(h.penandatangan).toMatchObject({ nip: sekcam.nip, jabatan: "Plt. Camat Sei Balai" });
    expect(h.penandatangan.nama).toContain(sekcam.nama);
    const teks = teksPdf(h.pdf);
    expect(teks).toContain("Plt. Camat Sei Balai");
    expect(teks).toContain(sekcam.nip!);
    expect((await verifikasiBerkas(t.ctx.db, h.pdf)).sah).toBe(true);

    const log = (await listTandaTangan(t.ctx.db, pemdaId, null)).find((r) => r.kode === h.kode);
    expect(log).toMatchObject({ penandatanganJabatan: "Plt. Camat Sei Balai", penandatanganNip: sekcam.nip });
    const audit = (await listAudit(t.ctx.db, { pemdaId, entity: "tte_tanda_tangan", limit: 100 })).find(
      (a) => (a.after as { kode?: string } | null)?.kode === h.kode,
    );
    expect(audit?.after).toMatchObject({
      penandatangan: { nip: sekcam.nip, jabatan: "Plt. Camat Sei Balai" },
      penugasan: { jenis: "plt", nomorSk: SK, jabatanSendiri: sekcam.jabatan },
    });
  }, 120_000);

  it("after the period: the same official signs with his own position", async () => {
    const h = await tandatanganiDokumen(
      pada("2024-07-01T09:00:00+07:00"),
      LINGKUP,
      { ...masukan, berkas: pk, nip: sekcam.nip! },
      env,
    );
    expect(h.penandatangan.jabatan).toBe(sekcam.jabatan);
    expect(teksPdf(h.pdf)).not.toContain("Plt.");
  }, 120_000);
});

describe("the PK document of an acting first party", () => {
  it("prints 'PLT. CAMAT SEI BALAI' when the PK's date lies in the Plt. period", async () => {
    const opd = (await listOpd(t.ctx.db, pemdaId)).find((o) => o.slug === "kecamatan-sei-balai")!;
    const camat = (await listPejabat(t.ctx.db, pemdaId, opd.id)).find((p) => p.nip && /^camat/i.test(p.jabatan))!;
    // Arrange: the 2023 PK at the Camat's level was made by an official acting as Plt. Camat for 2023 (a test
    // official: a Kepala Seksi of the OPD without a PK of his own).
    const { id: _id, ...salin } = sekcam;
    const plt = await insertPejabat(t.ctx.db, {
      ...salin,
      kode: "uji-plt-camat",
      nama: "PELAKSANA UJI",
      nip: "198001012005011002",
      jabatan: "Kepala Seksi Pemerintahan",
      mulai: null,
      selesai: null,
    });
    await t.ctx.db
      .update(tabelPk)
      .set({ pihakPertamaId: plt.id })
      .where(and(eq(tabelPk.opdId, opd.id), eq(tabelPk.tahun, 2023), eq(tabelPk.pihakPertamaId, camat.id)));
    await tambahPenugasan(t.ctx, LINGKUP, {
      pejabatId: plt.id,
      jenis: "plt",
      jabatanDiisi: "Camat Sei Balai",
      nomorSk: "800/001/BKPSDM/2023",
      mulai: "2023-01-01",
      selesai: "2023-12-31",
    });
    const isi = new Uint8Array((await unduhPk(t.ctx, LINGKUP, 2023, { format: "pdf", nip: plt.nip! })).isi);
    const teks = teksPdf(isi);
    expect(teks).toContain("PLT. CAMAT SEI BALAI");
    expect(teks).toContain("PELAKSANA UJI");
    expect(teks).not.toContain("Kepala Seksi Pemerintahan".toUpperCase());
  }, 180_000);
});

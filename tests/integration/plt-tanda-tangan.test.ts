/**
 * Acting officials in the signature blocks (issue 17, ADR 0039): the LKjIP, the LHE and the Pernyataan Telah Direviu
 * print "Plt."/"Plh." before the position filled when an assignment of the signer is in force on the document's
 * date (the rule of src/domain/pejabat/penugasan.ts, as the PK already does), and the own position outside it.
 * Ending an assignment (audited) moves the document back to the own position. The demo's illustrative Plt. Camat
 * (Oct–Dec 2024) leaves every 2023 document as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pasangPenyaji } from "../../src/cli/penyaji";
import { loadDemo } from "../../src/demo/load-demo";
import { simpanPenandatangan } from "../../src/services/laporan/penandatangan-laporan";
import { pratinjauLaporan } from "../../src/services/laporan/unduh-laporan";
import { unduhLhe } from "../../src/services/lke/dokumen-evaluasi";
import { DEMO_PENUGASAN } from "../../src/demo/muat-penugasan";
import { akhiriPenugasan, daftarPenugasan, tambahPenugasan } from "../../src/services/organisasi/penugasan-pejabat";
import { unduhPernyataanReviu } from "../../src/services/reviu/pernyataan-reviu";
import { listAudit } from "../../src/storage/repositories/audit-repository";
import { listOpd, listPemda } from "../../src/storage/repositories/organisasi-repository";
import { listPejabat, type PejabatRow } from "../../src/storage/repositories/pejabat-repository";
import { bukaZip } from "../support/laporan";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

pasangPenyaji();

const L = { pemda: "batu-bara", opd: "kecamatan-sei-balai" };
const LINS = { pemda: "batu-bara", opd: "" };
let t: TestDatabase;
let pemdaId: string;
let sekcam: PejabatRow;
let inspektur: PejabatRow;

const teksDocx = (b: Buffer) =>
  bukaZip(b)
    .get("word/document.xml")!
    .toString("utf8")
    .replace(/<[^>]+>/g, "");

beforeAll(async () => {
  t = await openDemoDatabase();
  pemdaId = (await listPemda(t.ctx.db)).find((p) => p.slug === "batu-bara")!.id;
  const opd = await listOpd(t.ctx.db, pemdaId);
  const sb = opd.find((o) => o.slug === L.opd)!;
  const ins = opd.find((o) => o.jenis === "inspektorat")!;
  LINS.opd = ins.slug;
  sekcam = (await listPejabat(t.ctx.db, pemdaId, sb.id)).find((p) => p.nip && /^sekretaris/i.test(p.jabatan))!;
  inspektur = (await listPejabat(t.ctx.db, pemdaId, ins.id)).find((p) => p.peran === "kepala-opd")!;
}, 180_000);
afterAll(async () => {
  await t?.close();
});

describe("the demo's acting official", () => {
  it("is the Sekretaris Kecamatan as Plt. Camat for Oct–Dec 2024, after every 2023 document", async () => {
    const d = await daftarPenugasan(t.ctx, L, sekcam.id);
    expect(d).toContainEqual(
      expect.objectContaining({ jenis: "plt", jabatanDiisi: "Camat Sei Balai", mulai: DEMO_PENUGASAN.mulai }),
    );
    const html = await pratinjauLaporan(t.ctx, L, 2023);
    expect(html).not.toContain("PLT.");
    // loading the demo again adds nothing
    await loadDemo(t.ctx);
    expect(await daftarPenugasan(t.ctx, L, sekcam.id)).toHaveLength(d.length);
  }, 180_000);
});

describe("LKjIP signature block", () => {
  it("prints PLT. CAMAT SEI BALAI on a date in the period and the own position after the assignment ends", async () => {
    await simpanPenandatangan(t.ctx, L, 2023, "lkjip", {
      tempat: "Sei Balai",
      tanggal: "2024-02-18",
      pejabatId: sekcam.id,
    });
    const p = await tambahPenugasan(t.ctx, L, {
      pejabatId: sekcam.id,
      jenis: "plt",
      jabatanDiisi: "Camat Sei Balai",
      nomorSk: "800/012/BKPSDM/2024",
      mulai: "2024-02-01",
      selesai: "2024-02-29",
    });
    expect(await pratinjauLaporan(t.ctx, L, 2023)).toContain("PLT. CAMAT SEI BALAI");

    const akhir = await akhiriPenugasan(t.ctx, L, sekcam.id, p.id, "2024-02-10");
    expect(akhir.selesai).toBe("2024-02-10");
    const html = await pratinjauLaporan(t.ctx, L, 2023);
    expect(html).not.toContain("PLT. CAMAT");
    expect(html).toContain(sekcam.jabatan.toUpperCase());
    const audit = await listAudit(t.ctx.db, { pemdaId, entity: "pejabat_penugasan", limit: 20 });
    expect(audit.filter((a) => a.entityId === p.id).map((a) => a.action)).toEqual(["akhiri", "tambah"]);
  }, 180_000);

  it("refuses an end before the start or later than an end already set, naming the field", async () => {
    const [p] = (await daftarPenugasan(t.ctx, L, sekcam.id)).filter((x) => x.nomorSk === "800/012/BKPSDM/2024");
    await expect(akhiriPenugasan(t.ctx, L, sekcam.id, p!.id, "2024-01-01")).rejects.toThrow(/^selesai:/);
    await expect(akhiriPenugasan(t.ctx, L, sekcam.id, p!.id, "2024-02-20")).rejects.toThrow(/^selesai:.*SK baru/);
  }, 60_000);
});

describe("LHE and Pernyataan Telah Direviu signature blocks", () => {
  it("print 'Plh. Inspektur …' on a date in the Plh. period and the own position outside it", async () => {
    await tambahPenugasan(t.ctx, LINS, {
      pejabatId: inspektur.id,
      jenis: "plh",
      jabatanDiisi: "Inspektur Kabupaten Batu Bara",
      nomorSk: "800/077/BKPSDM/2024",
      mulai: "2024-03-01",
      selesai: "2024-03-05",
    });
    const di = { tempat: "Lima Puluh", tanggal: "2024-03-04" };
    const luar = { tempat: "Lima Puluh", tanggal: "2024-03-10" };
    expect(teksDocx((await unduhLhe(t.ctx, L, 2023, "docx", di)).isi)).toContain("Plh. Inspektur Kabupaten Batu Bara");
    expect(teksDocx((await unduhLhe(t.ctx, L, 2023, "docx", luar)).isi)).not.toContain("Plh.");
    const pd = await unduhPernyataanReviu(t.ctx, L, 2023, "docx", di);
    expect(teksDocx(pd.isi)).toContain("Plh. Inspektur Kabupaten Batu Bara");
    const pl = await unduhPernyataanReviu(t.ctx, L, 2023, "docx", luar);
    expect(teksDocx(pl.isi)).not.toContain("Plh.");
    expect(teksDocx(pl.isi)).toContain(inspektur.jabatan);
  }, 180_000);
});

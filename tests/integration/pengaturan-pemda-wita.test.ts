/**
 * Issue 11 acceptance (a): a Pemda created in WITA (through the service `sakip pemda buat --zona-waktu WITA` calls)
 * has its deadlines end at 23:59:59 WITA (= 15:59:59Z), not WIB's or UTC's; and a document dated "today" carries the
 * Pemda's calendar day (here the LKjIP Kabupaten of the demo Pemda switched to WITA by its admin setting).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Aktor } from "../../src/domain/akses/aktor";
import { formatTanggal } from "../../src/domain/format/tanggal";
import { tanggalDiZona } from "../../src/domain/pengaturan/zona-waktu";
import type { ServiceContext } from "../../src/services/context";
import { simpanDaftarOpd, simpanPemda } from "../../src/services/organisasi/simpan-pemda";
import { lihatPengaturanPemda, ubahPengaturanPemda } from "../../src/services/pengaturan/pengaturan-pemda";
import { kumpulkanLkjipPemda } from "../../src/services/rpjmd/lkjip-pemda";
import { bacaDaftarKerja } from "../../src/services/tenggat/daftar-kerja";
import { simpanTenggat } from "../../src/services/tenggat/tenggat";
import { listOpd, listPemda } from "../../src/storage/repositories/organisasi-repository";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

let t: TestDatabase;
const pada = (iso: string): ServiceContext => ({ ...t.ctx, now: () => new Date(iso) });

beforeAll(async () => {
  t = await openDemoDatabase();
  for (const [slug, zona] of [
    ["kota-wita", "Asia/Makassar"],
    ["kota-wib", undefined],
  ] as const) {
    await simpanPemda(t.ctx, {
      slug,
      nama: `Kota ${slug}`,
      jenis: "kota",
      provinsi: "Sulawesi Selatan",
      ...(zona ? { pengaturan: { zonaWaktu: zona } } : {}),
    });
    await simpanDaftarOpd(t.ctx, slug, [{ slug: "dinas-a", nama: "Dinas A", jenis: "dinas", kode: null }]);
    // the PK deadline of 2024 on 31 March (a Pemda may move its deadlines)
    await simpanTenggat(t.ctx, slug, 2024, [{ jenis: "pk", tanggal: "2024-03-31" }]);
  }
}, 180_000);
afterAll(async () => {
  await t?.close();
});

async function operator(slug: string, iso: string): Promise<ServiceContext> {
  const p = (await listPemda(t.ctx.db)).find((x) => x.slug === slug)!;
  const o = (await listOpd(t.ctx.db, p.id)).find((x) => x.slug === "dinas-a")!;
  const aktor: Aktor = {
    jenis: "pengguna",
    userId: null,
    nama: "Operator",
    peran: "operator_opd",
    pemdaId: p.id,
    opdId: o.id,
  };
  return { ...pada(iso), aktor };
}

async function tenggatPk(slug: string, iso: string) {
  const d = await bacaDaftarKerja(await operator(slug, iso), slug, 2024);
  return d.tenggat.find((x) => x.jenis === "pk" && x.tahunData === 2024);
}

describe("a Pemda created in WITA", () => {
  it("is in WITA (the settings say so) and the other one in WIB", async () => {
    expect(await lihatPengaturanPemda(t.ctx, "kota-wita")).toMatchObject({
      zonaWaktu: "Asia/Makassar",
      singkatanZona: "WITA",
    });
    expect(await lihatPengaturanPemda(t.ctx, "kota-wib")).toMatchObject({
      zonaWaktu: "Asia/Jakarta",
      singkatanZona: "WIB",
    });
  });

  it('a deadline "31 Maret" ends at 23:59:59 WITA = 15:59:59Z; in WIB it runs one hour longer', async () => {
    // 23:59:59 WITA on 31 March: still due today
    expect(await tenggatPk("kota-wita", "2024-03-31T15:59:59Z")).toMatchObject({ keadaan: "segera", sisaHari: 0 });
    // 00:00:00 WITA on 1 April: overdue
    expect(await tenggatPk("kota-wita", "2024-03-31T16:00:00Z")).toMatchObject({ keadaan: "lewat", sisaHari: -1 });
    // the same instant is 23:00 WIB on 31 March: a WIB Pemda's deadline is still due today
    expect(await tenggatPk("kota-wib", "2024-03-31T16:00:00Z")).toMatchObject({ keadaan: "segera", sisaHari: 0 });
    expect(await tenggatPk("kota-wib", "2024-03-31T17:00:00Z")).toMatchObject({ keadaan: "lewat" });
  });

  it("a document dated today carries the Pemda's calendar day (LKjIP Kabupaten, 00:30 WITA = 16:30Z)", async () => {
    const saat = "2024-03-31T16:30:00Z";
    const tanggal = async () => (await kumpulkanLkjipPemda(pada(saat), "batu-bara", 2023)).tanggal;
    // the demo Pemda keeps WIB: still 31 March (23:30 WIB)
    expect(await tanggal()).toBe("2024-03-31");
    const versi = await lihatPengaturanPemda(t.ctx, "batu-bara");
    expect(versi.zonaWaktu).toBe("Asia/Jakarta");
    await ubahPengaturanPemda(t.ctx, "batu-bara", { zonaWaktu: "Asia/Makassar" });
    try {
      expect(await tanggal()).toBe(tanggalDiZona(new Date(saat), "Asia/Makassar"));
      expect(await tanggal()).toBe("2024-04-01");
      expect(formatTanggal((await tanggal())!)).toBe("1 April 2024");
    } finally {
      await ubahPengaturanPemda(t.ctx, "batu-bara", { zonaWaktu: "Asia/Jakarta" });
    }
  }, 120_000);
});

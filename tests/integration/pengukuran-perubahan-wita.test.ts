/**
 * Issue 11 acceptance (a), realisasi times: the measurement answer carries, per realisasi cell, when and by whom it
 * was last changed (the audit entry of the write, on the app's clock) and the Pemda's time zone; a realisasi saved at
 * 2024-03-31T16:30:00Z in a Pemda set to WITA is the instant "1 April 2024 00.30 WITA" on its own clock (the web's
 * formatter), while the same instant is still 31 March in WIB. The clock is fixed: no wall-clock assertion.
 */
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { formatWaktuZona } from "../../src/domain/format/waktu";
import type { ServiceContext } from "../../src/services/context";
import { ubahPengaturanPemda } from "../../src/services/pengaturan/pengaturan-pemda";
import { ubahRealisasi } from "../../src/services/pengukuran/ubah-realisasi";
import { createUserAndSignIn, type SignedIn } from "../support/auth";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let operator: SignedIn;
const L = { pemda: "batu-bara", opd: "kecamatan-sei-balai" };
const API = `/api/v1/pemda/${L.pemda}/opd/${L.opd}/pengukuran/2023`;

interface Perubahan {
  periode: string;
  pada: string;
  oleh: string;
}
interface Jawaban {
  zonaWaktu: string;
  singkatanZona: string;
  sasaran: Array<{ indikator: Array<{ id: string; perubahanRealisasi: Perubahan[] }> }>;
}

beforeAll(async () => {
  t = await openDemoDatabase();
  app = createApp({ ctx: t.ctx, logger: pino({ level: "silent" }), version: "0", auth: { rahasia: "w".repeat(40) } });
  operator = await createUserAndSignIn(app, t.ctx, {
    peran: "operator_opd",
    pemdaSlug: L.pemda,
    opdSlug: L.opd,
    nama: "Operator Wita",
  });
}, 180_000);
afterAll(async () => {
  await t?.close();
});

async function baca(): Promise<Jawaban> {
  const res = await app.request(API, { headers: operator.headers });
  expect(res.status).toBe(200);
  return (await res.json()) as Jawaban;
}

const pada = (iso: string): ServiceContext => ({ ...t.ctx, now: () => new Date(iso), aktor: operator.aktor });

describe("the last change of a realisasi, in the Pemda's zone", () => {
  it("a realisasi saved at 16:30Z on 31 March reads 1 April 00.30 WITA in a WITA Pemda", async () => {
    const awal = await baca();
    expect(awal).toMatchObject({ zonaWaktu: "Asia/Jakarta", singkatanZona: "WIB" });
    // a quarterly cell may be typed for any indicator (only a linked one's yearly value comes from its source)
    const ind = awal.sasaran.flatMap((s) => s.indikator)[0]!;
    expect(ind.perubahanRealisasi.find((p) => p.periode === "tw1")).toBeUndefined();

    await ubahPengaturanPemda(t.ctx, L.pemda, { zonaWaktu: "Asia/Makassar" });
    try {
      const saat = "2024-03-31T16:30:00Z";
      await ubahRealisasi(pada(saat), L, { indikatorId: ind.id, tahun: 2023, periode: "tw1", nilai: "12,5" });
      const d = await baca();
      expect(d).toMatchObject({ zonaWaktu: "Asia/Makassar", singkatanZona: "WITA" });
      const baris = d.sasaran.flatMap((s) => s.indikator).find((i) => i.id === ind.id)!;
      const tw1 = baris.perubahanRealisasi.find((p) => p.periode === "tw1")!;
      // the API returns the instant; shown on the Pemda's clock it is already 1 April
      expect(tw1).toEqual({ periode: "tw1", pada: new Date(saat).toISOString(), oleh: "Operator Wita" });
      expect(formatWaktuZona(tw1.pada, d.zonaWaktu as "Asia/Makassar")).toBe("1 April 2024 00.30 WITA");
      expect(formatWaktuZona(tw1.pada, "Asia/Jakarta")).toBe("31 Maret 2024 23.30 WIB");
      // only the cell written has a change; the yearly cell has none
      expect(baris.perubahanRealisasi.map((p) => p.periode)).toEqual(["tw1"]);

      // a later edit of the same cell is its last change
      await ubahRealisasi(pada("2024-04-02T01:05:00Z"), L, {
        indikatorId: ind.id,
        tahun: 2023,
        periode: "tw1",
        nilai: "13",
      });
      const lagi = (await baca()).sasaran.flatMap((s) => s.indikator).find((i) => i.id === ind.id)!;
      const akhir = lagi.perubahanRealisasi.find((p) => p.periode === "tw1")!;
      expect(akhir.pada).toBe("2024-04-02T01:05:00.000Z");
      expect(formatWaktuZona(akhir.pada, "Asia/Makassar")).toBe("2 April 2024 09.05 WITA");
    } finally {
      await ubahPengaturanPemda(t.ctx, L.pemda, { zonaWaktu: "Asia/Jakarta" });
    }
  }, 180_000);
});

/**
 * Issue 11 / issue 12: a survey period is open on the Pemda's own calendar day (WIB, WITA or WIT from its settings,
 * ADR 0019), for the questionnaire and for the intake. At 16:30 UTC on 1 June it is 23:30 WIB (still 1 June) and
 * 00:30 WITA (already 2 June): a period that starts on 2 June is open for a Pemda in WITA, not yet for one in WIB.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { ubahPengaturanPemda } from "../../src/services/pengaturan/pengaturan-pemda";
import { simpanLayananSkm } from "../../src/services/skm/layanan";
import { simpanPeriodeSkm } from "../../src/services/skm/periode";
import { bacaKuesionerPublik, kirimJawabanPublik } from "../../src/services/skm/publik";
import { kiriman, LINGKUP_SEI_BALAI } from "../support/skm-publik";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

let t: TestDatabase;

beforeAll(async () => {
  t = await openDemoDatabase();
  await simpanLayananSkm(t.ctx, LINGKUP_SEI_BALAI, "zona-uji", { nama: "Layanan uji zona", namaEn: "Zone test" });
  await simpanPeriodeSkm(t.ctx, LINGKUP_SEI_BALAI, "zona-2030", {
    jenis: "semester",
    mulai: "2030-06-02",
    selesai: "2030-12-31",
  });
}, 180_000);
afterAll(async () => {
  await t?.close();
});

it("opens the period on the Pemda's calendar day: WITA yes, WIB not yet", async () => {
  const jam = { ...t.ctx, now: () => new Date("2030-06-01T16:30:00Z") };
  await ubahPengaturanPemda(t.ctx, "batu-bara", { zonaWaktu: "Asia/Makassar" });
  expect((await bacaKuesionerPublik(jam, "batu-bara", "zona-uji")).periode).toMatchObject({ kode: "zona-2030" });
  const wita = await kirimJawabanPublik(jam, "batu-bara", "zona-uji", kiriman("zona-wita-0001"));
  expect(wita.baru).toBe(true);

  await ubahPengaturanPemda(t.ctx, "batu-bara", { zonaWaktu: "Asia/Jakarta" });
  await expect(bacaKuesionerPublik(jam, "batu-bara", "zona-uji")).rejects.toThrow(/tidak dibuka/);
  await expect(kirimJawabanPublik(jam, "batu-bara", "zona-uji", kiriman("zona-wib-0001"))).rejects.toThrow(
    /tidak dibuka|tidak ada periode/,
  );
}, 120_000);

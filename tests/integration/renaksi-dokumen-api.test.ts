/**
 * GET …/renaksi/{tahun}/dokumen over HTTP (issue #19): the pimpinan downloads the quarterly Laporan Capaian Kinerja
 * of Sei Balai 2023 as DOCX/PDF/XLSX and the Rencana Aksi of a PK; a year without any PK still gives a document
 * (with the "[Data belum tersedia: …]" placeholder), and bad query values are 400 naming the field.
 */
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { renderDokumen } from "../../src/reports/render";
import { pasangPenyajiDokumen } from "../../src/services/laporan/penyaji";
import { bukaZip } from "../support/laporan";
import { createUserAndSignIn, type SignedIn } from "../support/auth";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let pimpinan: SignedIn;
const URL = "/api/v1/pemda/batu-bara/opd/kecamatan-sei-balai/renaksi";

beforeAll(async () => {
  pasangPenyajiDokumen((d, f) => renderDokumen(d, f));
  t = await openDemoDatabase();
  app = createApp({ ctx: t.ctx, logger: pino({ level: "silent" }), version: "0", auth: { rahasia: "r".repeat(40) } });
  pimpinan = await createUserAndSignIn(app, t.ctx, {
    peran: "pimpinan_opd",
    pemdaSlug: "batu-bara",
    opdSlug: "kecamatan-sei-balai",
  });
}, 180_000);
afterAll(async () => {
  await t?.close();
});

const get = (path: string) => app.request(`${URL}${path}`, { headers: pimpinan.headers });

async function teksDocx(res: Response): Promise<string> {
  const xml = bukaZip(Buffer.from(await res.arrayBuffer()))
    .get("word/document.xml")!
    .toString("utf8");
  return xml.replace(/<[^>]+>/g, "");
}

describe("GET …/renaksi/{tahun}/dokumen", () => {
  it("gives the TW IV report in each format, the DOCX naming every PK indicator", async () => {
    const renaksi = (await (await get("/2023")).json()) as {
      pk: { pkId: string; indikator: { indikator: string }[] }[];
    };
    for (const [format, awal] of [
      ["docx", "PK"],
      ["pdf", "%PDF"],
      ["xlsx", "PK"],
    ] as const) {
      const res = await get(`/2023/dokumen?triwulan=4&format=${format}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-disposition")).toContain(
        `Laporan-Capaian-Kinerja-TW4-2023-kecamatan-sei-balai.${format}`,
      );
      if (format === "docx") {
        const teks = await teksDocx(res);
        for (const p of renaksi.pk)
          for (const i of p.indikator) expect(teks).toContain(i.indikator.replace(/&/g, "&amp;"));
      } else
        expect(
          Buffer.from(await res.arrayBuffer())
            .subarray(0, awal.length)
            .toString(),
        ).toBe(awal);
    }
    const pk = renaksi.pk[0]!;
    const ra = await get(`/2023/dokumen?triwulan=1&format=docx&pk=${pk.pkId}`);
    expect(ra.status).toBe(200);
    expect(await teksDocx(ra)).toContain("RENCANA AKSI TAHUN 2023");
  }, 120_000);

  it("a year without a PK is still a document that says what is missing", async () => {
    const res = await get("/2031/dokumen?triwulan=1&format=docx");
    expect(res.status).toBe(200);
    expect(await teksDocx(res)).toContain("[Data belum tersedia: Perjanjian Kinerja Kecamatan Sei Balai tahun 2031]");
  }, 60_000);

  it("refuses bad query values with 400 naming the field", async () => {
    for (const [q, kolom] of [
      ["triwulan=5&format=docx", "triwulan"],
      ["triwulan=1&format=odt", "format"],
      ["format=docx", "triwulan"],
    ] as const) {
      const res = await get(`/2023/dokumen?${q}`);
      expect(res.status).toBe(400);
      expect(await res.text()).toContain(kolom);
    }
    const xlsxPk = await get("/2023/dokumen?triwulan=1&format=xlsx&pk=apa-saja");
    expect(xlsxPk.status).toBeGreaterThanOrEqual(400);
    expect(xlsxPk.status).toBeLessThan(500);
    expect(await xlsxPk.text()).toContain("format");
  }, 60_000);
});

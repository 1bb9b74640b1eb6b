/**
 * The APIP's "Pernyataan Telah Direviu" (issue 14, regulations.md §3.4) over HTTP on the demo:
 * - the evaluator downloads it as DOCX and PDF for Kecamatan Sei Balai 2023; the counts in the headers and in the
 *   document equal what the data validator (GET …/reviu/data/2023, ADR 0027) answers, and with no galat the DOCX
 *   carries the standard conclusion of §3.4 and the Inspektur of the demo Pemda as signatory;
 * - a year without data (2019 has no PK or DPA in the demo) shows galat: the statement does not carry the standard
 *   conclusion but says how many galat the data shows;
 * - an OPD operator (no reviu.periksa) is refused with 403; a bad format is a 400.
 */
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { pasangPenyaji } from "../../src/cli/penyaji";
import { KALIMAT_SIMPULAN_BERSIH, kalimatDiperiksa, kalimatPembuka } from "../../src/reports/model/pernyataan-reviu";
import { createUserAndSignIn, type SignedIn } from "../support/auth";
import { bukaZip } from "../support/laporan";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let evaluator: SignedIn;
let operator: SignedIn;
const O = "/api/v1/pemda/batu-bara/opd/kecamatan-sei-balai";

beforeAll(async () => {
  t = await openDemoDatabase();
  pasangPenyaji();
  app = createApp({ ctx: t.ctx, logger: pino({ level: "silent" }), version: "0", auth: { rahasia: "p".repeat(40) } });
  evaluator = await createUserAndSignIn(app, t.ctx, { peran: "evaluator", pemdaSlug: "batu-bara", opdSlug: null });
  operator = await createUserAndSignIn(app, t.ctx, {
    peran: "operator_opd",
    pemdaSlug: "batu-bara",
    opdSlug: "kecamatan-sei-balai",
  });
}, 180_000);
afterAll(async () => {
  await t?.close();
});

const get = (path: string, as: SignedIn = evaluator) => app.request(path, { headers: as.headers });

/** The document's visible text (runs joined, tags removed). */
function teksDocx(buf: Buffer): string {
  const xml = bukaZip(buf).get("word/document.xml")!.toString("utf8");
  return xml
    .replace(/<\/w:p>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

interface Hasil {
  ringkasan: { galat: number; peringatan: number; info: number };
  diperiksa: { sasaran: number; indikator: number; pk: number; subKegiatan: number; desa: number };
  temuan: { keparahan: string; pesan: string }[];
}

async function validator(tahun: number): Promise<Hasil> {
  const r = await get(`${O}/reviu/data/${tahun}`);
  expect(r.status).toBe(200);
  return (await r.json()) as Hasil;
}

describe("Pernyataan Telah Direviu", () => {
  it("DOCX of the demo year: the validator's counts, the §3.4 wording and the Inspektur", async () => {
    const v = await validator(2023);
    expect(v.ringkasan.galat).toBe(0); // ADR 0027: the demo's complete year has no galat
    const res = await get(`${O}/reviu/pernyataan/2023?format=docx&tempat=Lima%20Puluh&tanggal=2024-02-15`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("wordprocessingml");
    expect(res.headers.get("content-disposition")).toContain("Pernyataan-Telah-Direviu-2023-kecamatan-sei-balai.docx");
    expect(res.headers.get("x-reviu-galat")).toBe(String(v.ringkasan.galat));
    expect(res.headers.get("x-reviu-peringatan")).toBe(String(v.ringkasan.peringatan));
    expect(res.headers.get("x-reviu-info")).toBe(String(v.ringkasan.info));
    const teks = teksDocx(Buffer.from(await res.arrayBuffer()));
    expect(teks).toContain("PERNYATAAN TELAH DIREVIU");
    expect(teks).toContain(kalimatPembuka("Kecamatan Sei Balai", 2023));
    expect(teks).toContain(KALIMAT_SIMPULAN_BERSIH);
    // what was reviewed: the validator's own counts of rows per module
    expect(teks).toContain(kalimatDiperiksa(v));
    // the counts table: one row per severity with the validator's count
    expect(teks).toMatch(new RegExp(`Galat\\n${v.ringkasan.galat}\\n`));
    expect(teks).toMatch(new RegExp(`Peringatan\\n${v.ringkasan.peringatan}\\n`));
    expect(teks).toMatch(new RegExp(`Info\\n${v.ringkasan.info}\\n`));
    expect(teks).toContain("Lima Puluh, 15 Februari 2024");
    expect(teks).not.toContain("[Data belum tersedia: nama penandatangan]");
    expect(teks).toMatch(/NIP\. \d{8} \d{6} \d \d{3}/);
  }, 180_000);

  it("PDF of the demo year", async () => {
    const res = await get(`${O}/reviu/pernyataan/2023?format=pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    const buf = Buffer.from(await res.arrayBuffer());
    expect(buf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(res.headers.get("x-reviu-galat")).toBe("0");
  }, 180_000);

  it("a year whose data shows galat: no claim of reliability, the galat counted and listed", async () => {
    const v = await validator(2019);
    expect(v.ringkasan.galat).toBeGreaterThan(0);
    const res = await get(`${O}/reviu/pernyataan/2019?format=docx`);
    expect(res.status).toBe(200);
    expect(res.headers.get("x-reviu-galat")).toBe(String(v.ringkasan.galat));
    const teks = teksDocx(Buffer.from(await res.arrayBuffer()));
    expect(teks).not.toContain(KALIMAT_SIMPULAN_BERSIH);
    expect(teks).toContain(`masih memuat ${v.ringkasan.galat} galat`);
    expect(teks).toContain("belum dapat meyakini keandalan informasi");
    const pertama = v.temuan.find((x) => x.keparahan === "galat")!;
    expect(teks.replace(/\n/g, "")).toContain(pertama.pesan.replace(/\n/g, ""));
  }, 180_000);

  it("an OPD operator is refused (403); an unknown format is a 400", async () => {
    const r = await get(`${O}/reviu/pernyataan/2023?format=docx`, operator);
    expect(r.status).toBe(403);
    const b = await get(`${O}/reviu/pernyataan/2023?format=odt`);
    expect(b.status).toBe(400);
  }, 60_000);
});

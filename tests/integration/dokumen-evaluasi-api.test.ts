/**
 * The evaluation documents over HTTP on the demo: the recap JSON of 2023 (every OPD of the Pemda with the total and
 * predikat the rules core computes from the components, the rank, and the printed-vs-computed notes), the recap as
 * DOCX/XLSX (cells equal the computed totals), the LHE of Sei Balai (DOCX carries the computed total), an OPD
 * operator refused another OPD's LHE, and a year without evaluation answered 404 naming it.
 * NOTE: SEED 1895-1937 (the recap), 1929 (Sei Balai 22,02 + 20,64 + 11,62 + 15,87); regulations.md §2.4–§2.5.
 */
import ExcelJS from "exceljs";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { pasangPenyaji } from "../../src/cli/penyaji";
import { hitungNilaiKomponen } from "../../src/domain/akip";
import { opdList } from "../../src/demo/data/opd-list";
import { createUserAndSignIn, type SignedIn } from "../support/auth";
import { bukaZip } from "../support/laporan";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let evaluator: SignedIn;
let operatorLain: SignedIn;
const REKAP = "/api/v1/pemda/batu-bara/rekap-akip/2023";
const LHE = "/api/v1/pemda/batu-bara/opd/kecamatan-sei-balai/lhe/2023";

beforeAll(async () => {
  t = await openDemoDatabase();
  pasangPenyaji();
  app = createApp({ ctx: t.ctx, logger: pino({ level: "silent" }), version: "0", auth: { rahasia: "e".repeat(40) } });
  evaluator = await createUserAndSignIn(app, t.ctx, { peran: "evaluator", pemdaSlug: "batu-bara", opdSlug: null });
  operatorLain = await createUserAndSignIn(app, t.ctx, {
    peran: "operator_opd",
    pemdaSlug: "batu-bara",
    opdSlug: "kecamatan-datuk-tanah-datar",
  });
}, 180_000);
afterAll(async () => {
  await t?.close();
});

const get = (path: string, as: SignedIn = evaluator) => app.request(path, { headers: as.headers });

function dihitung(slug: string) {
  const o = opdList.find((x) => x.slug === slug)!;
  const { kerangka: _k, ...komponen } = o.akip2023;
  return hitungNilaiKomponen(komponen);
}

describe("recap", () => {
  it("JSON: every OPD with the computed total, predikat and rank; printed differences named", async () => {
    const res = await get(REKAP);
    expect(res.status).toBe(200);
    const r = (await res.json()) as {
      opd: { slug: string; total: string; predikat: string; peringkat: number; selisih: string[]; mode: string }[];
    };
    expect(r.opd.filter((o) => o.total !== null)).toHaveLength(38);
    for (const o of opdList) {
      const row = r.opd.find((x) => x.slug === o.slug)!;
      const h = dihitung(o.slug);
      expect(row.total).toBe(h.totalTampil);
      expect(row.predikat).toBe(h.predikat.kode);
      expect(row.mode).toBe("komponen");
    }
    // Sekretariat Daerah: 23,5 + 24,4 + 10,6 + 14,5 = 73,00, printed 72,97 (regulations.md §2.4, SEED 1899)
    expect(r.opd.find((x) => x.slug === "sekretariat-daerah")!.selisih[0]).toContain("72,97");
    const max = r.opd.reduce((a, b) => (Number(b.total) > Number(a.total) ? b : a));
    expect(max.peringkat).toBe(1);
  }, 120_000);

  it("XLSX: the recap sheet's totals are numbers equal to the computed ones", async () => {
    const res = await get(`${REKAP}/unduh?format=xlsx`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain("Rekap-AKIP-2023-batu-bara.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await res.arrayBuffer()) as ArrayBuffer);
    const ws = wb.worksheets.find((w) => w.name.startsWith("Tabel 1.1"))!;
    const byNama = new Map<string, number>();
    ws.eachRow((row, n) => {
      if (n >= 5) byNama.set(String(row.getCell(2).value), row.getCell(7).value as number);
    });
    for (const o of opdList) expect(byNama.get(o.nama)).toBe(Number(dihitung(o.slug).totalTampil));
  }, 120_000);

  it("DOCX carries the letter number given and Sei Balai's computed total", async () => {
    const res = await get(`${REKAP}/unduh?format=docx&nomor=700%2F656%2F2023&tempat=Mangkai%20Baru&tanggal=2023-09-05`);
    expect(res.status).toBe(200);
    const xml = bukaZip(Buffer.from(await res.arrayBuffer()))
      .get("word/document.xml")!
      .toString("utf8");
    expect(xml).toContain("700/656/2023");
    expect(xml).toContain("5 September 2023");
    expect(xml).toContain(dihitung("kecamatan-sei-balai").totalTampil.replace(".", ","));
  }, 120_000);

  it("a year without evaluations is 404 naming the year", async () => {
    const res = await get("/api/v1/pemda/batu-bara/rekap-akip/2011/unduh?format=pdf");
    expect(res.status).toBe(404);
    expect(JSON.stringify(await res.json())).toContain("2011");
  });
});

describe("LHE", () => {
  it("DOCX of Sei Balai 2023 with the computed total and predikat, labelled component-only", async () => {
    const res = await get(`${LHE}?format=docx`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain("LHE-AKIP-2023-kecamatan-sei-balai.docx");
    const xml = bukaZip(Buffer.from(await res.arrayBuffer()))
      .get("word/document.xml")!
      .toString("utf8");
    const h = dihitung("kecamatan-sei-balai");
    expect(xml).toContain(h.totalTampil.replace(".", ","));
    expect(xml).toContain(`&quot;${h.predikat.kode}&quot;`);
    expect(xml).toContain("mode nilai komponen saja");
  }, 120_000);

  it("PDF renders", async () => {
    const res = await get(`${LHE}?format=pdf`);
    expect(res.status).toBe(200);
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
  }, 120_000);

  it("another OPD's operator is refused; a bad format is 400", async () => {
    expect((await get(`${LHE}?format=docx`, operatorLain)).status).toBe(403);
    expect((await get(`${LHE}?format=odt`)).status).toBe(400);
  });
});

/**
 * POST /api/v1/pemda/{pemda}/reviu/periksa over HTTP (issue 14): an evaluator uploads the published LKjIP (the seed
 * text) and gets its findings; a viewer is refused; bad files (empty, a garbled PDF, a PDF without text, an
 * encrypted Office file, a DOCX without a table, no file) answer 400 with an Indonesian message, never a 500.
 */
import { readFileSync } from "node:fs";
import { Document, Packer, Paragraph } from "docx";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { createPemdaWithOpd, createUserAndSignIn, type SignedIn } from "../support/auth";
import { openTestDatabase, type TestDatabase } from "../support/test-database";
import { BERKAS_SEED } from "./reviu-seed";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let evaluator: SignedIn;
let viewer: SignedIn;
const URL = "/api/v1/pemda/batu-bara/reviu/periksa";

beforeAll(async () => {
  t = await openTestDatabase();
  await createPemdaWithOpd(t.ctx, "batu-bara", ["kecamatan-sei-balai"]);
  app = createApp({ ctx: t.ctx, logger: pino({ level: "silent" }), version: "0", auth: { rahasia: "a".repeat(40) } });
  evaluator = await createUserAndSignIn(app, t.ctx, { peran: "evaluator", pemdaSlug: "batu-bara", opdSlug: null });
  viewer = await createUserAndSignIn(app, t.ctx, { peran: "viewer", pemdaSlug: "batu-bara", opdSlug: null });
}, 180_000);
afterAll(async () => {
  await t?.close();
});

function unggah(isi: Uint8Array | string, nama: string, siapa: SignedIn) {
  const form = new FormData();
  form.append("berkas", new File([typeof isi === "string" ? isi : new Uint8Array(isi)], nama));
  return app.request(URL, { method: "POST", headers: siapa.headers, body: form });
}

/** A minimal one-page PDF with no text at all (an empty content stream), as a scanner without OCR makes. */
function pdfTanpaTeks(): string {
  const obj = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>",
    "<< /Length 0 >>\nstream\n\nendstream",
  ];
  let pdf = "%PDF-1.4\n";
  const offset: number[] = [];
  obj.forEach((o, i) => {
    offset.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${obj.length + 1}\n0000000000 65535 f \n`;
  for (const o of offset) pdf += `${String(o).padStart(10, "0")} 00000 n \n`;
  pdf += `trailer\n<< /Size ${obj.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return pdf;
}

describe("reviu API", () => {
  it("lists the findings of a published LKjIP for an evaluator", async () => {
    const res = await unggah(readFileSync(BERKAS_SEED), "lkjip-2023.txt", evaluator);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      ringkasan: { galat: number };
      temuan: { aturan: string; tertulis?: string }[];
    };
    expect(body.ringkasan.galat).toBeGreaterThan(0);
    // SEED 1016-1023 (Tabel 3.18): JUMLAH realisasi printed 3.135.926.319
    expect(body.temuan).toContainEqual(expect.objectContaining({ aturan: "jumlah-kolom", tertulis: "3.135.926.319" }));
  }, 120_000);

  it("refuses a viewer (no reviu.periksa)", async () => {
    const res = await unggah("x", "a.txt", viewer);
    expect(res.status).toBe(403);
  });

  it.each([
    ["an empty file", new Uint8Array(), "kosong.docx", /kosong/],
    ["a garbled PDF", "%PDF-1.7\nthis is not a pdf", "rusak.pdf", /PDF/],
    ["a PDF without text", pdfTanpaTeks(), "pindai.pdf", /tidak memuat teks/],
    [
      "an encrypted Office file",
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      "kunci.docx",
      /terenkripsi/,
    ],
    ["a text without tables", "Laporan kinerja tanpa tabel.\nHanya narasi.", "narasi.txt", /tidak ada tabel/],
    [
      "a zip that is not a Word document",
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
      "bukan.docx",
      /DOCX|rusak/,
    ],
  ])(
    "answers 400 with a clear message for %s",
    async (_n, isi, nama, pola) => {
      const res = await unggah(isi, nama, evaluator);
      expect(res.status).toBe(400);
      const body = (await res.json()) as { detail?: string; title?: string };
      expect(`${body.title ?? ""} ${body.detail ?? ""}`).toMatch(pola);
    },
    60_000,
  );

  it("answers 400 for a DOCX without a recognisable table", async () => {
    const doc = new Document({ sections: [{ children: [new Paragraph("Laporan kinerja tanpa tabel")] }] });
    const res = await unggah(new Uint8Array(await Packer.toBuffer(doc)), "tanpa-tabel.docx", evaluator);
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toMatch(/tidak ada tabel/);
  }, 60_000);

  it("answers 400 when no file is sent", async () => {
    const res = await app.request(URL, {
      method: "POST",
      headers: { ...evaluator.headers, "content-type": "application/json" },
      body: "{}",
    });
    expect(res.status).toBe(400);
  });
});

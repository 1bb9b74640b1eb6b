/**
 * The SKM documents through the API (issue 12): a Petugas SKM's period with the 96 respondents of Kecamatan Sei
 * Balai 2023 (answer rows built to the published Σ per unsur, regulations.md §0, split over two services) gives a
 * Laporan SKM DOCX whose paragraphs and tables carry the computed IKM 80,50 B, a PDF with pages, and the one-page
 * Hasil SKM as PDF and PNG; the previous period's unfinished RTL item appears; another OPD and a missing period are
 * refused with an Indonesian message.
 */
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { pasangPenyaji } from "../../src/cli/penyaji";
import { barisDariJumlah } from "../../src/domain/skm";
import { simpanEntriKertas } from "../../src/services/skm/entri";
import { simpanLayananSkm } from "../../src/services/skm/layanan";
import { aturPopulasiSkm, simpanPeriodeSkm } from "../../src/services/skm/periode";
import { getPeriodeKode } from "../../src/storage/repositories/skm-repository";
import { insertRtl } from "../../src/storage/repositories/skm-repository";
import { JUMLAH_SEI_BALAI_2023 } from "../fixtures/skm-dokumen";
import { createPemdaWithOpd, createUserAndSignIn, type SignedIn } from "../support/auth";
import { bukaZip } from "../support/laporan";
import { openTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let petugas: SignedIn;
let petugasLain: SignedIn;
const L = { pemda: "kab-skm-dok", opd: "kec-sei-balai" };
const API = `/api/v1/pemda/${L.pemda}/opd/${L.opd}/skm/periode`;

beforeAll(async () => {
  t = await openTestDatabase();
  const { pemdaId, opdIds } = await createPemdaWithOpd(t.ctx, L.pemda, [L.opd, "kec-lain"]);
  pasangPenyaji();
  app = createApp({ ctx: t.ctx, logger: pino({ level: "silent" }), version: "0", auth: { rahasia: "s".repeat(40) } });
  petugas = await createUserAndSignIn(app, t.ctx, { peran: "petugas_skm", pemdaSlug: L.pemda, opdSlug: L.opd });
  petugasLain = await createUserAndSignIn(app, t.ctx, {
    peran: "petugas_skm",
    pemdaSlug: L.pemda,
    opdSlug: "kec-lain",
  });

  await simpanLayananSkm(t.ctx, L, "sb-adminduk", { nama: "Pelayanan Administrasi Kependudukan" });
  await simpanLayananSkm(t.ctx, L, "sb-umum", { nama: "Pelayanan Umum" });
  await simpanPeriodeSkm(t.ctx, L, "2022", { jenis: "tahun", mulai: "2022-01-01", selesai: "2022-12-31" });
  await simpanPeriodeSkm(t.ctx, L, "2023", { jenis: "tahun", mulai: "2023-01-01", selesai: "2023-12-31" });
  await aturPopulasiSkm(t.ctx, L, "2023", "sb-adminduk", 70);
  // 96 rows with the published sums (regulations.md §0), 60 to one service and 36 to the other.
  const baris = barisDariJumlah({ responden: 96, jumlah: { ...JUMLAH_SEI_BALAI_2023 } });
  const ke = (rows: typeof baris) => rows.map((jawaban) => ({ jawaban, responden: { jenisKelamin: "P", umur: 35 } }));
  await simpanEntriKertas(t.ctx, { ...L, periode: "2023", layanan: "sb-adminduk" }, ke(baris.slice(0, 60)));
  await simpanEntriKertas(t.ctx, { ...L, periode: "2023", layanan: "sb-umum" }, ke(baris.slice(60)));
  const p2022 = (await getPeriodeKode(t.ctx.db, opdIds[L.opd]!, "2022"))!;
  const p2023 = (await getPeriodeKode(t.ctx.db, opdIds[L.opd]!, "2023"))!;
  const rtl = { pemdaId, opdId: opdIds[L.opd]!, status: "rencana" as const, bukti: null, tenggat: "2023-06-30" };
  await insertRtl(t.ctx.db, {
    ...rtl,
    periodeId: p2022.id,
    unsur: "u8",
    item: "Menambah kursi ruang tunggu",
    penanggungJawab: "Sekcam",
  });
  await insertRtl(t.ctx.db, {
    ...rtl,
    periodeId: p2023.id,
    unsur: "u1",
    item: "Memasang papan persyaratan di loket",
    penanggungJawab: "Kasi Pelayanan",
  });
}, 180_000);
afterAll(async () => {
  await t?.close();
});

const get = (path: string, as: SignedIn = petugas) => app.request(path, { headers: as.headers });

/** Text of a DOCX body (w:t runs), paragraphs separated by newlines. */
function teksDocx(buf: Buffer): string {
  const xml = bukaZip(buf).get("word/document.xml")!.toString("utf8");
  return xml
    .replace(/<\/w:p>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&");
}

describe("SKM documents", () => {
  it("Laporan SKM DOCX: the chapters and the computed IKM 80,50 B in paragraphs and tables", async () => {
    const res = await get(`${API}/2023/laporan?format=docx`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain("Laporan-SKM-2023-kec-sei-balai.docx");
    const buf = Buffer.from(await res.arrayBuffer());
    const teks = teksDocx(buf);
    for (const s of [
      "BAB I PENDAHULUAN",
      "BAB III HASIL PENGOLAHAN DATA SKM",
      "BAB V PENUTUP",
      "4.2 Rencana Tindak Lanjut",
    ])
      expect(teks).toContain(s);
    expect(teks).toContain("80,50 (mutu B, Baik)");
    const xml = bukaZip(buf).get("word/document.xml")!.toString("utf8");
    const tabel = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0].replace(/<[^>]+>/g, " "));
    const unsur = tabel.find((x) => x.includes("NRR Tertimbang"))!;
    expect(unsur).toContain("3,220156"); // Σ NRR tertimbang of the seed (regulations.md §0)
    expect(unsur).toContain("80,50");
    // Krejcie–Morgan: population 70 → minimum 59 (regulations.md §1.7)
    expect(tabel.find((x) => x.includes("Sampel Minimum"))).toContain("59");
    // the period's RTL and the previous period's open item
    expect(teks).toContain("Memasang papan persyaratan di loket");
    expect(teks).toContain("Menambah kursi ruang tunggu");
  }, 120_000);

  it("Laporan SKM PDF has pages", async () => {
    const res = await get(`${API}/2023/laporan?format=pdf`);
    expect(res.status).toBe(200);
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const halaman = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(halaman).toBeGreaterThanOrEqual(6);
  }, 120_000);

  it("Hasil SKM: one PDF page and a PNG", async () => {
    const pdf = await get(`${API}/2023/publikasi?format=pdf`);
    expect(pdf.status).toBe(200);
    const isi = Buffer.from(await pdf.arrayBuffer());
    expect((isi.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
    const png = await get(`${API}/2023/publikasi?format=png`);
    expect(png.status).toBe(200);
    expect(png.headers.get("content-type")).toBe("image/png");
    const b = Buffer.from(await png.arrayBuffer());
    expect(b.subarray(1, 4).toString()).toBe("PNG");
    expect(b.readUInt32BE(16)).toBe(1240); // width from the IHDR chunk
  }, 120_000);

  it("refuses another OPD's Petugas (403) and names a missing period (404)", async () => {
    const lain = await get(`${API}/2023/laporan?format=pdf`, petugasLain);
    expect(lain.status).toBe(403);
    const hilang = await get(`${API}/2030/laporan?format=pdf`);
    expect(hilang.status).toBe(404);
    expect(((await hilang.json()) as { detail: string }).detail).toContain('Periode SKM "2030" tidak ditemukan');
    const salah = await get(`${API}/2023/laporan?format=xlsx`);
    expect(salah.status).toBe(400);
  }, 60_000);
});

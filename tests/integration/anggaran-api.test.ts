/**
 * Budget routes over HTTP as real users (operator of Sei Balai, viewer): the demo tree, import preview → confirm
 * with the seed appendix (SEED 1709-1807) as multipart and as base64 JSON, a rejected file with row/column errors,
 * the template round trip (export → import = no change), XLSX exports and the raised body limit of the import.
 */
import ExcelJS from "exceljs";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { seiBalaiTsv } from "../fixtures/anggaran/sei-balai";
import { createUserAndSignIn, type SignedIn } from "../support/auth";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let operator: SignedIn;
let viewer: SignedIn;
const OPD = "/api/v1/pemda/batu-bara/opd/kecamatan-sei-balai/anggaran";

beforeAll(async () => {
  t = await openDemoDatabase();
  app = createApp({ ctx: t.ctx, logger: pino({ level: "silent" }), version: "0", auth: { rahasia: "a".repeat(40) } });
  operator = await createUserAndSignIn(app, t.ctx, {
    peran: "operator_opd",
    pemdaSlug: "batu-bara",
    opdSlug: "kecamatan-sei-balai",
  });
  viewer = await createUserAndSignIn(app, t.ctx, { peran: "viewer", pemdaSlug: "batu-bara", opdSlug: null });
}, 180_000);
afterAll(async () => {
  await t?.close();
});

function multipart(teks: string, nama: string, extra: Record<string, string> = {}): FormData {
  const form = new FormData();
  form.append("berkas", new File([teks], nama, { type: "text/tab-separated-values" }));
  for (const [k, v] of Object.entries(extra)) form.append(k, v);
  return form;
}

describe("budget API", () => {
  it("serves the demo tree (imported through the public import) with its roll-ups", async () => {
    const res = await app.request(`${OPD}/2023/pohon`, { headers: viewer.headers });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      total: { anggaran: string; totalRealisasi: string; serapan: string };
      program: { kode: string; sasaran: string[]; anak: unknown[] }[];
    };
    expect(body.total).toMatchObject({ anggaran: "3135926319.00", totalRealisasi: "2933929410.00", serapan: "93.56" });
    expect(body.program.map((p) => [p.kode, p.sasaran])).toEqual([
      ["X.XX.01", ["S2"]],
      ["7.01.02", ["S1"]],
      ["7.01.03", ["S1"]],
      ["7.01.04", ["S1"]],
      ["7.01.05", ["S1"]],
      ["7.01.06", ["S1"]],
    ]);
    const tabel = (await (
      await app.request(`${OPD}/2023/tabel?capaian=S1:94.71,S2:93.53`, { headers: viewer.headers })
    ).json()) as {
      perKelas: { baris: { id: string; anggaran: string; realisasi: string; serapan: string }[] };
      efisiensi: { baris: { sasaranKode: string; serapan: string; efisiensi: string }[] };
    };
    // Tabel 3.17 (SEED 999-1005) from the DPPA breakdown (Tabel 2.3) and the tree.
    expect(tabel.perKelas.baris.map((b) => [b.id, b.anggaran, b.realisasi, b.serapan])).toEqual([
      ["operasi", "3093426319.00", "2922929410.00", "94.49"],
      ["pegawai", "2013689173.00", "1948820960.00", "96.78"],
      ["barangJasa", "1079737146.00", "974108450.00", "90.22"],
      ["modal", "42500000.00", "11000000.00", "25.88"],
      ["5.2.02", "42500000.00", "11000000.00", "25.88"],
      ["JUMLAH", "3135926319.00", "2933929410.00", "93.56"],
    ]);
    // Tabel 3.15 (SEED 936-937): S2 = 93,53 − 93,45 = 0,08; S1 serapan of programs 02-06 is 94,14 (printed 91,46).
    expect(tabel.efisiensi.baris.map((b) => [b.sasaranKode, b.serapan, b.efisiensi])).toEqual([
      ["S1", "94.14", "0.57"],
      ["S2", "93.45", "0.08"],
    ]);
  });

  it("previews (multipart) and confirms (base64 JSON) the seed appendix for another year; twice = once", async () => {
    const pr = await app.request(`${OPD}/2022/impor/pratinjau`, {
      method: "POST",
      headers: operator.headers,
      body: multipart(seiBalaiTsv().replace("31 Desember 2023", "31 Desember 2022"), "pengawasan.tsv"),
    });
    expect(pr.status).toBe(200);
    const p = (await pr.json()) as {
      berkas: { hash: string };
      hashDasar: string;
      perubahan: { buat: number };
      rekonsiliasi: { temuan: unknown[] };
    };
    expect(p.perubahan.buat).toBe(53);
    expect(p.rekonsiliasi.temuan).toHaveLength(7);
    const body = {
      namaBerkas: "pengawasan.tsv",
      isiBase64: Buffer.from(seiBalaiTsv().replace("31 Desember 2023", "31 Desember 2022")).toString("base64"),
      hashBerkas: p.berkas.hash,
      hashDasar: p.hashDasar,
    };
    const post = () =>
      app.request(`${OPD}/2022/impor/konfirmasi`, {
        method: "POST",
        headers: { ...operator.headers, "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    const ok = await post();
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ tanpaPerubahan: false, perubahan: { buat: 53 } });
    // Same hashDasar again: the stored data changed since that preview → 409.
    expect((await post()).status).toBe(409);
    const again = await app.request(`${OPD}/2022/impor/konfirmasi`, {
      method: "POST",
      headers: { ...operator.headers, "content-type": "application/json" },
      body: JSON.stringify({ ...body, hashDasar: undefined }),
    });
    expect(await again.json()).toMatchObject({ tanpaPerubahan: true });
  });

  it("rejects a broken file with 400 naming row and column; the viewer may not import", async () => {
    const lines = seiBalaiTsv().split("\n");
    lines[13] = (lines[13] ?? "").replace("2.000.000,00", "dua juta"); // fixture row 14 = SEED 1722
    const res = await app.request(`${OPD}/2023/impor/pratinjau`, {
      method: "POST",
      headers: operator.headers,
      body: multipart(lines.join("\n"), "rusak.tsv"),
    });
    expect(res.status).toBe(400);
    const problem = (await res.json()) as { title: string; errors: { field: string; message: string }[] };
    expect(problem.title).toMatch(/tidak ada yang disimpan/);
    expect(problem.errors[0]).toEqual({
      field: "baris 14, kolom ANGGARAN",
      message: 'Baris 14, kolom ANGGARAN: "dua juta" bukan angka',
    });
    const denied = await app.request(`${OPD}/2023/impor/pratinjau`, {
      method: "POST",
      headers: viewer.headers,
      body: multipart(seiBalaiTsv(), "ok.tsv"),
    });
    expect(denied.status).toBe(403);
  });

  it("exports the template and re-imports it without change (XLSX and CSV)", async () => {
    for (const format of ["xlsx", "csv"] as const) {
      const tpl = await app.request(`${OPD}/2023/templat?format=${format}`, { headers: operator.headers });
      expect(tpl.status).toBe(200);
      const isi = new Uint8Array(await tpl.arrayBuffer());
      const form = new FormData();
      form.append("berkas", new File([isi], `templat.${format}`));
      const pr = await app.request(`${OPD}/2023/impor/pratinjau`, {
        method: "POST",
        headers: operator.headers,
        body: form,
      });
      expect(pr.status).toBe(200);
      const p = (await pr.json()) as {
        berkas: { format: string };
        tanpaPerubahan: boolean;
        perubahan: { tetap: number };
      };
      expect(p).toMatchObject({ berkas: { format: "templat" }, tanpaPerubahan: true, perubahan: { tetap: 53 } });
    }
  });

  it("exports every view as XLSX sheets", async () => {
    const res = await app.request(`${OPD}/2023/ekspor?tabel=semua&capaian=S1:94.71,S2:93.53`, {
      headers: viewer.headers,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("spreadsheetml");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Pohon Anggaran",
      "Lampiran Pengawasan",
      "Per Program",
      "Per Kelas Belanja",
      "Serapan per Sasaran",
      "Efisiensi",
    ]);
    const lampiran = wb.getWorksheet("Lampiran Pengawasan");
    const last = lampiran?.getRow(lampiran.rowCount);
    expect([last?.getCell(2).value, last?.getCell(3).value, last?.getCell(7).value]).toEqual([
      "Jumlah",
      3135926319,
      2933929410,
    ]);
  });

  it("accepts an import body above the general 2 MB limit (up to 20 MB)", async () => {
    // 3 MB within the row and cell limits (20 000 rows of 150 characters)
    const big = `${"x".repeat(150)}\n`.repeat(20_000);
    const res = await app.request(`${OPD}/2023/impor/pratinjau`, {
      method: "POST",
      headers: operator.headers,
      body: multipart(big, "besar.csv"),
    });
    expect(res.status).toBe(400); // read and refused as a format, not 413
    const kelas = await app.request(`${OPD}/2023/kelas`, {
      method: "PUT",
      headers: { ...operator.headers, "content-type": "application/json" },
      body: JSON.stringify({ baris: [], sumber: "x".repeat(3 * 1024 * 1024) }),
    });
    expect(kelas.status).toBe(413);
  });
});

/** Evidence files of a realisasi over HTTP: PDF/PNG/JPEG only (by content), ≤ 5 MB, stored in the database, audited. */
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { bacaPengukuran } from "../../src/services/pengukuran/baca-pengukuran";
import { createUserAndSignIn, type SignedIn } from "../support/auth";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let operator: SignedIn;
let indikatorId: string;
const OPD = "/api/v1/pemda/batu-bara/opd/kecamatan-sei-balai";
const lingkup = { pemda: "batu-bara", opd: "kecamatan-sei-balai" };
const PDF = new TextEncoder().encode("%PDF-1.4\n% bukti uji\n%%EOF\n");

beforeAll(async () => {
  t = await openDemoDatabase();
  app = createApp({ ctx: t.ctx, logger: pino({ level: "silent" }), version: "0", auth: { rahasia: "b".repeat(40) } });
  operator = await createUserAndSignIn(app, t.ctx, {
    peran: "operator_opd",
    pemdaSlug: "batu-bara",
    opdSlug: "kecamatan-sei-balai",
  });
  indikatorId = (await bacaPengukuran(t.ctx, lingkup, 2023)).sasaran[0]!.indikator[0]!.id;
}, 120_000);
afterAll(async () => {
  await t?.close();
});

function unggah(isi: Uint8Array<ArrayBuffer>, nama: string) {
  const form = new FormData();
  form.set("indikatorId", indikatorId);
  form.set("periode", "tahunan");
  form.set("berkas", new File([isi], nama));
  return app.request(`${OPD}/pengukuran/2023/bukti`, { method: "POST", headers: operator.headers, body: form });
}

describe("bukti dukung", () => {
  it("stores a PDF, lists it with the indicator, returns the same bytes, and deletes it", async () => {
    const res = await unggah(PDF, "laporan-skm.pdf");
    expect(res.status).toBe(201);
    const info = (await res.json()) as { id: string; mime: string; ukuran: number };
    expect(info).toMatchObject({ mime: "application/pdf", ukuran: PDF.byteLength });
    const p = await bacaPengukuran(t.ctx, lingkup, 2023);
    expect(p.sasaran[0]!.indikator[0]!.bukti.map((b) => b.namaBerkas)).toEqual(["laporan-skm.pdf"]);
    const unduh = await app.request(`${OPD}/bukti/${info.id}`, { headers: operator.headers });
    expect(unduh.headers.get("content-type")).toBe("application/pdf");
    expect(new Uint8Array(await unduh.arrayBuffer())).toEqual(PDF);
    const hapus = await app.request(`${OPD}/bukti/${info.id}`, { method: "DELETE", headers: operator.headers });
    expect(hapus.status).toBe(200);
    expect((await app.request(`${OPD}/bukti/${info.id}`, { headers: operator.headers })).status).toBe(404);
  });

  it.each([
    // a text file renamed .pdf is refused by its content
    ["catatan.pdf", new TextEncoder().encode("bukan pdf"), 400, "hanya PDF, PNG atau JPEG"],
    // over 5 MB (the request limit on uploads is 6 MB)
    ["besar.pdf", new Uint8Array(5 * 1024 * 1024 + 10).fill(0x25), 400, "melebihi batas 5 MB"],
    ["sangat-besar.pdf", new Uint8Array(7 * 1024 * 1024).fill(0x25), 413, "5 MB"],
  ])("refuses %s", async (nama, isi, status, pesan) => {
    const res = await unggah(isi, nama);
    expect(res.status).toBe(status);
    expect(JSON.stringify(await res.json())).toContain(pesan);
  });

  it("refuses a file name holding a NUL (PostgreSQL refuses it in text and jsonb) with 400, nothing stored", async () => {
    const jumlah = async () =>
      (await bacaPengukuran(t.ctx, lingkup, 2023)).sasaran.flatMap((s) => s.indikator.flatMap((i) => i.bukti)).length;
    const sebelum = await jumlah();
    const res = await unggah(PDF, "laporan\u0000skm.pdf");
    const body = (await res.json()) as { detail?: string; errors?: Array<{ field: string; message: string }> };
    expect(res.status, JSON.stringify(body)).toBe(400);
    expect(body.errors?.[0]?.field).toBe("berkas");
    expect(body.detail).toContain("NUL");
    expect(await jumlah()).toBe(sebelum);
  });
});

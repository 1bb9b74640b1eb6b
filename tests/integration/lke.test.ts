/**
 * Evaluasi AKIP (LKE, issue 13) over the API on the demo:
 * - an 80-kriteria LKE imported from XLSX scores exactly as the rules core (hitungNilaiLke) does for the same answers;
 * - bad input (unknown kriteria, answer outside the scale, value over the kriteria's 100, XLSX rows moved/missing):
 *   400 naming kriteria and column, nothing written;
 * - the workflow draft → diajukan → dinilai → final, locked, unlocked with a reason, audited;
 * - final → the OPD's AKIP result (the AKIP indicator's realisasi) shows the value with a trace to the evaluation;
 * - the 2023 recap reproduces the Inspektorat's recap of 38 OPD (component values read from the source document's
 *   appendix, "Lampiran Surat Inspektorat Daerah Kabupaten Batu Bara Nomor 700/656/2023"), totals and predikat
 *   computed from the components, printed differences flagged.
 * NOTE: regulations.md §2.3–§2.5; SEED 1896-1937 (the recap table).
 */
import fs from "node:fs";
import path from "node:path";
import Decimal from "decimal.js";
import ExcelJS from "exceljs";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import {
  daftarKriteria,
  hitungNilaiLke,
  KERANGKA_LKE_88_2021,
  KODE_JAWABAN,
  tentukanPredikat,
} from "../../src/domain/akip";
import { PREDIKAT_AKIP_88_2021 } from "../../src/domain/akip/predikat";
import { createUserAndSignIn, type SignedIn } from "../support/auth";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

// ../shared beside the checkout, as in CI
const SEED = path.resolve(import.meta.dirname, "../../../shared/seed/lkjip-2023-kecamatan-sei-balai.txt");
const PEMDA = "batu-bara";
const OPD = "kecamatan-talawi";
const TAHUN = 2024;
const L = `/api/v1/pemda/${PEMDA}/opd/${OPD}/lke/${TAHUN}`;

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let operator: SignedIn;
let evaluator: SignedIn;
let ketua: SignedIn;

beforeAll(async () => {
  t = await openDemoDatabase();
  app = createApp({ ctx: t.ctx, logger: pino({ level: "silent" }), version: "0", auth: { rahasia: "l".repeat(40) } });
  operator = await createUserAndSignIn(app, t.ctx, { peran: "operator_opd", pemdaSlug: PEMDA, opdSlug: OPD });
  evaluator = await createUserAndSignIn(app, t.ctx, { peran: "evaluator", pemdaSlug: PEMDA, opdSlug: null });
  ketua = await createUserAndSignIn(app, t.ctx, { peran: "ketua_tim_evaluator", pemdaSlug: PEMDA, opdSlug: null });
}, 180_000);
afterAll(async () => {
  await t?.close();
});

async function kirim(as: SignedIn, method: string, url: string, body?: unknown) {
  const res = await app.request(url, {
    method,
    headers: { ...as.headers, ...(body !== undefined ? { "content-type": "application/json" } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const type = res.headers.get("content-type") ?? "";
  return {
    status: res.status,
    body: (type.includes("json") ? await res.json() : new Uint8Array(await res.arrayBuffer())) as never as Record<
      string,
      any // eslint-disable-line @typescript-eslint/no-explicit-any
    >,
  };
}

const KRITERIA = daftarKriteria(KERANGKA_LKE_88_2021).map((c) => c.kriteria.kode);
/** Every letter of the scale is used: kriteria i gets letter (i × k) mod 8. */
const pola = (k: number) => Object.fromEntries(KRITERIA.map((kode, i) => [kode, KODE_JAWABAN[(i * k + 3) % 8]!]));

async function lembarXlsx(as: SignedIn): Promise<ExcelJS.Workbook> {
  const r = await kirim(as, "GET", `${L}/xlsx`);
  expect(r.status).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(r.body as unknown as Uint8Array) as never);
  return wb;
}

function isi(wb: ExcelJS.Workbook, kolomJawaban: number, jawaban: Record<string, string>, kolomNilai?: number) {
  const ws = wb.getWorksheet("LKE")!;
  ws.eachRow((row) => {
    const kode = String(row.getCell(2).value ?? "");
    if (jawaban[kode]) {
      row.getCell(kolomJawaban).value = jawaban[kode];
      if (kolomNilai) row.getCell(kolomNilai).value = null;
    }
  });
}

async function base64(wb: ExcelJS.Workbook): Promise<string> {
  return Buffer.from(await wb.xlsx.writeBuffer()).toString("base64");
}

describe("LKE: XLSX round trip scores as the rules core", () => {
  it("imports 80 self-assessment answers, then 80 evaluator answers, each scoring exactly as hitungNilaiLke", async () => {
    const mandiri = pola(3);
    const wb = await lembarXlsx(operator);
    isi(wb, 5, mandiri, 6);
    const pr = await kirim(operator, "POST", `${L}/impor/pratinjau`, {
      namaBerkas: "lke.xlsx",
      isiBase64: await base64(wb),
    });
    expect(pr.status, JSON.stringify(pr.body)).toBe(200);
    expect(pr.body.galat).toEqual([]);
    expect(pr.body.sisi).toBe("mandiri");
    expect(pr.body.berubah).toHaveLength(80);
    // preview writes nothing
    expect((await kirim(operator, "GET", L)).body.ada).toBe(false);
    const ok = await kirim(operator, "POST", `${L}/impor/konfirmasi`, {
      namaBerkas: "lke.xlsx",
      isiBase64: await base64(wb),
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    const domain = hitungNilaiLke(mandiri);
    const n = (await kirim(operator, "GET", `${L}/nilai`)).body;
    expect(n.mandiri.lengkap).toBe(true);
    expect(n.mandiri.total.nilai).toBe(domain.totalTampil);
    expect(n.mandiri.predikat.kode).toBe(domain.predikat.kode);
    expect(n.mandiri.komponen.map((k: { nilai: { nilai: string } }) => k.nilai.nilai)).toEqual(
      domain.komponen.map((k) => k.nilaiTampil),
    );
    expect(pr.body.nilaiSetelah.total.nilai).toBe(domain.totalTampil);

    expect((await kirim(operator, "POST", `${L}/status`, { aksi: "ajukan" })).status).toBe(200);
    const evaluatorJawaban = pola(5);
    const wb2 = await lembarXlsx(evaluator);
    isi(wb2, 8, evaluatorJawaban, 9);
    const ok2 = await kirim(evaluator, "POST", `${L}/impor/konfirmasi`, {
      namaBerkas: "lke.xlsx",
      isiBase64: await base64(wb2),
    });
    expect(ok2.status, JSON.stringify(ok2.body)).toBe(200);
    expect(ok2.body.sisi).toBe("evaluator");
    const d2 = hitungNilaiLke(evaluatorJawaban);
    const n2 = (await kirim(evaluator, "GET", `${L}/nilai`)).body;
    expect(n2.evaluator.total.nilai).toBe(d2.totalTampil);
    expect(n2.mandiri.total.nilai).toBe(domain.totalTampil);
    // differences: every kriteria whose two letters differ
    expect(n2.selisih.length).toBe(KRITERIA.filter((k) => mandiri[k] !== evaluatorJawaban[k]).length);
  }, 180_000);

  it("refuses a worksheet with rows moved or missing, naming row, kriteria and column; nothing written", async () => {
    const sebelum = (await kirim(evaluator, "GET", `${L}/nilai`)).body;
    const wb = await lembarXlsx(evaluator);
    const ws = wb.getWorksheet("LKE")!;
    // swap the codes of two kriteria rows (a moved row) and blank another (a missing row)
    let r1: ExcelJS.Row | undefined;
    let r2: ExcelJS.Row | undefined;
    ws.eachRow((row) => {
      const kode = String(row.getCell(2).value ?? "");
      if (kode === "1.b.2") r1 = row;
      if (kode === "1.b.3") r2 = row;
      if (kode === "2.c.1") row.getCell(8).value = "Z";
      if (kode === "3.a.1") row.getCell(9).value = 120;
    });
    r1!.getCell(2).value = "1.b.3";
    r2!.getCell(2).value = "1.b.2";
    const r = await kirim(evaluator, "POST", `${L}/impor/konfirmasi`, {
      namaBerkas: "lke.xlsx",
      isiBase64: await base64(wb),
    });
    expect(r.status).toBe(400);
    const pesan = (r.body.errors as Array<{ message: string }>).map((e) => e.message);
    expect(pesan.some((m) => /kolom B \(Kode\).*1\.b\.2/.test(m))).toBe(true);
    expect(pesan.some((m) => /2\.c\.1.*kolom H \(Jawaban Evaluator\)/.test(m))).toBe(true);
    expect(pesan.some((m) => /3\.a\.1.*kolom I \(Nilai Evaluator\).*0–100/.test(m))).toBe(true);
    expect((await kirim(evaluator, "GET", `${L}/nilai`)).body).toEqual(sebelum);

    const hilang = await lembarXlsx(evaluator);
    const wh = hilang.getWorksheet("LKE")!;
    wh.eachRow((row) => {
      if (String(row.getCell(2).value ?? "") === "4.c.5") row.getCell(2).value = null;
    });
    const r2b = await kirim(evaluator, "POST", `${L}/impor/pratinjau`, {
      namaBerkas: "lke.xlsx",
      isiBase64: await base64(hilang),
    });
    expect(r2b.status).toBe(200);
    expect(r2b.body.galat.map((g: { message: string }) => g.message).join("\n")).toMatch(
      /kriteria 4\.c\.5: baris tidak ditemukan/,
    );
  }, 120_000);

  it("refuses bad answers over the API with the kriteria named, writing nothing", async () => {
    const sebelum = (await kirim(evaluator, "GET", `${L}/nilai`)).body;
    const kasus: Array<[unknown, RegExp]> = [
      [{ kode: "9.z.1", jawaban: "A" }, /kode kriteria "9\.z\.1" tidak dikenal/],
      [{ kode: "1.a.1", jawaban: "X" }, /kriteria 1\.a\.1.*jawaban "X" tidak dikenal/],
      [{ kode: "1.a.1", jawaban: "A", nilai: 120 }, /kriteria 1\.a\.1.*di luar rentang 0–100/],
      [{ kode: "1.a.1", jawaban: "A", nilai: 80 }, /kriteria 1\.a\.1.*tidak sesuai jawaban A \(90\)/],
    ];
    for (const [j, pola] of kasus) {
      const r = await kirim(evaluator, "PUT", `${L}/jawaban`, {
        sisi: "evaluator",
        jawaban: [{ kode: "1.a.2", jawaban: "AA" }, j],
      });
      expect(r.status, JSON.stringify(j)).toBe(400);
      expect(String(r.body.detail)).toMatch(pola);
    }
    expect((await kirim(evaluator, "GET", `${L}/nilai`)).body).toEqual(sebelum);
    // the OPD cannot write the evaluator's side, nor its own once submitted
    expect(
      (await kirim(operator, "PUT", `${L}/jawaban`, { sisi: "evaluator", jawaban: [{ kode: "1.a.1", jawaban: "A" }] }))
        .status,
    ).toBe(403);
    expect(
      (await kirim(operator, "PUT", `${L}/jawaban`, { sisi: "mandiri", jawaban: [{ kode: "1.a.1", jawaban: "A" }] }))
        .status,
    ).toBe(409);
  });
});

describe("LKE: workflow, lock, final value as the AKIP realisasi", () => {
  it("finalises, locks, refuses writes, unlocks only with a reason; the AKIP result carries the value and its trace", async () => {
    const lembar = (await kirim(evaluator, "GET", L)).body;
    expect(lembar.status).toBe("diajukan");
    // one answer saved and the whole LKE recomputed
    const simpan = await kirim(evaluator, "PUT", `${L}/jawaban`, {
      sisi: "evaluator",
      versi: lembar.versi,
      jawaban: [{ kode: "1.a.1", jawaban: "AA", alasan: "Pedoman ditetapkan Perbup", catatan: "Lengkap" }],
    });
    expect(simpan.status, JSON.stringify(simpan.body)).toBe(200);
    const jawaban = { ...pola(5), "1.a.1": "AA" };
    const domain = hitungNilaiLke(jawaban);
    expect(simpan.body.nilai.evaluator.total.nilai).toBe(domain.totalTampil);
    // a stale version is refused
    expect(
      (
        await kirim(evaluator, "PUT", `${L}/jawaban`, {
          sisi: "evaluator",
          versi: lembar.versi,
          jawaban: [{ kode: "1.a.2", jawaban: "A" }],
        })
      ).status,
    ).toBe(409);
    expect((await kirim(evaluator, "POST", `${L}/status`, { aksi: "selesai-nilai" })).status).toBe(200);
    expect((await kirim(operator, "POST", `${L}/status`, { aksi: "finalkan" })).status).toBe(403);
    // the evaluator team scores; only the team leader finalises (issue 13 workflow, ADR 0033)
    const bukanKetua = await kirim(evaluator, "POST", `${L}/status`, { aksi: "finalkan" });
    expect(bukanKetua.status).toBe(403);
    expect(JSON.stringify(bukanKetua.body)).toMatch(/memfinalkan.*Ketua Tim Evaluasi/);
    expect((await kirim(evaluator, "GET", L)).body.status).toBe("dinilai");
    const fin = await kirim(ketua, "POST", `${L}/status`, { aksi: "finalkan" });
    expect(fin.status, JSON.stringify(fin.body)).toBe(200);
    expect(fin.body.status).toBe("final");
    expect(fin.body.hasilAkip.total).toBe(domain.totalTampil);

    const akip = await kirim(evaluator, "GET", `/api/v1/pemda/${PEMDA}/opd/${OPD}/hasil-akip/${TAHUN}`);
    expect(akip.status).toBe(200);
    expect(akip.body.hitung.total.nilai).toBe(domain.totalTampil);
    expect(akip.body.hitung.predikat.kode).toBe(domain.predikat.kode);
    expect(akip.body.masukan.sumber).toMatch(new RegExp(`Evaluasi LKE ${TAHUN}.*difinalkan oleh`));
    expect(akip.body.masukan.sumber).toContain(lembar.id);

    // locked
    expect(
      (await kirim(evaluator, "PUT", `${L}/jawaban`, { sisi: "evaluator", jawaban: [{ kode: "1.a.2", jawaban: "A" }] }))
        .status,
    ).toBe(409);
    expect(
      (
        await kirim(evaluator, "POST", `${L}/bukti-tautan`, {
          kodeKriteria: "1.a.1",
          judul: "x",
          url: "https://contoh.go.id",
        })
      ).status,
    ).toBe(409);
    expect((await kirim(ketua, "POST", `${L}/status`, { aksi: "buka" })).status).toBe(400);
    expect(
      (await kirim(evaluator, "POST", `${L}/status`, { aksi: "buka", alasan: "Koreksi kriteria 1.a.2" })).status,
    ).toBe(403);
    const buka = await kirim(ketua, "POST", `${L}/status`, { aksi: "buka", alasan: "Koreksi kriteria 1.a.2" });
    expect(buka.status).toBe(200);
    expect(buka.body.status).toBe("dinilai");

    const audit = await kirim(evaluator, "GET", `/api/v1/pemda/${PEMDA}/audit?limit=500`);
    const aksi = JSON.stringify(audit.body);
    for (const a of ["ajukan", "selesai-nilai", "finalkan", "buka"]) expect(aksi).toContain(a);
    expect(aksi).toContain("Koreksi kriteria 1.a.2");
  }, 120_000);

  it("what-if saves nothing and ranks the kriteria by the gain", async () => {
    const sebelum = (await kirim(evaluator, "GET", `${L}/nilai`)).body;
    const s = await kirim(evaluator, "POST", `${L}/simulasi`, { jawaban: { "1.c.1": "AA" } });
    expect(s.status).toBe(200);
    expect((await kirim(evaluator, "GET", `${L}/nilai`)).body).toEqual(sebelum);
    const jawaban = { ...pola(5), "1.a.1": "AA" };
    expect(s.body.dasar.total.nilai).toBe(hitungNilaiLke(jawaban).totalTampil);
    expect(s.body.simulasi.total.nilai).toBe(hitungNilaiLke({ ...jawaban, "1.c.1": "AA" }).totalTampil);
    const gains = s.body.peluang.map((p: { kenaikanMaks: string }) => Number(p.kenaikanMaks));
    expect(gains).toEqual([...gains].sort((a, b) => b - a));
    const top = s.body.peluang[0];
    expect(Number(hitungNilaiLke({ ...jawaban, "1.c.1": "AA", [top.kode]: "AA" }).totalTampil)).toBeCloseTo(
      Number(s.body.simulasi.total.nilai) + Number(top.kenaikanMaks),
      2,
    );
  });
});

/** The recap table of the source document's appendix: name, four components, printed total and kategori. */
function rekapSumber() {
  const teks = fs.readFileSync(SEED, "utf8");
  const mulai = teks.indexOf("REKAPITULASI EVALUASI SAKIP OPD");
  return teks
    .slice(mulai)
    .split("\n")
    .map((l) => l.split("\t"))
    .filter((c) => c.length >= 8 && /^\d+$/.test(c[0]!.trim()))
    .map((c) => ({
      no: Number(c[0]),
      komponen: c.slice(2, 6).map((v) => new Decimal(v.replace(",", "."))),
      total: new Decimal(c[6]!.replace(",", ".")),
      kategori: c[7]!.trim(),
    }));
}

describe("LKE: the Pemda recap", () => {
  it("reproduces the 2023 recap of 38 OPD in component-only mode, computing totals and flagging printed differences", async () => {
    const sumber = rekapSumber();
    expect(sumber).toHaveLength(38);
    const r = await kirim(evaluator, "GET", `/api/v1/pemda/${PEMDA}/lke-rekap/2023`);
    expect(r.status).toBe(200);
    expect(r.body.jumlahOpd).toBe(38);
    expect(r.body.jumlahModeKomponen).toBe(38);
    let beda = 0;
    for (const s of sumber) {
      const b = r.body.baris.find((x: { urutan: number }) => x.urutan === s.no);
      expect(b, `OPD no ${s.no}`).toBeDefined();
      expect(b.mode).toBe("komponen");
      expect(b.komponen.map((k: { nilai: { nilai: string } }) => new Decimal(k.nilai.nilai).toString())).toEqual(
        s.komponen.map((k) => k.toString()),
      );
      const total = s.komponen.reduce((a, x) => a.plus(x), new Decimal(0));
      expect(b.total.nilai).toBe(total.toFixed(2));
      expect(b.predikat.kode).toBe(tentukanPredikat(total, PREDIKAT_AKIP_88_2021).kode);
      const berbeda = !total.eq(s.total) || b.predikat.kode !== s.kategori;
      if (berbeda) beda += 1;
      expect(b.dicetak.totalCocok, `OPD no ${s.no}`).toBe(total.eq(s.total));
      expect(b.catatan.includes("berbeda"), `OPD no ${s.no}`).toBe(berbeda);
    }
    expect(r.body.jumlahBerbedaDicetak).toBe(beda);
    expect(beda).toBeGreaterThan(0);
    // ranks: competition ranking on the computed totals
    const urut = [...r.body.baris].sort((a, b) => a.peringkat - b.peringkat);
    for (let i = 1; i < urut.length; i++) {
      expect(Number(urut[i].total.nilai)).toBeLessThanOrEqual(Number(urut[i - 1].total.nilai));
    }
  });

  it("shows the LKE evaluations of 2024 (the demo's example and this test's) in kriteria mode", async () => {
    const r = await kirim(operator, "GET", `/api/v1/pemda/${PEMDA}/lke-rekap/2024`);
    expect(r.status).toBe(200);
    const slugs = r.body.baris.map((b: { opd: { slug: string } }) => b.opd.slug);
    expect(slugs).toContain("kecamatan-sei-balai");
    expect(slugs).toContain(OPD);
    const sb = r.body.baris.find((b: { opd: { slug: string } }) => b.opd.slug === "kecamatan-sei-balai");
    expect(sb.mode).toBe("kriteria");
    expect(sb.catatan).toMatch(/sementara/);
  });
});

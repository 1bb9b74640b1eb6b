/**
 * The quarterly Laporan Capaian Kinerja and the Rencana Aksi document as documents a user opens (issue #19): the DOCX
 * converts through LibreOffice to a PDF whose text holds the capaian per triwulan and cumulative that domain/renaksi
 * computes (hitungCapaianTriwulan, regulations.md §4) and the early-warning flag under the default threshold
 * (AMBANG_PERINGATAN_BAWAAN, ADR 0028); the Typst PDFs render page by page with pdftoppm; a missing plan is a
 * "[Data belum tersedia: …]" placeholder. The indicators and their quarterly figures are illustrative inputs; every
 * expected figure is computed here by the domain, not written down.
 * Needs soffice, pdftoppm, pdftotext (see vitest.docs.config.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hitungCapaianTriwulan } from "../../src/domain/renaksi/capaian-triwulan";
import { AMBANG_PERINGATAN_BAWAAN, periksaPeringatan } from "../../src/domain/renaksi/peringatan";
import { periksaTargetTriwulan, type SifatTarget } from "../../src/domain/renaksi/triwulan";
import { dec, toFixed } from "../../src/domain/shared/decimal";
import {
  bangunDokumenRencanaAksi,
  bangunLaporanTriwulan,
  type IndikatorSumber,
  type SumberRenaksi,
} from "../../src/reports/model/renaksi";
import { renderDocx, renderPdf, renderXlsx } from "../../src/reports/render";
import { halamanAbu, jumlahHalaman, sofficeKePdf, teksHalaman } from "./alat";

const dir = mkdtempSync(path.join(tmpdir(), "sakip-renaksi-dok-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const TW = 2;

/** One indicator as the read model shows it, its capaian and flags computed by domain/renaksi. */
function indikator(
  nama: string,
  sifat: SifatTarget,
  targetTahunan: string,
  target: [string, string, string, string],
  realisasi: (string | null)[],
  polaritas: "positif" | "negatif" = "positif",
  faktor = { faktorPenghambat: "", faktorPendorong: "", langkah: "" },
): IndikatorSumber {
  const t = periksaTargetTriwulan({ indikator: nama, sifat, targetTahunan, triwulan: target });
  const baris = hitungCapaianTriwulan({
    indikator: nama,
    target: t,
    realisasi: [0, 1, 2, 3].map((i) => (realisasi[i] ? dec(realisasi[i]) : null)) as never,
    polaritas,
  });
  return {
    nomor: null,
    sasaran: "Meningkatnya kualitas pelayanan publik kecamatan",
    indikator: nama,
    satuan: sifat === "tingkat" ? "%" : "dokumen",
    targetTahunan,
    rencana: { sifat, polaritas, targetTriwulan: target, penanggungJawab: "Sekretaris Camat" },
    aksi: [
      {
        tingkat: "sub-kegiatan",
        kodeDppa: "7.01.02.2.01.01",
        uraian: "Penyelenggaraan pelayanan administrasi",
        anggaranTriwulan: ["1000000", "2000000", "1500000", "500000"],
        penanggungJawab: "",
      },
    ],
    jumlahAnggaran: "5000000.00",
    galat: null,
    triwulan: baris.map((b, i) => {
      const capKum = b.capaianKumulatif ? toFixed(b.capaianKumulatif.capaianDibulatkan, 2) : null;
      return {
        triwulan: i + 1,
        target: b.target?.toString() ?? null,
        realisasi: realisasi[i] ?? null,
        capaian: b.capaian ? toFixed(b.capaian.capaianDibulatkan, 2) : null,
        capaianKumulatif: capKum,
        anggaran: "0.00",
        realisasiAnggaran: null,
        serapanKumulatif: null,
        ...(i === TW - 1 ? faktor : { faktorPenghambat: "", faktorPendorong: "", langkah: "" }),
        peringatan: periksaPeringatan(
          { indikator: nama, capaianKumulatif: capKum, serapanKumulatif: null },
          AMBANG_PERINGATAN_BAWAAN.value,
        ),
      };
    }),
  };
}

const ikm = indikator("Indeks Kepuasan Masyarakat", "tingkat", "82", ["80", "80", "82", "82"], ["78.5", "81.2"]);
const laporan = indikator(
  "Jumlah laporan kinerja yang disusun",
  "kumulatif",
  "12",
  ["3", "6", "9", "12"],
  ["2", "4"],
  "positif",
  {
    faktorPenghambat: "Keterlambatan data dari desa",
    faktorPendorong: "Pendampingan operator",
    langkah: "Jadwal pengumpulan data mingguan",
  },
);
const aduan = indikator(
  "Rata-rata waktu penyelesaian aduan",
  "tingkat",
  "5",
  ["5", "5", "5", "5"],
  ["6", "5.5"],
  "negatif",
);
// no plan yet: the read model then has no quarterly target and no capaian, only what was reported
const tanpaRencana: IndikatorSumber = {
  ...ikm,
  indikator: "Persentase arsip terdigitalisasi",
  rencana: null,
  triwulan: ikm.triwulan.map((q) => ({ ...q, target: null, capaian: null, capaianKumulatif: null, peringatan: [] })),
};
const sumber: SumberRenaksi = {
  pemda: { nama: "Kabupaten Batu Bara" },
  opd: { slug: "kecamatan-sei-balai", nama: "Kecamatan Sei Balai" },
  tahun: 2023,
  ambang: { label: AMBANG_PERINGATAN_BAWAAN.label },
  statusTriwulan: [1, 2, 3, 4].map((triwulan) => ({ triwulan, status: "draft" })),
  pk: [
    {
      pkId: "pk-1",
      kode: "PK-CAMAT-2023",
      jenis: "awal",
      level: "kepala-opd",
      pihakPertama: "Camat Sei Balai",
      jabatan: "Camat",
      indikator: [ikm, laporan, aduan, tanpaRencana],
    },
  ],
};
const tw = bangunLaporanTriwulan(sumber, TW);
const ra = bangunDokumenRencanaAksi(sumber, sumber.pk[0]!);
const f = {
  twDocx: path.join(dir, "laporan-tw.docx"),
  twPdf: path.join(dir, "laporan-tw-typst.pdf"),
  twXlsx: path.join(dir, "laporan-tw.xlsx"),
  raDocx: path.join(dir, "rencana-aksi.docx"),
  raPdf: path.join(dir, "rencana-aksi-typst.pdf"),
};
let loTw = "";
let loRa = "";

beforeAll(async () => {
  writeFileSync(f.twDocx, await renderDocx(tw.dokumen));
  writeFileSync(f.twPdf, renderPdf(tw.dokumen).pdf);
  writeFileSync(f.twXlsx, await renderXlsx(tw.dokumen));
  writeFileSync(f.raDocx, await renderDocx(ra.dokumen));
  writeFileSync(f.raPdf, renderPdf(ra.dokumen).pdf);
  loTw = sofficeKePdf(f.twDocx, dir);
  loRa = sofficeKePdf(f.raDocx, dir);
  if (process.env.RENAKSI_PNG) {
    const { execFileSync } = await import("node:child_process");
    execFileSync("pdftoppm", ["-png", "-r", "70", loTw, path.join(process.env.RENAKSI_PNG, "lo")]);
    execFileSync("pdftoppm", ["-png", "-r", "70", f.twPdf, path.join(process.env.RENAKSI_PNG, "typst")]);
    execFileSync("pdftoppm", ["-png", "-r", "70", f.raPdf, path.join(process.env.RENAKSI_PNG, "ra")]);
  }
}, 180_000);

const koma = (x: string) => x.replace(".", ",");

describe("quarterly Laporan Capaian Kinerja", () => {
  it("opens in LibreOffice with the capaian per triwulan and cumulative computed by the domain", () => {
    const teks = teksHalaman(loTw).join("\n").replace(/\s+/g, " ");
    expect(teks).toContain("LAPORAN CAPAIAN KINERJA TW II TAHUN 2023");
    let angka = 0;
    for (const i of [ikm, laporan, aduan]) {
      for (const q of i.triwulan.slice(0, TW)) {
        for (const c of [q.capaian, q.capaianKumulatif]) {
          if (c === null) continue;
          // a narrow cell may wrap the "%" to its own line: the figure itself must be there
          expect(teks).toContain(koma(c));
          angka++;
        }
      }
    }
    expect(angka).toBeGreaterThanOrEqual(10);
    expect(teks).toContain("Keterlambatan data dari desa");
    expect(teks).toContain("Jadwal pengumpulan data mingguan");
    expect(teks).toContain("[Data belum tersedia:");
    expect(tw.hilang.map((h) => h.teks)).toContain("Rencana Aksi Persentase arsip terdigitalisasi");
  }, 180_000);

  it("shows the early-warning flag of an indicator below the default threshold", () => {
    // kumulatif 4 of 6 by TW II: capaian 66,67 % < 76 % (AMBANG_PERINGATAN_BAWAAN)
    const w = laporan.triwulan[TW - 1]!.peringatan;
    expect(w.map((x) => x.jenis)).toContain("capaian-rendah");
    const teks = teksHalaman(loTw).join(" ").replace(/\s+/g, " ");
    expect(teks).toContain(koma(laporan.triwulan[TW - 1]!.capaianKumulatif!));
    expect(teks.toLowerCase()).toContain("di bawah");
  }, 180_000);

  it("writes the capaian to the XLSX as numbers", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(f.twXlsx);
    const angka: number[] = [];
    wb.eachSheet((ws) =>
      ws.eachRow((r) => r.eachCell((c) => void (typeof c.value === "number" && angka.push(c.value)))),
    );
    for (const q of aduan.triwulan.slice(0, TW))
      expect(angka.some((v) => Math.abs(v - Number(q.capaianKumulatif) / 100) < 1e-9)).toBe(true);
  }, 60_000);

  it("every page of both PDFs has content", () => {
    for (const pdf of [loTw, f.twPdf, loRa, f.raPdf]) {
      expect(jumlahHalaman(pdf)).toBeGreaterThanOrEqual(1);
      for (const hal of halamanAbu(pdf, dir)) expect(hal.gelap).toBeGreaterThan(20);
    }
  }, 180_000);
});

describe("Rencana Aksi document", () => {
  it("opens in LibreOffice with the quarterly targets and the actions", () => {
    const teks = teksHalaman(loRa).join("\n").replace(/\s+/g, " ");
    expect(teks).toContain("RENCANA AKSI TAHUN 2023");
    expect(teks).toContain("Penyelenggaraan");
    expect(teks).toContain("1.500.000");
    expect(ra.hilang.map((h) => h.teks)).toContain("Rencana Aksi Persentase arsip terdigitalisasi");
  }, 180_000);
});

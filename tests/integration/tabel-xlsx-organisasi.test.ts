/**
 * XLSX tables of the organisation profile and the measurement extras (issue M1-04: "import and export of each table
 * as XLSX … an operator can fill a year from a spreadsheet"): for each table, export → edit one cell → import changes
 * exactly that cell (read back through the service) with one audit entry; an unchanged re-import writes nothing;
 * new rows (empty ID) are added, a bad one is rejected naming row and column; "Hapus" removes explicitly.
 */
import ExcelJS from "exceljs";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { putuskan } from "../../src/domain/akses/aktor";
import { PERAN } from "../../src/domain/akses/izin";
import { bacaProfilOpd } from "../../src/services/organisasi/baca-profil-opd";
import { bacaIndikatorProgram } from "../../src/services/pengukuran/indikator-program";
import { bacaAnalisis } from "../../src/services/pengukuran/simpan-analisis";
import { jalankanTindakan } from "../../src/services/alur/tindakan-periode";
import { resolveOpd } from "../../src/services/organisasi/resolve-opd";
import { simpanDaftarPejabat, ubahPejabat } from "../../src/services/organisasi/simpan-pejabat";
import {
  listPenandatanganLaporan,
  upsertPenandatanganLaporan,
} from "../../src/storage/repositories/laporan-repository";
import { TABEL } from "../../src/services/tabel/tabel-xlsx";
import { createUserAndSignIn, type SignedIn } from "../support/auth";
import { bedaLembar, jumlahAudit as jumlahAuditDb, klienTabel, MIME_XLSX } from "../support/tabel-xlsx";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let operator: SignedIn;
const OPD = "/api/v1/pemda/batu-bara/opd/kecamatan-sei-balai";
const LINGKUP = { pemda: "batu-bara", opd: "kecamatan-sei-balai" };
const { ekspor, impor } = klienTabel(
  () => app,
  OPD,
  () => operator,
);
const jumlahAudit = () => jumlahAuditDb(t.ctx.db);
const beda = bedaLembar;

beforeAll(async () => {
  t = await openDemoDatabase();
  app = createApp({ ctx: t.ctx, logger: pino({ level: "silent" }), version: "0", auth: { rahasia: "x".repeat(40) } });
  operator = await createUserAndSignIn(app, t.ctx, {
    peran: "operator_opd",
    pemdaSlug: "batu-bara",
    opdSlug: "kecamatan-sei-balai",
  });
}, 120_000);
afterAll(async () => {
  await t?.close();
});

/** The first row after the data (ID and column B empty): where a new row goes. */
function barisKosong(wb: ExcelJS.Workbook): number {
  const ws = wb.worksheets[0]!;
  for (let r = 3; ; r++) if (!ws.getCell(r, 1).value && !ws.getCell(r, 2).value) return r;
}

const BACA: Record<string, () => Promise<unknown>> = {
  pejabat: async () => (await bacaProfilOpd(t.ctx, LINGKUP)).pejabat,
  "unit-kerja": async () => (await bacaProfilOpd(t.ctx, LINGKUP)).unit,
  "dasar-hukum": async () => (await bacaProfilOpd(t.ctx, LINGKUP)).dasarHukum,
  inovasi: async () => (await bacaProfilOpd(t.ctx, LINGKUP)).inovasi,
  "indikator-program": () => bacaIndikatorProgram(t.ctx, LINGKUP, 2023),
  analisis: () => bacaAnalisis(t.ctx, LINGKUP, 2023),
};

describe("XLSX tables of the profile and measurement extras", () => {
  it.each([
    // [table path, column (1-based, A = hidden ID), header, new value, field in the service's read model, value read back]
    ["pejabat/0", 10, "Jabatan", "Sekretaris Kecamatan (Plt.)", "jabatan", "Sekretaris Kecamatan (Plt.)"],
    ["unit-kerja/0", 3, "Nama Unit", "Seksi Pemerintahan Umum", "nama", "Seksi Pemerintahan Umum"],
    ["dasar-hukum/0", 3, "Judul", "UU Pemerintahan Daerah", "judul", "UU Pemerintahan Daerah"],
    ["inovasi/0", 3, "Judul", "Inovasi Uji", "judul", "Inovasi Uji"],
    ["indikator-program/2023", 6, "Indikator", "Persentase uji", "indikator", "Persentase uji"],
    ["analisis/2023", 6, "Solusi", "Solusi satu\nSolusi dua", "solusi", ["Solusi satu", "Solusi dua"]],
  ] as const)(
    "%s: one edited cell (%s) changes exactly that cell, one audit entry",
    async (path, kol, judul, ke, field, dibaca) => {
      const tabel = path.split("/")[0]!;
      const awal = await ekspor(`${path}/xlsx`);
      const ws = awal.worksheets[0]!;
      expect(ws.getCell(2, kol).value).toBe(judul);
      expect(ws.getCell(3, 1).value, `${path} has rows in the demo`).toBeTruthy();
      const sebelum = (await BACA[tabel]!()) as Array<Record<string, unknown>>;
      const audit = await jumlahAudit();

      const diubah = new ExcelJS.Workbook();
      await diubah.xlsx.load(await awal.xlsx.writeBuffer());
      diubah.worksheets[0]!.getCell(3, kol).value = ke;
      const r = await impor(path, diubah);
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      expect(r.body).toMatchObject({ jumlah: 1, diubah: [{ baris: 3, kolom: judul, ke }], ditambah: [], dihapus: [] });
      expect(await jumlahAudit()).toBe(audit + 1);

      const sesudah = (await BACA[tabel]!()) as Array<Record<string, unknown>>;
      const i = sebelum.findIndex((x) => JSON.stringify(x) !== JSON.stringify(sesudah[sebelum.indexOf(x)]));
      expect(sesudah[i]?.[field]).toEqual(dibaca);
      expect(sesudah.map((x, n) => (n === i ? { ...x, [field]: sebelum[i]?.[field] } : x))).toEqual(sebelum);
      expect(beda(awal, await ekspor(`${path}/xlsx`))).toEqual([`${String.fromCharCode(64 + kol)}3`]);

      const lagi = await impor(path, await ekspor(`${path}/xlsx`));
      expect(lagi.body).toEqual({ jumlah: 0, diubah: [], ditambah: [], dihapus: [] });
      expect(await jumlahAudit()).toBe(audit + 1);
    },
  );

  it("rejects a new pejabat with a bad NIP naming row and column, and writes nothing", async () => {
    const wb = await ekspor("pejabat/0/xlsx");
    const ws = wb.worksheets[0]!;
    const r = barisKosong(wb);
    ws.getCell(r, 3).value = "pejabat"; // Peran
    ws.getCell(r, 5).value = "Budi Santoso"; // Nama
    ws.getCell(r, 7).value = "19850101 201001 1 00"; // NIP: 17 digits
    ws.getCell(r, 10).value = "Kepala Seksi Uji"; // Jabatan
    ws.getCell(r + 1, 5).value = "Tanpa Jabatan"; // a second new row without its required cells
    const sebelum = await BACA.pejabat!();
    const audit = await jumlahAudit();
    const h = await impor("pejabat/0", wb);
    expect(h.status).toBe(400);
    expect(h.body.errors).toEqual([
      { field: `Baris ${r}, kolom G (NIP)`, message: expect.stringContaining("harus 18 digit, tertulis 17 digit") },
      { field: `Baris ${r + 1}, kolom C (Peran)`, message: "wajib diisi untuk baris baru" },
      { field: `Baris ${r + 1}, kolom G (NIP)`, message: "wajib diisi untuk baris baru" },
      { field: `Baris ${r + 1}, kolom J (Jabatan)`, message: "wajib diisi untuk baris baru" },
    ]);
    expect(String(h.body.detail)).toContain("tidak ada data yang disimpan");
    expect(await BACA.pejabat!()).toEqual(sebelum);
    expect(await jumlahAudit()).toBe(audit);
  });

  it("adds a valid new pejabat from the template (Excel date and dd/mm/yyyy text), one audit entry", async () => {
    const wb = await ekspor("pejabat/0/templat");
    const ws = wb.worksheets[0]!;
    expect(ws.getCell(3, 1).value).toBeNull(); // a template of a table with new rows has no existing rows
    expect(ws.getCell(3, 5).protection?.locked).toBe(false);
    const unit = (await bacaProfilOpd(t.ctx, LINGKUP)).unit[0]!.kode;
    ws.getCell(3, 3).value = "Pejabat"; // matched case-insensitively
    ws.getCell(3, 5).value = "Budi Santoso";
    ws.getCell(3, 7).value = "19850101 201001 1 001";
    ws.getCell(3, 8).value = "Penata Muda";
    ws.getCell(3, 10).value = "Kepala Seksi Uji";
    ws.getCell(3, 11).value = "iv";
    ws.getCell(3, 12).value = unit;
    ws.getCell(3, 13).value = new Date(Date.UTC(2023, 0, 2));
    ws.getCell(3, 14).value = "31/12/2023";
    const audit = await jumlahAudit();
    const h = await impor("pejabat/0", wb);
    expect(h.status, JSON.stringify(h.body)).toBe(200);
    expect(h.body).toEqual({ jumlah: 0, diubah: [], ditambah: [3], dihapus: [] });
    expect(await jumlahAudit()).toBe(audit + 1);
    const baru = (await BACA.pejabat!()) as Array<Record<string, unknown>>;
    expect(baru.find((p) => p.nama === "Budi Santoso")).toMatchObject({
      kode: "budi-santoso",
      peran: "pejabat",
      nip: "198501012010011001",
      golongan: "III/a", // PP 99/2000: Penata Muda → III/a, filled by the service
      eselon: "IV",
      unitKode: unit,
      mulai: "2023-01-02",
      selesai: "2023-12-31",
    });
    // exported back: the dates as Excel dates shown dd/mm/yyyy, the NIP as text
    const lagi = await ekspor("pejabat/0/xlsx");
    const w2 = lagi.worksheets[0]!;
    let r = 0;
    w2.eachRow((row, n) => {
      if (row.getCell(5).value === "Budi Santoso") r = n;
    });
    expect(w2.getCell(r, 7).value).toBe("198501012010011001");
    expect(w2.getCell(r, 13).value).toEqual(new Date(Date.UTC(2023, 0, 2)));
    expect(w2.getCell(r, 13).numFmt).toBe("dd/mm/yyyy");
    expect((await impor("pejabat/0", lagi)).body).toEqual({ jumlah: 0, diubah: [], ditambah: [], dihapus: [] });
  });

  it("removes a row only through Hapus; refuses to remove a pejabat who is a PK party", async () => {
    const wb = await ekspor("pejabat/0/xlsx");
    const ws = wb.worksheets[0]!;
    expect(ws.getCell(2, 15).value).toBe("Hapus");
    let budi = 0;
    ws.eachRow((row, n) => {
      if (row.getCell(5).value === "Budi Santoso") budi = n;
    });
    ws.getCell(3, 15).value = "ya"; // the Camat: party of the PK 2023
    const audit = await jumlahAudit();
    const tolak = await impor("pejabat/0", wb);
    expect(tolak.body.errors).toEqual([
      { field: "Baris 3, kolom O (Hapus)", message: "tidak dapat dihapus: masih menjadi pihak Perjanjian Kinerja" },
    ]);
    ws.getCell(3, 15).value = null;
    ws.spliceRows(4, 1); // a row missing from the file is never removed
    const ulang = new ExcelJS.Workbook();
    await ulang.xlsx.load(await wb.xlsx.writeBuffer());
    const b2 = budi > 4 ? budi - 1 : budi;
    ulang.worksheets[0]!.getCell(b2, 15).value = "Ya";
    const h = await impor("pejabat/0", ulang);
    expect(h.body).toEqual({ jumlah: 0, diubah: [], ditambah: [], dihapus: [b2] });
    expect(await jumlahAudit()).toBe(audit + 1);
    const sisa = (await BACA.pejabat!()) as Array<Record<string, unknown>>;
    expect(sisa.some((p) => p.nama === "Budi Santoso")).toBe(false);
  });

  it("checks the unit tree: a new unit needs its required cells and a known induk; no cycle", async () => {
    const wb = await ekspor("unit-kerja/0/xlsx");
    const ws = wb.worksheets[0]!;
    const r = barisKosong(wb);
    const akar = String(ws.getCell(3, 2).value);
    ws.getCell(r, 2).value = "seksi-uji";
    ws.getCell(r, 3).value = "Seksi Uji";
    ws.getCell(r, 4).value = "seksi";
    ws.getCell(r, 5).value = "tidak-ada";
    ws.getCell(r + 1, 3).value = "Tanpa Kode";
    ws.getCell(r + 1, 4).value = "bagian"; // not a jenis
    const audit = await jumlahAudit();
    const h1 = await impor("unit-kerja/0", wb);
    expect(h1.body.errors).toEqual([
      { field: `Baris ${r + 1}, kolom B (Kode)`, message: "wajib diisi untuk baris baru" },
      { field: `Baris ${r + 1}, kolom D (Jenis)`, message: expect.stringContaining('"bagian" tidak dikenal') },
    ]);
    ws.getRow(r + 1).values = [];
    const h2 = await impor("unit-kerja/0", wb);
    expect(h2.body.errors).toEqual([
      { field: `Baris ${r}, kolom E (Kode Induk)`, message: 'unit induk "tidak-ada" tidak ada dalam tabel' },
    ]);
    ws.getCell(r, 5).value = "seksi-uji";
    expect(((await impor("unit-kerja/0", wb)).body.errors as unknown[])[0]).toMatchObject({
      field: `Baris ${r}, kolom E (Kode Induk)`,
      message: expect.stringContaining("lingkaran"),
    });
    expect(await jumlahAudit()).toBe(audit);
    ws.getCell(r, 5).value = akar;
    const ok = await impor("unit-kerja/0", wb);
    expect(ok.body).toEqual({ jumlah: 0, diubah: [], ditambah: [r], dihapus: [] });
    expect(await jumlahAudit()).toBe(audit + 1);
    const pohon = (await bacaProfilOpd(t.ctx, LINGKUP)).unit;
    expect(pohon.find((u) => u.kode === akar)?.anak.some((a) => a.kode === "seksi-uji")).toBe(true);
  });

  it("fills a year of indikator program from the template and adds a dasar hukum row", async () => {
    const wb = await ekspor("indikator-program/2024/templat");
    const ws = wb.worksheets[0]!;
    const sasaran = (await bacaAnalisis(t.ctx, LINGKUP, 2024))[0]!.sasaranKode;
    ws.getRow(3).values = [
      null, // ID: a new row
      sasaran,
      "program",
      "Program Penyelenggaraan Pemerintahan",
      null,
      "Persentase layanan",
      "100",
      95,
      null,
      "Menunjang",
    ];
    const h = await impor("indikator-program/2024", wb);
    expect(h.status, JSON.stringify(h.body)).toBe(200);
    expect(h.body).toMatchObject({ ditambah: [3] });
    const rows = await bacaIndikatorProgram(t.ctx, LINGKUP, 2024);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ target: "100", realisasi: "95", menunjang: true, capaian: { nilai: "95.00" } });

    const dh = await ekspor("dasar-hukum/0/xlsx");
    const n = ((await BACA["dasar-hukum"]!()) as unknown[]).length;
    dh.worksheets[0]!.getCell(barisKosong(dh), 4).value = "Peraturan Bupati Uji Nomor 1 Tahun 2024";
    expect((await impor("dasar-hukum/0", dh)).body).toMatchObject({ ditambah: [barisKosong(dh)] });
    const daftar = (await BACA["dasar-hukum"]!()) as Array<{ teks: string }>;
    expect(daftar).toHaveLength(n + 1);
    expect(daftar.at(-1)?.teks).toBe("Peraturan Bupati Uji Nomor 1 Tahun 2024");
  });
});

describe("XLSX pejabat and desa: refusals that used to pass or end in a 500", () => {
  /** The sheet row whose Nama (column E) is `nama`. */
  const barisNama = (wb: ExcelJS.Workbook, nama: string) => {
    let r = 0;
    wb.worksheets[0]!.eachRow((row, n) => {
      if (row.getCell(5).value === nama) r = n;
    });
    return r;
  };

  it("refuses to remove a pejabat who signs a stored report (XLSX and the set), naming document and year", async () => {
    // a Kasi who is no PK party, signing the LKjIP 2023 (stored before the year was locked)
    const awal = (await bacaProfilOpd(t.ctx, LINGKUP)).pejabat;
    await simpanDaftarPejabat(t.ctx, LINGKUP, [
      ...awal.map(({ id: _i, ...p }) => p),
      {
        kode: "penanda-tangan",
        peran: "pejabat",
        nama: "Siti Penanda",
        nip: "198501012010012002",
        jabatan: "Kepala Seksi Uji",
      },
    ]);
    const { pemda, opd } = await resolveOpd(t.ctx, "batu-bara", "kecamatan-sei-balai");
    const siti = (await bacaProfilOpd(t.ctx, LINGKUP)).pejabat.find((p) => p.kode === "penanda-tangan")!;
    await upsertPenandatanganLaporan(t.ctx.db, {
      pemdaId: pemda.id,
      opdId: opd.id,
      tahun: 2023,
      dokumen: "lkjip",
      tempat: "Sei Balai",
      tanggal: "2024-01-31",
      nomor: null,
      pejabatId: siti.id,
      diubahOleh: "uji",
      diubahPada: new Date("2024-01-31T09:00:00+07:00"),
    });
    const wb = await ekspor("pejabat/0/xlsx");
    const r = barisNama(wb, "Siti Penanda");
    wb.worksheets[0]!.getCell(r, 15).value = "ya";
    const sebelum = await BACA.pejabat!();
    const audit = await jumlahAudit();
    const h = await impor("pejabat/0", wb);
    expect(h.status).toBe(400);
    expect(h.body.errors).toEqual([
      {
        field: `Baris ${r}, kolom O (Hapus)`,
        message: expect.stringMatching(/tidak dapat dihapus: penanda tangan .*Laporan Kinerja.* tahun 2023/),
      },
    ]);
    // the same removal through the set (API PUT …/pejabat): refused, nothing written
    const tanpa = (await bacaProfilOpd(t.ctx, LINGKUP)).pejabat
      .filter((p) => p.kode !== "penanda-tangan")
      .map(({ id: _i, ...p }) => p);
    await expect(simpanDaftarPejabat(t.ctx, LINGKUP, tanpa)).rejects.toThrow(
      /pejabat "penanda-tangan" tidak dapat dihapus: penanda tangan .*Laporan Kinerja.* tahun 2023/,
    );
    expect(await BACA.pejabat!()).toEqual(sebelum);
    expect(await jumlahAudit()).toBe(audit);
    const ttd = await listPenandatanganLaporan(t.ctx.db, { opdId: opd.id, tahun: 2023 });
    expect(ttd.find((x) => x.dokumen === "lkjip")?.pejabatId).toBe(siti.id);
  });

  it("refuses a second Kepala OPD whose dates overlap the current one, naming row and column", async () => {
    const wb = await ekspor("pejabat/0/xlsx");
    const ws = wb.worksheets[0]!;
    const r = barisKosong(wb);
    ws.getCell(r, 3).value = "kepala-opd"; // Peran
    ws.getCell(r, 5).value = "Camat Kedua";
    ws.getCell(r, 7).value = "19800101 200501 1 003";
    ws.getCell(r, 10).value = "Camat Sei Balai";
    ws.getCell(r, 13).value = "01/01/2023"; // Mulai, no Selesai: active alongside the stored Camat
    const sebelum = (await BACA.pejabat!()) as Array<Record<string, unknown>>;
    const audit = await jumlahAudit();
    const h = await impor("pejabat/0", wb);
    expect(h.status).toBe(400);
    expect(h.body.errors).toEqual([
      {
        field: `Baris ${r}, kolom C (Peran)`,
        message: expect.stringContaining("WALI WALA AZAHARI SAGALA"),
      },
    ]);
    expect(String((h.body.errors as Array<{ message: string }>)[0]!.message)).toMatch(/kepala-opd .* tumpang tindih/);
    expect(await BACA.pejabat!()).toEqual(sebelum);
    expect(await jumlahAudit()).toBe(audit);
    // the set service refuses it too (the API PUT …/pejabat)
    const dua = [
      ...(await bacaProfilOpd(t.ctx, LINGKUP)).pejabat.map(({ id: _i, ...p }) => p),
      {
        kode: "camat-2",
        peran: "kepala-opd" as const,
        nama: "Camat Kedua",
        nip: "198001012005011003",
        jabatan: "Camat",
      },
    ];
    await expect(simpanDaftarPejabat(t.ctx, LINGKUP, dua)).rejects.toThrow(/tumpang tindih/);
    // a former Camat whose term ended before the current one began is history, not a second head
    const camat = barisNama(wb, "WALI WALA AZAHARI SAGALA");
    ws.getCell(camat, 13).value = "04/01/2021";
    ws.getCell(r, 5).value = "Camat Terdahulu";
    ws.getCell(r, 13).value = "02/01/2019";
    ws.getCell(r, 14).value = "31/12/2020";
    const ok = await impor("pejabat/0", wb);
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body).toMatchObject({ ditambah: [r] });
    // the single-row edit (PUT …/pejabat/{id}) may not make a second head either
    const lain = (await bacaProfilOpd(t.ctx, LINGKUP)).pejabat.find((p) => p.peran === "pejabat")!;
    const { id: lainId, ...isi } = lain;
    await expect(ubahPejabat(t.ctx, LINGKUP, lainId, { ...isi, peran: "kepala-opd" })).rejects.toThrow(
      /kepala-opd .* tumpang tindih masa jabatannya dengan WALI WALA AZAHARI SAGALA/,
    );
  });

  it("refuses desa numbers beyond the integer and hectare bounds (400 naming row and column, not 500)", async () => {
    const wb = await ekspor("desa/0/xlsx");
    const ws = wb.worksheets[0]!;
    expect(ws.getCell(2, 5).value).toBe("Dusun");
    ws.getCell(3, 5).value = 3000000000;
    ws.getCell(4, 4).value = 1e12; // Luas (Ha)
    const sebelum = (await bacaProfilOpd(t.ctx, LINGKUP)).desa;
    const audit = await jumlahAudit();
    const h = await impor("desa/0", wb);
    expect(h.status).toBe(400);
    expect(h.body.errors).toEqual([
      { field: "Baris 3, kolom E (Dusun)", message: expect.stringContaining("2.147.483.647") },
      { field: "Baris 4, kolom D (Luas (Ha))", message: expect.stringContaining("1.000.000.000") },
    ]);
    expect((await bacaProfilOpd(t.ctx, LINGKUP)).desa).toEqual(sebelum);
    expect(await jumlahAudit()).toBe(audit);
    // the JSON route (PUT …/desa) goes through the same service check
    const { id: _i, penduduk: _p, ...d0 } = sebelum[0]!;
    const res = await app.request(`${OPD}/desa`, {
      method: "PUT",
      headers: { ...operator.headers, "content-type": "application/json" },
      body: JSON.stringify([{ ...d0, kk: 3000000000 }]),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ errors: [{ field: "kk", message: expect.stringMatching(/baris 1/) }] });
  });
});

describe("XLSX tables and the workflow lock", () => {
  it("refuses an import into a submitted year (409) and writes nothing", async () => {
    const wb = await ekspor("analisis/2022/xlsx");
    wb.worksheets[0]!.getCell(3, 4).value = "Faktor uji";
    await jalankanTindakan(
      t.ctx,
      { pemdaSlug: "batu-bara", opdSlug: "kecamatan-sei-balai", tahun: 2022, modul: "pengukuran" },
      "ajukan",
    );
    const sebelum = await bacaAnalisis(t.ctx, LINGKUP, 2022);
    const audit = await jumlahAudit();
    const h = await impor("analisis/2022", wb);
    expect(h.status).toBe(409);
    expect(String(h.body.detail)).toContain("tidak dapat diubah");
    expect(await bacaAnalisis(t.ctx, LINGKUP, 2022)).toEqual(sebelum);
    expect(await jumlahAudit()).toBe(audit);
  });
});

describe("XLSX tables: each table's own permission (the generic route's matrix entry tests only realisasi)", () => {
  // same bindings as authz-matrix.test.ts: OPD-bound roles act for Kecamatan Sei Balai
  const BINDING: Record<(typeof PERAN)[number], string | null> = {
    admin_pemda: null,
    operator_opd: "kecamatan-sei-balai",
    pimpinan_opd: "kecamatan-sei-balai",
    evaluator: null,
    petugas_skm: "kecamatan-sei-balai",
    viewer: null,
    ketua_tim_evaluator: null,
  };
  const STATUS = { "lain-pemda": 404, "lain-opd": 403, "tanpa-izin": 403 } as const;

  it.each(["pejabat/0", "unit-kerja/0", "dasar-hukum/0", "inovasi/0", "indikator-program/2023", "analisis/2023"])(
    "%s: export and import allowed exactly as the table's permission decides",
    async (path) => {
      const def = TABEL[path.split("/")[0]!]!;
      for (const opd of ["kecamatan-sei-balai", "kecamatan-datuk-tanah-datar"]) {
        const { pemda, opd: o } = await resolveOpd(t.ctx, "batu-bara", opd);
        const dasar = `/api/v1/pemda/batu-bara/opd/${opd}/tabel/${path}`;
        for (const peran of PERAN) {
          const u = await createUserAndSignIn(app, t.ctx, { peran, pemdaSlug: "batu-bara", opdSlug: BINDING[peran] });
          const sasaran = { pemdaId: pemda.id, opdId: o.id };
          const baca = putuskan(u.aktor, def.izinBaca, sasaran);
          const ubah = putuskan(u.aktor, def.izinUbah, sasaran);
          const get = await app.request(`${dasar}/xlsx`, { headers: u.headers });
          expect(get.status, `${peran} GET ${opd}`).toBe(baca === "izinkan" ? 200 : STATUS[baca]);
          const post = await app.request(`${dasar}/xlsx`, {
            method: "POST",
            headers: { ...u.headers, "content-type": MIME_XLSX },
            body: "bukan xlsx",
          });
          expect(post.status, `${peran} POST ${opd}`).toBe(ubah === "izinkan" ? 400 : STATUS[ubah]);
        }
      }
    },
    120_000,
  );
});

/**
 * Issue 17 / ADR 0043: budget rows typed in a form (the PK's Anggaran table) are checked over HTTP against the
 * nomenclature version in force for the budget year, with the import's rule: a renamed code → `nama_berbeda` with the
 * official name, an unknown code inside the version's coverage → `kode_tidak_dikenal`, an unreadable one →
 * `kode_tidak_sah`; short codes ("2.2.02.3") are completed with the OPD's urusan.bidang (its unit code, else its kind),
 * program 01 with X.XX; codes outside the coverage and years before the first version are not checked. Read-only:
 * an operator of another OPD gets 403, a bad row 400 naming the field.
 */
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { cariKode } from "../../src/domain/anggaran";
import { upsertOpd, upsertPemda } from "../../src/storage/repositories/organisasi-repository";
import { createUserAndSignIn, type SignedIn } from "../support/auth";
import { openTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let camat: SignedIn;
let dinas: SignedIn;
const P = "/api/v1/pemda/batu-bara/opd";

interface Hasil {
  versi: { id: string; mulaiTahun: number; lengkap: boolean } | null;
  diperiksa: number;
  temuan: { ref: string; jenis: string; kode: string; namaResmi: string | null; pesan: string }[];
}

async function periksa(
  siapa: SignedIn,
  opd: string,
  tahun: number,
  baris: { ref: string; tingkat: string; kode: string; uraian: string }[],
) {
  const res = await app.request(`${P}/${opd}/anggaran/${tahun}/nomenklatur/periksa`, {
    method: "POST",
    headers: { ...siapa.headers, "content-type": "application/json" },
    body: JSON.stringify({ baris }),
  });
  return { status: res.status, body: (await res.json()) as Hasil & { detail?: string; errors?: { field: string }[] } };
}

beforeAll(async () => {
  t = await openTestDatabase();
  const pemda = await upsertPemda(t.ctx.db, {
    slug: "batu-bara",
    nama: "Kabupaten Batu Bara",
    jenis: "kabupaten",
    provinsi: "Sumatera Utara",
  });
  // no unit code: the Kecamatan's urusan.bidang 7.01 comes from its kind
  await upsertOpd(t.ctx.db, {
    pemdaId: pemda.id,
    slug: "kecamatan-sei-balai",
    nama: "Kecamatan Sei Balai",
    jenis: "kecamatan",
    kode: null,
    urutan: 31,
  });
  await upsertOpd(t.ctx.db, {
    pemdaId: pemda.id,
    slug: "dinas-pendidikan",
    nama: "Dinas Pendidikan",
    jenis: "dinas",
    kode: "1.01.0.00.0.00.01.0000",
    urutan: 1,
  });
  app = createApp({ ctx: t.ctx, logger: pino({ level: "silent" }), version: "0", auth: { rahasia: "n".repeat(40) } });
  camat = await createUserAndSignIn(app, t.ctx, {
    peran: "operator_opd",
    pemdaSlug: "batu-bara",
    opdSlug: "kecamatan-sei-balai",
  });
  dinas = await createUserAndSignIn(app, t.ctx, {
    peran: "operator_opd",
    pemdaSlug: "batu-bara",
    opdSlug: "dinas-pendidikan",
  });
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe("nomenclature check of budget rows typed in a form", () => {
  it("official codes and names (full and short form, penunjang X.XX.01) give no finding", async () => {
    const sub = cariKode("7.01.02.2.02.0003", 2024)!.nama;
    const keg = cariKode("X.XX.01.2.06", 2024)!.nama;
    const r = await periksa(camat, "kecamatan-sei-balai", 2024, [
      { ref: "1", tingkat: "program", kode: "2", uraian: "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK" },
      { ref: "1.1", tingkat: "sub-kegiatan", kode: "2.2.02.3", uraian: sub },
      { ref: "2", tingkat: "kegiatan", kode: "X.XX.01.2.06", uraian: keg.toUpperCase() },
      { ref: "3", tingkat: "kegiatan", kode: "1.2.06", uraian: `  ${keg}  ` },
      { ref: "4", tingkat: "program", kode: "", uraian: "tanpa kode: tidak diperiksa" },
    ]);
    expect(r.status).toBe(200);
    expect(r.body.versi).toMatchObject({ id: "kepmendagri-050-5889-2021", mulaiTahun: 2022, lengkap: false });
    expect(r.body.diperiksa).toBe(4);
    expect(r.body.temuan).toEqual([]);
  });

  it("a renamed code is a warning with the official name; an unknown code and an unreadable one are warnings", async () => {
    const resmi = cariKode("7.01.02.2.02.0003", 2024)!.nama;
    const r = await periksa(camat, "kecamatan-sei-balai", 2024, [
      { ref: "1.1", tingkat: "sub-kegiatan", kode: "2.2.02.3", uraian: "Pelayanan Masyarakat Kecamatan" },
      { ref: "1.2", tingkat: "sub-kegiatan", kode: "7.01.02.2.02.0099", uraian: "Sub Kegiatan Karangan" },
      { ref: "1.3", tingkat: "kegiatan", kode: "7.01.zz", uraian: "x" },
    ]);
    expect(r.status).toBe(200);
    expect(r.body.temuan.map((x) => [x.ref, x.jenis, x.kode, x.namaResmi])).toEqual([
      ["1.1", "nama_berbeda", "7.01.02.2.02.0003", resmi],
      ["1.2", "kode_tidak_dikenal", "7.01.02.2.02.0099", null],
      ["1.3", "kode_tidak_sah", "7.01.zz", null],
    ]);
    expect(r.body.temuan[0]!.pesan).toBe(
      `Baris 1.1: nama sub-kegiatan 7.01.02.2.02.0003 "Pelayanan Masyarakat Kecamatan" berbeda dengan nama resmi "${resmi}" (Permendagri 90/2019 sebagaimana dimutakhirkan dengan Kepmendagri 050-5889/2021)`,
    );
    expect(r.body.temuan[1]!.pesan).toContain("tidak ada dalam daftar nomenklatur yang dimuat (daftar sebagian)");
    expect(r.body.temuan[1]!.pesan).toContain("berlaku TA 2024");
  });

  it("the short form follows the OPD's unit code; codes outside the coverage are not checked", async () => {
    // Dinas Pendidikan (1.01): "2.2.02.3" is 1.01.02.2.02.0003, outside the shipped coverage (7.01, X.XX.01)
    const r = await periksa(dinas, "dinas-pendidikan", 2024, [
      { ref: "1", tingkat: "sub-kegiatan", kode: "2.2.02.3", uraian: "apa pun" },
      { ref: "2", tingkat: "sub-kegiatan", kode: "1.2.06.4", uraian: "Penyediaan Logistik" },
    ]);
    expect(r.status).toBe(200);
    // the penunjang program is X.XX.01 for every OPD: checked, renamed
    expect(r.body.temuan.map((x) => [x.ref, x.jenis, x.kode])).toEqual([["2", "nama_berbeda", "X.XX.01.2.06.0004"]]);
  });

  it("before the first version in force (TA 2021) nothing is checked", async () => {
    const r = await periksa(camat, "kecamatan-sei-balai", 2021, [
      { ref: "1", tingkat: "sub-kegiatan", kode: "7.01.02.2.02.0099", uraian: "x" },
    ]);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ versi: null, diperiksa: 0, temuan: [] });
  });

  it("another OPD's operator is refused; a bad row is a 400 naming the field", async () => {
    const lain = await periksa(dinas, "kecamatan-sei-balai", 2024, []);
    expect(lain.status).toBe(403);
    const salah = await periksa(camat, "kecamatan-sei-balai", 2024, [
      { ref: "1", tingkat: "urusan", kode: "7.01", uraian: "x" },
    ]);
    expect(salah.status).toBe(400);
    expect(JSON.stringify(salah.body)).toContain("tingkat");
  });
});

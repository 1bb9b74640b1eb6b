/**
 * Authorisation-matrix entries of the plans, PK and measurement routes (issue M1-04), spread into MATRIX in
 * authz-matrix.ts. Sample rows are created with the system ctx of the addressed place (idempotent: the same sample
 * every time), in years no other test uses (2030–2034).
 */
import { simpanDaftarPejabat } from "../../src/services/organisasi/simpan-pejabat";
import { simpanIndikator } from "../../src/services/perencanaan/simpan-indikator";
import { simpanRenstra } from "../../src/services/perencanaan/simpan-renstra";
import { unggahBukti } from "../../src/services/pengukuran/bukti";
import { simpanPk } from "../../src/services/pk/simpan-pk";
import { listPejabat } from "../../src/storage/repositories/pejabat-repository";
import { listSasaranOpd } from "../../src/storage/repositories/perencanaan-repository";
import { listKinerjaOpd } from "../../src/storage/repositories/pk-repository";
import type { MatrixEntry, Tempat } from "./authz-matrix";

const lingkup = (t: Tempat) => ({ pemda: t.pemdaSlug, opd: t.opdSlug });

async function indikatorContoh(t: Tempat): Promise<string> {
  await simpanRenstra(t.ctx, lingkup(t), {
    tahunAwal: 2030,
    tahunAkhir: 2034,
    namaDokumen: "Renstra contoh 2030-2034",
    misiNomor: [],
    tujuan: [
      {
        kode: "TX",
        teks: "Tujuan contoh",
        sasaran: [{ kode: "SX", teks: "Sasaran contoh", strategi: [], kebijakan: [] }],
      },
    ],
  });
  const { id } = await simpanIndikator(t.ctx, lingkup(t), {
    kode: "contoh",
    renstraTahunAwal: 2030,
    sasaranKode: "SX",
    nama: "Indikator contoh",
    iku: false,
    satuan: "%",
    polaritas: "positif",
    sumberRealisasi: "manual",
    target: { 2030: { teks: "100" } },
  });
  return id;
}

async function sasaranContoh(t: Tempat): Promise<string> {
  await indikatorContoh(t);
  const found = (await listSasaranOpd(t.ctx.db, t.opdId)).find((s) => s.kode === "SX");
  if (!found) throw new Error("sasaran contoh tidak ada");
  return found.id;
}

/** A pejabat of the OPD: an existing one (demo), or two samples (a head and a subordinate). */
export async function pejabatContoh(t: Tempat): Promise<string> {
  const ada = await listPejabat(t.ctx.db, t.pemdaId, t.opdId);
  if (ada[0]) return ada[0].id;
  await simpanDaftarPejabat(t.ctx, { pemda: t.pemdaSlug, opd: t.opdSlug }, [
    {
      kode: "kepala-contoh",
      peran: "kepala-opd",
      nama: "KEPALA CONTOH",
      nip: "198001012005011001",
      jabatan: "Kepala",
      eselon: "III",
    },
    {
      kode: "staf-contoh",
      peran: "pejabat",
      nama: "STAF CONTOH",
      nip: "198502022010012002",
      jabatan: "Kepala Seksi",
      eselon: "IV",
    },
  ]);
  return (await listPejabat(t.ctx.db, t.pemdaId, t.opdId))[0]!.id;
}

async function barisPkContoh(t: Tempat): Promise<string> {
  const ada = await listKinerjaOpd(t.ctx.db, t.opdId);
  if (ada[0]) return ada[0].id;
  await pejabatContoh(t);
  await simpanPk(t.ctx, lingkup(t), {
    kode: "pk-contoh-2030",
    tahun: 2030,
    jenis: "awal",
    level: "eselon-iv",
    pihakPertamaKode: "staf-contoh",
    pihakKeduaKode: "kepala-contoh",
    tempat: "Contoh",
    tanggal: "2030-01-31",
    kinerja: [
      {
        nomor: "1.",
        tingkat: "sasaran-kegiatan",
        sasaran: "Sasaran",
        indikator: "Indikator",
        satuan: "%",
        target: "100",
        anak: [],
      },
    ],
    anggaran: [],
  });
  return (await listKinerjaOpd(t.ctx.db, t.opdId))[0]!.id;
}

/** A small PNG evidence file of the sample indicator (a fresh one per request: DELETE removes it). */
async function buktiContoh(t: Tempat): Promise<string> {
  const indikatorId = await indikatorContoh(t);
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
  const row = await unggahBukti(t.ctx, lingkup(t), {
    indikatorId,
    tahun: 2030,
    periode: "tw1",
    namaBerkas: "contoh.png",
    isi: png,
  });
  return row.id;
}

/** Indicator ids per request (a body cannot await; its params function runs first). */
const indikatorPerPermintaan = new Map<number, string>();

const O = "/api/v1/pemda/{pemda}/opd/{opd}";
const RENSTRA_CONTOH = [
  { kode: "TX", teks: "Tujuan contoh", sasaran: [{ kode: "SX", teks: "Sasaran contoh", strategi: [], kebijakan: [] }] },
];
const tahun = () => ({ tahun: "2030" });

export const MATRIX_KINERJA: MatrixEntry[] = [
  // Organisasi (profil OPD)
  { method: "get", path: `${O}/profil`, izin: "organisasi.baca", scope: "opd" },
  { method: "put", path: `${O}/desa`, izin: "organisasi.ubah", scope: "opd", body: () => [] },
  {
    method: "put",
    path: `${O}/pejabat/{id}`,
    izin: "organisasi.ubah",
    scope: "opd",
    params: async (t) => ({ id: await pejabatContoh(t) }),
    body: () => ({ kode: "x", peran: "pejabat", nama: "X", jabatan: "X", nip: "bukan-nip" }),
  },
  // Perencanaan
  { method: "get", path: `${O}/perencanaan/{tahun}`, izin: "perencanaan.baca", scope: "opd", params: tahun },
  {
    method: "put",
    path: `${O}/indikator/{id}/target/{tahun}`,
    izin: "perencanaan.ubah",
    scope: "opd",
    params: async (t) => ({ id: await indikatorContoh(t), tahun: "2031" }),
    body: () => ({ target: "90,00" }),
  },
  // Perjanjian Kinerja
  { method: "get", path: `${O}/pk/{tahun}`, izin: "pk.baca", scope: "opd", params: tahun },
  { method: "get", path: `${O}/pk/{tahun}/kaskade`, izin: "pk.baca", scope: "opd", params: tahun },
  {
    method: "patch",
    path: `${O}/pk-baris/{id}`,
    izin: "pk.ubah",
    scope: "opd",
    params: async (t) => ({ id: await barisPkContoh(t) }),
    body: () => ({ target: "bukan target" }),
  },
  // Pengukuran
  { method: "get", path: `${O}/pengukuran/{tahun}`, izin: "pengukuran.baca", scope: "opd", params: tahun },
  {
    method: "put",
    path: `${O}/pengukuran/{tahun}/realisasi`,
    izin: "pengukuran.ubah",
    scope: "opd",
    params: async (t) => {
      indikatorPerPermintaan.set(t.seq, await indikatorContoh(t));
      return tahun();
    },
    body: (t) => ({ indikatorId: indikatorPerPermintaan.get(t.seq), periode: "tw1", nilai: "bukan angka" }),
  },
  { method: "get", path: `${O}/pengukuran/{tahun}/analisis`, izin: "pengukuran.baca", scope: "opd", params: tahun },
  {
    method: "put",
    path: `${O}/pengukuran/{tahun}/analisis/{sasaranId}`,
    izin: "pengukuran.ubah",
    scope: "opd",
    params: async (t) => ({ tahun: "2030", sasaranId: await sasaranContoh(t) }),
    body: () => ({ faktorPendukung: ["x"], faktorPenghambat: [], solusi: [], rekomendasi: [] }),
  },
  {
    method: "get",
    path: `${O}/pengukuran/{tahun}/indikator-program`,
    izin: "pengukuran.baca",
    scope: "opd",
    params: tahun,
  },
  { method: "get", path: `${O}/pembanding`, izin: "pengukuran.baca", scope: "opd" },
  { method: "get", path: `${O}/pembanding/kandidat`, izin: "pengukuran.baca", scope: "opd" },
  { method: "get", path: `${O}/catatan-sumber`, izin: "pengukuran.baca", scope: "opd" },
  // Bukti: no body (a multipart form is checked by the service after authorisation)
  { method: "post", path: `${O}/pengukuran/{tahun}/bukti`, izin: "pengukuran.ubah", scope: "opd", params: tahun },
  {
    method: "get",
    path: `${O}/bukti/{id}`,
    izin: "pengukuran.baca",
    scope: "opd",
    params: async (t) => ({ id: await buktiContoh(t) }),
  },
  {
    method: "delete",
    path: `${O}/bukti/{id}`,
    izin: "pengukuran.ubah",
    scope: "opd",
    params: async (t) => ({ id: await buktiContoh(t) }),
  },
  // Tabel XLSX (a minimal non-XLSX body: allowed roles get 400 "berkas ditolak", nothing is written)
  {
    method: "get",
    path: `${O}/tabel/{tabel}/{tahun}/xlsx`,
    izin: "pengukuran.baca",
    scope: "opd",
    params: () => ({ tabel: "realisasi", tahun: "2030" }),
  },
  {
    method: "get",
    path: `${O}/tabel/{tabel}/{tahun}/templat`,
    izin: "pengukuran.baca",
    scope: "opd",
    params: () => ({ tabel: "realisasi", tahun: "2030" }),
  },
  {
    method: "post",
    path: `${O}/tabel/{tabel}/{tahun}/xlsx`,
    izin: "pengukuran.ubah",
    scope: "opd",
    params: () => ({ tabel: "realisasi", tahun: "2030" }),
    body: () => ({ bukan: "xlsx" }),
  },
  // Whole-document saves
  {
    method: "put",
    path: "/api/v1/pemda/{pemda}/rpjmd/{tahunAwal}",
    izin: "perencanaan.ubah",
    scope: "pemda",
    params: () => ({ tahunAwal: "2040" }),
    body: () => ({ tahunAkhir: 2044, visi: "Visi uji", kataKunci: [], misi: [{ nomor: 1, teks: "Misi uji" }] }),
  },
  {
    method: "put",
    path: `${O}/renstra/{tahunAwal}`,
    izin: "perencanaan.ubah",
    scope: "opd",
    params: () => ({ tahunAwal: "2030" }),
    body: () => ({ tahunAkhir: 2034, namaDokumen: "Renstra contoh 2030-2034", misiNomor: [], tujuan: RENSTRA_CONTOH }),
  },
  {
    method: "put",
    path: `${O}/indikator-renstra/{kode}`,
    izin: "perencanaan.ubah",
    scope: "opd",
    params: async (t) => {
      await indikatorContoh(t);
      return { kode: "contoh" };
    },
    body: () => ({
      renstraTahunAwal: 2030,
      sasaranKode: "SX",
      nama: "Indikator contoh",
      iku: false,
      satuan: "%",
      polaritas: "positif",
      sumberRealisasi: "manual",
      target: { "2030": { teks: "100" } },
    }),
  },
  {
    method: "put",
    path: `${O}/pk-dokumen/{kode}`,
    izin: "pk.ubah",
    scope: "opd",
    params: async (t) => {
      await pejabatContoh(t);
      return { kode: "pk-uji-2031" };
    },
    body: (t) => ({
      tahun: 2031,
      jenis: "awal",
      level: "eselon-iv",
      pihakPertamaKode: t.opdSlug === "kecamatan-sei-balai" ? "kasi-pemerintahan" : "staf-contoh",
      pihakKeduaKode: t.opdSlug === "kecamatan-sei-balai" ? "camat" : "kepala-contoh",
      tempat: "Uji",
      tanggal: "2031-01-31",
      kinerja: [
        {
          nomor: "1.",
          tingkat: "sasaran-kegiatan",
          sasaran: "S",
          indikator: "I",
          satuan: "%",
          target: "100",
          anak: [],
        },
      ],
      anggaran: [{ nomor: "1.", tingkat: "kegiatan", uraian: "K", anggaran: "1000000", keterangan: "APBD", anak: [] }],
    }),
  },
  {
    method: "put",
    path: `${O}/hasil-survei/{kode}`,
    izin: "skm.ubah",
    scope: "opd",
    params: () => ({ kode: "skm-uji-2031" }),
    body: () => ({
      tahun: 2031,
      periodeMulai: "2031-01-01",
      periodeSelesai: "2031-12-31",
      responden: 10,
      jenisMasukan: "jumlah",
      nilai: { u1: 30, u2: 30, u3: 30, u4: 30, u5: 30, u6: 30, u7: 30, u8: 30, u9: 30 },
    }),
  },
  {
    method: "put",
    path: `${O}/hasil-akip/{tahun}`,
    izin: "evaluasi.ubah",
    scope: "opd",
    params: () => ({ tahun: "2031" }),
    body: () => ({
      kerangka: "88/2021",
      komponen: { perencanaan: "20", pengukuran: "20", pelaporan: "10", evaluasi: "15" },
    }),
  },
  {
    method: "put",
    path: `${O}/profil-teks`,
    izin: "organisasi.ubah",
    scope: "opd",
    body: () => ({ tugas: "Tugas uji", fungsi: [], dasarHukum: [], inovasi: [] }),
  },
  {
    method: "put",
    path: `${O}/unit-kerja`,
    izin: "organisasi.ubah",
    scope: "opd",
    body: () => [{ kode: "induk-uji", nama: "Unit uji", jenis: "pimpinan", indukKode: "tidak-ada" }],
  },
  // an empty list would remove pejabat who sign PKs: the service refuses it (400) after authorising
  { method: "put", path: `${O}/pejabat`, izin: "organisasi.ubah", scope: "opd", body: () => [] },
  {
    method: "put",
    path: `${O}/pengukuran/{tahun}/indikator-program`,
    izin: "pengukuran.ubah",
    scope: "opd",
    params: () => ({ tahun: "2031" }),
    body: () => [],
  },
  {
    method: "put",
    path: `${O}/pembanding`,
    izin: "pengukuran.ubah",
    scope: "opd",
    body: () => ({ peerOpdSlug: null, namaPeer: "Pembanding uji", nilai: [] }),
  },
];

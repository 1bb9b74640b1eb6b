/**
 * Authorisation-matrix entries of the budget routes (issue 6), spread into MATRIX (authz-matrix.ts). Mutations
 * address a year of their own per request, so an allowed call never depends on an earlier one.
 */
import type { MatrixEntry, Tempat } from "./authz-matrix";

const BASE = "/api/v1/pemda/{pemda}/opd/{opd}/anggaran/{tahun}";

/** A two-line template file (one program, kegiatan, sub-kegiatan) as the JSON upload body. */
const TEMPLAT = [
  "Kode,Uraian,Anggaran Murni,Anggaran Perubahan,Realisasi Pegawai,Realisasi Barang dan Jasa,Realisasi Modal,Sumber Dana",
  "7.01.02,PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK,,,,,,",
  "7.01.02.2.02,Penyelenggaraan Urusan Pemerintahan,,,,,,",
  "7.01.02.2.02.0003,Peningkatan Efektifitas Pelayanan,1000000,,0,500000,0,DAU",
].join("\n");
const unggah = () => ({ namaBerkas: "uji.csv", isiBase64: Buffer.from(TEMPLAT).toString("base64") });
const tahunBaru = (t: Tempat) => ({ tahun: String(2040 + (t.seq % 50)) });

export const MATRIX_ANGGARAN: MatrixEntry[] = [
  { method: "get", path: `${BASE}/pohon`, izin: "anggaran.baca", scope: "opd", params: () => ({ tahun: "2023" }) },
  { method: "get", path: `${BASE}/ringkasan`, izin: "anggaran.baca", scope: "opd", params: () => ({ tahun: "2023" }) },
  { method: "get", path: `${BASE}/tabel`, izin: "anggaran.baca", scope: "opd", params: () => ({ tahun: "2023" }) },
  // issue 18: the stored breakdown and a sasaran's links, read with their ETag
  { method: "get", path: `${BASE}/kelas`, izin: "anggaran.baca", scope: "opd", params: () => ({ tahun: "2023" }) },
  {
    method: "get",
    path: `${BASE}/sasaran/{sasaran}`,
    izin: "anggaran.baca",
    scope: "opd",
    params: () => ({ tahun: "2023", sasaran: "S1" }),
  },
  {
    method: "get",
    path: `${BASE}/templat`,
    izin: "anggaran.baca",
    scope: "opd",
    params: () => ({ tahun: "2023" }),
    query: () => ({ format: "csv" }),
  },
  {
    method: "get",
    path: `${BASE}/ekspor`,
    izin: "anggaran.baca",
    scope: "opd",
    params: () => ({ tahun: "2023" }),
    query: () => ({ tabel: "program" }),
  },
  {
    method: "post",
    path: `${BASE}/impor/pratinjau`,
    izin: "anggaran.ubah",
    scope: "opd",
    params: tahunBaru,
    body: unggah,
  },
  {
    method: "post",
    path: `${BASE}/impor/konfirmasi`,
    izin: "anggaran.ubah",
    scope: "opd",
    params: tahunBaru,
    body: unggah,
  },
  {
    method: "put",
    path: `${BASE}/kelas`,
    izin: "anggaran.ubah",
    scope: "opd",
    params: tahunBaru,
    body: () => ({ baris: [{ akun: "5.1.02", anggaran: "1000000" }] }),
  },
  {
    method: "put",
    path: `${BASE}/sasaran/{sasaran}`,
    izin: "anggaran.ubah",
    scope: "opd",
    params: (t) => ({ ...tahunBaru(t), sasaran: "S1" }),
    body: () => ({ kode: [] }),
  },
];

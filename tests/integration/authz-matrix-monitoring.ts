/** Authorisation-matrix entries of the monitoring routes (issue 15), spread into MATRIX (authz-matrix.ts). */
import type { MatrixEntry } from "./authz-matrix";

export const MATRIX_MONITORING: MatrixEntry[] = [
  {
    method: "get",
    path: "/api/v1/pemda/{pemda}/monitoring/{tahun}",
    izin: "monitoring.baca",
    scope: "pemda",
    params: () => ({ tahun: "2023" }),
  },
  {
    method: "get",
    path: "/api/v1/pemda/{pemda}/monitoring/{tahun}/xlsx",
    izin: "monitoring.baca",
    scope: "pemda",
    params: () => ({ tahun: "2023" }),
  },
  {
    method: "get",
    path: "/api/v1/pemda/{pemda}/tenggat/{tahun}",
    izin: "organisasi.baca",
    scope: "pemda",
    params: () => ({ tahun: "2024" }),
  },
  {
    method: "get",
    path: "/api/v1/pemda/{pemda}/tenggat/{tahun}/riwayat",
    izin: "organisasi.baca",
    scope: "pemda",
    params: () => ({ tahun: "2024" }),
  },
  {
    method: "put",
    path: "/api/v1/pemda/{pemda}/tenggat/{tahun}",
    izin: "pemda.kelola",
    scope: "pemda",
    params: () => ({ tahun: "2024" }),
    body: () => ({ baris: [{ jenis: "pk", tanggal: "2024-01-31" }] }),
  },
  {
    method: "get",
    path: "/api/v1/pemda/{pemda}/daftar-kerja",
    izin: "organisasi.baca",
    scope: "pemda",
  },
];

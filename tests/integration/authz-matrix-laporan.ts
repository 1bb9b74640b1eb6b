/**
 * Authorisation-matrix entries of the LKjIP routes (issue 7), spread into MATRIX (authz-matrix.ts). Reads use 2023
 * (the demo report); mutations address a year of their own per request. The PK route is called with an invalid NIP
 * (400 after the permission check), so an OPD without any PK still proves access.
 * Importing this file installs the document renderers, as `sakip serve` does (src/cli/penyaji.ts).
 */
import { pasangPenyaji } from "../../src/cli/penyaji";
import type { MatrixEntry, Tempat } from "./authz-matrix";

pasangPenyaji();

const BASE = "/api/v1/pemda/{pemda}/opd/{opd}/laporan/{tahun}";
const tahun2023 = () => ({ tahun: "2023" });
const tahunBaru = (t: Tempat) => ({ tahun: String(2040 + (t.seq % 50)) });

export const MATRIX_LAPORAN: MatrixEntry[] = [
  { method: "get", path: BASE, izin: "laporan.baca", scope: "opd", params: tahun2023 },
  { method: "get", path: `${BASE}/pratinjau`, izin: "laporan.baca", scope: "opd", params: tahun2023 },
  {
    method: "get",
    path: `${BASE}/unduh`,
    izin: "laporan.baca",
    scope: "opd",
    params: tahun2023,
    query: () => ({ format: "html" }),
  },
  {
    method: "get",
    path: `${BASE}/pk`,
    izin: "laporan.baca",
    scope: "opd",
    params: tahun2023,
    query: () => ({ format: "pdf", pejabat: "123" }),
  },
  { method: "get", path: `${BASE}/teks`, izin: "laporan.baca", scope: "opd", params: tahun2023 },
  {
    method: "put",
    path: `${BASE}/teks/{kode}`,
    izin: "laporan.buat",
    scope: "opd",
    params: (t) => ({ ...tahunBaru(t), kode: "kata-pengantar" }),
    body: (t) => ({ paragraf: [`Kata pengantar uji ${t.seq}.`] }),
  },
  {
    method: "put",
    path: `${BASE}/penandatangan/{dokumen}`,
    izin: "laporan.buat",
    scope: "opd",
    params: (t) => ({ ...tahunBaru(t), dokumen: "lkjip" }),
    body: (t) => ({ tempat: `Tempat ${t.seq}`, tanggal: "2024-02-18", pejabatId: null }),
  },
  { method: "get", path: `${BASE}/narasi`, izin: "laporan.baca", scope: "opd", params: tahun2023 },
  {
    method: "put",
    path: `${BASE}/narasi/{kunci}`,
    izin: "laporan.buat",
    scope: "opd",
    // An empty text is refused (400) after the permission check, whatever paragraphs the OPD's report has.
    params: (t) => ({ ...tahunBaru(t), kunci: "bab1.wilayah" }),
    body: () => ({ teks: "" }),
  },
  {
    method: "delete",
    path: `${BASE}/narasi/{kunci}`,
    izin: "laporan.buat",
    scope: "opd",
    params: (t) => ({ ...tahunBaru(t), kunci: "bab1.wilayah" }),
  },
];

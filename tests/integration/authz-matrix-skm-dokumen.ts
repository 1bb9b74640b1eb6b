/**
 * Authorisation-matrix entries of the SKM document routes (issue 12): called with a period kode that fails its
 * pattern, which the service checks after the permission ("skm.baca", own OPD) — a 400 proves access without
 * rendering a document per role. Importing this file installs the renderers, as `sakip serve` does.
 */
import { pasangPenyaji } from "../../src/cli/penyaji";
import type { MatrixEntry } from "./authz-matrix";

pasangPenyaji();

const BASE = "/api/v1/pemda/{pemda}/opd/{opd}/skm/periode/{periode}";
const periodeSalah = () => ({ periode: "!salah" });

export const MATRIX_SKM_DOKUMEN: MatrixEntry[] = [
  {
    method: "get",
    path: `${BASE}/laporan`,
    izin: "skm.baca",
    scope: "opd",
    params: periodeSalah,
    query: () => ({ format: "pdf" }),
  },
  {
    method: "get",
    path: `${BASE}/publikasi`,
    izin: "skm.baca",
    scope: "opd",
    params: periodeSalah,
    query: () => ({ format: "png" }),
  },
];

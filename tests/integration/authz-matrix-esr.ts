/**
 * Authorisation-matrix entries of the ESR bundle and the TTE provider per Pemda (issue 17, ADR 0039), spread into
 * MATRIX (authz-matrix.ts); also the nomenclature check of form rows (ADR 0043). The PUT body has an address that is not http(s): an allowed caller gets a 400.
 */
import type { MatrixEntry } from "./authz-matrix";

const P = "/api/v1/pemda/{pemda}";

export const MATRIX_ESR: MatrixEntry[] = [
  {
    method: "get",
    path: `${P}/opd/{opd}/esr/{tahun}`,
    izin: "laporan.baca",
    scope: "opd",
    params: () => ({ tahun: "2031" }),
  },
  { method: "get", path: `${P}/pengaturan/tte`, izin: "organisasi.baca", scope: "pemda" },
  {
    method: "put",
    path: `${P}/pengaturan/tte`,
    izin: "pemda.kelola",
    scope: "pemda",
    body: () => ({ penyedia: "bsre", alamat: "ftp://bukan-http" }),
  },
  // ADR 0043: nomenclature check of budget rows typed in a form (read-only)
  {
    method: "post",
    path: `${P}/opd/{opd}/anggaran/{tahun}/nomenklatur/periksa`,
    izin: "anggaran.baca",
    scope: "opd",
    params: () => ({ tahun: "2024" }),
    body: () => ({ baris: [{ ref: "1", tingkat: "program", kode: "7.01.02", uraian: "Program Uji" }] }),
  },
];

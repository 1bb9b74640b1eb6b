/** Authorisation-matrix entries of the reminder routes (issue 15, ADR 0035), spread into MATRIX (authz-matrix.ts). */
import type { MatrixEntry } from "./authz-matrix";

export const MATRIX_PENGINGAT: MatrixEntry[] = [
  { method: "get", path: "/api/v1/pemda/{pemda}/pemberitahuan", izin: "organisasi.baca", scope: "pemda" },
  {
    method: "post",
    path: "/api/v1/pemda/{pemda}/pemberitahuan/dibaca",
    izin: "organisasi.baca",
    scope: "pemda",
    body: () => ({}),
  },
  { method: "get", path: "/api/v1/pemda/{pemda}/pengingat/kiriman", izin: "pemda.kelola", scope: "pemda" },
  { method: "post", path: "/api/v1/pemda/{pemda}/pengingat/jalankan", izin: "pemda.kelola", scope: "pemda" },
];

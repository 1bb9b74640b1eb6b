/**
 * Authorisation-matrix entries of the SKM public survey's OPD routes (issue 12, ADR 0021): each request gets a
 * service of its own in the addressed OPD (created by the system actor), so an allowed call finds it.
 */
import { simpanLayananSkm } from "../../src/services/skm/layanan";
import type { MatrixEntry, Tempat } from "./authz-matrix";

const BASE = "/api/v1/pemda/{pemda}/opd/{opd}/skm/layanan/{layanan}";

async function layananBaru(t: Tempat): Promise<Record<string, string>> {
  const kode = `mx-${t.opdSlug.slice(0, 12).replace(/-+$/, "")}-${t.seq}`;
  await simpanLayananSkm(t.ctx, { pemda: t.pemdaSlug, opd: t.opdSlug }, kode, { nama: `Layanan uji ${t.seq}` });
  return { layanan: kode };
}

export const MATRIX_SKM_PUBLIK: MatrixEntry[] = [
  { method: "get", path: `${BASE}/poster`, izin: "skm.baca", scope: "opd", params: layananBaru },
  { method: "get", path: `${BASE}/kode-sekali`, izin: "skm.baca", scope: "opd", params: layananBaru },
  {
    method: "post",
    path: `${BASE}/kode-sekali`,
    izin: "skm.ubah",
    scope: "opd",
    params: layananBaru,
    body: () => ({ jumlah: 2 }),
  },
  {
    method: "put",
    path: `${BASE}/kode-sekali/wajib`,
    izin: "skm.ubah",
    scope: "opd",
    params: layananBaru,
    body: () => ({ wajibKode: true }),
  },
];

/**
 * Authorisation-matrix entries of the Pemda administration routes (issue M1-04 "Organisation"), spread into MATRIX
 * in authz-matrix.ts. Writes need "pemda.kelola" (admin only; OPD-bound users are refused as for any Pemda-wide
 * write). Bodies are well-typed but refused by the service after the permission check (400), so allowed calls
 * prove access without changing the demo: an unreadable kode unit, an empty nama, a missing logo body.
 * GET …/logo needs a stored logo to answer 200, so its params store one first (idempotent: same bytes).
 */
import { Resvg } from "@resvg/resvg-js";
import { unggahLogoPemda } from "../../src/services/organisasi/logo-pemda";
import type { MatrixEntry, Tempat } from "./authz-matrix";

/** A real PNG drawn by resvg (a coloured square with a circle), `sisi` pixels wide and high. */
export function pngUji(sisi = 64, warna = "#1c7ed6"): Uint8Array {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${sisi}" height="${sisi}"><rect width="100%" height="100%" fill="${warna}"/><circle cx="50%" cy="50%" r="30%" fill="#fff"/></svg>`;
  return new Uint8Array(new Resvg(svg).render().asPng());
}

async function logoContoh(t: Tempat): Promise<Record<string, string>> {
  await unggahLogoPemda(t.ctx, t.pemdaSlug, pngUji());
  return {};
}

const P = "/api/v1/pemda/{pemda}";

export const MATRIX_ORGANISASI: MatrixEntry[] = [
  {
    method: "post",
    path: `${P}/opd`,
    izin: "pemda.kelola",
    scope: "pemda",
    body: (t) => ({ slug: `opd-matriks-${t.seq}`, nama: "OPD Matriks", jenis: "dinas", kode: "bukan-kode" }),
  },
  {
    method: "put",
    path: `${P}/opd/{opd}`,
    izin: "pemda.kelola",
    scope: "pemda",
    body: () => ({ nama: "OPD Matriks", jenis: "kecamatan", kode: "bukan-kode" }),
  },
  { method: "get", path: `${P}/profil`, izin: "organisasi.baca", scope: "pemda" },
  {
    method: "put",
    path: `${P}/profil`,
    izin: "pemda.kelola",
    scope: "pemda",
    body: () => ({ nama: " ", provinsi: "Sumatera Utara" }),
  },
  { method: "get", path: `${P}/logo`, izin: "organisasi.baca", scope: "pemda", params: logoContoh },
  // No body: the service authorises, then refuses the empty upload (400).
  { method: "put", path: `${P}/logo`, izin: "pemda.kelola", scope: "pemda" },
  { method: "delete", path: `${P}/logo`, izin: "pemda.kelola", scope: "pemda" },
  // issue 11: Pemda settings (an unknown version: the service authorises, then refuses with 400)
  { method: "get", path: `${P}/pengaturan`, izin: "organisasi.baca", scope: "pemda" },
  {
    method: "put",
    path: `${P}/pengaturan`,
    izin: "pemda.kelola",
    scope: "pemda",
    body: () => ({ aturan: { ikm: "bukan-versi" } }),
  },
];

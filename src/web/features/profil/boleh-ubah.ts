/** Whether the signed-in user may edit the organisation profile of an OPD. */
import { useAuth } from "../../auth/AuthProvider";

/** The path parameters of one OPD's routes (`/api/v1/pemda/{pemda}/opd/{opd}/…`) for the typed client. */
export interface JalurOpd {
  pemda: string;
  opd: string;
}

/** Slug of the OPD in an API prefix "/api/v1/pemda/{pemda}/opd/{opd}". */
export function opdDariApi(api: string): string | null {
  return /\/opd\/([^/]+)/.exec(api)?.[1] ?? null;
}

/** The same check for the OPD addressed by an API prefix ("/api/v1/pemda/{pemda}/opd/{opd}"). */
export function useBolehUbahOrganisasi(api: string): boolean {
  return useBolehUbahOpd(opdDariApi(api));
}

/**
 * "organisasi.ubah" and, for a user bound to an OPD, only that OPD (the server checks the same with `authorize`;
 * this only hides what it would refuse).
 */
export function useBolehUbahOpd(opd: string | null): boolean {
  const { punya, pengguna } = useAuth();
  if (!punya("organisasi.ubah")) return false;
  const terikat = pengguna?.opd?.slug ?? null;
  return terikat === null || terikat === opd;
}

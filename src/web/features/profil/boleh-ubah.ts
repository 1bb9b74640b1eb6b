/** Whether the signed-in user may edit the organisation profile of the OPD addressed by `api`. */
import { useAuth } from "../../auth/AuthProvider";

/** Slug of the OPD in an API prefix "/api/v1/pemda/{pemda}/opd/{opd}". */
export function opdDariApi(api: string): string | null {
  return /\/opd\/([^/]+)/.exec(api)?.[1] ?? null;
}

/**
 * "organisasi.ubah" and, for a user bound to an OPD, only that OPD (the server checks the same with `authorize`;
 * this only hides what it would refuse).
 */
export function useBolehUbahOrganisasi(api: string): boolean {
  const { punya, pengguna } = useAuth();
  if (!punya("organisasi.ubah")) return false;
  const terikat = pengguna?.opd?.slug ?? null;
  return terikat === null || terikat === opdDariApi(api);
}

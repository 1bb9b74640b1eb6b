/**
 * Which OPD and year a plans/PK/measurement page shows: from the URL (?opd=…&tahun=…) so a page can be linked,
 * defaulting to the signed-in user's OPD (a Pemda-wide user picks one) and to the latest year with data.
 */
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useSearchParams } from "react-router";
import { jawab, klien } from "../../api/client";
import { kunci, opdDariApi } from "../../api/kueri";
import { useAuth } from "../../auth/AuthProvider";

export interface OpdRingkas {
  slug: string;
  nama: string;
}

export interface Lingkup {
  pemda: string;
  opd: string | null;
  tahun: number | null;
  daftarOpd: OpdRingkas[];
  setOpd(slug: string): void;
  setTahun(tahun: number): void;
  /** The API prefix of the chosen OPD ("/api/v1/pemda/batu-bara/opd/kecamatan-sei-balai"). */
  api: string | null;
}

export function useLingkup(): Lingkup {
  const { pengguna } = useAuth();
  const [params, setParams] = useSearchParams();
  const pemda = pengguna?.pemda.slug ?? "";
  const terikat = pengguna?.opd?.slug ?? null;
  // a user bound to an OPD sees only that one; a Pemda-wide user picks from the Pemda's OPD list
  const q = useQuery({
    queryKey: kunci.daftarOpd(pemda),
    queryFn: () => jawab(klien.GET("/api/v1/pemda/{pemda}/opd", { params: { path: { pemda } } })),
    enabled: Boolean(pemda) && !terikat,
  });
  const daftarDibaca = q.isError ? undefined : q.data;
  const daftarOpd = useMemo<OpdRingkas[]>(
    () =>
      terikat
        ? [{ slug: terikat, nama: pengguna?.opd?.nama ?? terikat }]
        : (daftarDibaca ?? []).map((o) => ({ slug: o.slug, nama: o.nama })),
    [terikat, pengguna?.opd?.nama, daftarDibaca],
  );

  // the user's own OPD, else the one in the URL, else the first OPD of the Pemda's list (in the list's order)
  const opd = terikat ?? params.get("opd") ?? daftarOpd[0]?.slug ?? null;
  const tahunTeks = params.get("tahun");
  const tahun = tahunTeks && /^\d{4}$/.test(tahunTeks) ? Number(tahunTeks) : null;

  return useMemo(
    () => ({
      pemda,
      opd,
      tahun,
      daftarOpd,
      setOpd(slug: string) {
        const next = new URLSearchParams(params);
        next.set("opd", slug);
        next.delete("tahun");
        setParams(next);
      },
      setTahun(t: number) {
        const next = new URLSearchParams(params);
        next.set("tahun", String(t));
        setParams(next);
      },
      api: opd ? `/api/v1/pemda/${pemda}/opd/${opd}` : null,
    }),
    [pemda, opd, tahun, daftarOpd, params, setParams],
  );
}

/** The year to show when the URL has none: the latest year with data not after last year, else last year. */
export function tahunBawaan(tersedia: readonly number[], sekarang = new Date().getFullYear()): number {
  const cocok = tersedia.filter((t) => t <= sekarang);
  return cocok.at(-1) ?? tersedia.at(-1) ?? sekarang - 1;
}

/** Years with data of the chosen OPD (from the measurement read model), for the year pickers and the default year. */
export function useTahunTersedia(api: string | null): number[] | null {
  const o = opdDariApi(api ?? "");
  const tahun = new Date().getFullYear();
  const q = useQuery({
    queryKey: kunci.tahunTersedia(o),
    queryFn: () =>
      jawab(klien.GET("/api/v1/pemda/{pemda}/opd/{opd}/pengukuran/{tahun}", { params: { path: { ...o, tahun } } })),
    enabled: api !== null,
  });
  if (!api) return null;
  // an unreadable measurement leaves no year to offer (the pages then fall back to last year)
  if (q.isError) return [];
  return q.data?.tahunTersedia ?? null;
}

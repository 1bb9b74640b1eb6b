/**
 * Which OPD and year a plans/PK/measurement page shows: from the URL (?opd=…&tahun=…) so a page can be linked,
 * defaulting to the signed-in user's OPD (a Pemda-wide user picks one) and to the latest year with data.
 */
import { useEffect, useMemo, useState } from "react";
import { useSearchParams } from "react-router";
import { getJson } from "../../api/client";
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

const OPD_BAWAAN = "kecamatan-sei-balai";

export function useLingkup(): Lingkup {
  const { pengguna } = useAuth();
  const [params, setParams] = useSearchParams();
  const [daftarOpd, setDaftarOpd] = useState<OpdRingkas[]>([]);
  const pemda = pengguna?.pemda.slug ?? "";
  const terikat = pengguna?.opd?.slug ?? null;

  useEffect(() => {
    if (!pemda) return;
    if (terikat) {
      setDaftarOpd([{ slug: terikat, nama: pengguna?.opd?.nama ?? terikat }]);
      return;
    }
    getJson<OpdRingkas[]>(`/api/v1/pemda/${pemda}/opd`).then(setDaftarOpd, () => setDaftarOpd([]));
  }, [pemda, terikat, pengguna?.opd?.nama]);

  const opd =
    terikat ?? params.get("opd") ?? (daftarOpd.find((o) => o.slug === OPD_BAWAAN)?.slug || daftarOpd[0]?.slug || null);
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
  const [tahun, setTahun] = useState<number[] | null>(null);
  useEffect(() => {
    if (!api) return;
    getJson<{ tahunTersedia: number[] }>(`${api}/pengukuran/${new Date().getFullYear()}`).then(
      (d) => setTahun(d.tahunTersedia),
      () => setTahun([]),
    );
  }, [api]);
  return tahun;
}

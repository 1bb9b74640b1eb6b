/**
 * What the PK form picks from, read with TanStack Query over the typed client (ADR 0047): the pejabat (OPD + Kepala
 * Daerah), the Renstra indicators of the year and the candidate cascade parents. An unreadable list is empty.
 */
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { jawab, klien } from "../../api/client";
import { kunci, type OpdKunci } from "../../api/kueri";
import type { IndikatorRenstra } from "./BarisKinerjaPk";
import type { LevelPk } from "./tipe";

export interface Pejabat {
  kode: string;
  nama: string;
  jabatan: string;
}

/** Reads the pejabat (OPD + Kepala Daerah) and the Renstra indicators of the year to pick from. */
export function usePilihanPk(o: OpdKunci, tahun: number): { pejabat: Pejabat[]; indikator: IndikatorRenstra[] } {
  const path = { ...o, tahun };
  const qProfil = useQuery({
    queryKey: kunci.profil(o),
    queryFn: () => jawab(klien.GET("/api/v1/pemda/{pemda}/opd/{opd}/profil", { params: { path: o } })),
  });
  // the same answer (and key) as the Perencanaan page's
  const qRencana = useQuery({
    queryKey: kunci.perencanaan(o, tahun),
    queryFn: () => jawab(klien.GET("/api/v1/pemda/{pemda}/opd/{opd}/perencanaan/{tahun}", { params: { path } })),
  });
  const profil = qProfil.isError ? undefined : qProfil.data;
  const rencana = qRencana.isError ? undefined : qRencana.data;
  const pejabat = useMemo<Pejabat[]>(() => {
    if (!profil) return [];
    const kd = profil.pemda.kepalaDaerah;
    return [...(kd ? [kd] : []), ...profil.pejabat];
  }, [profil]);
  const indikator = useMemo<IndikatorRenstra[]>(
    () =>
      (rencana?.renstra?.tujuan ?? []).flatMap((tj) =>
        tj.sasaran.flatMap((s) =>
          s.indikator.map((i) => ({
            kode: i.kode,
            nama: i.nama,
            satuan: i.satuan,
            sasaran: s.teks,
            target: i.target.find((x) => x.tahun === tahun)?.target ?? null,
          })),
        ),
      ),
    [rencana, tahun],
  );
  return { pejabat, indikator };
}

/** Candidate cascade parent rows for the level and Pihak Kedua chosen (GET …/pk/{tahun}/induk-kaskade). */
export function useKandidat(o: OpdKunci, tahun: number, level: LevelPk, pihak2: string | null, kode?: string) {
  const query = { level, ...(pihak2 ? { pihakKedua: pihak2 } : {}), ...(kode ? { kecuali: kode } : {}) };
  const q = useQuery({
    queryKey: kunci.indukKaskade(o, tahun, JSON.stringify(query)),
    queryFn: () =>
      jawab(
        klien.GET("/api/v1/pemda/{pemda}/opd/{opd}/pk/{tahun}/induk-kaskade", {
          params: { path: { ...o, tahun }, query },
        }),
      ),
  });
  return q.isError ? null : (q.data ?? null);
}

/**
 * Server state of the web (ADR 0047): TanStack Query over the typed client `klien` (ADR 0034). A page reads with
 * `useQuery({ queryKey: kunci.…, queryFn: () => jawab(klien.GET(…)) })` — or the ready hooks below — and after a
 * write invalidates the keys the write changed (`useSegarkan()(kunci.…)`), so every page showing them reloads.
 *
 * Defaults: an answer is fresh for 30 s (switching tabs or years back and forth does not refetch), a failed read is
 * retried twice unless the server refused it (4xx: retrying cannot help, and a 401 has already sent the user to the
 * sign-in page); writes (mutations) are never retried — only GETs are idempotent.
 */
import { QueryClient, useQuery, useQueryClient, type QueryKey } from "@tanstack/react-query";
import { useCallback } from "react";
import { ApiError, jawab, klien } from "./client";

/** One OPD of one Pemda: the path parameters of every plans/PK/measurement route. */
export interface OpdKunci {
  pemda: string;
  opd: string;
}

/** The Pemda and OPD of an OPD's API prefix ("/api/v1/pemda/batu-bara/opd/kecamatan-sei-balai"). */
export function opdDariApi(api: string): OpdKunci {
  const m = /^\/api\/v1\/pemda\/([^/]+)\/opd\/([^/]+)/.exec(api);
  return { pemda: m?.[1] ?? "", opd: m?.[2] ?? "" };
}

/** Whether a failed read is worth another try: network errors and 5xx yes, a refusal (4xx) no; at most twice. */
export function bolehUlang(kegagalan: number, galat: unknown): boolean {
  if (galat instanceof ApiError && galat.status >= 400 && galat.status < 500) return false;
  return kegagalan < 2;
}

export function buatQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: bolehUlang, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}

/**
 * Query keys, one per route, from the widest to the narrowest part: invalidating `kunci.opd(o)` reloads every answer
 * of that OPD, `kunci.pk(o)` every year's PK list and cascade.
 */
export const kunci = {
  opd: (o: OpdKunci) => ["opd", o.pemda, o.opd] as const,
  perencanaan: (o: OpdKunci, tahun?: number) =>
    [...kunci.opd(o), "perencanaan", ...(tahun === undefined ? [] : [tahun])] as const,
  pk: (o: OpdKunci, tahun?: number) => [...kunci.opd(o), "pk", ...(tahun === undefined ? [] : [tahun])] as const,
  kaskade: (o: OpdKunci, tahun: number) => [...kunci.pk(o, tahun), "kaskade"] as const,
  pengukuran: (o: OpdKunci, tahun?: number) =>
    [...kunci.opd(o), "pengukuran", ...(tahun === undefined ? [] : [tahun])] as const,
  analisis: (o: OpdKunci, tahun: number) => [...kunci.pengukuran(o, tahun), "analisis"] as const,
  indikatorProgram: (o: OpdKunci, tahun: number) => [...kunci.pengukuran(o, tahun), "indikator-program"] as const,
  pembanding: (o: OpdKunci) => [...kunci.opd(o), "pembanding"] as const,
  pembandingKandidat: (o: OpdKunci) => [...kunci.pembanding(o), "kandidat"] as const,
  tahunTersedia: (o: OpdKunci) => [...kunci.opd(o), "tahun-tersedia"] as const,
  /** The OPD's period status of one year as the plans show it (reloaded with the plans when the status changes). */
  statusRencana: (o: OpdKunci, tahun: number) => [...kunci.perencanaan(o, tahun), "status-periode"] as const,
  profil: (o: OpdKunci) => [...kunci.opd(o), "profil"] as const,
  indukKaskade: (o: OpdKunci, tahun: number, syarat: string) =>
    [...kunci.pk(o, tahun), "induk-kaskade", syarat] as const,
  renaksi: (o: OpdKunci, tahun?: number) =>
    [...kunci.opd(o), "renaksi", ...(tahun === undefined ? [] : [tahun])] as const,
  /** The Pemda's own answers (admin, monitoring): `kunci.pemda(p)` reloads all of them, not the OPDs' answers. */
  pemda: (pemda: string) => ["pemda", pemda] as const,
  profilPemda: (pemda: string) => [...kunci.pemda(pemda), "profil"] as const,
  pengaturan: (pemda: string) => [...kunci.pemda(pemda), "pengaturan"] as const,
  /** The Pemda's time zone for the pages showing times (useZonaPemda; reloaded when the settings change). */
  zonaPemda: (pemda: string) => [...kunci.pengaturan(pemda), "zona"] as const,
  pengaturanTte: (pemda: string) => [...kunci.pengaturan(pemda), "tte"] as const,
  daftarOpd: (pemda: string) => [...kunci.pemda(pemda), "opd"] as const,
  pengguna: (pemda: string) => [...kunci.pemda(pemda), "pengguna"] as const,
  sandiDemo: (pemda: string) => [...kunci.pengguna(pemda), "kata-sandi-demo"] as const,
  tenggat: (pemda: string, tahun: number) => [...kunci.pemda(pemda), "tenggat", tahun] as const,
  monitoring: (pemda: string, tahun: number, saring: Record<string, string>) =>
    [...kunci.pemda(pemda), "monitoring", tahun, saring] as const,
  /** The role matrix (the same for every Pemda). */
  peran: () => ["peran"] as const,
};

/** A Pemda's time zone ("Asia/Makassar") and its abbreviation ("WITA"), from its settings; null until loaded. */
export function useZonaPemda(pemda: string): { zonaWaktu: string; singkatanZona: string } | null {
  const q = useQuery({
    queryKey: kunci.zonaPemda(pemda),
    queryFn: () => jawab(klien.GET("/api/v1/pemda/{pemda}/pengaturan", { params: { path: { pemda } } })),
    enabled: pemda !== "",
  });
  return q.data ? { zonaWaktu: q.data.zonaWaktu, singkatanZona: q.data.singkatanZona } : null;
}

/** Marks the answers under the given keys stale and refetches those on screen (call after a successful write). */
export function useSegarkan(): (...keys: QueryKey[]) => Promise<void> {
  const qc = useQueryClient();
  return useCallback(
    async (...keys: QueryKey[]) => {
      await Promise.all(keys.map((queryKey) => qc.invalidateQueries({ queryKey })));
    },
    [qc],
  );
}

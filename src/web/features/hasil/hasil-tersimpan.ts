/**
 * Stored linked results as the server returns them (src/api/routes/hasil-tertaut.ts): the PUT input (`masukan`) and
 * the values computed by the rules core (`hitung`), for pre-filling the forms. A missing result reads as null.
 */
import { ApiError, jawab, jawabVersi, klien } from "../../api/client";
import type { Skema } from "../../api/tipe";

export type SurveiRingkas = Skema<"HasilSurveiRingkas">;
export type SurveiTersimpan = Skema<"HasilSurvei">;
export type AkipRingkas = Skema<"HasilAkipRingkas">;
export type AkipTersimpan = Skema<"HasilAkip">;

/**
 * The path parameters of an OPD's API prefix ("/api/v1/pemda/{pemda}/opd/{opd}", as the measurement page passes it
 * to the forms) for the typed client.
 */
export function jalurOpd(api: string): { pemda: string; opd: string } {
  const m = /^\/api\/v1\/pemda\/([^/]+)\/opd\/([^/]+)$/.exec(api);
  if (!m?.[1] || !m[2]) throw new Error(`Alamat API perangkat daerah tidak dikenal: ${api}`);
  return { pemda: m[1], opd: m[2] };
}

/**
 * A stored result with the version it was read at (its ETag), which the form sends back when saving it (ADR 0016);
 * null when nothing is stored (the save then asks that it still not exist).
 */
export type Berversi<T> = T & { versi: string };

/** The read, or null when the server answers 404 (nothing stored) or 400 (e.g. a year still being typed). */
async function atauNullVersi<T>(baca: Promise<{ data: T; versi: string }>): Promise<Berversi<T> | null> {
  try {
    const { data, versi } = await baca;
    return { ...data, versi };
  } catch (e) {
    if (e instanceof ApiError && (e.status === 404 || e.status === 400)) return null;
    throw e;
  }
}

/** Machine decimal "3.36" → "3,36" as an operator types it (sums "288" stay as they are). */
export const keIsian = (nilai: string): string => nilai.replace(".", ",");

export const daftarSurvei = (api: string) =>
  jawab(klien.GET("/api/v1/pemda/{pemda}/opd/{opd}/hasil-survei", { params: { path: jalurOpd(api) } }));
export const bacaSurvei = (api: string, kode: string) =>
  atauNullVersi(
    jawabVersi(
      klien.GET("/api/v1/pemda/{pemda}/opd/{opd}/hasil-survei/{kode}", {
        params: { path: { ...jalurOpd(api), kode } },
      }),
    ),
  );
export const daftarAkip = (api: string) =>
  jawab(klien.GET("/api/v1/pemda/{pemda}/opd/{opd}/hasil-akip", { params: { path: jalurOpd(api) } }));
export const bacaAkip = (api: string, tahun: number, jenis: "hasil" | "target") =>
  tahun >= 2000 && tahun <= 2100
    ? atauNullVersi(
        jawabVersi(
          klien.GET("/api/v1/pemda/{pemda}/opd/{opd}/hasil-akip/{tahun}", {
            params: { path: { ...jalurOpd(api), tahun }, query: { jenis } },
          }),
        ),
      )
    : Promise.resolve(null);

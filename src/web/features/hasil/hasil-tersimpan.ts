/**
 * Stored linked results as the server returns them (src/api/routes/hasil-tertaut.ts): the PUT input (`masukan`) and
 * the values computed by the rules core (`hitung`), for pre-filling the forms. A missing result reads as null.
 */
import { ApiError, getJson, getJsonVersi } from "../../api/client";

export interface Angka {
  nilai: string;
  tampil: string;
}

export interface Mutu {
  mutu: string;
  kinerja: string;
}

export interface SurveiRingkas {
  kode: string;
  tahun: number;
  periodeMulai: string;
  periodeSelesai: string;
  responden: number | null;
  jenisMasukan: "jumlah" | "nrr";
  ikm: Angka & { rinci: string };
  mutu: Mutu;
}

export interface SurveiTersimpan {
  kode: string;
  masukan: {
    tahun: number;
    periodeMulai: string;
    periodeSelesai: string;
    responden: number | null;
    jenisMasukan: "jumlah" | "nrr";
    nilai: Record<string, string>;
    sumber: string | null;
  };
  hitung: {
    metode: string;
    responden: number | null;
    ikm: Angka & { rinci: string };
    ikmTanpaBobot: Angka & { rinci: string };
    jumlahNrrTertimbang: string;
    mutu: Mutu;
    unsur: Array<{
      kode: string;
      nama: string;
      jumlah: string | null;
      nrr: Angka & { rinci: string };
      nrrTertimbang: string;
      mutu: Mutu;
    }>;
  };
  dicetak: { ikm: string | null };
}

export interface AkipRingkas {
  tahun: number;
  jenis: "hasil" | "target";
  kerangka: string;
  total: Angka;
  predikat: string;
}

export interface AkipTersimpan {
  tahun: number;
  masukan: { jenis: "hasil" | "target"; kerangka: string; komponen: Record<string, string>; sumber: string | null };
  hitung: {
    kerangka: string;
    total: Angka;
    predikat: { kode: string; label: string; interpretasi: string };
    keterangan: string;
    komponen: Array<{ kunci: string; nama: string; bobot: string; nilai: Angka; persenBobot: string }>;
  };
  dicetak: { total: string | null; kategori: string | null };
}

/**
 * A stored result with the version it was read at (its ETag), which the form sends back when saving it (ADR 0016);
 * null when nothing is stored (the save then asks that it still not exist).
 */
export type Berversi<T> = T & { versi: string };

/** GET, or null when the server answers 404 (nothing stored) or 400 (e.g. a year still being typed). */
async function atauNullVersi<T>(path: string): Promise<Berversi<T> | null> {
  try {
    const { data, versi } = await getJsonVersi<T>(path);
    return { ...data, versi };
  } catch (e) {
    if (e instanceof ApiError && (e.status === 404 || e.status === 400)) return null;
    throw e;
  }
}

/** Machine decimal "3.36" → "3,36" as an operator types it (sums "288" stay as they are). */
export const keIsian = (nilai: string): string => nilai.replace(".", ",");

export const daftarSurvei = (api: string) => getJson<SurveiRingkas[]>(`${api}/hasil-survei`);
export const bacaSurvei = (api: string, kode: string) =>
  atauNullVersi<SurveiTersimpan>(`${api}/hasil-survei/${encodeURIComponent(kode)}`);
export const daftarAkip = (api: string) => getJson<AkipRingkas[]>(`${api}/hasil-akip`);
export const bacaAkip = (api: string, tahun: number, jenis: "hasil" | "target") =>
  tahun >= 2000 && tahun <= 2100
    ? atauNullVersi<AkipTersimpan>(`${api}/hasil-akip/${tahun}?jenis=${jenis}`)
    : Promise.resolve(null);

/**
 * Indonesia's three time zones (UU 11/1963 … Keppres 41/1987 "Pembagian Wilayah Republik Indonesia menjadi 3
 * (tiga) Wilayah Waktu"): WIB UTC+7, WITA UTC+8, WIT UTC+9, none with daylight saving. A Pemda's zone decides its
 * calendar days (deadlines, audit date filters, "today" of a Kepala Daerah change) and how times are shown.
 */
export const ZONA_WAKTU = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"] as const;
export type ZonaWaktu = (typeof ZONA_WAKTU)[number];

/** The zone of the demo Pemda (Kabupaten Batu Bara, Sumatera Utara) and of a Pemda created without a choice. */
export const ZONA_WAKTU_BAWAAN: ZonaWaktu = "Asia/Jakarta";

const INFO: Readonly<Record<ZonaWaktu, { singkatan: "WIB" | "WITA" | "WIT"; jam: number }>> = {
  "Asia/Jakarta": { singkatan: "WIB", jam: 7 },
  "Asia/Makassar": { singkatan: "WITA", jam: 8 },
  "Asia/Jayapura": { singkatan: "WIT", jam: 9 },
};

const SEHARI = 86_400_000;
const JAM = 3_600_000;

export function isZonaWaktu(v: unknown): v is ZonaWaktu {
  return typeof v === "string" && (ZONA_WAKTU as readonly string[]).includes(v);
}

/** "WIB" / "WITA" / "WIT". */
export function singkatanZona(zona: ZonaWaktu): "WIB" | "WITA" | "WIT" {
  return INFO[zona].singkatan;
}

/** "+07:00" / "+08:00" / "+09:00". */
export function offsetZona(zona: ZonaWaktu): string {
  return `+0${INFO[zona].jam}:00`;
}

/** "yyyy-mm-dd" of the calendar day in `zona` of `saat`, shifted by `hari` days. */
export function tanggalDiZona(saat: Date, zona: ZonaWaktu, hari = 0): string {
  return new Date(saat.getTime() + INFO[zona].jam * JAM + hari * SEHARI).toISOString().slice(0, 10);
}

/** The instant a calendar day ("yyyy-mm-dd") begins in `zona`, shifted by `tambahHari` days. */
export function awalHariDiZona(iso: string, zona: ZonaWaktu, tambahHari = 0): Date {
  return new Date(new Date(`${iso}T00:00:00${offsetZona(zona)}`).getTime() + tambahHari * SEHARI);
}

/** "2024-02-18 09:00:00" in `zona` (the wall-clock time, no zone suffix). */
export function waktuDiZona(saat: Date, zona: ZonaWaktu): string {
  return new Date(saat.getTime() + INFO[zona].jam * JAM).toISOString().slice(0, 19).replace("T", " ");
}

/** Colours of the kategori capaian bands (peringkat 0 = Sangat Tinggi … 4 = Sangat Rendah) and of workflow states. */
export const WARNA_KATEGORI = ["green", "teal", "yellow", "orange", "red"] as const;
export const HEX_KATEGORI = ["#2f9e44", "#0ca678", "#f59f00", "#f76707", "#e03131"] as const;

export function warnaKategori(peringkat: number | null | undefined): string {
  return peringkat === null || peringkat === undefined ? "gray" : (WARNA_KATEGORI[peringkat] ?? "gray");
}

/**
 * The kategori capaian bands come from the server as the regulation's Indonesian labels (domain/capaian/kategori.ts:
 * Permendagri 86/2017 "Sangat Tinggi … Sangat Rendah", or the Sampang scale "Sangat Baik … Sangat Kurang"). The UI
 * shows them in the chosen language; an unknown label (a future scale) is shown as sent.
 */
import type { MessageKey } from "../../i18n/messages";
import type { Terjemah } from "../../i18n/terjemah";

const KUNCI: Readonly<Record<string, MessageKey>> = {
  "Sangat Tinggi": "kategoriCapaian.sangatTinggi",
  Tinggi: "kategoriCapaian.tinggi",
  Sedang: "kategoriCapaian.sedang",
  Rendah: "kategoriCapaian.rendah",
  "Sangat Rendah": "kategoriCapaian.sangatRendah",
  "Sangat Baik": "kategoriCapaian.sangatBaik",
  Baik: "kategoriCapaian.baik",
  Cukup: "kategoriCapaian.cukup",
  Kurang: "kategoriCapaian.kurang",
  "Sangat Kurang": "kategoriCapaian.sangatKurang",
};

export function labelKategori(label: string, t: Terjemah): string {
  const kunci = KUNCI[label];
  return kunci ? t(kunci) : label;
}

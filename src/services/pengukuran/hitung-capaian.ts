/**
 * Capaian of one indicator for one year, computed by the rules core from the target as written and the realisasi:
 * capaian (%) 2 dp, kategori (Permendagri 86/2017), selisih target − realisasi. Never stored, never typed.
 * NOTE: regulations.md §4; an input the rules refuse (target 0, empty) gives `galat` with the rule's message.
 */
import {
  hitungCapaian,
  kategoriCapaian,
  parseTarget,
  selisihTargetRealisasi,
  type Polaritas,
  type RumusNegatif,
} from "../../domain/capaian";
import { formatPersen } from "../../domain/format/persen";
import { DomainError } from "../../domain/shared/errors";

export interface Capaian {
  /** Machine decimal, 2 dp ("94.71"). */
  nilai: string;
  tampil: string;
  kategori: string;
  /** 0 = Sangat Tinggi … 4 = Sangat Rendah (colour on the dashboard). */
  peringkat: number;
  rumus: string;
  /** Target − realisasi, 2 dp. */
  selisih: string;
}

export function capaianIndikator(
  targetTeks: string,
  realisasi: string,
  polaritas: Polaritas,
  rumusNegatif: RumusNegatif,
  indikator: string,
): { capaian: Capaian | null; galat: string | null } {
  try {
    const target = parseTarget(targetTeks);
    const h = hitungCapaian({ target, realisasi, polaritas, rumusNegatif, indikator });
    const k = kategoriCapaian(h.capaianDibulatkan);
    return {
      capaian: {
        nilai: h.capaianDibulatkan.toFixed(2),
        tampil: formatPersen(h.capaianDibulatkan),
        kategori: k.label,
        peringkat: k.peringkat,
        rumus: h.rumus,
        selisih: selisihTargetRealisasi(h.targetDipakai, h.realisasi).selisihDibulatkan.toFixed(2),
      },
      galat: null,
    };
  } catch (e) {
    if (e instanceof DomainError) return { capaian: null, galat: e.message };
    throw e;
  }
}

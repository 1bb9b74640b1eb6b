/**
 * Kode rekening belanja → its class. NOTE: regulations.md §5 "Belanja (kode rekening, akun 5)".
 */
import { DomainError } from "../shared/errors";
import type { RuleVersion } from "../shared/rule-version";
import { KLASIFIKASI_BELANJA_90_2019, type KelasBelanja, type KelompokRealisasi } from "./belanja-kelas";

export interface AkunBelanja {
  /** The account code as given, trimmed, e.g. "5.2.02.05.01.0001". */
  akun: string;
  /** Deepest known class, e.g. 5.2.02 Belanja Modal Peralatan dan Mesin. */
  kelas: KelasBelanja;
  /** Known classes from the top down, e.g. [5, 5.2, 5.2.02]. */
  jalur: readonly KelasBelanja[];
  /** Realisasi column (pegawai, barang dan jasa, modal) or null for the other classes. */
  kelompok: KelompokRealisasi | null;
}

/**
 * Classify a belanja account code by its longest known prefix ("5.1.02.01.01.0024" → 5.1.02.01 Belanja Barang).
 * Throws DomainError("akun_tidak_valid") for a code that is not a belanja (akun 5) code of a known class.
 */
export function parseAkun(
  akun: string,
  klasifikasi: RuleVersion<readonly KelasBelanja[]> = KLASIFIKASI_BELANJA_90_2019,
): AkunBelanja {
  const v = akun.trim();
  if (!/^\d+(\.\d+)*$/.test(v)) throw invalid(akun, "bukan kode rekening");
  const parts = v.split(".");
  const byKode = new Map(klasifikasi.value.map((k) => [k.kode, k]));
  const jalur: KelasBelanja[] = [];
  for (let i = 1; i <= parts.length; i++) {
    const found = byKode.get(parts.slice(0, i).join("."));
    if (found) jalur.push(found);
  }
  const kelas = jalur[jalur.length - 1];
  // A class below "5" is required: "5" alone or "5.9" is not a usable belanja class.
  if (!kelas || jalur.length < 2) throw invalid(akun, "bukan kelas belanja yang dikenal (akun 5.1–5.4)");
  return { akun: v, kelas, jalur, kelompok: kelas.kelompok };
}

function invalid(akun: string, why: string): DomainError {
  return new DomainError("akun_tidak_valid", `Kode rekening "${akun}" tidak dapat dibaca: ${why}`, {
    field: "akun",
    value: akun,
  });
}

/**
 * A rule that varies by regulation, region or year is data with a version and a source, never an `if`.
 * Each rule area (kategori capaian, IKM method, LKE framework, ...) publishes its versions as `RuleVersion`s;
 * a Pemda chooses one per area and year (see rules/profile.ts).
 */
export interface RuleSource {
  /** Regulation, e.g. "Permenpan RB Nomor 14 Tahun 2017". */
  regulasi: string;
  /** Article, lampiran or table, e.g. "Lampiran, Bab IV Pengolahan Data". */
  pasal?: string;
  /** Free note, e.g. "bobot 0,111 seperti dicetak; reproduksi LKjIP Sei Balai 2023". */
  catatan?: string;
}

export interface RuleVersion<T> {
  /** Stable id used in storage and on the CLI, e.g. "ikm-14-2017-bobot-0111". */
  id: string;
  /** Rule area, e.g. "kategori-capaian", "ikm", "lke". */
  area: string;
  /** Short Indonesian label for pickers. */
  label: string;
  source: RuleSource;
  /** First budget year this version applies to (inclusive); undefined = no lower bound. */
  berlakuMulai?: number;
  /** Last budget year (inclusive); undefined = still in force. */
  berlakuSampai?: number;
  value: T;
}

/** True when `version` is in force for budget `year`. */
export function appliesTo(version: RuleVersion<unknown>, year: number): boolean {
  return (version.berlakuMulai ?? -Infinity) <= year && year <= (version.berlakuSampai ?? Infinity);
}

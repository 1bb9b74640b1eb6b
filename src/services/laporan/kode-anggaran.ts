/**
 * Kegiatan codes are often written in the seed's short form "P.L.KK" (segment C of the appendix code, e.g. "1.2.06"):
 * resolve them against the programs of the budget tree to the full nomenclature ("X.XX.01.2.06").
 * NOTE: SEED 1720-1806; regulations.md §5.
 */
import type { AnggaranSumber } from "../../reports/model/sumber";

/** Full code of a program/kegiatan/sub-kegiatan code, or null when it cannot be resolved against the budget. */
export function kodeKanonik(kode: string, anggaran: Pick<AnggaranSumber, "label"> | null): string | null {
  if (/^([0-9X])\.(\d{2}|XX)\.\d{2}/.test(kode)) return kode;
  const m = /^(\d{1,2})\.([12])\.(\d{1,2})(?:\.(\d{1,4}))?$/.exec(kode);
  if (!m || !anggaran) return null;
  const prog = m[1]!.padStart(2, "0");
  const program = anggaran.label.find((l) => l.kode.split(".").length === 3 && l.kode.split(".")[2] === prog);
  if (!program) return null;
  const keg = `${program.kode}.${m[2]}.${m[3]!.padStart(2, "0")}`;
  return m[4] ? `${keg}.${m[4].padStart(4, "0")}` : keg;
}

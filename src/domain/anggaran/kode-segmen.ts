/**
 * Find a node of the tree by any code form a document uses: canonical ("7.01.02.2.02.0003", "X.XX.01"), the seed's
 * print or SIPD pair (parseKode), or only segment C "program.kegiatan-level.kegiatan[.sub]" as PK budget rows print it
 * ("1.2.06", "2.2.02.3"; regulations.md §5 row C, SEED 1720-1806).
 */
import { parseKode } from "./kode";
import type { NodeAnggaran, PohonAnggaran } from "./pohon-types";

const SEGMEN_C = /^(\d{1,2})\.([12])\.(\d{1,2})(?:\.(\d{1,4}))?$/;

/** The node the code names, or undefined when none or (segment C) more than one node matches. */
export function cariNodeKode(pohon: PohonAnggaran, kode: string): NodeAnggaran | undefined {
  const v = kode.trim();
  const direct = pohon.indeks.get(v);
  if (direct) return direct;
  const c = SEGMEN_C.exec(v);
  if (c) {
    const program = (c[1] ?? "").padStart(2, "0");
    const kegiatan = (c[3] ?? "").padStart(2, "0");
    const sub = c[4]?.padStart(4, "0");
    const found = [...pohon.indeks.values()].filter(
      (n) =>
        n.kode.program === program &&
        n.kode.kegiatanLevel === Number(c[2]) &&
        n.kode.kegiatan === kegiatan &&
        (sub === undefined ? n.level === "kegiatan" : n.kode.subKegiatan === sub),
    );
    return found.length === 1 ? found[0] : undefined;
  }
  try {
    return pohon.indeks.get(parseKode(v).canonical);
  } catch {
    return undefined;
  }
}

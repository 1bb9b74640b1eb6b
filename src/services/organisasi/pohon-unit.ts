/**
 * Parent references of an OPD's unit list (the tree of Sekretariat, Subbagian, Seksi…): each induk must be a unit of
 * the list, and no unit may sit under itself or one of its own sub-units (no root would reach it). Used by the unit
 * service (every caller) and by the XLSX unit table (to name the sheet row).
 */
export interface MasalahInduk {
  /** Position in the list. */
  index: number;
  jenis: "tidak-ada" | "melingkar";
  induk: string;
  /** For a loop: the unit, its parents, back to the unit. */
  jalur: string[];
}

export function periksaIndukUnit(units: ReadonlyArray<{ kode: string; indukKode: string | null }>): MasalahInduk[] {
  const induk = new Map(units.map((u) => [u.kode, u.indukKode]));
  const hasil: MasalahInduk[] = [];
  units.forEach((u, index) => {
    if (u.indukKode === null) return;
    if (!induk.has(u.indukKode)) {
      hasil.push({ index, jenis: "tidak-ada", induk: u.indukKode, jalur: [] });
      return;
    }
    const jalur = [u.kode];
    const dilewati = new Set(jalur);
    for (let k: string | null = u.indukKode; k !== null; k = induk.get(k) ?? null) {
      jalur.push(k);
      if (k === u.kode) {
        hasil.push({ index, jenis: "melingkar", induk: u.indukKode, jalur });
        break;
      }
      if (dilewati.has(k)) break; // a loop further up, not through this unit: reported at its own members
      dilewati.add(k);
    }
  });
  return hasil;
}

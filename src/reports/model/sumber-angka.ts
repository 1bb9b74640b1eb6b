/** The scalar types of SumberLkjip (./sumber.ts), apart so its parts (sumber-anggaran, sumber-pk) import no cycle. */

/** Machine decimal string: "." decimal mark, no grouping, the precision entered ("85.00", "16", "1619.9"). */
export type Angka = string;
/** ISO date "YYYY-MM-DD". */
export type TanggalIso = string;

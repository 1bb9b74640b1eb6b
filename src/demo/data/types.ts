/**
 * Types of the demo dataset: the RAW inputs of the seed LKjIP 2023 Kecamatan Sei Balai (Kabupaten Batu Bara), as an
 * operator would enter them, each with its source. Derived numbers (capaian, serapan, totals, IKM) are never stored
 * as data; where the seed prints one that the validator must be able to contradict, it sits in a `dicetak` field.
 *
 * Conventions (NOTE: docs/HELPERS.md, brief of the demo dataset):
 * - `Angka`: machine decimal string, "." as decimal mark, no grouping, the precision printed ("85.00", "23.5", "16");
 *   Rupiah always with 2 decimals ("2650313819.00").
 * - `Tanggal`: ISO date "YYYY-MM-DD".
 * - `sumber`: "SEED <line>" / "SEED <from>-<to>" (lines of ../shared/seed/lkjip-2023-kecamatan-sei-balai.txt), or a
 *   table name with its lines ("Tabel 3.10 (SEED 738)").
 * - Names, titles and free texts are kept as printed (upper case where the seed prints upper case); variants are listed.
 */

export type * from "./types/dasar";
export type * from "./types/pemda";
export type * from "./types/organisasi";
export type * from "./types/renstra";
export type * from "./types/pk";
export type * from "./types/pengukuran";
export type * from "./types/dataset";

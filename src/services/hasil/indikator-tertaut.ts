/**
 * Which indicator of an OPD is linked to its survey result (IKM) or its AKIP evaluation, by the indicator's explicit
 * kind — its `sumber_realisasi` ("skm" / "akip", chosen in the Renstra form) — never by its code (ADR 0019). The SKM
 * and evaluation modules call `indikatorTertaut` to find the indicator their result feeds.
 */
import type { Db } from "../../storage/database";
import type { IndikatorRow } from "../../storage/repositories/indikator-repository";
import { listIndikatorBersumber } from "../../storage/repositories/indikator-tertaut-repository";

/** "ikm": the Indeks Kepuasan Masyarakat from the survey; "akip": the Nilai AKIP from the evaluation. */
export type JenisTautan = "ikm" | "akip";

const SUMBER: Readonly<Record<JenisTautan, "skm" | "akip">> = { ikm: "skm", akip: "akip" };

/** The kind of link of an indicator row, or null when its realisasi is typed. */
export function jenisTautan(row: Pick<IndikatorRow, "sumberRealisasi">): JenisTautan | null {
  if (row.sumberRealisasi === "skm") return "ikm";
  if (row.sumberRealisasi === "akip") return "akip";
  return null;
}

/** The OPD's indicator linked to `jenis` (the first in plan order when several are), or undefined. */
export async function indikatorTertaut(
  db: Db,
  pemdaId: string,
  opdId: string,
  jenis: JenisTautan,
): Promise<IndikatorRow | undefined> {
  return (await listIndikatorBersumber(db, pemdaId, opdId, SUMBER[jenis]))[0];
}

import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../database";
import { indikator } from "../schema";
import type { IndikatorRow } from "./indikator-repository";

/** The indicators of an OPD whose realisasi comes from `sumber` ("skm" survey / "akip" evaluation), in plan order. */
export async function listIndikatorBersumber(
  db: Db,
  pemdaId: string,
  opdId: string,
  sumber: "skm" | "akip",
): Promise<IndikatorRow[]> {
  return db
    .select()
    .from(indikator)
    .where(and(eq(indikator.pemdaId, pemdaId), eq(indikator.opdId, opdId), eq(indikator.sumberRealisasi, sumber)))
    .orderBy(asc(indikator.urutan), asc(indikator.kode));
}

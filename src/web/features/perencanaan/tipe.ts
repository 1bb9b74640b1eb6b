/** Shapes of the planning API answers, from the generated contract (ADR 0034; services/perencanaan/baca-renstra.ts). */
import type { Skema } from "../../api/tipe";

export type Perencanaan = Skema<"Perencanaan">;
export type Renstra = NonNullable<Perencanaan["renstra"]>;
export type SasaranRenstra = Renstra["tujuan"][number]["sasaran"][number];
export type IndikatorRenstra = Skema<"IndikatorRenstra">;
export type TargetRenstra = IndikatorRenstra["target"][number];

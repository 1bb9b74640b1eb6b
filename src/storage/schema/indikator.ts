/**
 * Indicators of a Renstra sasaran and their target per year, stored as written ("85,00", "80-90", "BB (75,00)") and
 * validated with domain/capaian/target.ts. `sumberRealisasi` says where the realisasi comes from: typed ("manual"),
 * the OPD's survey result ("skm", IKM) or its AKIP evaluation ("akip", Nilai AKIP).
 */
import { boolean, integer, pgTable, primaryKey, text, unique, uuid } from "drizzle-orm/pg-core";
import { kolomOpd, kolomPemda } from "./kolom";
import { renstraSasaran } from "./renstra";
import { unitKerja } from "./unit-kerja";

export const POLARITAS = ["positif", "negatif"] as const;
export const RUMUS_NEGATIF = ["2t-r", "t/r"] as const;
export const SUMBER_REALISASI = ["manual", "skm", "akip"] as const;

export const indikator = pgTable(
  "indikator",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pemdaId: kolomPemda(),
    opdId: kolomOpd(),
    sasaranId: uuid("sasaran_id")
      .notNull()
      .references(() => renstraSasaran.id),
    kode: text("kode").notNull(),
    nama: text("nama").notNull(),
    iku: boolean("iku").notNull().default(false),
    definisiOperasional: text("definisi_operasional").notNull().default(""),
    formula: text("formula").notNull().default(""),
    satuan: text("satuan").notNull(),
    polaritas: text("polaritas", { enum: POLARITAS }).notNull().default("positif"),
    /** Formula for a negative indicator (regulations.md §4, default 2T − R). */
    rumusNegatif: text("rumus_negatif", { enum: RUMUS_NEGATIF }).notNull().default("2t-r"),
    sumberData: text("sumber_data").notNull().default(""),
    unitId: uuid("unit_id").references(() => unitKerja.id, { onDelete: "set null" }),
    sumberRealisasi: text("sumber_realisasi", { enum: SUMBER_REALISASI }).notNull().default("manual"),
    urutan: integer("urutan").notNull().default(0),
  },
  (t) => [unique("indikator_opd_kode_unique").on(t.opdId, t.kode)],
);

export const indikatorTarget = pgTable(
  "indikator_target",
  {
    pemdaId: kolomPemda(),
    opdId: kolomOpd(),
    indikatorId: uuid("indikator_id")
      .notNull()
      .references(() => indikator.id, { onDelete: "cascade" }),
    tahun: integer("tahun").notNull(),
    /** As written: "85,00" | "80-90" | "BB (75,00)". */
    targetTeks: text("target_teks").notNull(),
    sumber: text("sumber"),
  },
  (t) => [primaryKey({ columns: [t.indikatorId, t.tahun] })],
);

/** Units of an OPD as a tree (Camat → Sekretariat → Subbagian; Seksi), keyed by a stable `kode`. */
import { type AnyPgColumn, integer, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { kolomOpd, kolomPemda } from "./kolom";

export const JENIS_UNIT = ["pimpinan", "sekretariat", "subbagian", "seksi", "bidang", "uptd", "lainnya"] as const;

export const unitKerja = pgTable(
  "unit_kerja",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pemdaId: kolomPemda(),
    opdId: kolomOpd(),
    kode: text("kode").notNull(),
    nama: text("nama").notNull(),
    jenis: text("jenis", { enum: JENIS_UNIT }).notNull(),
    indukId: uuid("induk_id").references((): AnyPgColumn => unitKerja.id, { onDelete: "set null" }),
    urutan: integer("urutan").notNull().default(0),
  },
  (t) => [unique("unit_kerja_opd_kode_unique").on(t.opdId, t.kode)],
);

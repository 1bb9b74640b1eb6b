/**
 * Workflow state of one module's data for one OPD and year (draft → diajukan → disetujui → terkunci).
 * A missing row means draft.
 */
import { integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { opd } from "./opd";
import { pemda } from "./pemda";

// "laporan": the LKjIP texts of the year (free texts, edited paragraphs, signatures) — submitted for reviu, then locked.
export const MODUL_ALUR = [
  "perencanaan",
  "pk",
  "pengukuran",
  "anggaran",
  "laporan",
  // M2-15 Rencana Aksi (ADR 0028)
  "renaksi",
] as const;

export const statusPeriode = pgTable(
  "status_periode",
  {
    pemdaId: uuid("pemda_id")
      .notNull()
      .references(() => pemda.id),
    opdId: uuid("opd_id")
      .notNull()
      .references(() => opd.id),
    tahun: integer("tahun").notNull(),
    modul: text("modul", { enum: MODUL_ALUR }).notNull(),
    status: text("status", { enum: ["draft", "diajukan", "disetujui", "terkunci"] }).notNull(),
    diubahOleh: text("diubah_oleh").notNull(),
    diubahPada: timestamp("diubah_pada", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.opdId, t.tahun, t.modul] })],
);

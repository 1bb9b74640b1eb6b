/**
 * Deadlines per Pemda and year (issue 15): the date by which each kind of SAKIP data is due. A missing row means the
 * default of domain/tenggat (tenggatBawaan); the admin overrides it per Pemda and year.
 */
import { date, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { JENIS_TENGGAT } from "../../domain/tenggat";
import { kolomPemda } from "./kolom";

export const tenggat = pgTable(
  "tenggat",
  {
    pemdaId: kolomPemda(),
    tahun: integer("tahun").notNull(),
    jenis: text("jenis", { enum: JENIS_TENGGAT }).notNull(),
    tanggal: date("tanggal").notNull(),
    diubahOleh: text("diubah_oleh").notNull(),
    diubahPada: timestamp("diubah_pada", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.pemdaId, t.tahun, t.jenis] })],
);

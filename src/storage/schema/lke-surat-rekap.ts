/**
 * The Inspektorat's recap letter of a year (issue 13; ADR 0033): its number, place and date, stored with the recap so
 * the DOCX/PDF letter prints them without retyping. One row per Pemda and year.
 */
import { date, integer, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { kolomPemda } from "./kolom";

export const lkeSuratRekap = pgTable(
  "lke_surat_rekap",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pemdaId: kolomPemda(),
    tahun: integer("tahun").notNull(),
    nomor: text("nomor"),
    tempat: text("tempat"),
    tanggal: date("tanggal"),
    diubahPada: timestamp("diubah_pada", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("lke_surat_rekap_tahun_unique").on(t.pemdaId, t.tahun)],
);

/**
 * Numbered text lists of an OPD's Bab I profile: fungsi (tugas pokok dan fungsi), dasar hukum, inovasi.
 * One row per item, ordered by `nomor`.
 */
import { integer, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { kolomPemda } from "./kolom";
import { opd } from "./opd";

export const JENIS_BUTIR = ["fungsi", "dasar-hukum", "inovasi"] as const;

export const opdButir = pgTable(
  "opd_butir",
  {
    pemdaId: kolomPemda(),
    opdId: uuid("opd_id")
      .notNull()
      .references(() => opd.id),
    jenis: text("jenis", { enum: JENIS_BUTIR }).notNull(),
    nomor: integer("nomor").notNull(),
    /** Short title (inovasi name); null for fungsi/dasar hukum. */
    judul: text("judul"),
    teks: text("teks").notNull(),
    sumber: text("sumber"),
  },
  (t) => [primaryKey({ columns: [t.opdId, t.jenis, t.nomor] })],
);

/**
 * Where a source contradicts itself: the facts, the printed values with their places, the value stored and why.
 * Nothing is fixed silently; the validator and the UI show these next to the data they concern (`terkait`).
 */
import { jsonb, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { kolomPemda } from "./kolom";
import { opd } from "./opd";

export interface NilaiTercetak {
  teks: string;
  sumber: string;
}

export const catatanSumber = pgTable(
  "catatan_sumber",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pemdaId: kolomPemda(),
    opdId: uuid("opd_id").references(() => opd.id),
    kode: text("kode").notNull(),
    jenis: text("jenis").notNull(),
    fakta: text("fakta").notNull(),
    nilai: jsonb("nilai").$type<NilaiTercetak[]>().notNull(),
    dipilih: text("dipilih"),
    alasan: text("alasan").notNull(),
    terkait: text("terkait"),
  },
  (t) => [unique("catatan_sumber_kode_unique").on(t.pemdaId, t.kode)],
);

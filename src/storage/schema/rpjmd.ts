/** RPJMD of a Pemda: period, visi with its key-word explanations, and the numbered misi. */
import { integer, jsonb, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { kolomPemda } from "./kolom";

export interface KataKunciVisi {
  kata: string;
  penjelasan: string;
}

export const rpjmd = pgTable(
  "rpjmd",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pemdaId: kolomPemda(),
    tahunAwal: integer("tahun_awal").notNull(),
    tahunAkhir: integer("tahun_akhir").notNull(),
    visi: text("visi").notNull(),
    kataKunci: jsonb("kata_kunci").$type<KataKunciVisi[]>().notNull().default([]),
    sumber: text("sumber"),
  },
  (t) => [unique("rpjmd_pemda_periode_unique").on(t.pemdaId, t.tahunAwal)],
);

export const rpjmdMisi = pgTable(
  "rpjmd_misi",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pemdaId: kolomPemda(),
    rpjmdId: uuid("rpjmd_id")
      .notNull()
      .references(() => rpjmd.id, { onDelete: "cascade" }),
    nomor: integer("nomor").notNull(),
    teks: text("teks").notNull(),
  },
  (t) => [unique("rpjmd_misi_nomor_unique").on(t.rpjmdId, t.nomor)],
);

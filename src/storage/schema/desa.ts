/**
 * Bab I profile of a kecamatan: one row per desa with luas, dusun, KK, penduduk L/P and land use (ha).
 * Totals and L+P are computed on read, never stored (product.md: "totals computed, not typed").
 */
import { integer, numeric, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { kolomOpd, kolomPemda } from "./kolom";

export const desa = pgTable(
  "desa",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pemdaId: kolomPemda(),
    opdId: kolomOpd(),
    nomor: integer("nomor").notNull(),
    nama: text("nama").notNull(),
    luasHa: numeric("luas_ha"),
    dusun: integer("dusun"),
    kk: integer("kk"),
    pendudukL: integer("penduduk_l"),
    pendudukP: integer("penduduk_p"),
    perkebunanHa: numeric("perkebunan_ha"),
    pertanianHa: numeric("pertanian_ha"),
    perumahanHa: numeric("perumahan_ha"),
    sumber: text("sumber"),
  },
  (t) => [unique("desa_opd_nama_unique").on(t.opdId, t.nama)],
);

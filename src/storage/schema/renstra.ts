/**
 * Renstra of an OPD: period, misi RPJMD supported, tujuan → sasaran → strategi/kebijakan, keyed by stable `kode`s
 * so indicators and PK rows can point at them across edits.
 */
import { integer, jsonb, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { kolomOpd, kolomPemda } from "./kolom";
import { rpjmd } from "./rpjmd";

export const renstra = pgTable(
  "renstra",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pemdaId: kolomPemda(),
    opdId: kolomOpd(),
    rpjmdId: uuid("rpjmd_id").references(() => rpjmd.id),
    tahunAwal: integer("tahun_awal").notNull(),
    tahunAkhir: integer("tahun_akhir").notNull(),
    namaDokumen: text("nama_dokumen").notNull(),
    /** Numbers of the RPJMD misi this Renstra supports. */
    misiNomor: jsonb("misi_nomor").$type<number[]>().notNull().default([]),
    catatan: text("catatan"),
  },
  (t) => [unique("renstra_opd_periode_unique").on(t.opdId, t.tahunAwal)],
);

export const renstraTujuan = pgTable(
  "renstra_tujuan",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pemdaId: kolomPemda(),
    opdId: kolomOpd(),
    renstraId: uuid("renstra_id")
      .notNull()
      .references(() => renstra.id, { onDelete: "cascade" }),
    kode: text("kode").notNull(),
    teks: text("teks").notNull(),
    urutan: integer("urutan").notNull().default(0),
    sumber: text("sumber"),
  },
  (t) => [unique("renstra_tujuan_kode_unique").on(t.renstraId, t.kode)],
);

export const renstraSasaran = pgTable(
  "renstra_sasaran",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pemdaId: kolomPemda(),
    opdId: kolomOpd(),
    tujuanId: uuid("tujuan_id")
      .notNull()
      .references(() => renstraTujuan.id, { onDelete: "cascade" }),
    kode: text("kode").notNull(),
    teks: text("teks").notNull(),
    urutan: integer("urutan").notNull().default(0),
    sumber: text("sumber"),
  },
  (t) => [unique("renstra_sasaran_opd_kode_unique").on(t.opdId, t.tujuanId, t.kode)],
);

export const JENIS_ARAH = ["strategi", "kebijakan"] as const;

/** Strategi and kebijakan of a sasaran. */
export const renstraArah = pgTable(
  "renstra_arah",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pemdaId: kolomPemda(),
    opdId: kolomOpd(),
    sasaranId: uuid("sasaran_id")
      .notNull()
      .references(() => renstraSasaran.id, { onDelete: "cascade" }),
    jenis: text("jenis", { enum: JENIS_ARAH }).notNull(),
    kode: text("kode").notNull(),
    teks: text("teks").notNull(),
    urutan: integer("urutan").notNull().default(0),
  },
  (t) => [unique("renstra_arah_kode_unique").on(t.sasaranId, t.jenis, t.kode)],
);

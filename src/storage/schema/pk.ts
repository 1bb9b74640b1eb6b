/**
 * Perjanjian Kinerja: one per OPD, year, version (awal/perubahan) and Pihak Pertama; its kinerja rows
 * (sasaran → indikator → satuan → target, parent/child as in the lampiran) and its budget rows
 * (program/kegiatan/sub-kegiatan, anggaran, keterangan APBD/PAPBD). `indukKaskadeId` links a row to the row of the
 * superior's PK it supports, which builds the cascade tree.
 * NOTE: regulations.md §3.1 (levels, keterangan, versions; the latest version counts for measurement).
 */
import { type AnyPgColumn, date, integer, numeric, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { indikator } from "./indikator";
import { kolomOpd, kolomPemda } from "./kolom";
import { pejabat } from "./pejabat";

export const JENIS_PK = ["awal", "perubahan"] as const;
export const LEVEL_PK = ["kepala-opd", "eselon-iii", "eselon-iv"] as const;
export const TINGKAT_SASARAN_PK = [
  "sasaran-strategis",
  "sasaran-program",
  "sasaran-kegiatan",
  "sasaran-sub-kegiatan",
] as const;
export const TINGKAT_ANGGARAN_PK = ["program", "kegiatan", "sub-kegiatan"] as const;

export const pk = pgTable(
  "pk",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pemdaId: kolomPemda(),
    opdId: kolomOpd(),
    kode: text("kode").notNull(),
    tahun: integer("tahun").notNull(),
    jenis: text("jenis", { enum: JENIS_PK }).notNull(),
    level: text("level", { enum: LEVEL_PK }).notNull(),
    pihakPertamaId: uuid("pihak_pertama_id")
      .notNull()
      .references(() => pejabat.id),
    pihakKeduaId: uuid("pihak_kedua_id")
      .notNull()
      .references(() => pejabat.id),
    tempat: text("tempat").notNull(),
    tanggal: date("tanggal").notNull(),
    sumber: text("sumber"),
  },
  (t) => [
    unique("pk_opd_kode_unique").on(t.opdId, t.kode),
    unique("pk_versi_unique").on(t.opdId, t.tahun, t.jenis, t.pihakPertamaId),
  ],
);

export const pkKinerja = pgTable(
  "pk_kinerja",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pemdaId: kolomPemda(),
    opdId: kolomOpd(),
    pkId: uuid("pk_id")
      .notNull()
      .references(() => pk.id, { onDelete: "cascade" }),
    /** Position path in the lampiran: "1", "1.2" (stable key within the PK). */
    kode: text("kode").notNull(),
    indukId: uuid("induk_id").references((): AnyPgColumn => pkKinerja.id, { onDelete: "cascade" }),
    indukKaskadeId: uuid("induk_kaskade_id").references((): AnyPgColumn => pkKinerja.id, { onDelete: "set null" }),
    nomor: text("nomor"),
    tingkat: text("tingkat", { enum: TINGKAT_SASARAN_PK }).notNull(),
    sasaran: text("sasaran").notNull(),
    indikator: text("indikator").notNull(),
    satuan: text("satuan").notNull(),
    /** As written; null = not yet set (flagged as a gap). */
    targetTeks: text("target_teks"),
    indikatorId: uuid("indikator_id").references(() => indikator.id, { onDelete: "set null" }),
    urutan: integer("urutan").notNull().default(0),
    sumber: text("sumber"),
  },
  (t) => [unique("pk_kinerja_kode_unique").on(t.pkId, t.kode)],
);

export const pkAnggaran = pgTable(
  "pk_anggaran",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pemdaId: kolomPemda(),
    opdId: kolomOpd(),
    pkId: uuid("pk_id")
      .notNull()
      .references(() => pk.id, { onDelete: "cascade" }),
    kode: text("kode").notNull(),
    indukId: uuid("induk_id").references((): AnyPgColumn => pkAnggaran.id, { onDelete: "cascade" }),
    nomor: text("nomor"),
    tingkat: text("tingkat", { enum: TINGKAT_ANGGARAN_PK }).notNull(),
    uraian: text("uraian").notNull(),
    kodeDppa: text("kode_dppa"),
    anggaran: numeric("anggaran", { precision: 18, scale: 2 }).notNull(),
    keterangan: text("keterangan").notNull(),
    urutan: integer("urutan").notNull().default(0),
    sumber: text("sumber"),
  },
  (t) => [unique("pk_anggaran_kode_unique").on(t.pkId, t.kode)],
);

/**
 * Pengukuran: realisasi per indicator, year and period (triwulan I–IV or the year), with narrative and source;
 * evidence files (stored in the database as bytea, max 5 MB, PDF/PNG/JPEG — see docs/decisions/0009);
 * per-sasaran analysis texts; program/kegiatan indicators (Tabel 3.16). Capaian and kategori are never stored:
 * they are computed on read by domain/capaian.
 */
import { boolean, integer, jsonb, numeric, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { indikator } from "./indikator";
import { bytea, kolomOpd, kolomPemda } from "./kolom";
import { renstraSasaran } from "./renstra";

export const PERIODE_REALISASI = ["tw1", "tw2", "tw3", "tw4", "tahunan"] as const;

export const realisasi = pgTable(
  "realisasi",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pemdaId: kolomPemda(),
    opdId: kolomOpd(),
    indikatorId: uuid("indikator_id")
      .notNull()
      .references(() => indikator.id, { onDelete: "cascade" }),
    tahun: integer("tahun").notNull(),
    periode: text("periode", { enum: PERIODE_REALISASI }).notNull(),
    /** Exact, with the scale as typed ("80.50"); null = narrative/evidence only. */
    nilai: numeric("nilai"),
    narasi: text("narasi").notNull().default(""),
    sumber: text("sumber"),
  },
  (t) => [unique("realisasi_indikator_periode_unique").on(t.indikatorId, t.tahun, t.periode)],
);

export const bukti = pgTable("bukti", {
  id: uuid("id").primaryKey().defaultRandom(),
  pemdaId: kolomPemda(),
  opdId: kolomOpd(),
  indikatorId: uuid("indikator_id")
    .notNull()
    .references(() => indikator.id, { onDelete: "cascade" }),
  tahun: integer("tahun").notNull(),
  periode: text("periode", { enum: PERIODE_REALISASI }).notNull(),
  namaBerkas: text("nama_berkas").notNull(),
  mime: text("mime").notNull(),
  ukuran: integer("ukuran").notNull(),
  sha256: text("sha256").notNull(),
  isi: bytea("isi").notNull(),
  diunggahOleh: text("diunggah_oleh").notNull(),
  diunggahPada: timestamp("diunggah_pada", { withTimezone: true }).notNull().defaultNow(),
});

/** Faktor pendukung, penghambat, solusi, rekomendasi of one sasaran in one year (lists of items). */
export const analisisSasaran = pgTable(
  "analisis_sasaran",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pemdaId: kolomPemda(),
    opdId: kolomOpd(),
    sasaranId: uuid("sasaran_id")
      .notNull()
      .references(() => renstraSasaran.id, { onDelete: "cascade" }),
    tahun: integer("tahun").notNull(),
    faktorPendukung: jsonb("faktor_pendukung").$type<string[]>().notNull().default([]),
    faktorPenghambat: jsonb("faktor_penghambat").$type<string[]>().notNull().default([]),
    solusi: jsonb("solusi").$type<string[]>().notNull().default([]),
    rekomendasi: jsonb("rekomendasi").$type<string[]>().notNull().default([]),
    sumber: text("sumber"),
  },
  (t) => [unique("analisis_sasaran_tahun_unique").on(t.sasaranId, t.tahun)],
);

export const TINGKAT_PROGRAM = ["program", "kegiatan"] as const;

/**
 * Program/kegiatan indicators supporting a sasaran (seed Tabel 3.16). Capaian is computed from target and
 * realisasi when both are entered; a printed capaian without them is kept as `capaianDicetak` (a source note, not
 * an input) so the validator can show it.
 */
export const indikatorProgram = pgTable(
  "indikator_program",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pemdaId: kolomPemda(),
    opdId: kolomOpd(),
    sasaranId: uuid("sasaran_id")
      .notNull()
      .references(() => renstraSasaran.id, { onDelete: "cascade" }),
    tahun: integer("tahun").notNull(),
    urutan: integer("urutan").notNull(),
    tingkat: text("tingkat", { enum: TINGKAT_PROGRAM }).notNull(),
    programKegiatan: text("program_kegiatan").notNull(),
    kodeDppa: text("kode_dppa"),
    indikator: text("indikator").notNull(),
    targetTeks: text("target_teks"),
    realisasi: numeric("realisasi"),
    /** Operator's judgement; null = not yet judged. */
    menunjang: boolean("menunjang"),
    capaianDicetak: text("capaian_dicetak"),
    sumber: text("sumber"),
  },
  (t) => [unique("indikator_program_urutan_unique").on(t.opdId, t.tahun, t.urutan)],
);

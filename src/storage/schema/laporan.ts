/**
 * What the LKjIP of an OPD and year needs beyond the modules' data (issue 7):
 * - laporan_teks: the free-text sections the operator writes (kata pengantar, latar belakang, …) by `kode`, each
 *   paragraphs, an optional list and closing paragraphs;
 * - laporan_narasi: an operator's replacement of a generated paragraph (by its key) with the numbers the paragraph
 *   quoted when it was edited, so the report flags it when they change ("angka berubah sejak disunting");
 * - laporan_penandatangan: place, date (and letter number) and the signing pejabat of the documents the report
 *   prints a signature for: the LKjIP itself, the budget appendix, the Inspektorat's AKIP recap letter.
 */
import { date, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { kolomOpd, kolomPemda } from "./kolom";
import { pejabat } from "./pejabat";

export interface ButirTeksLaporan {
  label: string;
  teks: string;
}

export const laporanTeks = pgTable(
  "laporan_teks",
  {
    pemdaId: kolomPemda(),
    opdId: kolomOpd(),
    tahun: integer("tahun").notNull(),
    kode: text("kode").notNull(),
    paragraf: jsonb("paragraf").$type<string[]>().notNull(),
    butir: jsonb("butir").$type<ButirTeksLaporan[]>().notNull(),
    paragrafPenutup: jsonb("paragraf_penutup").$type<string[]>().notNull(),
    diubahOleh: text("diubah_oleh").notNull(),
    diubahPada: timestamp("diubah_pada", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.opdId, t.tahun, t.kode] })],
);

export const laporanNarasi = pgTable(
  "laporan_narasi",
  {
    pemdaId: kolomPemda(),
    opdId: kolomOpd(),
    tahun: integer("tahun").notNull(),
    kunci: text("kunci").notNull(),
    teks: text("teks").notNull(),
    /** name → value as displayed ("capaian" → "94,71%") when the text was written. */
    angka: jsonb("angka").$type<Record<string, string>>().notNull(),
    disuntingOleh: text("disunting_oleh").notNull(),
    disuntingOlehId: text("disunting_oleh_id"),
    disuntingPada: timestamp("disunting_pada", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.opdId, t.tahun, t.kunci] })],
);

export const DOKUMEN_PENANDATANGAN = ["lkjip", "lampiran-anggaran", "rekap-akip"] as const;

export const laporanPenandatangan = pgTable(
  "laporan_penandatangan",
  {
    pemdaId: kolomPemda(),
    opdId: kolomOpd(),
    tahun: integer("tahun").notNull(),
    dokumen: text("dokumen", { enum: DOKUMEN_PENANDATANGAN }).notNull(),
    tempat: text("tempat"),
    tanggal: date("tanggal"),
    /** Letter number (the AKIP recap letter). */
    nomor: text("nomor"),
    /** null = the default signatory (the Kepala OPD; for the AKIP recap, the Inspektorat's head). */
    pejabatId: uuid("pejabat_id").references(() => pejabat.id, { onDelete: "set null" }),
    diubahOleh: text("diubah_oleh").notNull(),
    diubahPada: timestamp("diubah_pada", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.opdId, t.tahun, t.dokumen] })],
);

/**
 * Rencana Aksi (issue #19, ADR 0028): per PK indicator row the quarterly targets (by the indicator's nature), the
 * person responsible and the actions (kegiatan/sub-kegiatan of the DPA with their budget per quarter); per quarter
 * the realisasi with the factors and langkah, and the quarter's own state (draft → diajukan → terkunci).
 * The rows hang on `pk_kinerja`, so they follow the PK version (awal/perubahan) they were written for.
 * Capaian and flags are never stored: they are computed on read by domain/renaksi.
 */
import { integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { kolomOpd, kolomPemda } from "./kolom";
import { pkKinerja } from "./pk";

export const SIFAT_TARGET_RENAKSI = ["tingkat", "kumulatif", "per-triwulan", "dokumen"] as const;
export const STATUS_TRIWULAN_RENAKSI = ["draft", "diajukan", "terkunci"] as const;

export const renaksiIndikator = pgTable(
  "renaksi_indikator",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pemdaId: kolomPemda(),
    opdId: kolomOpd(),
    pkKinerjaId: uuid("pk_kinerja_id")
      .notNull()
      .references(() => pkKinerja.id, { onDelete: "cascade" }),
    sifat: text("sifat", { enum: SIFAT_TARGET_RENAKSI }).notNull(),
    polaritas: text("polaritas", { enum: ["positif", "negatif"] })
      .notNull()
      .default("positif"),
    rumusNegatif: text("rumus_negatif", { enum: ["2t-r", "t/r"] })
      .notNull()
      .default("2t-r"),
    /** TW I–IV as typed; null = no target that quarter. */
    targetTriwulan: jsonb("target_triwulan").$type<(string | null)[]>().notNull(),
    penanggungJawab: text("penanggung_jawab").notNull().default(""),
    sumber: text("sumber"),
  },
  (t) => [unique("renaksi_indikator_pk_kinerja_unique").on(t.pkKinerjaId)],
);

export const renaksiAksi = pgTable(
  "renaksi_aksi",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pemdaId: kolomPemda(),
    opdId: kolomOpd(),
    pkKinerjaId: uuid("pk_kinerja_id")
      .notNull()
      .references(() => pkKinerja.id, { onDelete: "cascade" }),
    urutan: integer("urutan").notNull(),
    tingkat: text("tingkat", { enum: ["kegiatan", "sub-kegiatan"] }).notNull(),
    kodeDppa: text("kode_dppa"),
    uraian: text("uraian").notNull(),
    /** Budget per quarter TW I–IV (decimal strings, rupiah). */
    anggaranTriwulan: jsonb("anggaran_triwulan").$type<string[]>().notNull(),
    penanggungJawab: text("penanggung_jawab").notNull().default(""),
  },
  (t) => [unique("renaksi_aksi_urutan_unique").on(t.pkKinerjaId, t.urutan)],
);

export const renaksiRealisasi = pgTable(
  "renaksi_realisasi",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pemdaId: kolomPemda(),
    opdId: kolomOpd(),
    pkKinerjaId: uuid("pk_kinerja_id")
      .notNull()
      .references(() => pkKinerja.id, { onDelete: "cascade" }),
    triwulan: integer("triwulan").notNull(),
    /** Realisasi of the quarter as reported (level, running total, quarter's count, or 0/1); null = not yet. */
    nilai: numeric("nilai"),
    /** Budget realised in the quarter (rupiah) for the indicator's actions; null = not reported. */
    realisasiAnggaran: numeric("realisasi_anggaran", { precision: 18, scale: 2 }),
    faktorPenghambat: text("faktor_penghambat").notNull().default(""),
    faktorPendorong: text("faktor_pendorong").notNull().default(""),
    langkah: text("langkah").notNull().default(""),
    sumber: text("sumber"),
  },
  (t) => [unique("renaksi_realisasi_triwulan_unique").on(t.pkKinerjaId, t.triwulan)],
);

/** The state of one quarter's report of an OPD; a missing row means draft. */
export const renaksiTriwulan = pgTable(
  "renaksi_triwulan",
  {
    pemdaId: kolomPemda(),
    opdId: kolomOpd(),
    tahun: integer("tahun").notNull(),
    triwulan: integer("triwulan").notNull(),
    status: text("status", { enum: STATUS_TRIWULAN_RENAKSI }).notNull(),
    diubahOleh: text("diubah_oleh").notNull(),
    diubahPada: timestamp("diubah_pada", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.opdId, t.tahun, t.triwulan] })],
);

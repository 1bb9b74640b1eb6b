/**
 * Results that come from elsewhere and feed indicators, linked not retyped:
 * - hasil_survei: an OPD's SKM result for a period (respondents + Σ nilai per unsur, or NRR per unsur), until the
 *   SKM module collects individual answers; IKM computed by domain/ikm.
 * - hasil_evaluasi_akip: an OPD's AKIP evaluation for a year as component scores with the framework version
 *   ("88/2021" | "12/2015"), until the LKE module scores kriteria; Nilai AKIP computed by domain/akip.
 *   jenis "target" holds the component targets an OPD sets (seed Tabel 3.8).
 * Printed totals/kategori are kept only as `*Dicetak` notes for the validator.
 */
import { date, integer, jsonb, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { kolomOpd, kolomPemda } from "./kolom";

export const JENIS_MASUKAN_SURVEI = ["jumlah", "nrr"] as const;

export const hasilSurvei = pgTable(
  "hasil_survei",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pemdaId: kolomPemda(),
    opdId: kolomOpd(),
    kode: text("kode").notNull(),
    tahun: integer("tahun").notNull(),
    periodeMulai: date("periode_mulai").notNull(),
    periodeSelesai: date("periode_selesai").notNull(),
    responden: integer("responden"),
    jenisMasukan: text("jenis_masukan", { enum: JENIS_MASUKAN_SURVEI }).notNull(),
    /** u1..u9 → decimal string (Σ nilai or NRR). */
    nilai: jsonb("nilai").$type<Record<string, string>>().notNull(),
    ikmDicetak: text("ikm_dicetak"),
    sumber: text("sumber"),
  },
  (t) => [unique("hasil_survei_opd_kode_unique").on(t.opdId, t.kode)],
);

export const JENIS_HASIL_AKIP = ["hasil", "target"] as const;

export const hasilEvaluasiAkip = pgTable(
  "hasil_evaluasi_akip",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pemdaId: kolomPemda(),
    opdId: kolomOpd(),
    tahun: integer("tahun").notNull(),
    jenis: text("jenis", { enum: JENIS_HASIL_AKIP }).notNull().default("hasil"),
    kerangka: text("kerangka").notNull(),
    /** komponen key (perencanaan, pengukuran, pelaporan, evaluasi[, pencapaian]) → decimal string. */
    komponen: jsonb("komponen").$type<Record<string, string>>().notNull(),
    totalDicetak: text("total_dicetak"),
    kategoriDicetak: text("kategori_dicetak"),
    sumber: text("sumber"),
  },
  (t) => [unique("hasil_evaluasi_akip_unique").on(t.opdId, t.tahun, t.jenis)],
);

/**
 * Survei Kepuasan Masyarakat (issue 12, ADR 0020): unit layanan per OPD with a short public kode, population per
 * layanan and period (Krejcie–Morgan sample size), survey periods, questionnaire versions per layanan, the raw
 * respondent answers (u1..u9 = 1–4, never a computed figure), and the rencana tindak lanjut (RTL).
 * NOTE: regulations.md §1.2–§1.8 (Permenpan RB 14/2017: unsur, kuesioner, profil responden, sampel, RTL).
 */
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { kolomOpd, kolomPemda } from "./kolom";

/** A public service counter of an OPD; `kode` is the short link `/s/{kode}`, unique in the Pemda. */
export const skmLayanan = pgTable(
  "skm_layanan",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pemdaId: kolomPemda(),
    opdId: kolomOpd(),
    kode: text("kode").notNull(),
    nama: text("nama").notNull(),
    namaEn: text("nama_en"),
    aktif: boolean("aktif").notNull().default(true),
    urutan: integer("urutan").notNull().default(0),
    diubahPada: timestamp("diubah_pada", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("skm_layanan_kode_unique").on(t.pemdaId, t.kode),
    index("skm_layanan_opd_idx").on(t.opdId),
    check("skm_layanan_kode_check", sql`${t.kode} ~ '^[a-z0-9][a-z0-9-]{1,39}$'`),
  ],
);

export const JENIS_PERIODE_SKM = ["triwulan", "semester", "tahun"] as const;
export const STATUS_PERIODE_SKM = ["terbuka", "ditutup"] as const;

/** A survey period of an OPD (kode e.g. "2023" or "2024-s1"); closing it feeds the IKM indicator. */
export const skmPeriode = pgTable(
  "skm_periode",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pemdaId: kolomPemda(),
    opdId: kolomOpd(),
    kode: text("kode").notNull(),
    jenis: text("jenis", { enum: JENIS_PERIODE_SKM }).notNull(),
    mulai: date("mulai").notNull(),
    selesai: date("selesai").notNull(),
    status: text("status", { enum: STATUS_PERIODE_SKM }).notNull().default("terbuka"),
    ditutupPada: timestamp("ditutup_pada", { withTimezone: true }),
    /** Kode of the hasil_survei record the closing wrote (the trace to the indicator). */
    hasilSurveiKode: text("hasil_survei_kode"),
    diubahPada: timestamp("diubah_pada", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("skm_periode_kode_unique").on(t.opdId, t.kode),
    index("skm_periode_pemda_idx").on(t.pemdaId, t.status),
    check("skm_periode_tanggal_check", sql`${t.selesai} >= ${t.mulai}`),
    check("skm_periode_kode_check", sql`${t.kode} ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$'`),
  ],
);

/** Number of service users (populasi) of a layanan in a period, for the minimum sample. */
export const skmPopulasi = pgTable(
  "skm_populasi",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pemdaId: kolomPemda(),
    opdId: kolomOpd(),
    layananId: uuid("layanan_id")
      .notNull()
      .references(() => skmLayanan.id, { onDelete: "cascade" }),
    periodeId: uuid("periode_id")
      .notNull()
      .references(() => skmPeriode.id, { onDelete: "cascade" }),
    populasi: integer("populasi").notNull(),
  },
  (t) => [
    unique("skm_populasi_unique").on(t.layananId, t.periodeId),
    check("skm_populasi_check", sql`${t.populasi} >= 1`),
  ],
);

/** One question of a questionnaire version: the unsur, its question and four answer texts (nilai 1..4), id + en. */
export interface ButirKuesionerSkm {
  unsur: string;
  pertanyaan: string;
  pertanyaanEn: string;
  pilihan: [string, string, string, string];
  pilihanEn: [string, string, string, string];
}

/** Questionnaire wording of a layanan, versioned (a respondent records the version they answered). */
export const skmKuesioner = pgTable(
  "skm_kuesioner",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pemdaId: kolomPemda(),
    opdId: kolomOpd(),
    layananId: uuid("layanan_id")
      .notNull()
      .references(() => skmLayanan.id, { onDelete: "cascade" }),
    versi: integer("versi").notNull(),
    butir: jsonb("butir").$type<ButirKuesionerSkm[]>().notNull(),
    dibuatPada: timestamp("dibuat_pada", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("skm_kuesioner_versi_unique").on(t.layananId, t.versi)],
);

export const SALURAN_SKM = ["online", "qr", "kiosk", "kertas", "impor"] as const;
export const STATUS_SARAN_SKM = ["menunggu", "tampil", "disembunyikan"] as const;

const nilaiUnsur = (nama: string) => smallint(nama).notNull();

/** One respondent: demographics, u1..u9 (1–4), saran (raw + cleaned + moderation), channel, time, idempotency key. */
export const skmResponden = pgTable(
  "skm_responden",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pemdaId: kolomPemda(),
    opdId: kolomOpd(),
    layananId: uuid("layanan_id")
      .notNull()
      .references(() => skmLayanan.id),
    periodeId: uuid("periode_id")
      .notNull()
      .references(() => skmPeriode.id),
    kuesionerVersi: integer("kuesioner_versi"),
    umur: smallint("umur"),
    jenisKelamin: text("jenis_kelamin"),
    pendidikan: text("pendidikan"),
    pekerjaan: text("pekerjaan"),
    u1: nilaiUnsur("u1"),
    u2: nilaiUnsur("u2"),
    u3: nilaiUnsur("u3"),
    u4: nilaiUnsur("u4"),
    u5: nilaiUnsur("u5"),
    u6: nilaiUnsur("u6"),
    u7: nilaiUnsur("u7"),
    u8: nilaiUnsur("u8"),
    u9: nilaiUnsur("u9"),
    saran: text("saran"),
    /** The saran with personal data replaced (domain/skm/saran.ts); the only form ever shown. */
    saranBersih: text("saran_bersih"),
    saranStatus: text("saran_status", { enum: STATUS_SARAN_SKM }),
    saluran: text("saluran", { enum: SALURAN_SKM }).notNull(),
    waktu: timestamp("waktu", { withTimezone: true }).notNull().defaultNow(),
    /** Idempotency key sent by the client (public form, kiosk queue) or made by paper entry/import. */
    kunci: text("kunci").notNull(),
    /** Last correction by the Petugas SKM (null = as submitted); the reason and the old values are in the audit. */
    dikoreksiPada: timestamp("dikoreksi_pada", { withTimezone: true }),
    /** Voided by the Petugas SKM: the row stays (audit trail) but counts in no figure (ADR 0037). */
    dibatalkanPada: timestamp("dibatalkan_pada", { withTimezone: true }),
    alasanBatal: text("alasan_batal"),
  },
  (t) => [
    unique("skm_responden_kunci_unique").on(t.pemdaId, t.kunci),
    index("skm_responden_periode_idx").on(t.periodeId, t.layananId),
    check(
      "skm_responden_nilai_check",
      sql`${t.u1} between 1 and 4 and ${t.u2} between 1 and 4 and ${t.u3} between 1 and 4 and ${t.u4} between 1 and 4 and ${t.u5} between 1 and 4 and ${t.u6} between 1 and 4 and ${t.u7} between 1 and 4 and ${t.u8} between 1 and 4 and ${t.u9} between 1 and 4`,
    ),
    check("skm_responden_umur_check", sql`${t.umur} is null or ${t.umur} between 10 and 120`),
  ],
);

export const STATUS_RTL_SKM = ["rencana", "berjalan", "selesai"] as const;

/** Rencana tindak lanjut for an unsur of a period (regulations.md §1.8). */
export const skmRtl = pgTable(
  "skm_rtl",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pemdaId: kolomPemda(),
    opdId: kolomOpd(),
    periodeId: uuid("periode_id")
      .notNull()
      .references(() => skmPeriode.id),
    unsur: text("unsur").notNull(),
    item: text("item").notNull(),
    penanggungJawab: text("penanggung_jawab").notNull(),
    tenggat: date("tenggat"),
    status: text("status", { enum: STATUS_RTL_SKM }).notNull().default("rencana"),
    bukti: text("bukti"),
    diubahPada: timestamp("diubah_pada", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("skm_rtl_periode_idx").on(t.periodeId)],
);

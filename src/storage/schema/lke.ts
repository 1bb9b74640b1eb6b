/**
 * Evaluasi AKIP per OPD per year (issue 13, ADR 0023): the LKE worksheet of Permenpan RB 88/2021 with, per kriteria,
 * the OPD's self-assessment (penilaian mandiri) and the evaluator's answer, each with its justification, and the
 * evaluator's note; notes per komponen; evidence per kriteria (files as bytea like the realisasi evidence, ADR 0009,
 * links, a page pointer into a PDF); recommendations with owner, due date, status and follow-up.
 * Values are never stored: sub-komponen, komponen, total and predikat are computed by domain/akip on every read.
 * Years with only the four component values (component-only mode) stay in `hasil_evaluasi_akip`.
 */
import { sql } from "drizzle-orm";
import { check, date, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { bytea, kolomOpd, kolomPemda } from "./kolom";

/** draft (OPD fills) → diajukan (evaluator team evaluates) → dinilai (awaits the team leader) → final (locked). */
export const STATUS_LKE = ["draft", "diajukan", "dinilai", "final"] as const;

export const evaluasiLke = pgTable(
  "evaluasi_lke",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pemdaId: kolomPemda(),
    opdId: kolomOpd(),
    tahun: integer("tahun").notNull(),
    /** Framework short name ("88/2021"), fixed when the evaluation is created (kerangkaLkeTahun). */
    kerangka: text("kerangka").notNull(),
    status: text("status", { enum: STATUS_LKE }).notNull().default("draft"),
    /** komponen key (perencanaan, …) → the evaluator's note on that component. */
    catatanKomponen: jsonb("catatan_komponen").$type<Record<string, string>>().notNull().default({}),
    /** Free text: marks an illustrative evaluation (the demo) or where the answers come from. */
    keterangan: text("keterangan"),
    /** Increases with every change (answers, notes, status); the ETag of the worksheet. */
    versi: integer("versi").notNull().default(1),
    diubahOleh: text("diubah_oleh").notNull(),
    diubahPada: timestamp("diubah_pada", { withTimezone: true }).notNull().defaultNow(),
    difinalkanOleh: text("difinalkan_oleh"),
    difinalkanPada: timestamp("difinalkan_pada", { withTimezone: true }),
  },
  (t) => [
    unique("evaluasi_lke_opd_tahun_unique").on(t.opdId, t.tahun),
    index("evaluasi_lke_pemda_idx").on(t.pemdaId, t.tahun),
  ],
);

/** One kriteria of one evaluation: the two answers (letters AA…E) with their justifications, and the note. */
export const lkeJawaban = pgTable(
  "lke_jawaban",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pemdaId: kolomPemda(),
    opdId: kolomOpd(),
    evaluasiId: uuid("evaluasi_id")
      .notNull()
      .references(() => evaluasiLke.id, { onDelete: "cascade" }),
    /** "1.b.2". */
    kodeKriteria: text("kode_kriteria").notNull(),
    jawabanMandiri: text("jawaban_mandiri"),
    alasanMandiri: text("alasan_mandiri"),
    jawabanEvaluator: text("jawaban_evaluator"),
    alasanEvaluator: text("alasan_evaluator"),
    catatanEvaluator: text("catatan_evaluator"),
    diubahOleh: text("diubah_oleh").notNull(),
    diubahPada: timestamp("diubah_pada", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("lke_jawaban_kriteria_unique").on(t.evaluasiId, t.kodeKriteria)],
);

export const JENIS_BUKTI_LKE = ["berkas", "tautan"] as const;

/** Evidence of one kriteria: an uploaded file (PDF/PNG/JPEG, bytea) or a link; optionally a page of a PDF. */
export const lkeBukti = pgTable(
  "lke_bukti",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pemdaId: kolomPemda(),
    opdId: kolomOpd(),
    evaluasiId: uuid("evaluasi_id")
      .notNull()
      .references(() => evaluasiLke.id, { onDelete: "cascade" }),
    kodeKriteria: text("kode_kriteria").notNull(),
    jenis: text("jenis", { enum: JENIS_BUKTI_LKE }).notNull(),
    judul: text("judul").notNull(),
    /** jenis tautan: the address. */
    url: text("url"),
    /** A page pointer into a PDF (file or link), 1-based. */
    halaman: integer("halaman"),
    namaBerkas: text("nama_berkas"),
    mime: text("mime"),
    ukuran: integer("ukuran"),
    sha256: text("sha256"),
    isi: bytea("isi"),
    /** Copied from last year's evaluation ("pakai bukti tahun lalu"): the original row's id. */
    asalBuktiId: uuid("asal_bukti_id"),
    diunggahOleh: text("diunggah_oleh").notNull(),
    diunggahPada: timestamp("diunggah_pada", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("lke_bukti_evaluasi_idx").on(t.evaluasiId, t.kodeKriteria),
    check("lke_bukti_halaman_check", sql`${t.halaman} IS NULL OR ${t.halaman} >= 1`),
  ],
);

export const STATUS_REKOMENDASI = ["terbuka", "proses", "selesai"] as const;

/** A recommendation of the evaluation and its follow-up (tindak lanjut). */
export const lkeRekomendasi = pgTable(
  "lke_rekomendasi",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pemdaId: kolomPemda(),
    opdId: kolomOpd(),
    evaluasiId: uuid("evaluasi_id")
      .notNull()
      .references(() => evaluasiLke.id, { onDelete: "cascade" }),
    /** Optional anchor: a komponen key or a kriteria code. */
    komponen: text("komponen"),
    kodeKriteria: text("kode_kriteria"),
    uraian: text("uraian").notNull(),
    penanggungJawab: text("penanggung_jawab").notNull(),
    batasWaktu: date("batas_waktu"),
    status: text("status", { enum: STATUS_REKOMENDASI }).notNull().default("terbuka"),
    tindakLanjut: text("tindak_lanjut"),
    /** Evidence of the follow-up: a link and/or an lke_bukti row. */
    buktiUrl: text("bukti_url"),
    buktiId: uuid("bukti_id").references(() => lkeBukti.id, { onDelete: "set null" }),
    urutan: integer("urutan").notNull().default(0),
    diubahOleh: text("diubah_oleh").notNull(),
    diubahPada: timestamp("diubah_pada", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("lke_rekomendasi_evaluasi_idx").on(t.evaluasiId)],
);

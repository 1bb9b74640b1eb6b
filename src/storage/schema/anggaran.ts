/**
 * Budget of an OPD per year (issue 6): the DPA tree program → kegiatan → sub-kegiatan by Permendagri 90/2019
 * canonical code, cumulative realisasi per sub-kegiatan and month, anggaran by akun (per sub-kegiatan and for the
 * whole OPD, e.g. the DPPA's Tabel 2.3) and links to Renstra sasaran. Money is numeric(18, 2) (ADR 0004).
 * NOTE: regulations.md §5 (codes, belanja classes).
 */
import { sql } from "drizzle-orm";
import {
  check,
  foreignKey,
  index,
  integer,
  numeric,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { kolomOpd, kolomPemda } from "./kolom";

const uang = (name: string) => numeric(name, { precision: 18, scale: 2 });

export const LEVEL_ANGGARAN = ["program", "kegiatan", "sub-kegiatan"] as const;

/** One program, kegiatan or sub-kegiatan; amounts only on sub-kegiatan (roll-ups are computed, never stored). */
export const anggaranNode = pgTable(
  "anggaran_node",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pemdaId: kolomPemda(),
    opdId: kolomOpd(),
    tahun: integer("tahun").notNull(),
    /** Canonical code, e.g. "7.01.02.2.02.0003", "X.XX.01". */
    kode: text("kode").notNull(),
    level: text("level", { enum: LEVEL_ANGGARAN }).notNull(),
    uraian: text("uraian").notNull(),
    anggaranMurni: uang("anggaran_murni"),
    anggaranPerubahan: uang("anggaran_perubahan"),
    sumberDana: text("sumber_dana"),
    diubahPada: timestamp("diubah_pada", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("anggaran_node_kode_unique").on(t.opdId, t.tahun, t.kode),
    index("anggaran_node_pemda_idx").on(t.pemdaId, t.tahun),
    check("anggaran_node_murni_check", sql`${t.anggaranMurni} >= 0`),
    check("anggaran_node_perubahan_check", sql`${t.anggaranPerubahan} >= 0`),
  ],
);

/** Cumulative realisasi of a sub-kegiatan up to the end of `bulan` (a triwulan = its last month: 3, 6, 9, 12). */
export const anggaranRealisasi = pgTable(
  "anggaran_realisasi",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pemdaId: kolomPemda(),
    opdId: kolomOpd(),
    tahun: integer("tahun").notNull(),
    kode: text("kode").notNull(),
    bulan: integer("bulan").notNull(),
    /** Belanja Pegawai 5.1.01. */
    pegawai: uang("pegawai").notNull(),
    /** Belanja Barang dan Jasa 5.1.02. */
    barangJasa: uang("barang_jasa").notNull(),
    /** Belanja Modal 5.2. */
    modal: uang("modal").notNull(),
  },
  (t) => [
    unique("anggaran_realisasi_unique").on(t.opdId, t.tahun, t.kode, t.bulan),
    foreignKey({
      name: "anggaran_realisasi_node_fk",
      columns: [t.opdId, t.tahun, t.kode],
      foreignColumns: [anggaranNode.opdId, anggaranNode.tahun, anggaranNode.kode],
    }).onDelete("cascade"),
    check("anggaran_realisasi_bulan_check", sql`${t.bulan} between 1 and 12`),
    check("anggaran_realisasi_nilai_check", sql`${t.pegawai} >= 0 and ${t.barangJasa} >= 0 and ${t.modal} >= 0`),
  ],
);

/** Anggaran of a sub-kegiatan by belanja account (class with sub-class, e.g. "5.2.02"). */
export const anggaranRincian = pgTable(
  "anggaran_rincian",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pemdaId: kolomPemda(),
    opdId: kolomOpd(),
    tahun: integer("tahun").notNull(),
    kode: text("kode").notNull(),
    akun: text("akun").notNull(),
    anggaran: uang("anggaran").notNull(),
  },
  (t) => [
    unique("anggaran_rincian_unique").on(t.opdId, t.tahun, t.kode, t.akun),
    foreignKey({
      name: "anggaran_rincian_node_fk",
      columns: [t.opdId, t.tahun, t.kode],
      foreignColumns: [anggaranNode.opdId, anggaranNode.tahun, anggaranNode.kode],
    }).onDelete("cascade"),
    check("anggaran_rincian_nilai_check", sql`${t.anggaran} >= 0`),
  ],
);

/**
 * OPD-level DPA/DPPA breakdown by belanja account when the source gives it only there (seed Tabel 2.3: 5.1.01,
 * 5.1.02, 5.2.02), with the realisasi of modal sub-classes (Tabel 3.17). Reconciled against the tree's total.
 */
export const anggaranKelasOpd = pgTable(
  "anggaran_kelas_opd",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pemdaId: kolomPemda(),
    opdId: kolomOpd(),
    tahun: integer("tahun").notNull(),
    akun: text("akun").notNull(),
    anggaran: uang("anggaran").notNull(),
    realisasi: uang("realisasi"),
    /** Where the figure comes from, e.g. "DPPA Kecamatan Sei Balai Tahun Anggaran 2023". */
    sumber: text("sumber"),
  },
  (t) => [
    unique("anggaran_kelas_opd_unique").on(t.opdId, t.tahun, t.akun),
    check(
      "anggaran_kelas_opd_nilai_check",
      sql`${t.anggaran} >= 0 and (${t.realisasi} is null or ${t.realisasi} >= 0)`,
    ),
  ],
);

/**
 * A program / kegiatan / sub-kegiatan supports a Renstra sasaran, stored by the sasaran's code ("S1"): resolved
 * against renstra_sasaran (opd_id, kode) when read, so the link survives edits of the Renstra.
 */
export const anggaranSasaran = pgTable(
  "anggaran_sasaran",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pemdaId: kolomPemda(),
    opdId: kolomOpd(),
    tahun: integer("tahun").notNull(),
    kode: text("kode").notNull(),
    sasaranKode: text("sasaran_kode").notNull(),
  },
  (t) => [
    unique("anggaran_sasaran_unique").on(t.opdId, t.tahun, t.kode, t.sasaranKode),
    foreignKey({
      name: "anggaran_sasaran_node_fk",
      columns: [t.opdId, t.tahun, t.kode],
      foreignColumns: [anggaranNode.opdId, anggaranNode.tahun, anggaranNode.kode],
    }).onDelete("cascade"),
  ],
);

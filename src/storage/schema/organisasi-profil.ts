/**
 * Profile fields of a Pemda and of an OPD beyond their identity rows (pemda, opd): capital, logo, address.
 * The Kepala Daerah (Bupati/Walikota) is a `pejabat` row with peran "kepala-daerah" (no OPD).
 */
import { pgTable, text, uuid } from "drizzle-orm/pg-core";
import { bytea, kolomPemda } from "./kolom";
import { opd } from "./opd";
import { pemda } from "./pemda";

export const pemdaProfil = pgTable("pemda_profil", {
  pemdaId: uuid("pemda_id")
    .primaryKey()
    .references(() => pemda.id),
  ibuKota: text("ibu_kota"),
  alamat: text("alamat"),
  logoMime: text("logo_mime"),
  logo: bytea("logo"),
});

export const opdProfil = pgTable("opd_profil", {
  opdId: uuid("opd_id")
    .primaryKey()
    .references(() => opd.id),
  pemdaId: kolomPemda(),
  alamat: text("alamat"),
  /** Legal basis of the organisation structure (Perbup …) and its summary, as written. */
  dasarSusunan: text("dasar_susunan"),
  uraianSusunan: text("uraian_susunan"),
  /** Tugas pokok: legal basis and the tugas sentence; the fungsi list is `opd_butir` jenis "fungsi". */
  dasarTugas: text("dasar_tugas"),
  tugas: text("tugas"),
});

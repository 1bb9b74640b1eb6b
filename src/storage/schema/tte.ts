/**
 * Electronic signatures (issue 17, ADR 0032). `tte_tanda_tangan` is the signing log: one row per signed document,
 * append-only (the repository has no update or delete), holding the SHA-256 of the final PDF, the signer as known to
 * SAKIP (name, NIP, jabatan; never the NIK or the passphrase), the time, the provider and the signed file itself, so a
 * signed document is immutable (signing again makes a new document with a new kode). `tte_pengaturan` chooses the
 * provider per Pemda (register when no row).
 */
import { index, integer, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { bytea, kolomPemda } from "./kolom";
import { opd } from "./opd";
import { pemda } from "./pemda";

export const PENYEDIA_TTE = ["register", "bsre"] as const;

export const tteTandaTangan = pgTable(
  "tte_tanda_tangan",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pemdaId: kolomPemda(),
    opdId: uuid("opd_id").references(() => opd.id),
    /** The public verification code (`/v/{kode}`), unique over all Pemda. */
    kode: text("kode").notNull(),
    penyedia: text("penyedia", { enum: PENYEDIA_TTE }).notNull(),
    /** What was signed: "pk", "lkjip", "lain". */
    jenisDokumen: text("jenis_dokumen").notNull(),
    judul: text("judul").notNull(),
    namaBerkas: text("nama_berkas").notNull(),
    /** SHA-256 (hex) of the final, signed PDF: what the verification compares. */
    sha256: text("sha256").notNull(),
    /** SHA-256 (hex) of the PDF as it was handed in, before the QR and the signature. */
    sha256Asal: text("sha256_asal").notNull(),
    ukuran: integer("ukuran").notNull(),
    penandatanganNama: text("penandatangan_nama").notNull(),
    penandatanganNip: text("penandatangan_nip"),
    penandatanganJabatan: text("penandatangan_jabatan").notNull(),
    pejabatId: uuid("pejabat_id"),
    ditandatanganiPada: timestamp("ditandatangani_pada", { withTimezone: true }).notNull(),
    /** Who pressed "Tandatangani" (the signed-in user or "sistem" for the CLI). */
    olehNama: text("oleh_nama").notNull(),
    berkas: bytea("berkas").notNull(),
  },
  (t) => [unique("tte_tanda_tangan_kode_unique").on(t.kode), index("tte_tanda_tangan_sha256_idx").on(t.sha256)],
);

export const ttePengaturan = pgTable("tte_pengaturan", {
  pemdaId: uuid("pemda_id")
    .primaryKey()
    .references(() => pemda.id),
  penyedia: text("penyedia", { enum: PENYEDIA_TTE }).notNull().default("register"),
  /** The Pemda's Esign Client Service address; null → the TTE_URL setting. */
  alamat: text("alamat"),
});

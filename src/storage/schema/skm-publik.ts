/**
 * SKM public survey, anti-abuse (issue 12, ADR 0021): one-time codes printed at the counter and the per-service
 * setting that asks for one. A code is stored only as its hash; `kunci` is the idempotency key of the submission that
 * used it, so a replay of that submission passes and any other submission with the code is refused.
 */
import { boolean, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { kolomOpd, kolomPemda } from "./kolom";

export const skmKodeSekali = pgTable(
  "skm_kode_sekali",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pemdaId: kolomPemda(),
    opdId: kolomOpd(),
    /** The service's kode (unique per Pemda, issue 12). */
    layananKode: text("layanan_kode").notNull(),
    /** SHA-256 (hex) of pemda id + ":" + the normalised code. */
    kodeHash: text("kode_hash").notNull(),
    /** Printed batch (one generation), for the list of batches. */
    batch: uuid("batch").notNull(),
    dibuatPada: timestamp("dibuat_pada", { withTimezone: true }).notNull().defaultNow(),
    dipakaiPada: timestamp("dipakai_pada", { withTimezone: true }),
    kunci: text("kunci"),
  },
  (t) => [
    uniqueIndex("skm_kode_sekali_hash_uq").on(t.pemdaId, t.kodeHash),
    index("skm_kode_sekali_layanan_idx").on(t.pemdaId, t.layananKode),
  ],
);

export const skmLayananPublik = pgTable(
  "skm_layanan_publik",
  {
    pemdaId: kolomPemda(),
    opdId: kolomOpd(),
    layananKode: text("layanan_kode").notNull(),
    /** "wajib kode": a submission needs an unused one-time code of this service. */
    wajibKode: boolean("wajib_kode").notNull().default(false),
    diubahPada: timestamp("diubah_pada", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("skm_layanan_publik_uq").on(t.pemdaId, t.layananKode)],
);

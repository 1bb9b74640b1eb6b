/** Perangkat Daerah (OPD): a dinas, badan, kecamatan, sekretariat or inspektorat belonging to one Pemda. */
import { integer, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { pemda } from "./pemda";

export const opd = pgTable(
  "opd",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pemdaId: uuid("pemda_id")
      .notNull()
      .references(() => pemda.id),
    slug: text("slug").notNull(),
    nama: text("nama").notNull(),
    jenis: text("jenis", {
      enum: ["sekretariat", "inspektorat", "dinas", "badan", "satpol", "kecamatan", "kelurahan", "lainnya"],
    }).notNull(),
    kode: text("kode"),
    urutan: integer("urutan"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // kode (SIPD unit code) is optional; PostgreSQL treats NULLs as distinct, so many OPDs may have none.
  (t) => [unique("opd_pemda_slug_unique").on(t.pemdaId, t.slug), unique("opd_pemda_kode_unique").on(t.pemdaId, t.kode)],
);

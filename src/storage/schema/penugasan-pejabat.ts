/**
 * Acting officials (issue 17): a Plt. (Pelaksana Tugas) or Plh. (Pelaksana Harian) assignment of a pejabat to a
 * position he fills for a period, with its legal basis (nomor SK). Documents signed by him in that period show
 * "Plt. <jabatan>" / "Plh. <jabatan>" (src/domain/pejabat/penugasan.ts).
 */
import { date, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { kolomPemda } from "./kolom";
import { opd } from "./opd";
import { pejabat } from "./pejabat";

export const JENIS_PENUGASAN = ["plt", "plh"] as const;

export const pejabatPenugasan = pgTable(
  "pejabat_penugasan",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pemdaId: kolomPemda(),
    /** OPD of the position filled; null for a Pemda-level position (Plt. Bupati). */
    opdId: uuid("opd_id").references(() => opd.id),
    /** The official who acts. */
    pejabatId: uuid("pejabat_id")
      .notNull()
      .references(() => pejabat.id, { onDelete: "cascade" }),
    jenis: text("jenis", { enum: JENIS_PENUGASAN }).notNull(),
    /** The position filled, as printed after "Plt." ("Camat Sei Balai"). */
    jabatanDiisi: text("jabatan_diisi").notNull(),
    nomorSk: text("nomor_sk").notNull(),
    mulai: date("mulai").notNull(),
    /** Inclusive; null = until further notice. */
    selesai: date("selesai"),
    dibuatPada: timestamp("dibuat_pada", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("pejabat_penugasan_pejabat_idx").on(t.pejabatId)],
);

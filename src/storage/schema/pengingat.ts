/**
 * Reminders (issue 15, ADR 0035): in-app notifications and e-mail deliveries. Each row has a unique `kunci`
 * (reminder kind, deadline, recipient, day — domain/pengingat), so a job run twice, or again after a restart,
 * inserts nothing new. A delivery's state moves menunggu → terkirim (in the same transaction that claimed the row)
 * or gagal (address refused, or retries exhausted), with the attempts and the last error kept for the admin page.
 */
import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { authUser } from "./auth";
import { kolomPemda } from "./kolom";

export const pemberitahuan = pgTable(
  "pemberitahuan",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pemdaId: kolomPemda(),
    penggunaId: text("pengguna_id")
      .notNull()
      .references(() => authUser.id, { onDelete: "cascade" }),
    kunci: text("kunci").notNull().unique(),
    jenis: text("jenis").notNull(),
    judul: text("judul").notNull(),
    isi: text("isi").notNull(),
    tautan: text("tautan"),
    dibuatPada: timestamp("dibuat_pada", { withTimezone: true }).notNull().defaultNow(),
    dibacaPada: timestamp("dibaca_pada", { withTimezone: true }),
  },
  (t) => [index("pemberitahuan_pengguna_idx").on(t.penggunaId, t.dibuatPada)],
);

export const STATUS_KIRIMAN = ["menunggu", "terkirim", "gagal"] as const;

export const kirimanSurel = pgTable(
  "kiriman_surel",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pemdaId: kolomPemda(),
    kunci: text("kunci").notNull().unique(),
    pemberitahuanId: uuid("pemberitahuan_id").references(() => pemberitahuan.id, { onDelete: "set null" }),
    penggunaId: text("pengguna_id").references(() => authUser.id, { onDelete: "set null" }),
    kepada: text("kepada").notNull(),
    subjek: text("subjek").notNull(),
    teks: text("teks").notNull(),
    status: text("status", { enum: STATUS_KIRIMAN }).notNull().default("menunggu"),
    percobaan: integer("percobaan").notNull().default(0),
    galat: text("galat"),
    dibuatPada: timestamp("dibuat_pada", { withTimezone: true }).notNull().defaultNow(),
    diubahPada: timestamp("diubah_pada", { withTimezone: true }).notNull().defaultNow(),
    terkirimPada: timestamp("terkirim_pada", { withTimezone: true }),
  },
  (t) => [index("kiriman_surel_status_idx").on(t.pemdaId, t.status)],
);

/**
 * Settings that differ between Pemda, as data (issue 11, ADR 0019): the time zone of its calendar days and shown
 * times, and its rule version per area (domain/aturan). One row per Pemda; a Pemda without a row uses the defaults
 * (WIB; the version in force for each year).
 */
import { jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { pemda } from "./pemda";

export const pemdaPengaturan = pgTable("pemda_pengaturan", {
  pemdaId: uuid("pemda_id")
    .primaryKey()
    .references(() => pemda.id),
  /** IANA zone: Asia/Jakarta (WIB), Asia/Makassar (WITA), Asia/Jayapura (WIT). */
  zonaWaktu: text("zona_waktu", { enum: ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"] })
    .notNull()
    .default("Asia/Jakarta"),
  /** Rule version id per area ({"ikm": "ikm-14-2017-bobot-1-9"}); an area not listed uses the year's default. */
  aturan: jsonb("aturan").$type<Record<string, string>>().notNull().default({}),
});

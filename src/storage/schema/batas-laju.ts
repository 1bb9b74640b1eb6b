/**
 * Rate-limit events kept in the database (issue 16, ADR 0031), so every app server on one PostgreSQL counts the same
 * submissions: one row per accepted event of a key (e.g. the public SKM intake per address or device), pruned once
 * older than its window.
 */
import { bigint, index, pgTable, text, uuid } from "drizzle-orm/pg-core";

export const batasLaju = pgTable(
  "batas_laju",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Which limiter and whose: "skm:a:<address>", "skm:p:<device>". */
    kunci: text("kunci").notNull(),
    /** Event time, milliseconds since the epoch (the app's clock, so tests can move it). */
    waktuMs: bigint("waktu_ms", { mode: "number" }).notNull(),
  },
  (t) => [index("batas_laju_kunci_idx").on(t.kunci, t.waktuMs), index("batas_laju_waktu_idx").on(t.waktuMs)],
);

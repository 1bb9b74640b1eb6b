/** Tenant: a Pemerintah Daerah (Kabupaten/Kota). Every tenant row in other tables carries `pemda_id`. */
import { pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const pemda = pgTable("pemda", {
  id: uuid("id").primaryKey().defaultRandom(),
  slug: text("slug").notNull().unique(),
  nama: text("nama").notNull(),
  jenis: text("jenis", { enum: ["kabupaten", "kota"] }).notNull(),
  provinsi: text("provinsi").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

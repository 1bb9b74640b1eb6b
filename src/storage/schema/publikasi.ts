/**
 * Public portal (issue 15, ADR 0029): what an authorised user published per OPD and year, frozen at publication.
 * `data` holds the published tables (columns + rows) and `berkas` the generated document's bytes, so later edits of
 * the plans, PKs, SKM or the LKjIP never change what the portal shows. The portal reads this table only.
 */
import { integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { bytea, kolomOpd, kolomPemda } from "./kolom";

export const JENIS_PUBLIKASI = ["renstra", "pk", "lkjip", "skm", "akip"] as const;
export type JenisPublikasi = (typeof JENIS_PUBLIKASI)[number];

export const publikasi = pgTable(
  "publikasi",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pemdaId: kolomPemda(),
    opdId: kolomOpd(),
    tahun: integer("tahun").notNull(),
    jenis: text("jenis", { enum: JENIS_PUBLIKASI }).notNull(),
    judul: text("judul").notNull(),
    /** Published tables: { [tabel]: { kolom: string[], baris: (string|number|null)[][] } } plus a summary. */
    data: jsonb("data").notNull(),
    /** The generated document as it was at publication (LKjIP, PK); null for data-only items. */
    berkas: bytea("berkas"),
    namaBerkas: text("nama_berkas"),
    jenisMime: text("jenis_mime"),
    diterbitkanPada: timestamp("diterbitkan_pada", { withTimezone: true }).notNull().defaultNow(),
    diterbitkanOleh: text("diterbitkan_oleh").notNull(),
  },
  (t) => [uniqueIndex("publikasi_opd_tahun_jenis_uq").on(t.opdId, t.tahun, t.jenis)],
);

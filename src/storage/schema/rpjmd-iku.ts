/**
 * The RPJMD's performance part (issue 15, ADR 0036): tujuan → sasaran → IKU of the Pemda, each IKU with its
 * targets per year of the RPJMD period and either realisasi entered at Pemda level ("langsung") or links to OPD
 * measured indicators ("tautan", combined as the IKU's `gabungan` says: the designated source, sum or mean).
 * Saved as one document per RPJMD (replace, versioned with If-Match): ids are not referenced from elsewhere.
 * A separate file from rpjmd.ts because it references `indikator`, whose Renstra references the RPJMD (no cycle).
 */
import { boolean, integer, jsonb, pgTable, primaryKey, text, unique, uuid } from "drizzle-orm/pg-core";
import { indikator } from "./indikator";
import { kolomOpd, kolomPemda } from "./kolom";
import { rpjmd } from "./rpjmd";

export const SUMBER_IKU_PEMDA = ["langsung", "tautan"] as const;
export const GABUNGAN_TAUTAN_IKU = ["utama", "jumlah", "rata"] as const;

/** Realisasi entered at Pemda level for one year, with where the figure comes from. */
export interface RealisasiIkuLangsung {
  /** Decimal string ("5.12"). */
  nilai: string;
  sumber: string;
}

export const rpjmdTujuan = pgTable(
  "rpjmd_tujuan",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pemdaId: kolomPemda(),
    rpjmdId: uuid("rpjmd_id")
      .notNull()
      .references(() => rpjmd.id, { onDelete: "cascade" }),
    kode: text("kode").notNull(),
    teks: text("teks").notNull(),
    /** The misi number the tujuan serves, if any. */
    misiNomor: integer("misi_nomor"),
    urutan: integer("urutan").notNull().default(0),
  },
  (t) => [unique("rpjmd_tujuan_kode_unique").on(t.rpjmdId, t.kode)],
);

export const rpjmdSasaran = pgTable(
  "rpjmd_sasaran",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pemdaId: kolomPemda(),
    tujuanId: uuid("tujuan_id")
      .notNull()
      .references(() => rpjmdTujuan.id, { onDelete: "cascade" }),
    kode: text("kode").notNull(),
    teks: text("teks").notNull(),
    urutan: integer("urutan").notNull().default(0),
  },
  (t) => [unique("rpjmd_sasaran_kode_unique").on(t.tujuanId, t.kode)],
);

export const rpjmdIku = pgTable(
  "rpjmd_iku",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pemdaId: kolomPemda(),
    sasaranId: uuid("sasaran_id")
      .notNull()
      .references(() => rpjmdSasaran.id, { onDelete: "cascade" }),
    kode: text("kode").notNull(),
    nama: text("nama").notNull(),
    satuan: text("satuan").notNull(),
    polaritas: text("polaritas", { enum: ["positif", "negatif"] })
      .notNull()
      .default("positif"),
    /** Formula of a negative indicator (regulations.md §4). */
    rumusNegatif: text("rumus_negatif", { enum: ["2t-r", "t/r"] })
      .notNull()
      .default("2t-r"),
    definisiOperasional: text("definisi_operasional").notNull().default(""),
    sumber: text("sumber", { enum: SUMBER_IKU_PEMDA }).notNull(),
    gabungan: text("gabungan", { enum: GABUNGAN_TAUTAN_IKU }).notNull().default("utama"),
    /** Target as written per year of the RPJMD period: { "2023": "85,00" }. */
    target: jsonb("target").$type<Record<string, string>>().notNull().default({}),
    /** Realisasi entered at Pemda level per year (only for sumber "langsung"). */
    realisasi: jsonb("realisasi").$type<Record<string, RealisasiIkuLangsung>>().notNull().default({}),
    /** Where targets/figures come from (document), shown in the report's notes. */
    catatan: text("catatan").notNull().default(""),
    urutan: integer("urutan").notNull().default(0),
  },
  (t) => [unique("rpjmd_iku_kode_unique").on(t.sasaranId, t.kode)],
);

export const rpjmdIkuTautan = pgTable(
  "rpjmd_iku_tautan",
  {
    pemdaId: kolomPemda(),
    opdId: kolomOpd(),
    ikuId: uuid("iku_id")
      .notNull()
      .references(() => rpjmdIku.id, { onDelete: "cascade" }),
    indikatorId: uuid("indikator_id")
      .notNull()
      .references(() => indikator.id, { onDelete: "cascade" }),
    /** The link designated as source when the IKU's gabungan is "utama". */
    utama: boolean("utama").notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.ikuId, t.indikatorId] })],
);

/**
 * Peer comparison: the OPD an OPD compares itself with (same database, or only a name) and the peer's published
 * figures per indicator kode and year, each with its source. When the peer's own results are in the database they
 * are computed from there and the published figure is shown beside them.
 */
import { integer, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { kolomOpd, kolomPemda } from "./kolom";
import { opd } from "./opd";

export const pembanding = pgTable("pembanding", {
  opdId: uuid("opd_id")
    .primaryKey()
    .references(() => opd.id),
  pemdaId: kolomPemda(),
  peerOpdId: uuid("peer_opd_id").references(() => opd.id),
  namaPeer: text("nama_peer").notNull(),
  sumber: text("sumber"),
});

export const pembandingNilai = pgTable(
  "pembanding_nilai",
  {
    pemdaId: kolomPemda(),
    opdId: kolomOpd(),
    indikatorKode: text("indikator_kode").notNull(),
    tahun: integer("tahun").notNull(),
    targetTeks: text("target_teks"),
    realisasiTeks: text("realisasi_teks"),
    sumber: text("sumber").notNull(),
  },
  (t) => [primaryKey({ columns: [t.opdId, t.indikatorKode, t.tahun] })],
);

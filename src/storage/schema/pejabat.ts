/**
 * Officials: the Kepala Daerah (no OPD) and the pejabat of each OPD, with NIP (validated by domain/nip), pangkat,
 * golongan, jabatan, eselon, unit and the dates they held the post. Keyed by a stable `kode` per scope.
 */
import { date, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { kolomPemda } from "./kolom";
import { opd } from "./opd";
import { unitKerja } from "./unit-kerja";

export const PERAN_PEJABAT = ["kepala-daerah", "kepala-opd", "pejabat"] as const;
export const ESELON = ["II", "III", "IV"] as const;

export const pejabat = pgTable(
  "pejabat",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pemdaId: kolomPemda(),
    /** null for the Kepala Daerah and other Pemda-level officials. */
    opdId: uuid("opd_id").references(() => opd.id),
    kode: text("kode").notNull(),
    peran: text("peran", { enum: PERAN_PEJABAT }).notNull(),
    nama: text("nama").notNull(),
    gelarDepan: text("gelar_depan"),
    gelarBelakang: text("gelar_belakang"),
    /** 18 digits, normalised; null only where no NIP applies (an elected Kepala Daerah). */
    nip: text("nip"),
    pangkat: text("pangkat"),
    golongan: text("golongan"),
    jabatan: text("jabatan").notNull(),
    eselon: text("eselon", { enum: ESELON }),
    unitId: uuid("unit_id").references(() => unitKerja.id, { onDelete: "set null" }),
    mulai: date("mulai"),
    selesai: date("selesai"),
    catatan: text("catatan"),
  },
  (t) => [unique("pejabat_scope_kode_unique").on(t.pemdaId, t.opdId, t.kode).nullsNotDistinct()],
);

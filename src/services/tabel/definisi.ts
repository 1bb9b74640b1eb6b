/**
 * A table that can be exported to XLSX, downloaded as a template, and imported back: its columns (key, read-only
 * or editable, with a cell type), how to read its rows, and how to save the changed cells (one audited write).
 */
import type { Izin } from "../../domain/akses/izin";
import type { LingkupOpd } from "../bersama/lingkup";
import type { ServiceContext } from "../context";

/** Cell types: "angka" decimal, "bulat" integer ≥ 0, "target" as written (85,00 · 80-90 · BB (75,00)), "teks". */
export type JenisSel = "angka" | "bulat" | "target" | "teks";

export interface KolomTabel {
  kunci: string;
  judul: string;
  jenis: JenisSel;
  /** Editable by import; a changed read-only cell is rejected (it is computed or identifies the row). */
  dapatDiubah: boolean;
  lebar?: number;
}

/** A cell value in machine form: decimal string, integer, text, or null (empty). */
export type NilaiSel = string | number | null;

export interface BarisTabel {
  /** Hidden row key (column A): the id of the row in the database. */
  id: string;
  nilai: Record<string, NilaiSel>;
  /** Editable columns that are read-only for this row (e.g. a realisasi taken from a survey result). */
  terkunci?: Record<string, string>;
}

export interface PerubahanSel {
  id: string;
  baris: number;
  kunci: string;
  kolom: string;
  dari: NilaiSel;
  ke: NilaiSel;
}

export interface DefinisiTabel {
  id: string;
  judul: string;
  izinBaca: Izin;
  izinUbah: Izin;
  kolom(ctx: ServiceContext, lingkup: LingkupOpd, tahun: number): Promise<KolomTabel[]>;
  baca(ctx: ServiceContext, lingkup: LingkupOpd, tahun: number): Promise<BarisTabel[]>;
  /** Saves the changed cells in one audited write (after the whole file was validated). */
  simpan(ctx: ServiceContext, lingkup: LingkupOpd, tahun: number, perubahan: PerubahanSel[]): Promise<void>;
}

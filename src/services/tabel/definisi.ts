/**
 * A table that can be exported to XLSX, downloaded as a template, and imported back: its columns (key, read-only
 * or editable, with a cell type), how to read its rows, and how to save the changed cells (one audited write).
 * A table may also accept new rows (an empty ID cell) and explicit removal (a "Hapus" column with "ya"); a row
 * missing from the file is never removed.
 */
import type { Izin } from "../../domain/akses/izin";
import type { LingkupOpd } from "../bersama/lingkup";
import type { ServiceContext } from "../context";

/**
 * Cell types: "angka" decimal, "bulat" integer ≥ 0, "target" as written (85,00 · 80-90 · BB (75,00)), "teks",
 * "tanggal" (Excel date, dd/mm/yyyy or yyyy-mm-dd → ISO "yyyy-mm-dd"), "daftar" (one item per line).
 */
export type JenisSel = "angka" | "bulat" | "target" | "teks" | "tanggal" | "daftar";

/** A cell value in machine form: decimal string, integer, text, or null (empty). */
export type NilaiSel = string | number | null;

export interface KolomTabel {
  kunci: string;
  judul: string;
  jenis: JenisSel;
  /** Editable by import; a changed read-only cell is rejected (it is computed or identifies the row). */
  dapatDiubah: boolean;
  /** Read-only on existing rows but filled on new rows (a key such as a unit's kode). */
  hanyaBaru?: boolean;
  /** Must not be empty (checked on new rows and on changed cells of existing rows). */
  wajib?: boolean;
  /** Allowed values (matched case-insensitively, stored as written here); a drop-down list in the sheet. */
  pilihan?: readonly string[];
  /** Extra validation/normalisation of a changed or new cell (e.g. NIP); throws DomainError. */
  periksa?: (v: string) => string;
  /**
   * Longest text the cell may hold — the same maximum as the JSON contract of the field (domain/shared/batas-teks);
   * for a list ("daftar"), of each item. Default: MAKS_TEKS for text, MAKS_ANGKA for numbers.
   */
  maks?: number;
  lebar?: number;
}

export interface BarisTabel {
  /** Hidden row key (column A): the id of the row in the database. */
  id: string;
  nilai: Record<string, NilaiSel>;
  /** Editable columns that are read-only for this row (e.g. a realisasi taken from a survey result). */
  terkunci?: Record<string, string>;
  /**
   * The row's version as its form checks it (ADR 0016): a PK row's `versiBarisPk`, a realisasi row's cell versions.
   * Absent: the hash of `nilai` (tables whose rows have no versioned form).
   */
  versi?: string;
}

export interface PerubahanSel {
  id: string;
  baris: number;
  kunci: string;
  kolom: string;
  dari: NilaiSel;
  ke: NilaiSel;
}

/** A new row of the file (empty ID cell): its sheet row and its editable cells. */
export interface BarisBaru {
  baris: number;
  nilai: Record<string, NilaiSel>;
}

/** A row marked "ya" in the Hapus column. */
export interface BarisHapus {
  id: string;
  baris: number;
}

/** Rows added and removed by one import (empty for tables that allow neither). */
export interface TambahanBaris {
  baru: BarisBaru[];
  hapus: BarisHapus[];
}

/** The table after the import, for whole-file rules: existing rows (changes applied, removed rows left out) + new. */
export interface BarisAkhir {
  id: string | null;
  /** Sheet row, or null for an existing row that is not in the file (it keeps its values). */
  baris: number | null;
  nilai: Record<string, NilaiSel>;
}

/** A whole-file rule broken at a sheet row and column (`kunci`). */
export interface GalatBaris {
  baris: number;
  kunci: string;
  pesan: string;
}

export interface DefinisiTabel {
  id: string;
  judul: string;
  izinBaca: Izin;
  izinUbah: Izin;
  /** New rows allowed (rows whose ID cell is empty); the sheet then offers unlocked empty rows. */
  bolehTambah?: boolean;
  /** Removal allowed through the "Hapus" column ("ya"). */
  bolehHapus?: boolean;
  kolom(ctx: ServiceContext, lingkup: LingkupOpd, tahun: number): Promise<KolomTabel[]>;
  baca(ctx: ServiceContext, lingkup: LingkupOpd, tahun: number): Promise<BarisTabel[]>;
  /**
   * Advisory lock names of a row an import changes: the names its form save takes (ADR 0016). Default: one lock per
   * table, OPD and year (`tabel:<id>:<opd>:<tahun>`), which serialises two imports of the same table.
   */
  kunciBaris?(opdId: string, tahun: number, baris: BarisTabel): string[];
  /** Whole-file rules (unique keys, references, dates in order), run after every cell is valid. */
  periksa?(
    ctx: ServiceContext,
    lingkup: LingkupOpd,
    tahun: number,
    data: { akhir: BarisAkhir[]; hapus: Array<BarisTabel & { baris: number }> },
  ): Promise<GalatBaris[]>;
  /** Saves the changed cells, new and removed rows in one audited write (after the whole file was validated). */
  simpan(
    ctx: ServiceContext,
    lingkup: LingkupOpd,
    tahun: number,
    perubahan: PerubahanSel[],
    tambahan: TambahanBaris,
  ): Promise<void>;
}

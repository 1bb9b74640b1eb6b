/**
 * Missing data: every gap becomes a visible placeholder in the document ("[Data belum tersedia: realisasi IKM 2023]")
 * and an entry of the list returned with the model — never a crash, never a silent zero (issue 7, Acceptance).
 */
import type { Inline } from "./dokumen";

export interface DataHilang {
  /** Stable key, e.g. "realisasi:ikm:2023". */
  kunci: string;
  /** What is missing, in Indonesian ("realisasi IKM 2023"). */
  teks: string;
}

export class DaftarHilang {
  private readonly daftar = new Map<string, DataHilang>();

  /**
   * Records the gap (once per key) and returns the placeholder to put where the value would be; `tampil` is a shorter
   * text for table cells (the list keeps the full `teks`).
   */
  tandai(kunci: string, teks: string, tampil?: string): Extract<Inline, { t: "hilang" }> {
    if (!this.daftar.has(kunci)) this.daftar.set(kunci, { kunci, teks });
    return { t: "hilang", teks: tampil ?? teks };
  }

  tambah(h: DataHilang): void {
    if (!this.daftar.has(h.kunci)) this.daftar.set(h.kunci, h);
  }

  semua(): DataHilang[] {
    return [...this.daftar.values()];
  }
}

/**
 * Compare a printed summary table (e.g. SEED Tabel 3.17 / 3.18) with the computed one, figure by figure.
 */
import { type DecimalInput, dec, roundHalfUp } from "../shared/decimal";
import { DomainError } from "../shared/errors";
import { formatPersen, formatRupiah } from "./format-id";
import type { Temuan } from "./pengawasan-types";
import type { BarisRingkasan } from "./ringkasan-program";

/** One printed row, keyed by the id of the computed row (program code, class id or "JUMLAH"). */
export interface BarisCetakRingkasan {
  id: string;
  /** Where it is printed, e.g. a SEED line number; reported as `baris`. */
  baris?: number;
  anggaran?: DecimalInput;
  realisasi?: DecimalInput;
  /** Printed %, compared at 2 dp half-up. */
  persen?: DecimalInput;
}

/**
 * Findings (jenis "tabel_berbeda") for every printed anggaran / realisasi (Rp, exact) or persen (2 dp) that differs
 * from the computed row with the same id. Throws for a printed id with no computed row.
 */
export function bandingkanRingkasan(
  tabel: string,
  cetak: readonly BarisCetakRingkasan[],
  hitung: readonly BarisRingkasan[],
): Temuan[] {
  const byId = new Map(hitung.map((h) => [h.id, h]));
  const out: Temuan[] = [];
  for (const c of cetak) {
    const h = byId.get(c.id);
    if (!h)
      throw new DomainError("baris_tabel_tidak_dikenal", `${tabel}: baris "${c.id}" tidak ada pada hasil hitung`, {
        field: "id",
        value: c.id,
      });
    const add = (kolom: string, printed: DecimalInput, computed: string | null): void => {
      const teks = kolom === "Persentase (%)" ? formatPersen(printed) : formatRupiah(printed);
      out.push({
        jenis: "tabel_berbeda",
        baris: c.baris ?? null,
        kolom,
        kode: c.id,
        nilaiCetak: teks,
        nilaiHitung: computed,
        pesan: `${tabel}, ${h.uraian}: ${kolom} tercetak ${teks}, hasil hitung ${computed ?? "tidak terdefinisi"}`,
      });
    };
    if (c.anggaran !== undefined && h.anggaran !== null && !dec(c.anggaran).eq(h.anggaran))
      add("Anggaran (Rp)", c.anggaran, formatRupiah(h.anggaran));
    if (c.realisasi !== undefined && h.realisasi !== null && !dec(c.realisasi).eq(h.realisasi))
      add("Realisasi (Rp)", c.realisasi, formatRupiah(h.realisasi));
    if (c.persen !== undefined) {
      const computed = h.serapan === null ? null : roundHalfUp(h.serapan, 2);
      if (computed === null ? !dec(c.persen).isZero() : !roundHalfUp(c.persen, 2).eq(computed)) {
        add("Persentase (%)", c.persen, computed === null ? null : formatPersen(computed));
      }
    }
  }
  return out;
}

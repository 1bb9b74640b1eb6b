/**
 * An uploaded budget file → rows of cell texts, whatever it is: XLSX, CSV (comma or semicolon) or tab-separated text
 * (the seed's text form of the appendix). The file is read by the safe reader in a worker thread
 * (src/services/berkas: size limits, zip pre-check, streaming what is in the file). Row numbers stay those of the
 * file (an empty row stays an empty row), so errors name the row the operator sees. Numeric XLSX cells are written
 * with a decimal comma, which the domain parser reads unambiguously ("2999802,5").
 */
import { deteksiFormat } from "../../domain/anggaran";
import { type BatasImpor, lampaui, periksaUkuranBerkas } from "../berkas/batas-impor";
import type { JenisBerkas } from "../berkas/baca-berkas";
import { bacaBerkasDiPekerja } from "../berkas/pembaca";
import { adalahPdf, barisDariPdf } from "./baca-pdf-sipd";

export type { JenisBerkas };
export type JenisBerkasAnggaran = JenisBerkas | "pdf";

export interface TabelBerkas {
  jenis: JenisBerkasAnggaran;
  /** Sheet read (XLSX only). */
  lembar: string | null;
  rows: string[][];
}

/** Reads the file's first sheet that holds a recognisable header (else its first sheet). */
export async function bacaBerkasTabel(isi: Uint8Array, batas: BatasImpor): Promise<TabelBerkas> {
  // a PDF export (SIPD Laporan Realisasi per Sub Kegiatan, ADR 0040): its text lines as rows
  if (adalahPdf(isi)) {
    periksaUkuranBerkas(isi, batas);
    const rows = await barisDariPdf(isi);
    if (rows.length > batas.baris) throw lampaui("baris", batas, `PDF ${rows.length} baris teks`);
    return { jenis: "pdf", lembar: null, rows };
  }
  const { jenis, lembar } = await bacaBerkasDiPekerja(isi, batas, "teks");
  const cocok =
    lembar.find((s) => {
      try {
        deteksiFormat(s.baris);
        return true;
      } catch {
        return false;
      }
    }) ?? lembar[0];
  return { jenis, lembar: jenis === "xlsx" ? (cocok?.nama ?? null) : null, rows: cocok?.baris ?? [] };
}

/**
 * The LKjIP report model: SumberLkjip → document (sections of blocks), the list of missing data, the generated
 * paragraphs (for editing) and the stale-override warnings. Pure: no I/O, no clock.
 * NOTE: regulations.md §3.3 (outline of Permenpan RB 53/2014 Lampiran II); SEED (structure of the whole report).
 */
import { bagianBab1 } from "./bab/bab-1";
import { bagianBab2 } from "./bab/bab-2";
import { bagianBab3 } from "./bab/bab-3";
import { bagianBab4 } from "./bab/bab-4";
import { bagianDepan, bagianSampul } from "./bab/depan";
import { bagianIkhtisar } from "./bab/ikhtisar";
import { bagianLampiran } from "./bab/lampiran";
import type { Dokumen } from "./dokumen";
import type { DataHilang } from "./hilang";
import { buatKonteks, type Konteks } from "./konteks";
import type { NarasiTercatat, OverrideNarasiMap, PeringatanNarasi } from "./narasi";
import { nomoriDokumen } from "./penomoran";
import { rapikanDokumen } from "./rapikan-dokumen";
import type { SumberLkjip } from "./sumber";

export interface OpsiLkjip {
  /** Operator edits of generated paragraphs, by paragraph key. */
  override?: OverrideNarasiMap;
}

export interface HasilLkjip {
  dokumen: Dokumen;
  /** Everything the document marks "[Data belum tersedia: …]". */
  hilang: DataHilang[];
  /** Every generated paragraph with the numbers it quotes. */
  narasi: NarasiTercatat[];
  /** Overrides whose quoted numbers changed ("angka berubah sejak disunting"). */
  peringatan: PeringatanNarasi[];
  /** The computed context (figures used by the document), for callers that need the numbers. */
  konteks: Konteks;
}

/** Builds the whole LKjIP document for one OPD and year from plain data. */
export function bangunLkjip(sumber: SumberLkjip, opsi: OpsiLkjip = {}): HasilLkjip {
  const k = buatKonteks(sumber, opsi.override);
  const dokumen: Dokumen = {
    judul: `Laporan Kinerja ${sumber.opd.nama} Tahun ${sumber.tahun}`,
    kaki: `LKjIP ${sumber.opd.nama} Tahun ${sumber.tahun}`,
    bagian: [
      bagianSampul(k),
      bagianDepan(k),
      bagianIkhtisar(k),
      bagianBab1(k),
      bagianBab2(k),
      ...bagianBab3(k),
      bagianBab4(k),
      ...bagianLampiran(k),
    ],
  };
  rapikanDokumen(dokumen); // no renderer meets a missing text (issue 14)
  nomoriDokumen(dokumen); // fails early on duplicate ids
  return {
    dokumen,
    hilang: k.hilang.semua(),
    narasi: k.narator.tercatat,
    peringatan: k.narator.peringatan,
    konteks: k,
  };
}

/**
 * The appendix listing "Laporan Pengawasan Anggaran Definitif per Sub Kegiatan" rebuilt from the tree, with every
 * total in its place: program header, kegiatan header, sub-kegiatan rows, TOTAL KEGIATAN after the kegiatan's last
 * sub-kegiatan, TOTAL PROGRAM after the program's last kegiatan, Jumlah last. NOTE: layout of SEED 1718-1807; the seed
 * prints five TOTAL KEGIATAN rows after the next program's header and omits two totals — here they are in place.
 */
import type { NilaiAnggaran, PohonAnggaran } from "./pohon-types";

export interface BarisLampiran {
  jenis: "program" | "kegiatan" | "sub-kegiatan" | "total-kegiatan" | "total-program" | "jumlah";
  /** Canonical code of the node (also on its TOTAL row); null on Jumlah. */
  kode: string | null;
  uraian: string;
  /** Amounts: on sub-kegiatan, TOTAL and Jumlah rows; null on the program/kegiatan header rows. */
  nilai: NilaiAnggaran | null;
}

/** Rows of the appendix in print order (see file comment). */
export function susunLampiran(pohon: PohonAnggaran): BarisLampiran[] {
  const out: BarisLampiran[] = [];
  for (const p of pohon.program) {
    out.push({ jenis: "program", kode: p.kode.canonical, uraian: p.uraian, nilai: null });
    for (const k of p.kegiatan) {
      out.push({ jenis: "kegiatan", kode: k.kode.canonical, uraian: k.uraian, nilai: null });
      for (const s of k.subKegiatan)
        out.push({ jenis: "sub-kegiatan", kode: s.kode.canonical, uraian: s.uraian, nilai: s });
      out.push({
        jenis: "total-kegiatan",
        kode: k.kode.canonical,
        uraian: `TOTAL KEGIATAN ${k.uraian.toUpperCase()}`,
        nilai: k,
      });
    }
    const nama = p.uraian.toUpperCase().replace(/^PROGRAM\s+/, "");
    out.push({ jenis: "total-program", kode: p.kode.canonical, uraian: `TOTAL PROGRAM ${nama}`, nilai: p });
  }
  out.push({ jenis: "jumlah", kode: null, uraian: "Jumlah", nilai: pohon });
  return out;
}

/** Columns of the SIPD "Laporan Realisasi per Sub Kegiatan" (ADR 0040) and the header labels that name them. */
export type KolomSipd = "kode" | "uraian" | "anggaran" | "realisasi" | "sisa" | "persen";

export const NAMA_KOLOM_SIPD: Readonly<Record<KolomSipd, string>> = {
  kode: "KODE",
  uraian: "NAMA",
  anggaran: "ANGGARAN",
  realisasi: "REALISASI",
  sisa: "SISA",
  persen: "%",
};

/** Column a header label names; labels of the split realisasi (PEGAWAI, BARANG, MODAL) belong to other layouts. */
export function kolomSipdDari(label: string): KolomSipd | undefined {
  if (label === "" || /PEGAWAI|BARANG|MODAL|SUMBER|SASARAN/.test(label)) return undefined;
  if (label.includes("KODE")) return "kode";
  if (label.includes("SISA")) return "sisa";
  if (label.includes("%") || label.includes("PERSEN")) return "persen";
  if (label.includes("REALISASI")) return "realisasi";
  if (label.includes("ANGGARAN") || label.includes("PAGU")) return "anggaran";
  if (label.includes("NAMA") || label.includes("URAIAN")) return "uraian";
  return undefined;
}

/** Column of the Laporan Pengawasan Anggaran a header label names (SEED 1718-1719; labels upper case). */
import type { Kolom } from "./pengawasan-types";

export function kolomPengawasanDari(label: string): Kolom | undefined {
  if (label === "") return undefined;
  if (label.includes("KODE")) return "kode";
  if (label.includes("URAIAN")) return "uraian";
  if (label.includes("SISA")) return "sisa";
  if (label.includes("PEGAWAI")) return "pegawai";
  if (label.includes("BARANG")) return "barangJasa";
  if (label.includes("MODAL")) return "modal";
  if (label.includes("%") || label.includes("PERSEN")) return "persen";
  if (label.includes("TOTAL")) return "total";
  if (label.includes("ANGGARAN")) {
    if (label.includes("MURNI") || label.includes("SEBELUM")) return "anggaranMurni";
    if (label.includes("PERUBAHAN") || label.includes("SETELAH")) return "anggaranPerubahan";
    return "anggaran";
  }
  return undefined;
}

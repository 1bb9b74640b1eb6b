/**
 * Budget of the demo OPD for the report built straight from the demo dataset (`--sumber demo`): the seed's appendix
 * "Laporan Pengawasan Anggaran Definitif per Sub Kegiatan" (the dataset's copy, SEED 1709-1807) parsed with the domain
 * parser, and the DPA anggaran per account of Tabel 2.3 (SEED 403-407, raw inputs; the totals are recomputed).
 * The database path reads the same budget as the budget module imported it (kumpulkan-data.ts `bacaAnggaran`).
 */
import { parsePengawasan, splitTsv } from "../../domain/anggaran";
import type { DemoDataset } from "../data";
import { PENGAWASAN_ANGGARAN_SEI_BALAI_2023_TSV } from "../data/sei-balai/pengawasan-anggaran-2023";
import type { AnggaranSumber } from "../../reports/model/sumber";

let cache: AnggaranSumber | undefined;

/** The demo budget of Kecamatan Sei Balai 2023. */
export function anggaranDemo(data: DemoDataset): AnggaranSumber {
  if (cache !== undefined) return cache;
  const hasil = parsePengawasan(splitTsv(PENGAWASAN_ANGGARAN_SEI_BALAI_2023_TSV));
  const label: AnggaranSumber["label"] = [];
  const subKegiatan: AnggaranSumber["subKegiatan"] = [];
  for (const b of hasil.baris) {
    if (b.jenis === "program" || b.jenis === "kegiatan") label.push({ kode: b.kode.canonical, uraian: b.uraian });
    if (b.jenis !== "sub-kegiatan") continue;
    const n = (k: "pegawai" | "barangJasa" | "modal") => b.nilai[k]?.nilai.toString() ?? "0";
    subKegiatan.push({
      kode: b.kode.canonical,
      uraian: b.uraian,
      anggaran: (b.nilai.anggaranPerubahan ?? b.nilai.anggaran)?.nilai.toString() ?? "0",
      realisasi: { pegawai: n("pegawai"), barangJasa: n("barangJasa"), modal: n("modal") },
    });
  }
  const t23 = data.seiBalai.anggaranDicetak.tabel23;
  const akun: Record<string, string> = {
    "- Belanja Pegawai": "5.1.01",
    "- Belanja Barang dan Jasa": "5.1.02",
    "- Belanja Modal Peralatan dan Mesin": "5.2.02",
  };
  const rincianAkun = t23.baris
    .filter((b) => akun[b.uraian])
    .map((b) => ({ akun: akun[b.uraian]!, anggaran: b.anggaran.nilai }));
  cache = {
    perTanggal: hasil.meta.perTanggal ?? null,
    keterangan: "PAPBD",
    sumberData: {
      rencana: t23.sumberData.teks,
      realisasi: `Laporan Pengawasan Anggaran Definitif per Sub Kegiatan${hasil.meta.perTanggal ? ` per ${hasil.meta.perTanggal}` : ""}`,
    },
    label,
    subKegiatan,
    rincianAkun,
    penandatangan: { tempat: "Lima Puluh", tanggal: "2024-01-02", pejabatKode: "camat" },
  };
  return cache;
}

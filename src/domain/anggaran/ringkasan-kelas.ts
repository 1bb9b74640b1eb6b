/**
 * Summary by belanja class (SEED Tabel 2.3 / 3.17, lines 399-410 and 996-1005): Belanja Operasi = Pegawai + Barang
 * dan Jasa, Belanja Modal (with its sub-classes), TOTAL. Realisasi per class comes from the tree (the report's
 * PEGAWAI / BARANG & JASA / MODAL columns); anggaran per class is not in the report and comes from the DPA detail.
 */
import { type Dec, type DecimalInput, dec, sum } from "../shared/decimal";
import { DomainError } from "../shared/errors";
import { parseAkun } from "./belanja-akun";
import type { KelompokRealisasi } from "./belanja-kelas";
import type { PohonAnggaran } from "./pohon-types";
import type { BarisRingkasan } from "./ringkasan-program";
import { serapanPersen } from "./serapan";

/** Anggaran of one account (DPA/DPPA), e.g. { akun: "5.2.02", anggaran: 42500000 }; realisasi used for modal rows. */
export interface AnggaranAkun {
  akun: string;
  anggaran: DecimalInput;
  realisasi?: DecimalInput;
}

export interface RingkasanKelas {
  /** operasi, pegawai, barangJasa, modal, one row per modal sub-class (id "5.2.0x"), total (id "JUMLAH"). */
  baris: BarisRingkasan[];
  /** Σ anggaran of the DPA detail − anggaran of the tree; null without detail. Non-zero means they disagree. */
  selisihAnggaran: Dec | null;
}

/**
 * Realisasi per class from the tree; anggaran per class = Σ detail by class (null without detail);
 * serapan = realisasi / anggaran × 100. Throws for an account outside pegawai / barang dan jasa / modal.
 */
export function ringkasanPerKelas(pohon: PohonAnggaran, rincian: readonly AnggaranAkun[] = []): RingkasanKelas {
  const perKelompok: Record<KelompokRealisasi, Dec[]> = { pegawai: [], barangJasa: [], modal: [] };
  const modal = new Map<string, { label: string; anggaran: Dec[]; realisasi: Dec[] }>();
  for (const r of rincian) {
    const a = parseAkun(r.akun);
    if (a.kelompok === null) {
      throw new DomainError(
        "akun_tanpa_kolom",
        `Akun ${r.akun} (${a.kelas.label}) tidak punya kolom realisasi pada laporan`,
        {
          field: "akun",
          value: r.akun,
        },
      );
    }
    perKelompok[a.kelompok].push(dec(r.anggaran));
    const sub = a.jalur.find((k) => /^5\.2\.\d{2}$/.test(k.kode));
    if (a.kelompok === "modal" && sub) {
      const m = modal.get(sub.kode) ?? { label: sub.label, anggaran: [], realisasi: [] };
      m.anggaran.push(dec(r.anggaran));
      if (r.realisasi !== undefined) m.realisasi.push(dec(r.realisasi));
      modal.set(sub.kode, m);
    }
  }
  const ada = rincian.length > 0;
  const anggaran = (k: KelompokRealisasi): Dec | null => (ada ? sum(perKelompok[k]) : null);
  const row = (id: string, uraian: string, ang: Dec | null, real: Dec | null): BarisRingkasan => ({
    id,
    uraian,
    anggaran: ang,
    realisasi: real,
    serapan: ang === null || real === null ? null : serapanPersen(real, ang),
  });
  const { pegawai, barangJasa } = pohon.realisasi;
  const pg = anggaran("pegawai");
  const bj = anggaran("barangJasa");
  const baris = [
    row("operasi", "Belanja Operasi", pg && bj ? pg.plus(bj) : null, pegawai.plus(barangJasa)),
    row("pegawai", "Belanja Pegawai", pg, pegawai),
    row("barangJasa", "Belanja Barang dan Jasa", bj, barangJasa),
    row("modal", "Belanja Modal", anggaran("modal"), pohon.realisasi.modal),
    ...[...modal].map(([kode, m]) =>
      row(kode, m.label, sum(m.anggaran), m.realisasi.length > 0 ? sum(m.realisasi) : null),
    ),
    row("JUMLAH", "TOTAL", pohon.anggaran, pohon.totalRealisasi),
  ];
  const total = sum([...perKelompok.pegawai, ...perKelompok.barangJasa, ...perKelompok.modal]);
  return { baris, selisihAnggaran: ada ? total.minus(pohon.anggaran) : null };
}

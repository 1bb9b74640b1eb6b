/**
 * Plausibility of an OPD-year's figures (issue 14): a percentage lies in 0–100, a count or score is never negative,
 * a capaian above a configurable bound is unusual (regulations.md §4: the Permendagri 86/2017 scale ends at 100 %,
 * "no row above 100 %"), and a realisasi that jumps more than N× from last year is checked (§3.3 Bab III A.2
 * compares this year with last year).
 */
import { angka, bolehNegatif, satuanPersen, tampil, tautanModul } from "./data-bantu";
import type { OpsiPeriksaData, SnapshotOpdTahun } from "./data-jenis";
import type { Temuan } from "./jenis";
import { dec } from "../shared/decimal";

const SUMBER_PERSEN = "Definisi persentase: bagian dari keseluruhan, 0–100 %";
const SUMBER_NEGATIF = "Jumlah, nilai indeks dan skor tidak dapat negatif";
const SUMBER_SKALA = "regulations.md §4 (skala Permendagri 86/2017 berakhir pada 100 %)";
const SUMBER_TAHUN_LALU = "regulations.md §3.3 Bab III A.2 (perbandingan dengan tahun lalu)";

export function periksaKewajaran(s: SnapshotOpdTahun, opsi: OpsiPeriksaData): Temuan[] {
  const out: Temuan[] = [];
  const ukur = tautanModul("pengukuran", s);
  for (const i of s.indikator) {
    const baris = `${i.kode} (${i.nama})`;
    const r = angka(i.realisasi);
    const lokasi = { modul: "pengukuran" as const, tabel: "Pengukuran kinerja", barisTabel: baris, kolom: "Realisasi" };
    const diLuarPersen = r !== null && satuanPersen(i.satuan) && (r.greaterThan(100) || r.lessThan(0));
    if (r !== null && diLuarPersen) {
      out.push({
        keparahan: "galat",
        aturan: "persen-di-luar-rentang",
        pesan: `Realisasi indikator ${baris} ${tampil(r)} % berada di luar rentang 0–100 %.`,
        lokasi,
        tertulis: `${tampil(r)} %`,
        seharusnya: "0–100 %",
        sumber: SUMBER_PERSEN,
        tautan: ukur,
      });
    } else if (r !== null && r.lessThan(0) && !bolehNegatif(i.nama)) {
      out.push({
        keparahan: "galat",
        aturan: "nilai-negatif",
        pesan: `Realisasi indikator ${baris} negatif (${tampil(r)} ${i.satuan}); nilai ini tidak mungkin negatif.`,
        lokasi,
        tertulis: tampil(r),
        seharusnya: "≥ 0",
        sumber: SUMBER_NEGATIF,
        tautan: ukur,
      });
    }
    const c = angka(i.capaian);
    if (c !== null && c.greaterThan(opsi.batasCapaian)) {
      out.push({
        keparahan: "peringatan",
        aturan: "capaian-di-atas-batas",
        pesan: `Capaian indikator ${baris} ${tampil(c)} % melebihi batas kewajaran ${opsi.batasCapaian} %; periksa target dan realisasinya.`,
        lokasi: { ...lokasi, kolom: "Capaian" },
        tertulis: `${tampil(c)} %`,
        seharusnya: `≤ ${opsi.batasCapaian} %`,
        sumber: SUMBER_SKALA,
        tautan: ukur,
      });
    }
    if (i.galatHitung) {
      out.push({
        keparahan: "galat",
        aturan: "capaian-tidak-terhitung",
        pesan: `Capaian indikator ${baris} tidak dapat dihitung: ${i.galatHitung}`,
        lokasi: { ...lokasi, kolom: "Capaian" },
        sumber: "regulations.md §4 (rumus capaian)",
        tautan: tautanModul("perencanaan", s),
      });
    }
    const lalu = angka(i.realisasiLalu);
    if (r !== null && lalu !== null && r.greaterThan(0) && lalu.greaterThan(0)) {
      const rasio = r.div(lalu);
      const n = dec(opsi.kaliLonjakan);
      if (rasio.greaterThan(n) || rasio.lessThan(dec(1).div(n))) {
        out.push({
          keparahan: "peringatan",
          aturan: "lonjakan-tahun-lalu",
          pesan: `Realisasi indikator ${baris} ${tampil(r)} berubah lebih dari ${opsi.kaliLonjakan}× dari tahun ${s.tahun - 1} (${tampil(lalu)}).`,
          lokasi,
          tertulis: tampil(r),
          seharusnya: `${tampil(lalu.div(n))}–${tampil(lalu.mul(n))}`,
          sumber: SUMBER_TAHUN_LALU,
          tautan: ukur,
        });
      }
    }
  }
  return out;
}

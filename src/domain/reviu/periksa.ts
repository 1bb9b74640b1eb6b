/**
 * The validator over a published LKjIP (issue 14): every table is read by its header and checked, then the
 * document-level checks run. Pure: the document comes already read (src/services/reviu reads DOCX/PDF/TXT).
 */
import { periksaBarisBerulang, periksaKepalaNomor } from "./aturan-baris";
import { periksaDokumen } from "./aturan-dokumen";
import { periksaKlaimNarasi } from "./aturan-klaim";
import { periksaTabel } from "./aturan-tabel";
import type { DokumenLaporan, HasilPeriksa, Keparahan, Temuan } from "./jenis";
import { bacaKepala, hurufSaja } from "./kepala";
import { VERSI_KATEGORI_CAPAIAN } from "../capaian/kategori";

const URUT: Record<Keparahan, number> = { galat: 0, peringatan: 1, info: 2 };

export function periksaLaporan(dok: DokumenLaporan): HasilPeriksa {
  const temuan: Temuan[] = [];
  let dikenali = 0;
  const semuaSel = new Set(dok.tabel.flatMap((t) => t.sel.flat().map(hurufSaja)));
  const skala = VERSI_KATEGORI_CAPAIAN.find((v) => v.value.bands.every((b) => semuaSel.has(hurufSaja(b.label))));
  dok.tabel.forEach((t, i) => {
    temuan.push(...periksaBarisBerulang(t, i + 1), ...periksaKepalaNomor(t, i + 1));
    const terbaca = bacaKepala(t, i + 1);
    if (!terbaca) return;
    const h = periksaTabel(terbaca, skala);
    if (h.dikenali) dikenali++;
    temuan.push(...h.temuan);
  });
  temuan.push(...periksaDokumen(dok));
  temuan.push(...periksaKlaimNarasi(dok, skala));
  temuan.sort((a, b) => URUT[a.keparahan] - URUT[b.keparahan] || (a.lokasi.baris ?? 0) - (b.lokasi.baris ?? 0));
  const ringkasan: Record<Keparahan, number> = { galat: 0, peringatan: 0, info: 0 };
  for (const t of temuan) ringkasan[t.keparahan]++;
  return { temuan, ringkasan, jumlahTabel: dok.tabel.length, tabelDikenali: dikenali };
}

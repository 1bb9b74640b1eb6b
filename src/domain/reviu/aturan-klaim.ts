/**
 * Narrative claims about a whole table or a capaian (issue 14):
 * - "semua(nya) di atas X%" / "rata-rata … Y%" in the text after a table: every percentage of the table's last
 *   percentage column must exceed X, and Y must be the mean of those percentages or the table's total ratio
 *   (Σ realisasi / Σ anggaran of its two money columns, computed, never the printed total). LKjIP 2023 Kecamatan Sei
 *   Balai, Tabel 3.18: "semuanya di atas 95% … dirata-ratakan menjadi 98,12%".
 * - "kategori X dengan persentase capaian sebesar Y%": X must be the kategori of Y in the capaian scale in force
 *   (Permendagri 86/2017 unless the report prints another; regulations.md: keep kategori capaian distinct from IKM
 *   mutu and AKIP predikat). Seed Bab IV: "kategori BAIK … capaian sebesar 94,71%" (a mutu word, not a kategori).
 */
import { kategoriCapaian, KATEGORI_PERMENDAGRI_86_2017, type SkalaKategoriCapaian } from "../capaian/kategori";
import type { RuleVersion } from "../shared/rule-version";
import { dec } from "../shared/decimal";
import { bacaAngka, formatAngka } from "./angka";
import type { DokumenLaporan, TabelDokumen, Temuan } from "./jenis";
import { hurufSaja } from "./kepala";

const SEMUA = /\bsemua(?:nya)?\s+(di\s+atas|lebih\s+dari|melebihi|mencapai|minimal)\s+(\d{1,3}(?:,\d{1,2})?)\s*%/i;
const RATA = /\b(?:rata-rata|dirata-ratakan|rerata)\b[^.%]{0,60}?(\d{1,3},\d{1,2})\s*%/i;
const KATEGORI =
  /\bkategori\s+\**\s*([A-Za-z][A-Za-z ]{2,30}?)\s*\**\s+dengan\s+persentase\s+capaian\s+(?:sebesar\s+)?(\d{1,3}(?:[.,]\d{1,2})?)\s*%/i;

function persenTabel(t: TabelDokumen) {
  const kepala = t.sel.slice(0, 2);
  const lebar = Math.max(...t.sel.map((r) => r.length));
  let kol = -1;
  for (let j = lebar - 1; j >= 0 && kol < 0; j--) if (kepala.some((r) => /%|persen/i.test(r[j] ?? ""))) kol = j;
  if (kol < 0) return null;
  const data = t.sel.filter((r) => /^\d{1,3}\.?$/.test((r[0] ?? "").trim()));
  const nilai = data.map((r) => bacaAngka(r[kol] ?? "")).filter((a) => a !== null && !a.strip);
  if (nilai.length < 2 || nilai.length !== data.length) return null;
  // the two money columns before it (anggaran, realisasi): a computed total ratio
  const uang = [...Array(kol).keys()].filter((j) => data.every((r) => bacaAngka(r[j] ?? "")?.nilai.gte(1000) ?? false));
  let total: ReturnType<typeof dec> | null = null;
  if (uang.length >= 2) {
    const [ja, jr] = uang.slice(-2) as [number, number];
    const sa = data.reduce((s, r) => s.plus(bacaAngka(r[ja] ?? "")!.nilai), dec(0));
    const sr = data.reduce((s, r) => s.plus(bacaAngka(r[jr] ?? "")!.nilai), dec(0));
    if (sa.gt(0)) total = sr.div(sa).times(100);
  }
  return { nilai: nilai.map((a) => a!.nilai), total };
}

export function periksaKlaimNarasi(
  dok: DokumenLaporan,
  skala: RuleVersion<SkalaKategoriCapaian> = KATEGORI_PERMENDAGRI_86_2017,
): Temuan[] {
  const temuan: Temuan[] = [];
  const urut = [...dok.tabel].sort((a, b) => a.posisi - b.posisi);
  const lok = (p: DokumenLaporan["teks"][number], tabel?: string): Temuan["lokasi"] => ({
    ...(p.halaman !== undefined ? { halaman: p.halaman } : {}),
    ...(p.baris !== undefined ? { baris: p.baris } : {}),
    ...(tabel ? { tabel } : {}),
  });
  urut.forEach((t, i) => {
    const sampai = urut[i + 1]?.posisi ?? Number.POSITIVE_INFINITY;
    const teks = dok.teks.filter((p) => p.posisi > t.posisi && p.posisi < sampai);
    if (!teks.some((p) => SEMUA.test(p.teks) || RATA.test(p.teks))) return;
    const h = persenTabel(t);
    if (!h) return;
    const nama = t.nomor ? `Tabel ${t.nomor}` : `tabel ke-${i + 1}`;
    for (const p of teks) {
      const s = SEMUA.exec(p.teks);
      if (s?.[2]) {
        const batas = dec(s[2].replace(",", "."));
        const ketat = /atas|lebih|melebihi/i.test(s[1] ?? "");
        const gagal = h.nilai.filter((v) => (ketat ? v.lte(batas) : v.lt(batas)));
        if (gagal.length) {
          temuan.push({
            keparahan: "galat",
            aturan: "klaim-semua",
            pesan: `Narasi menyatakan semua ${s[1]} ${s[2]}%, sedangkan ${gagal.length} dari ${h.nilai.length} persentase ${nama} tidak: ${gagal.map((v) => formatAngka(v, 2)).join("; ")}`,
            lokasi: lok(p, nama),
            tertulis: `semua ${s[1]} ${s[2]}%`,
            seharusnya: `${h.nilai.length - gagal.length} dari ${h.nilai.length} ${s[1]} ${s[2]}%`,
            sumber: "konsistensi narasi dan tabel (klaim dihitung dari nilai tabel)",
          });
        }
      }
      const r = RATA.exec(p.teks);
      if (r?.[1]) {
        const a = bacaAngka(r[1]);
        const rata = h.nilai.reduce((x, v) => x.plus(v), dec(0)).div(h.nilai.length);
        const cocok = (v: ReturnType<typeof dec>) => a && v.toDecimalPlaces(2).minus(a.nilai).abs().lte(0.01);
        if (a && !cocok(rata) && !(h.total && cocok(h.total))) {
          temuan.push({
            keparahan: "galat",
            aturan: "klaim-rata-rata",
            pesan: `Narasi menyebut rata-rata ${r[1]}%, sedangkan dari ${nama}: rata-rata persentase ${formatAngka(rata, 2)}%${h.total ? `, total Σ realisasi / Σ anggaran ${formatAngka(h.total, 2)}%` : ""}`,
            lokasi: lok(p, nama),
            tertulis: `${r[1]}%`,
            seharusnya: h.total
              ? `${formatAngka(h.total, 2)}% (total) atau ${formatAngka(rata, 2)}% (rata-rata)`
              : `${formatAngka(rata, 2)}%`,
            sumber: "konsistensi narasi dan tabel (rata-rata dihitung dari nilai tabel)",
          });
        }
      }
    }
  });
  const label = new Map(skala.value.bands.map((b) => [hurufSaja(b.label), b.label]));
  for (const p of dok.teks) {
    for (const m of p.teks.matchAll(new RegExp(KATEGORI, "gi"))) {
      const kata = (m[1] ?? "").trim();
      const c = bacaAngka(`${m[2] ?? ""}%`);
      if (!c) continue;
      const hasil = kategoriCapaian(c.nilai, skala);
      if (hurufSaja(kata) === hurufSaja(hasil.label)) continue;
      const padaSkala = label.has(hurufSaja(kata));
      temuan.push({
        keparahan: padaSkala ? "galat" : "peringatan",
        aturan: "kategori-narasi",
        pesan: padaSkala
          ? `Narasi menyebut kategori "${kata}" untuk capaian ${m[2]}%, sedangkan menurut ${skala.label} kategorinya ${hasil.label}`
          : `Narasi menyebut kategori "${kata}" untuk capaian ${m[2]}%: "${kata}" bukan kategori pada ${skala.label} (kategorinya ${hasil.label}); mutu IKM atau predikat AKIP memakai skala lain`,
        lokasi: lok(p),
        tertulis: kata,
        seharusnya: hasil.label,
        sumber: `${skala.source.regulasi}${skala.source.pasal ? `, ${skala.source.pasal}` : ""}`,
      });
    }
  }
  return temuan;
}

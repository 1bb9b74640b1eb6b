/**
 * Checks over the whole document: caption numbering of tables and figures (duplicates, order, gaps), the page
 * numbers of a list of tables/figures, narrative references "tabel X di atas" that point at another table than the
 * one just above, and differences stated in the narrative ("penurunan 2,01 poin") against the two figures quoted.
 */
import { type Dec, dec } from "../shared/decimal";
import { type AngkaCetak, bacaAngka, formatAngka, setengahSatuan, setengahSatuanHasil } from "./angka";
import { periksaNarasiTabel } from "./aturan-narasi";
import type { DokumenLaporan, Temuan, TeksDokumen } from "./jenis";

export interface Keterangan {
  jenis: "Tabel" | "Gambar";
  nomor: string;
  posisi: number;
  teks: TeksDokumen;
}

const KETERANGAN = /^(tabel|gambar)\s*\.?\s*(\d{1,2}(?:\.\d{1,3}){1,2})\.?(?:\s|$)/i;

/** Captions: a line starting "Tabel 3.2" / "Gambar. 3.5" that is not an entry of a list (no trailing page number). */
export function cariKeterangan(teks: readonly TeksDokumen[]): Keterangan[] {
  const hasil: Keterangan[] = [];
  let dalamDaftar = false;
  for (const t of teks) {
    const isi = t.teks.trim();
    if (/^daftar\s+(tabel|gambar|grafik)\b/i.test(isi)) {
      dalamDaftar = true;
      continue;
    }
    const m = KETERANGAN.exec(isi);
    if (!m?.[1] || !m[2]) {
      if (dalamDaftar && !/\s[ivxlc\d]{1,4}$/i.test(isi))
        dalamDaftar = /^daftar\b/i.test(isi) || isi.length < 3 ? dalamDaftar : false;
      continue;
    }
    // an entry of a list of tables/figures: in a "Daftar" section, or ending in a page number after dots or spaces
    if (dalamDaftar || (/(\.{2,}|…|\s)\s*[ivxlc\d]{1,4}$/i.test(isi) && !/\b(19|20)\d{2}$/.test(isi))) continue;
    // "Tabel 3.12." alone with a full stop: the end of a sentence that wrapped, not a caption
    if (/^(tabel|gambar)\s*\.?\s*\d{1,2}(\.\d{1,3}){1,2}\.$/i.test(isi)) continue;
    if (/(\.{3,}|\t)\s*\d+\s*$/.test(t.teks) || t.teks.length > 200) continue;
    const jenis = m[1].toLowerCase() === "tabel" ? "Tabel" : "Gambar";
    hasil.push({ jenis, nomor: m[2], posisi: t.posisi, teks: t });
  }
  return hasil;
}

const banding = (a: string, b: string): number => {
  const x = a.split(".").map(Number);
  const y = b.split(".").map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
};

function lokasi(t: TeksDokumen): Temuan["lokasi"] {
  return {
    ...(t.halaman !== undefined ? { halaman: t.halaman } : {}),
    ...(t.baris !== undefined ? { baris: t.baris } : {}),
  };
}

function periksaPenomoran(ket: Keterangan[], temuan: Temuan[]): void {
  for (const jenis of ["Tabel", "Gambar"] as const) {
    const daftar = ket.filter((k) => k.jenis === jenis);
    const dilihat = new Map<string, Keterangan>();
    daftar.forEach((k, i) => {
      const lama = dilihat.get(k.nomor);
      if (lama) {
        temuan.push({
          keparahan: "peringatan",
          aturan: "nomor-keterangan-ganda",
          pesan: `Nomor ${jenis} ${k.nomor} dipakai dua kali ("${lama.teks.teks.trim()}" dan "${k.teks.teks.trim()}")`,
          lokasi: { ...lokasi(k.teks), tabel: `${jenis} ${k.nomor}` },
          tertulis: `${jenis} ${k.nomor}`,
          sumber: "Permenpan RB 53/2014, format LKjIP (penomoran tabel dan gambar)",
        });
      }
      dilihat.set(k.nomor, k);
      const sebelum = daftar[i - 1];
      if (!sebelum || lama) return;
      const [bab, urut] = [k.nomor.split(".")[0], Number(k.nomor.split(".")[1])];
      const [babLalu, urutLalu] = [sebelum.nomor.split(".")[0], Number(sebelum.nomor.split(".")[1])];
      if (banding(k.nomor, sebelum.nomor) < 0) {
        temuan.push({
          keparahan: "peringatan",
          aturan: "nomor-keterangan-urut",
          pesan: `${jenis} ${k.nomor} muncul sesudah ${jenis} ${sebelum.nomor}`,
          lokasi: { ...lokasi(k.teks), tabel: `${jenis} ${k.nomor}` },
          tertulis: `${jenis} ${k.nomor}`,
          sumber: "Permenpan RB 53/2014, format LKjIP (penomoran tabel dan gambar)",
        });
      } else if (bab === babLalu && urut > urutLalu + 1 && !daftar.some((x) => x.nomor === `${bab}.${urutLalu + 1}`)) {
        temuan.push({
          keparahan: "info",
          aturan: "nomor-keterangan-loncat",
          pesan: `Sesudah ${jenis} ${sebelum.nomor} langsung ${jenis} ${k.nomor}; ${jenis} ${bab}.${urutLalu + 1} tidak ada`,
          lokasi: { ...lokasi(k.teks), tabel: `${jenis} ${k.nomor}` },
          tertulis: `${jenis} ${k.nomor}`,
          seharusnya: `${jenis} ${bab}.${urutLalu + 1}`,
          sumber: "Permenpan RB 53/2014, format LKjIP (penomoran tabel dan gambar)",
        });
      }
    });
  }
}

const RUJUKAN =
  /^(?:berdasarkan|dari|pada|melihat)\s+tabel\.?\s*(\d{1,2}\.\d{1,3})|tabel\.?\s*(\d{1,2}\.\d{1,3})\s+(?:di\s*)?atas/i;

function periksaRujukan(dok: DokumenLaporan, ket: Keterangan[], temuan: Temuan[]): void {
  const tabelKet = ket.filter((k) => k.jenis === "Tabel");
  for (const t of dok.teks) {
    const m = RUJUKAN.exec(t.teks.trim());
    const dirujuk = m?.[1] ?? m?.[2];
    if (!dirujuk) continue;
    const terdekat = [...tabelKet].reverse().find((k) => k.posisi < t.posisi);
    if (!terdekat || terdekat.nomor === dirujuk) continue;
    // "Berdasarkan Tabel 1.3, …" before Tabel 1.3 is printed: a reference forward, not to the table above
    const diAtas = /di\s*atas/i.test(m?.[0] ?? "");
    if (!diAtas && !tabelKet.some((k) => k.nomor === dirujuk && k.posisi < t.posisi)) continue;
    // only when a table really sits between the caption and this sentence
    if (!dok.tabel.some((x) => x.posisi > terdekat.posisi && x.posisi < t.posisi)) continue;
    temuan.push({
      keparahan: "peringatan",
      aturan: "rujukan-tabel",
      pesan: `Kalimat merujuk "tabel ${dirujuk}" di atas, padahal tabel tepat di atasnya adalah Tabel ${terdekat.nomor}`,
      lokasi: { ...lokasi(t), tabel: `Tabel ${terdekat.nomor}` },
      tertulis: `tabel ${dirujuk}`,
      seharusnya: `Tabel ${terdekat.nomor}`,
      sumber: "konsistensi narasi dan tabel",
    });
  }
}

function periksaDaftar(dok: DokumenLaporan, temuan: Temuan[]): void {
  for (const t of dok.tabel) {
    const baris = t.sel.filter((r) => r.some((s) => s.trim() !== ""));
    if (baris.length < 3 || !baris.every((r) => KETERANGAN.test((r[0] ?? "").trim()))) continue;
    let lalu = 0;
    for (const r of baris) {
      const isi = r.map((s) => s.trim()).filter(Boolean);
      const hal = Number.parseInt(isi.at(-1) ?? "", 10);
      if (Number.isNaN(hal)) continue;
      if (hal < lalu) {
        temuan.push({
          keparahan: "peringatan",
          aturan: "halaman-daftar",
          pesan: `Nomor halaman di daftar tidak urut: ${(r[0] ?? "").trim()} di halaman ${hal}, sesudah entri di halaman ${lalu}`,
          lokasi: {
            ...(t.halaman !== undefined ? { halaman: t.halaman } : {}),
            ...(t.baris !== undefined ? { baris: t.baris } : {}),
            tabel: "Daftar tabel/gambar",
          },
          tertulis: String(hal),
          sumber: "daftar tabel dan gambar",
        });
      }
      lalu = Math.max(lalu, hal);
    }
  }
}

const SELISIH =
  /(penurunan|kenaikan|selisih|naik|turun|menurun|meningkat|unggul)(?:nya)?\s+(?:menjadi\s+)?(?:sebesar\s+|sekitar\s+|hanya\s+)?(\d{1,3}(?:,\d{1,2})?)\s*poin/gi;
const ANGKA_KALIMAT = /(?<![\d.,])\d{1,3}(?:\.\d{3})*,\d{1,2}(?!\d|,\d)/g;

interface Klaim {
  jenis: string;
  teks: string;
  x: AngkaCetak;
  mulai: number;
  akhir: number;
}

/**
 * "kenaikan sebesar 3,50 poin dengan capaian realisasi sebesar 77,50": a difference stated in a paragraph. A claim is
 * confirmed when two figures quoted in the paragraph differ by it; the figure used by the confirmed claims is the
 * paragraph's reference ("80,50"). An unconfirmed claim whose clause quotes one figure is compared with the
 * reference; with no reference, with the only two figures of its sentence.
 */
function periksaSelisihNarasi(dok: DokumenLaporan, temuan: Temuan[]): void {
  for (const t of dok.teks) {
    const klaim: Klaim[] = [];
    for (const m of t.teks.matchAll(SELISIH)) {
      const x = bacaAngka(m[2]);
      if (!x || m[2] === undefined) continue;
      const mulai = (m.index ?? 0) + m[0].lastIndexOf(m[2]);
      klaim.push({ jenis: m[1] ?? "", teks: m[2], x, mulai, akhir: mulai + m[2].length });
    }
    if (klaim.length === 0) continue;
    const angka = [...t.teks.matchAll(ANGKA_KALIMAT)]
      .filter((a) => !klaim.some((k) => k.mulai === a.index))
      .map((a) => ({ a: bacaAngka(a[0]), i: a.index ?? 0 }))
      .filter((a): a is { a: AngkaCetak; i: number } => a.a !== null);
    const tol = (p: AngkaCetak, q: AngkaCetak, x: AngkaCetak) =>
      setengahSatuan(p).plus(setengahSatuan(q)).plus(setengahSatuanHasil(x));
    const pakai = new Map<string, number>();
    const belum: Klaim[] = [];
    for (const k of klaim) {
      let ok = false;
      for (const p of angka)
        for (const q of angka) {
          if (
            p === q ||
            !p.a.nilai
              .minus(q.a.nilai)
              .abs()
              .minus(k.x.nilai)
              .abs()
              .lte(tol(p.a, q.a, k.x))
          )
            continue;
          ok = true;
          for (const r of [p, q]) pakai.set(r.a.nilai.toString(), (pakai.get(r.a.nilai.toString()) ?? 0) + 1);
        }
      if (!ok) belum.push(k);
    }
    const acuan = [...pakai.entries()].sort((a, b) => b[1] - a[1])[0];
    for (const k of belum) {
      const awalKlausa =
        Math.max(
          t.teks.lastIndexOf(". ", k.mulai),
          t.teks.lastIndexOf(", ", k.mulai),
          t.teks.lastIndexOf("; ", k.mulai),
        ) + 1;
      const ujung = [". ", ", ", "; "].map((s) => t.teks.indexOf(s, k.akhir)).filter((n) => n >= 0);
      const akhirKlausa = ujung.length ? Math.min(...ujung) : t.teks.length;
      const diKlausa = angka.filter((a) => a.i >= awalKlausa && a.i < akhirKlausa);
      let pasangan: [Dec, Dec, number] | null = null;
      if (acuan && acuan[1] >= 2 && diKlausa.length === 1 && diKlausa[0]) {
        pasangan = [dec(acuan[0]), diKlausa[0].a.nilai, Math.max(2, diKlausa[0].a.desimal)];
      } else if (!acuan && angka.length === 2 && angka[0] && angka[1]) {
        pasangan = [angka[0].a.nilai, angka[1].a.nilai, Math.max(angka[0].a.desimal, angka[1].a.desimal)];
      }
      if (!pasangan) continue;
      const [a, b, d] = pasangan;
      const selisih = a.minus(b).abs();
      temuan.push({
        keparahan: "peringatan",
        aturan: "selisih-narasi",
        pesan: `Narasi menyebut ${k.jenis} ${k.teks} poin, tetapi selisih ${formatAngka(a, d)} dan ${formatAngka(b, d)} yang dikutip di paragraf yang sama adalah ${formatAngka(selisih, d)}`,
        lokasi: lokasi(t),
        tertulis: `${k.teks} poin`,
        seharusnya: `${formatAngka(selisih, d)} poin`,
        sumber: "konsistensi narasi (selisih dua angka yang dikutip)",
      });
    }
  }
}

export function periksaDokumen(dok: DokumenLaporan): Temuan[] {
  const temuan: Temuan[] = [];
  const ket = cariKeterangan(dok.teks);
  periksaPenomoran(ket, temuan);
  periksaRujukan(dok, ket, temuan);
  periksaDaftar(dok, temuan);
  periksaSelisihNarasi(dok, temuan);
  temuan.push(...periksaNarasiTabel(dok));
  return temuan;
}

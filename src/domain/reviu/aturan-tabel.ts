/**
 * Checks inside one table: sums vs parts (columns and rows), capaian vs target and realisasi (positive and both
 * negative-indicator formulas), budget % and sisa, efisiensi, kategori vs the scale in force, AKIP predikat, IKM
 * from its unsur, row and column numbering. Every comparison allows the rounding error the printed inputs carry
 * (half a unit of their last decimal), so a report computed from unrounded values raises no false alarm.
 */
import { type Dec, dec, roundHalfUp } from "../shared/decimal";
import { type SkalaKategoriCapaian, VERSI_KATEGORI_CAPAIAN, kategoriCapaian } from "../capaian/kategori";
import type { RuleVersion } from "../shared/rule-version";
import { tentukanPredikat } from "../akip/predikat";
import { klasifikasiMutuIkm } from "../ikm/mutu";
import { type AngkaCetak, formatAngka, setengahSatuan, setengahSatuanHasil } from "./angka";
import type { Keparahan, Temuan } from "./jenis";
import { type BarisData, type Kolom, type TabelTerbaca, hurufSaja, namaBaris } from "./kepala";

const SUMBER_HITUNG = "aritmetika tabel (jumlah bagian = total)";
const SUMBER_CAPAIAN =
  "Permenpan RB 53/2014 (capaian = realisasi/target × 100; indikator negatif (2×target − realisasi)/target × 100 atau target/realisasi × 100)";

const PERSEN = /%|persen|prosentase|persentase|capaian|serapan|rasio|efisiensi/;
const TIDAK_DIJUMLAH =
  /%|persen|prosentase|persentase|capaian|rata|nrr(?! *tertimbang)|indeks|ikm|kategori|predikat|mutu|skor|satuan|^no\.?$|kode|efisiensi|interval|bobot/;

export interface Konteks {
  tabel: TabelTerbaca;
  temuan: Temuan[];
  /** The kategori scale the report itself prints (its labels found in a table), when any. */
  skala?: RuleVersion<SkalaKategoriCapaian>;
}

function catat(
  k: Konteks,
  keparahan: Keparahan,
  aturan: string,
  pesan: string,
  tempat: { baris?: BarisData; kolom?: Kolom },
  nilai: { tertulis?: string; seharusnya?: string },
  sumber: string,
): void {
  const t = k.tabel.asal;
  k.temuan.push({
    keparahan,
    aturan,
    pesan,
    lokasi: {
      ...(t.halaman !== undefined ? { halaman: t.halaman } : {}),
      ...(t.baris !== undefined ? { baris: t.baris } : {}),
      tabel: k.tabel.nama,
      ...(tempat.baris ? { barisTabel: namaBaris(tempat.baris) } : {}),
      ...(tempat.kolom ? { kolom: tempat.kolom.nama || `kolom ${tempat.kolom.indeks + 1}` } : {}),
    },
    ...nilai,
    sumber,
  });
}

const cetak = (a: AngkaCetak): string => formatAngka(a.nilai, a.desimal) + (a.persen ? "%" : "");
const beda = (a: Dec, b: Dec): Dec => a.minus(b).abs();
const lolos = (printed: Dec, hitung: Dec, tol: Dec): boolean => beda(printed, hitung).lte(tol.plus("1e-9"));

function kolomAngka(t: TabelTerbaca, k: Kolom): boolean {
  return t.baris.some((b) => b.angka[k.indeks] && !b.angka[k.indeks]?.strip);
}

// ---------------------------------------------------------------- sums down a column (total rows)

function periksaJumlahKolom(k: Konteks): void {
  const t = k.tabel;
  let mulai = 0;
  t.baris.forEach((tb, i) => {
    if (tb.jenis !== "total") return;
    const bagian = t.baris.slice(mulai, i).filter((b) => b.jenis === "data" || b.jenis === "anak");
    mulai = i + 1;
    if (bagian.length < 2) return;
    // numbered rows that start past 1: the first part of the table is elsewhere (a page the reader could not join)
    const pertama = bagian.find((b) => b.nomor && /^\d+\.?$/.test(b.nomor));
    if (pertama && Number.parseInt(pertama.nomor ?? "1", 10) > 1) return;
    for (const kol of t.kolom) {
      if (kol.indeks === 0 && !kol.nama) continue;
      if (TIDAK_DIJUMLAH.test(kol.kunci)) continue;
      const total = tb.angka[kol.indeks];
      if (!total || total.persen || total.strip) continue;
      const nilai = bagian.map((b) => b.angka[kol.indeks] ?? null);
      if (nilai.some((a) => a?.persen)) continue;
      // a part that is text (not a number, not blank) makes the column not summable
      if (bagian.some((b, j) => nilai[j] === null && (b.sel[kol.indeks] ?? "") !== "")) continue;
      const ada = bagian
        .map((b, j) => ({ b, a: nilai[j] }))
        .filter((x): x is { b: BarisData; a: AngkaCetak } => x.a !== null);
      if (ada.length < 2) continue;
      const tol = ada.reduce((s, x) => s.plus(setengahSatuan(x.a)), setengahSatuanHasil(total));
      const jumlah = (xs: typeof ada) => xs.reduce((s, x) => s.plus(x.a.nilai), dec(0));
      const punyaAnak = ada.some((x) => x.b.jenis === "anak");
      const campur = ada.some((x) => x.b.nomor) && ada.some((x) => !x.b.nomor);
      const calon: Dec[] = [];
      if (punyaAnak) calon.push(jumlah(ada.filter((x) => x.b.jenis !== "anak")));
      calon.push(jumlah(ada));
      if (campur && !punyaAnak) calon.push(jumlah(ada.filter((x) => x.b.nomor)));
      // budget codes (program 7.01.02 → kegiatan 7.01.02.2.02 → sub-kegiatan …): each level sums to the total
      const tingkat = new Map<number, typeof ada>();
      for (const x of ada) {
        const n = tingkatKode(x.b);
        if (n !== null) tingkat.set(n, [...(tingkat.get(n) ?? []), x]);
      }
      // only when every part has a code: a code the reader could not see would make a parent look short
      if (tingkat.size >= 2 && ada.every((x) => tingkatKode(x.b) !== null)) {
        const urut = [...tingkat.keys()].sort((a, b) => a - b);
        calon.unshift(...urut.map((n) => jumlah(tingkat.get(n) ?? [])));
        periksaKode(k, kol, ada);
      }
      if (calon.some((c) => lolos(total.nilai, c, tol))) {
        // hierarchy confirmed by the total: numbered rows are parents of the unnumbered rows after them
        const hierarki = punyaAnak || (campur && !lolos(total.nilai, jumlah(ada), tol));
        if (hierarki) periksaInduk(k, kol, ada, punyaAnak);
        continue;
      }
      const harus = calon[0] ?? dec(0);
      const desimal = Math.max(total.desimal, ...ada.map((x) => x.a.desimal));
      catat(
        k,
        "galat",
        "jumlah-kolom",
        `${tb.label || "Jumlah"} kolom "${kol.nama}" tidak sama dengan jumlah ${punyaAnak ? "baris induk" : `${ada.length} baris`} di atasnya`,
        { baris: tb, kolom: kol },
        { tertulis: cetak(total), seharusnya: formatAngka(harus, desimal) },
        SUMBER_HITUNG,
      );
    }
  });
}

const KODE = /^[0-9A-Z]{1,4}(\.[0-9A-Z]{1,4})+$/i;

/** Depth of a budget code in the first cell ("X.XX.01.2.01" → 5); null when the row has none. */
function kodeBaris(b: BarisData): string | null {
  for (const sel of b.sel.slice(0, 2)) {
    const token = sel.split(/\s+/).find((w) => KODE.test(w) && (w.match(/\./g) ?? []).length >= 2);
    if (token) return token;
  }
  const kode = (b.sel[0] ?? "").replace(/\s+/g, "");
  return KODE.test(kode) && !/^\d+\.$/.test(kode) ? kode : null;
}

function tingkatKode(b: BarisData): number | null {
  const kode = kodeBaris(b);
  return kode ? kode.split(".").length : null;
}

/** A coded row = the sum of the rows one level below it whose code starts with its code. */
function periksaKode(k: Konteks, kol: Kolom, ada: { b: BarisData; a: AngkaCetak }[]): void {
  const kode = (x: { b: BarisData }) => kodeBaris(x.b) ?? "";
  for (const induk of ada) {
    const n = tingkatKode(induk.b);
    if (n === null) continue;
    const awal = `${kode(induk)}.`;
    const anakSemua = ada.filter((x) => kode(x).startsWith(awal));
    if (anakSemua.length === 0) continue;
    const tingkatAnak = Math.min(...anakSemua.map((x) => tingkatKode(x.b) ?? Infinity));
    const anak = anakSemua.filter((x) => tingkatKode(x.b) === tingkatAnak);
    const jumlah = anak.reduce((s, x) => s.plus(x.a.nilai), dec(0));
    const tol = anak.reduce((s, x) => s.plus(setengahSatuan(x.a)), setengahSatuanHasil(induk.a));
    if (lolos(induk.a.nilai, jumlah, tol)) continue;
    catat(
      k,
      "galat",
      "jumlah-kode",
      `Nilai ${kode(induk)} kolom "${kol.nama}" tidak sama dengan jumlah ${anak.length} rincian kodenya`,
      { baris: induk.b, kolom: kol },
      {
        tertulis: cetak(induk.a),
        seharusnya: formatAngka(jumlah, Math.max(induk.a.desimal, ...anak.map((x) => x.a.desimal))),
      },
      SUMBER_HITUNG,
    );
  }
}

function periksaInduk(k: Konteks, kol: Kolom, ada: { b: BarisData; a: AngkaCetak }[], tandaAnak: boolean): void {
  for (let i = 0; i < ada.length; i++) {
    const induk = ada[i];
    if (!induk || (tandaAnak ? induk.b.jenis === "anak" : !induk.b.nomor)) continue;
    const anak: AngkaCetak[] = [];
    for (let j = i + 1; j < ada.length; j++) {
      const x = ada[j];
      if (!x || (tandaAnak ? x.b.jenis !== "anak" : Boolean(x.b.nomor))) break;
      anak.push(x.a);
    }
    if (anak.length === 0) continue;
    const jumlah = anak.reduce((s, a) => s.plus(a.nilai), dec(0));
    const tol = anak.reduce((s, a) => s.plus(setengahSatuan(a)), setengahSatuanHasil(induk.a));
    if (lolos(induk.a.nilai, jumlah, tol)) continue;
    catat(
      k,
      "galat",
      "jumlah-induk",
      `Nilai induk kolom "${kol.nama}" tidak sama dengan jumlah ${anak.length} rincian di bawahnya`,
      { baris: induk.b, kolom: kol },
      {
        tertulis: cetak(induk.a),
        seharusnya: formatAngka(jumlah, Math.max(induk.a.desimal, ...anak.map((a) => a.desimal))),
      },
      SUMBER_HITUNG,
    );
  }
}

// ---------------------------------------------------------------- sums across a row (total columns)

const DAUN_TOTAL = /^(jumlah|total|l\s*\+\s*p)\b/;

/** The lowest header part; when that is only a year ("Target / 2022"), the whole name. */
function daun(kol: Kolom): string {
  const d = (kol.bagian.at(-1) ?? "").toLowerCase();
  return /^(19|20)\d{2}$/.test(d) ? kol.kunci : d;
}

function periksaJumlahBaris(k: Konteks): void {
  const t = k.tabel;
  for (const kol of t.kolom) {
    if (!DAUN_TOTAL.test(daun(kol)) || PERSEN.test(kol.kunci) || !kolomAngka(t, kol)) continue;
    let pengisi: Kolom[] = [];
    if (kol.grup) {
      pengisi = t.kolom.filter(
        (x) => x.grup === kol.grup && x !== kol && !PERSEN.test(daun(x)) && !DAUN_TOTAL.test(daun(x)),
      );
    } else if (kol.bagian.length === 1) {
      const kiri = t.kolom[kol.indeks - 1];
      if (kiri?.grup) pengisi = t.kolom.filter((x) => x.grup === kiri.grup && !PERSEN.test(daun(x)));
    }
    pengisi = pengisi.filter((x) => kolomAngka(t, x));
    if (pengisi.length < 2) continue;
    for (const b of t.baris) {
      if (b.jenis === "teks") continue;
      const total = b.angka[kol.indeks];
      if (!total || total.persen) continue;
      const bagian = pengisi.map((x) => b.angka[x.indeks] ?? null);
      if (bagian.some((a) => a === null || a.persen)) continue;
      const ada = bagian as AngkaCetak[];
      const jumlah = ada.reduce((s, a) => s.plus(a.nilai), dec(0));
      const tol = ada.reduce((s, a) => s.plus(setengahSatuan(a)), setengahSatuanHasil(total));
      if (lolos(total.nilai, jumlah, tol)) continue;
      catat(
        k,
        "galat",
        "jumlah-baris",
        `Kolom "${kol.nama}" tidak sama dengan jumlah kolom ${pengisi.map((x) => `"${daun(x) || x.nama}"`).join(" + ")}`,
        { baris: b, kolom: kol },
        {
          tertulis: cetak(total),
          seharusnya: formatAngka(jumlah, Math.max(total.desimal, ...ada.map((a) => a.desimal))),
        },
        SUMBER_HITUNG,
      );
    }
  }
}

// ---------------------------------------------------------------- capaian = realisasi / target

const ANGGARAN = /anggaran|pagu|belanja|\brp\b/;

function tabelAnggaran(t: TabelTerbaca): boolean {
  return t.kolom.some((k) => ANGGARAN.test(k.kunci) && !/penyerapan|serapan/.test(k.kunci));
}

/** Columns grouped by the year in their header ("" when none). */
function perTahun(t: TabelTerbaca): Map<string, Kolom[]> {
  const m = new Map<string, Kolom[]>();
  for (const k of t.kolom) {
    const kunci = k.tahun ?? "";
    m.set(kunci, [...(m.get(kunci) ?? []), k]);
  }
  return m;
}

function toleransiBagi(r: AngkaCetak, tg: AngkaCetak, hasil: AngkaCetak): Dec {
  const t = tg.nilai.abs();
  const dr = setengahSatuan(r);
  const dt = setengahSatuan(tg);
  return dr
    .div(t)
    .plus(r.nilai.abs().times(dt).div(t.times(t)))
    .times(100)
    .plus(setengahSatuanHasil(hasil));
}

function periksaCapaian(k: Konteks): void {
  const t = k.tabel;
  if (tabelAnggaran(t)) return;
  for (const [, kol] of perTahun(t)) {
    const target = kol.find((x) => /target|rencana/.test(daun(x) || x.kunci) && !PERSEN.test(daun(x)));
    const real = kol.find((x) => /realisasi/.test(daun(x) || x.kunci) && !PERSEN.test(daun(x)));
    const capaian = kol.find(
      (x) =>
        x !== target &&
        x !== real &&
        /capaian|persentase|prosentase|%|persen/.test(daun(x) || x.kunci) &&
        !/anggaran|serapan/.test(x.kunci),
    );
    if (!target || !real || !capaian) continue;
    const kategori = t.kolom.find((x) => /kategori|kriteria|predikat capaian/.test(x.kunci) && !x.tahun);
    for (const b of t.baris) {
      if (b.jenis === "teks") continue;
      const tg = b.angka[target.indeks];
      const r = b.angka[real.indeks];
      const c = b.angka[capaian.indeks];
      if (!tg || !r || !c || tg.strip || r.strip || c.strip || tg.nilai.isZero()) continue;
      const positif = r.nilai.div(tg.nilai).times(100);
      const negatif = [
        tg.nilai.times(2).minus(r.nilai).div(tg.nilai).times(100),
        r.nilai.isZero() ? null : tg.nilai.div(r.nilai).times(100),
      ];
      const tol = toleransiBagi(r, tg, c);
      const cocok = lolos(c.nilai, positif, tol) || negatif.some((n) => n !== null && lolos(c.nilai, n, tol.times(2)));
      if (!cocok) {
        const harus = roundHalfUp(positif, Math.max(2, c.desimal));
        catat(
          k,
          "galat",
          "capaian-persen",
          `Persentase capaian tidak sesuai dengan target ${cetak(tg)} dan realisasi ${cetak(r)} (indikator positif: realisasi/target × 100${negatif[0] ? `; bila negatif: ${formatAngka(roundHalfUp(negatif[0], 2), 2)}%` : ""})`,
          { baris: b, kolom: capaian },
          { tertulis: cetak(c), seharusnya: `${formatAngka(harus, Math.max(2, c.desimal))}%` },
          SUMBER_CAPAIAN,
        );
      }
      if (kategori) periksaKategori(k, b, kategori, c);
    }
  }
}

/** The printed kategori against the scale whose labels it uses (Permendagri 86/2017 by default). */
function periksaKategori(k: Konteks, b: BarisData, kol: Kolom, c: AngkaCetak): void {
  const tertulis = (b.sel[kol.indeks] ?? "").trim();
  if (!tertulis || b.angka[kol.indeks]) return;
  const norm = hurufSaja(tertulis);
  const versi =
    k.skala ??
    VERSI_KATEGORI_CAPAIAN.find((v) => v.value.bands.some((x) => hurufSaja(x.label) === norm)) ??
    VERSI_KATEGORI_CAPAIAN[0];
  if (!versi) return;
  const hasil = kategoriCapaian(c.nilai, versi);
  if (hurufSaja(hasil.label) === norm) return;
  catat(
    k,
    "galat",
    "kategori-capaian",
    `Kategori "${tertulis}" tidak sesuai skala ${versi.label}${k.skala ? " (skala yang dimuat laporan ini)" : ""} untuk capaian ${cetak(c)}`,
    { baris: b, kolom: kol },
    { tertulis, seharusnya: hasil.label },
    `${versi.source.regulasi}${versi.source.pasal ? `, ${versi.source.pasal}` : ""}`,
  );
}

// ---------------------------------------------------------------- budget: % = realisasi/anggaran, sisa = anggaran − realisasi

function periksaAnggaran(k: Konteks): void {
  const t = k.tabel;
  if (!tabelAnggaran(t)) return;
  const anggaran = t.kolom.find((x) => /anggaran|pagu/.test(x.kunci) && !/sisa|realisasi|serapan|%/.test(x.kunci));
  const realisasiSemua = t.kolom.filter((x) => /realisasi/.test(x.kunci) && !PERSEN.test(daun(x)) && kolomAngka(t, x));
  const real =
    realisasiSemua.find((x) => /total|jumlah/.test(daun(x))) ??
    (realisasiSemua.length === 1 ? realisasiSemua[0] : undefined);
  const persen = t.kolom.find(
    (x) => /%|persen|prosentase|persentase|serapan/.test(daun(x) || x.kunci) && kolomAngka(t, x),
  );
  const sisa = t.kolom.find((x) => /sisa/.test(x.kunci));
  if (!anggaran || !real) return;
  for (const b of t.baris) {
    if (b.jenis === "teks") continue;
    const a = b.angka[anggaran.indeks];
    const r = b.angka[real.indeks];
    if (!a || !r) continue;
    const p = persen ? b.angka[persen.indeks] : null;
    if (persen && p && !a.nilai.isZero()) {
      const hitung = r.nilai.div(a.nilai).times(100);
      if (!lolos(p.nilai, hitung, toleransiBagi(r, a, p))) {
        catat(
          k,
          "galat",
          "serapan-persen",
          `Persentase realisasi anggaran tidak sesuai dengan realisasi ${cetak(r)} / anggaran ${cetak(a)}`,
          { baris: b, kolom: persen },
          {
            tertulis: cetak(p),
            seharusnya: `${formatAngka(roundHalfUp(hitung, Math.max(2, p.desimal)), Math.max(2, p.desimal))}${p.persen ? "%" : ""}`,
          },
          "Serapan = realisasi / anggaran × 100",
        );
      }
    }
    const s = sisa ? b.angka[sisa.indeks] : null;
    if (sisa && s) {
      const hitung = a.nilai.minus(r.nilai);
      const tol = setengahSatuan(a).plus(setengahSatuan(r)).plus(setengahSatuanHasil(s));
      if (!lolos(s.nilai, hitung, tol)) {
        catat(
          k,
          "galat",
          "sisa-anggaran",
          `Sisa anggaran tidak sama dengan anggaran ${cetak(a)} − realisasi ${cetak(r)}`,
          { baris: b, kolom: sisa },
          { tertulis: cetak(s), seharusnya: formatAngka(hitung, Math.max(a.desimal, r.desimal)) },
          "Sisa anggaran = anggaran − realisasi",
        );
      }
    }
  }
}

// ---------------------------------------------------------------- efisiensi = % capaian − % serapan

function periksaEfisiensi(k: Konteks): void {
  const t = k.tabel;
  const ef = t.kolom.find((x) => /efisiensi/.test(x.kunci));
  const cap = t.kolom.find((x) => /capaian/.test(x.kunci) && x !== ef);
  const ser = t.kolom.find((x) => /serapan|penyerapan/.test(x.kunci) && x !== ef);
  if (!ef || !cap || !ser) return;
  for (const b of t.baris) {
    const e = b.angka[ef.indeks];
    const c = b.angka[cap.indeks];
    const s = b.angka[ser.indeks];
    if (!e || !c || !s) continue;
    const hitung = c.nilai.minus(s.nilai);
    const tol = setengahSatuan(c).plus(setengahSatuan(s)).plus(setengahSatuanHasil(e));
    if (lolos(e.nilai, hitung, tol)) continue;
    catat(
      k,
      "galat",
      "efisiensi",
      `Tingkat efisiensi tidak sama dengan % capaian ${cetak(c)} − % serapan ${cetak(s)}`,
      { baris: b, kolom: ef },
      { tertulis: cetak(e), seharusnya: formatAngka(hitung, Math.max(c.desimal, s.desimal)) },
      "Efisiensi = % capaian kinerja − % penyerapan anggaran",
    );
  }
}

// ---------------------------------------------------------------- AKIP predikat written with the score

const KONTEKS_AKIP = /akip|sakip|akuntabilitas|evaluasi/;
const PREDIKAT = /^(AA|A|BB|B|CC|C|D)$/;

function periksaPredikat(k: Konteks): void {
  const t = k.tabel;
  const teksTabel = `${t.asal.judul ?? ""} ${t.kolom.map((x) => x.kunci).join(" ")}`.toLowerCase();
  const sumber = "Permenpan RB 88/2021, predikat nilai AKIP";
  const uji = (b: BarisData, kol: Kolom, nilai: Dec, huruf: string, tertulis: string) => {
    if (nilai.lt(0) || nilai.gt(100)) return;
    const h = tentukanPredikat(nilai);
    if (h.kode === huruf) return;
    catat(
      k,
      "galat",
      "predikat-akip",
      `Predikat "${huruf}" tidak sesuai nilai AKIP ${formatAngka(nilai, 2)}`,
      { baris: b, kolom: kol },
      { tertulis, seharusnya: h.kode },
      sumber,
    );
  };
  for (const b of t.baris) {
    const akip = KONTEKS_AKIP.test(teksTabel) || KONTEKS_AKIP.test(b.label.toLowerCase());
    b.angka.forEach((a, i) => {
      const kol = t.kolom[i];
      if (!a?.huruf || !kol || !PREDIKAT.test(a.huruf)) return;
      if (!akip && a.huruf.length < 2) return;
      uji(b, kol, a.nilai, a.huruf, b.sel[i] ?? "");
    });
  }
  if (!KONTEKS_AKIP.test(teksTabel)) return;
  // a "Kategori" row under the total row
  t.baris.forEach((b, i) => {
    if (!/^(kategori|predikat)/.test(hurufSaja(b.label))) return;
    const atas = t.baris[i - 1];
    if (!atas || atas.jenis !== "total") return;
    b.sel.forEach((s, c) => {
      const a = atas.angka[c];
      const kol = t.kolom[c];
      if (!kol || !a || a.persen || !PREDIKAT.test(s.trim())) return;
      uji(b, kol, a.nilai, s.trim(), s.trim());
    });
  });
  // a "Kategori"/"Predikat" column next to a total score column
  const katKol = t.kolom.find((x) => /kategori|predikat/.test(x.kunci));
  const nilaiKol = t.kolom.find((x) => /total|nilai akhir|jumlah/.test(x.kunci) && kolomAngka(t, x));
  if (katKol && nilaiKol) {
    for (const b of t.baris) {
      const s = (b.sel[katKol.indeks] ?? "").trim();
      const a = b.angka[nilaiKol.indeks];
      if (a && !a.huruf && PREDIKAT.test(s)) uji(b, katKol, a.nilai, s, s);
    }
  }
}

// ---------------------------------------------------------------- IKM from the NRR of its unsur

const BOBOT = [dec(1).div(9), dec("0.111")];

function periksaIkm(k: Konteks): void {
  const t = k.tabel;
  const unsur = t.kolom.find((x) => /unsur/.test(x.kunci));
  const nrr = t.kolom.find((x) => /nrr|nilai rata|rata-rata/.test(x.kunci) && !/tertimbang|tertibang/.test(x.kunci));
  if (!unsur || !nrr) return;
  const baris = t.baris.filter((b) => b.jenis === "data" && b.nomor && b.angka[nrr.indeks]);
  if (baris.length < 2) return;
  const nilai = baris.map((b) => b.angka[nrr.indeks] as AngkaCetak);
  const tertimbang = t.kolom.find((x) => /tertimbang|tertibang/.test(x.kunci));
  if (tertimbang) {
    for (const b of baris) {
      const n = b.angka[nrr.indeks] as AngkaCetak;
      const w = b.angka[tertimbang.indeks];
      if (!w) continue;
      const tol = setengahSatuan(n).times("0.112").plus(setengahSatuanHasil(w));
      if (BOBOT.some((bb) => lolos(w.nilai, n.nilai.times(bb), tol))) continue;
      catat(
        k,
        "galat",
        "nrr-tertimbang",
        `NRR tertimbang tidak sama dengan NRR ${cetak(n)} × bobot 0,111`,
        { baris: b, kolom: tertimbang },
        { tertulis: cetak(w), seharusnya: formatAngka(n.nilai.times("0.111"), w.desimal) },
        "Permenpan RB 14/2017, Lampiran (NRR tertimbang = NRR × 0,111)",
      );
    }
  }
  const rata = nilai.reduce((s, a) => s.plus(a.nilai), dec(0)).div(nilai.length);
  const tolRata = nilai.reduce((m, a) => (setengahSatuan(a).gt(m) ? setengahSatuan(a) : m), dec(0));
  let ikmTertulis: AngkaCetak | null = null;
  for (const b of t.baris) {
    const h = hurufSaja(b.sel.join(" "));
    const terakhir = [...b.angka].reverse().find((a) => a !== null) ?? null;
    if (!terakhir || b.jenis === "data") continue;
    if (/^(jumlah|jlh)?nrrtertimbang|^jumlahnrrtertimbang|^jlhnrrtertimbang/.test(h)) {
      const tol = tolRata.plus(setengahSatuanHasil(terakhir)).plus("0.0001");
      if (!lolos(terakhir.nilai, rata, tol) && !lolos(terakhir.nilai, rata.times(9).times("0.111"), tol)) {
        catat(
          k,
          "galat",
          "ikm-nrr",
          "Jumlah NRR tertimbang tidak sesuai dengan NRR unsur",
          { baris: b },
          { tertulis: cetak(terakhir), seharusnya: formatAngka(rata, terakhir.desimal) },
          "Permenpan RB 14/2017, Lampiran",
        );
      }
    } else if (/^ikm/.test(h) && terakhir.nilai.gt(20)) {
      ikmTertulis = terakhir;
      const tol = tolRata.times(25).plus(setengahSatuanHasil(terakhir)).plus("0.01");
      if (!lolos(terakhir.nilai, rata.times(25), tol)) {
        catat(
          k,
          "galat",
          "ikm-nilai",
          `IKM tidak sesuai dengan rata-rata NRR ${nilai.length} unsur × 25`,
          { baris: b },
          { tertulis: cetak(terakhir), seharusnya: formatAngka(rata.times(25), 2) },
          "Permenpan RB 14/2017, Lampiran (IKM = NRR tertimbang × 25)",
        );
      }
    }
  }
  if (!ikmTertulis) return;
  for (const b of t.baris) {
    const teks = b.sel.join(" ");
    const m = /mutu\s*(pelayanan)?\s*:?\s*([A-D])\b/i.exec(teks);
    if (!m?.[2]) continue;
    const hasil = klasifikasiMutuIkm(ikmTertulis.nilai);
    if (hasil.mutu !== m[2].toUpperCase()) {
      catat(
        k,
        "galat",
        "mutu-ikm",
        `Mutu pelayanan "${m[2]}" tidak sesuai IKM ${cetak(ikmTertulis)}`,
        { baris: b },
        { tertulis: m[2], seharusnya: hasil.mutu },
        "Permenpan RB 14/2017, tabel nilai persepsi dan mutu pelayanan",
      );
    }
  }
}

// ---------------------------------------------------------------- numbering of rows and columns

function periksaNomor(k: Konteks): void {
  const t = k.tabel;
  const nomor = t.baris.filter((b) => b.jenis === "data" || b.jenis === "anak" || b.nomor);
  const angkaNomor = (b: BarisData) => (b.nomor && /^\d+\.?$/.test(b.nomor) ? Number.parseInt(b.nomor, 10) : null);
  const bernomor = nomor.filter((b) => angkaNomor(b) !== null);
  if (bernomor.length >= 3) {
    for (let i = 1; i < nomor.length; i++) {
      const b = nomor[i];
      const sebelum = nomor[i - 1];
      if (!b || !sebelum) continue;
      const n = angkaNomor(b);
      const p = angkaNomor(sebelum);
      if (n !== null && p !== null && n === p) {
        catat(
          k,
          "peringatan",
          "nomor-baris",
          `Nomor baris ${n} dipakai dua kali`,
          { baris: b },
          { tertulis: String(n), seharusnya: String(p + 1) },
          "penomoran tabel",
        );
      }
      const berikut = nomor[i + 1];
      const nb = berikut ? angkaNomor(berikut) : null;
      if (n === null && b.jenis === "data" && p !== null && nb === p + 2) {
        catat(
          k,
          "peringatan",
          "nomor-baris",
          "Baris tanpa nomor di antara baris bernomor",
          { baris: b },
          { tertulis: "(kosong)", seharusnya: `${p + 1}.` },
          "penomoran tabel",
        );
      }
    }
  }
  const nk = t.nomorKolom;
  if (nk) {
    const isi = nk
      .map((s, i) => ({ i, n: Number.parseInt(s.replace(/[()]/g, ""), 10) }))
      .filter((x) => !Number.isNaN(x.n));
    for (let j = 1; j < isi.length; j++) {
      const a = isi[j - 1];
      const b = isi[j];
      if (a && b && b.n !== a.n + 1) {
        catat(
          k,
          "peringatan",
          "nomor-kolom",
          `Nomor kolom tidak berurutan: (${a.n}) diikuti (${b.n})`,
          { kolom: t.kolom[b.i] },
          { tertulis: `(${b.n})`, seharusnya: `(${a.n + 1})` },
          "penomoran tabel",
        );
        break;
      }
    }
  }
}

/** All checks of one table. */
export function periksaTabel(
  tabel: TabelTerbaca,
  skala?: RuleVersion<SkalaKategoriCapaian>,
): { temuan: Temuan[]; dikenali: boolean } {
  const k: Konteks = { tabel, temuan: [], ...(skala ? { skala } : {}) };
  periksaJumlahKolom(k);
  periksaJumlahBaris(k);
  periksaCapaian(k);
  periksaAnggaran(k);
  periksaEfisiensi(k);
  periksaPredikat(k);
  periksaIkm(k);
  periksaNomor(k);
  const kunci = tabel.kolom.map((x) => x.kunci).join(" ");
  const dikenali =
    tabel.baris.some((b) => b.jenis === "total") ||
    /target|realisasi|anggaran|capaian|unsur|nrr|efisiensi|kategori|predikat/.test(kunci) ||
    tabel.kolom.some((x) => DAUN_TOTAL.test(daun(x)));
  return { temuan: k.temuan, dikenali };
}

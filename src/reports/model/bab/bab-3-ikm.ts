/**
 * Sasaran with an IKM indicator: the SKM result per unsur (Tabel 3.3), the mutu scale (Tabel 3.4), the unsur
 * extremes, and the capaian IKM table (Tabel 3.5). IKM computed from Σ per unsur with the domain (0,111, seed rounding).
 * NOTE: SEED 519-615; regulations.md §0 (80,50390625 → 80,50 B), §1.6.
 */
import { type HasilIkmUnsur, MUTU_IKM_14_2017 } from "../../../domain/ikm";
import { dec } from "../../../domain/shared/decimal";
import { aturanUntuk } from "../../../domain/pengaturan/aturan-pemda";
import type { Blok, Sel } from "../dokumen";
import type { KinerjaIndikator } from "../hitung/kinerja";
import { blokTeks, type Konteks, namaOpd, paragraf } from "../konteks";
import { v } from "../narasi";
import { angka, kepala, sel, tabel } from "../sel";
import { a2 } from "../tampil";
import { tabelCapaianIndikator } from "./capaian-util";

export function blokIkm(k: Konteks, ki: KinerjaIndikator): Blok[] {
  const out: Blok[] = [];
  for (const i of k.s.organisasi.inovasi) {
    out.push(
      paragraf(["Inovasi pelayanan yang telah dilaksanakan: ", { t: "tebal", teks: i.nama }, `. ${i.deskripsi}`]),
    );
  }
  const skm = k.s.skm;
  const ikm = ki.ikm;
  if (!skm || !ikm) {
    out.push(
      paragraf([
        k.hilang.tandai(
          `skm:${k.s.tahun}`,
          `hasil Survei Kepuasan Masyarakat ${k.s.tahun} (jumlah nilai per unsur dan responden)`,
        ),
      ]),
    );
  } else {
    const label = (u: HasilIkmUnsur) => skm.label[u.kode] ?? u.nama;
    out.push(
      paragraf([
        `Hasil Survei Kepuasan Masyarakat (SKM) ${namaOpd(k)} tahun ${k.s.tahun} disajikan pada `,
        { t: "ref", ke: "tabel-skm" },
        ".",
      ]),
      tabelSkm(k, ki, label),
      ...narasiUnsur(k, ikm.unsur, label),
      ...blokTeks(k, "skm-catatan", ""),
      paragraf([aturanIkmDipakai(k)]),
      paragraf([
        `Interval mutu hasil IKM menurut ${regulasiMutu(mutuIkm(k))} disajikan pada `,
        { t: "ref", ke: "tabel-mutu-ikm" },
        ".",
      ]),
      tabelMutu(k),
    );
    if (skm.metode) out.push(paragraf([skm.metode]));
  }
  out.push(...tabelCapaianIndikator(k, ki, `tabel-capaian-${ki.indikator.kode}`));
  return out;
}

/**
 * The IKM rule the figure was computed with (the Pemda's settings for the year, ADR 0019), stated because the choice
 * changes the number (bobot 0,111 × 9 = 0,999 vs 1/9).
 */
function aturanIkmDipakai(k: Konteks): string {
  const bobot = aturanUntuk(k.s.aturan ?? {}, "ikm", k.s.tahun);
  const pasal = bobot.source.pasal ? `, ${bobot.source.pasal}` : "";
  return `IKM dihitung dengan ${bobot.label.charAt(0).toLowerCase()}${bobot.label.slice(1)} sesuai pengaturan Pemda (${bobot.source.regulasi}${pasal}).`;
}

function tabelSkm(k: Konteks, ki: KinerjaIndikator, label: (u: HasilIkmUnsur) => string): Blok {
  const ikm = ki.ikm!;
  const badan: Sel[][] = ikm.unsur.map((u, i) => [
    sel(`${i + 1}.`, { rata: "tengah" }),
    sel(label(u)),
    angka(u.jumlah ?? u.nrr, "bulat"),
    angka(u.nrr, "angka2", u.nrrTampil.replace(".", ",")),
    angka(u.nrrTertimbang, "angka6", u.nrrTertimbangTampil.replace(".", ",")),
  ]);
  const ringkas = (teks: string, nilai: Sel) => [sel(teks, { rentangKolom: 4, tebal: true }), nilai];
  badan.push(
    ringkas(
      "Jumlah NRR Tertimbang",
      angka(ikm.jumlahNrrTertimbang, "angka6", ikm.jumlahNrrTertimbangTampil.replace(".", ","), true),
    ),
    ringkas("IKM Unit Pelayanan (Σ NRR tertimbang × 25)", angka(dec(ikm.ikmTampil), "angka2", a2(ikm.ikmTampil), true)),
    ringkas("Mutu Pelayanan", sel(ikm.mutu.mutu, { rata: "tengah", tebal: true })),
    ringkas("Kinerja Unit Pelayanan", sel(ikm.mutu.kinerja, { rata: "tengah", tebal: true })),
  );
  return tabel(
    "tabel-skm",
    `Hasil Pelaksanaan Survei Kepuasan Masyarakat Tahun ${k.s.tahun}`,
    [[kepala("No."), kepala("Unsur Pelayanan"), kepala("Jumlah Nilai"), kepala("NRR"), kepala("NRR Tertimbang")]],
    badan,
    [0.8, 5, 1.8, 1.5, 2.2],
    {
      sumber: `${k.s.skm?.aplikasi ?? "Survei Kepuasan Masyarakat"}; ${k.s.skm?.responden ?? 0} responden; bobot ${ikm.unsur[0]?.bobotTeks.replace(".", ",") ?? ""} per unsur`,
    },
  );
}

/** The highest and lowest unsur by NRR (every tie named) and the lowest mutu among the unsur. */
function narasiUnsur(k: Konteks, unsur: readonly HasilIkmUnsur[], label: (u: HasilIkmUnsur) => string): Blok[] {
  const nrr = unsur.map((u) => dec(u.nrrTampil));
  const maks = nrr.reduce((a, b) => (b.gt(a) ? b : a));
  const min = nrr.reduce((a, b) => (b.lt(a) ? b : a));
  const nama = (x: typeof maks) =>
    unsur
      .filter((_, i) => nrr[i]!.eq(x))
      .map(label)
      .join(", ");
  const persepsiMin = Math.min(...unsur.map((u) => u.mutu.nilaiPersepsi));
  const terendah = unsur.filter((u) => u.mutu.nilaiPersepsi === persepsiMin);
  const semuaBaik = persepsiMin >= 3;
  const out: Blok[] = [
    k.narator.paragraf("bab3.skm.unsur", [
      "Dari ",
      { t: "ref", ke: "tabel-skm" },
      " dapat diketahui bahwa unsur pelayanan dengan nilai rata-rata (NRR) tertinggi adalah ",
      v("unsurTertinggi", nama(maks)),
      " (",
      v("nrrTertinggi", a2(maks)),
      "), sedangkan yang terendah adalah ",
      v("unsurTerendah", nama(min)),
      " (",
      v("nrrTerendah", a2(min)),
      "). ",
      semuaBaik
        ? "Seluruh unsur pelayanan memperoleh mutu B (Baik) atau lebih tinggi."
        : `Unsur yang bermutu ${terendah[0]!.mutu.mutu} (${terendah[0]!.mutu.kinerja}), mutu terendah di antara unsur (NRR × 25), adalah ${terendah.map(label).join(", ")}.`,
    ]),
  ];
  const analisis = k.s.skm?.analisis ?? {};
  for (const u of unsur) {
    const a = analisis[u.kode];
    if (a) out.push(paragraf([`${label(u)} (NRR ${a2(u.nrrTampil)}): ${a}`]));
  }
  return out;
}

/** The mutu table of the Pemda's rule for the report's year (14/2017 unless an older table is in force). */
function mutuIkm(k: Konteks) {
  return aturanUntuk(k.s.aturan ?? {}, "ikm-mutu", k.s.tahun);
}

function regulasiMutu(v: ReturnType<typeof mutuIkm>): string {
  return v.id === MUTU_IKM_14_2017.id ? "Peraturan Menteri PANRB Nomor 14 Tahun 2017" : v.source.regulasi;
}

function tabelMutu(k: Konteks): Blok {
  const mutu = mutuIkm(k);
  const pita = [...mutu.value.pita].reverse();
  return tabel(
    "tabel-mutu-ikm",
    "Kategori Hasil Indeks Kepuasan Masyarakat",
    [[kepala("No."), kepala("Nilai Interval Konversi"), kepala("Mutu Pelayanan"), kepala("Kinerja Unit Pelayanan")]],
    pita.map((p, i) => [
      sel(`${i + 1}.`, { rata: "tengah" }),
      sel(`${a2(p.nilaiKonversi.dari)} – ${a2(p.nilaiKonversi.sampai)}`, { rata: "tengah" }),
      sel(p.mutu, { rata: "tengah" }),
      sel(p.kinerja, { rata: "tengah" }),
    ]),
    [1, 3, 2.5, 3],
    { sumber: mutu.source.regulasi },
  );
}

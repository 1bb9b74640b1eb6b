/**
 * Shared pieces of Bab III: indicator value display, sasaran names, the capaian table row, and the sentence that
 * states target, realisasi, selisih, capaian and kategori of an indicator.
 * NOTE: regulations.md §4 (capaian, kategori Permendagri 86/2017); SEED 479-491.
 */
import { selisihTargetRealisasi } from "../../../domain/capaian";
import type { Dec, DecimalInput } from "../../../domain/shared/decimal";
import type { Blok, Inline, Sel } from "../dokumen";
import type { KinerjaIndikator, NilaiTahun } from "../hitung/kinerja";
import { type Konteks, namaOpd } from "../konteks";
import { type BagianKalimat, v } from "../narasi";
import { angka, barisNomorKolom, kepala, sel, tabel } from "../sel";
import type { IndikatorSumber } from "../sumber";
import type { PilihanAturan } from "../../../domain/aturan/profil";
import { a2, mutlak2, nilaiPredikat, persen } from "../tampil";

/** Indicator value as the tables print it: "80,50" or "BB (70,15)". */
export function nilaiIndikator(i: IndikatorSumber, x: DecimalInput, tahun: number, pilihan?: PilihanAturan): string {
  return i.tampilan === "predikat-akip" ? nilaiPredikat(x, tahun, pilihan) : a2(x);
}

/** Text of the sasaran of an indicator (Renstra wording; the PK wording when the Renstra has none). */
export function namaSasaran(k: Konteks, i: IndikatorSumber): string {
  const r = k.s.renstra?.sasaran.find((x) => x.kode === i.sasaranKode)?.teks;
  if (r) return r;
  const cari = (rows: NonNullable<Konteks["pk"]>["kinerja"]): string | null => {
    for (const x of rows) {
      if (x.indikatorKode === i.kode) return x.sasaran;
      const a = cari(x.anak);
      if (a) return a;
    }
    return null;
  };
  return (k.pk && cari(k.pk.kinerja)) ?? i.sasaranKode;
}

/** Missing target / realisasi placeholder of an indicator year. */
export function hilangNilai(k: Konteks, ki: KinerjaIndikator, apa: "target" | "realisasi", tahun: number) {
  return k.hilang.tandai(`${apa}:${ki.indikator.kode}:${tahun}`, `${apa} ${ki.indikator.nama} ${tahun}`);
}

/** Cells Target | Realisasi | Capaian (%) [| Kategori] of one indicator-year. */
export function selCapaian(k: Konteks, ki: KinerjaIndikator, n: NilaiTahun, denganKategori: boolean): Sel[] {
  const i = ki.indikator;
  const nilai = (x: Dec | null, apa: "target" | "realisasi"): Sel =>
    x === null
      ? sel([hilangNilai(k, ki, apa, n.tahun)], { rata: "tengah" })
      : i.tampilan === "predikat-akip"
        ? { ...angka(x, "angka2", nilaiIndikator(i, x, n.tahun, k.s.aturan)), rata: "tengah" }
        : angka(x, "angka2");
  const out = [
    nilai(n.target, "target"),
    nilai(n.realisasi, "realisasi"),
    n.capaian === null ? sel("–", { rata: "tengah" }) : angka(n.capaian, "persen"),
  ];
  if (denganKategori) out.push(sel(n.kategori ?? "–", { rata: "tengah" }));
  return out;
}

/** "…target 85,00, realisasi 80,50, selisih 4,50 poin di bawah target; capaian 94,71% (Sangat Tinggi)." */
export function kalimatTargetRealisasi(k: Konteks, ki: KinerjaIndikator, n: NilaiTahun = ki.kini): BagianKalimat[] {
  const i = ki.indikator;
  const out: BagianKalimat[] = [`Pada tahun ${n.tahun}, indikator ${i.nama} ditargetkan `];
  out.push(
    v(
      "target",
      n.target === null ? hilangNilai(k, ki, "target", n.tahun) : nilaiIndikator(i, n.target, n.tahun, k.s.aturan),
    ),
  );
  out.push(" dengan realisasi ");
  out.push(
    v(
      "realisasi",
      n.realisasi === null
        ? hilangNilai(k, ki, "realisasi", n.tahun)
        : nilaiIndikator(i, n.realisasi, n.tahun, k.s.aturan),
    ),
  );
  if (n.target === null || n.realisasi === null || n.capaian === null) {
    out.push(", sehingga capaian belum dapat dihitung.");
    return out;
  }
  const { selisihDibulatkan } = selisihTargetRealisasi(n.target, n.realisasi);
  if (selisihDibulatkan.isZero()) out.push(", sama dengan target");
  else {
    out.push(", selisih ");
    out.push(v("selisih", mutlak2(selisihDibulatkan)));
    out.push(` poin ${selisihDibulatkan.isPositive() ? "di bawah" : "di atas"} target`);
  }
  out.push(". Capaian kinerja sebesar ");
  out.push(v("capaian", persen(n.capaian)));
  out.push(" dengan kategori ");
  out.push(v("kategori", n.kategori ?? "–") as BagianKalimat);
  out.push(".");
  return out;
}

/** Row "No | Sasaran | Indikator | Satuan | Target | Realisasi | Capaian | Kategori". */
export function barisCapaian(k: Konteks, ki: KinerjaIndikator, no: number, denganKategori: boolean): Sel[] {
  const i = ki.indikator;
  return [
    sel(`${no}.`, { rata: "tengah" }),
    sel(namaSasaran(k, i)),
    sel(i.nama),
    sel(i.satuan, { rata: "tengah" }),
    ...selCapaian(k, ki, ki.kini, denganKategori),
  ];
}

export function tebal(teks: string): Inline {
  return { t: "tebal", teks };
}

export const KOLOM_CAPAIAN = [
  "No.",
  "Sasaran Strategis",
  "Indikator Kinerja",
  "Satuan",
  "Target",
  "Realisasi",
  "Capaian (%)",
];

/** Capaian table of one indicator (Tabel 3.5 / 3.7 pattern) with its sentence. */
export function tabelCapaianIndikator(k: Konteks, ki: KinerjaIndikator, id: string): Blok[] {
  const i = ki.indikator;
  return [
    tabel(
      id,
      `Capaian ${i.nama} ${namaOpd(k)} Tahun ${k.s.tahun}`,
      [[...KOLOM_CAPAIAN, "Kategori"].map((x) => kepala(x)), barisNomorKolom(8)],
      [barisCapaian(k, ki, 1, true)],
      [0.8, 3.4, 3, 1.3, 1.7, 1.7, 1.6, 1.7],
      i.sumberData ? { sumber: i.sumberData } : {},
    ),
    k.narator.paragraf(`bab3.${i.kode}.target-realisasi`, [
      "Berdasarkan ",
      { t: "ref", ke: id },
      ": ",
      ...kalimatTargetRealisasi(k, ki).map((x, j) =>
        j === 0 && typeof x === "string" ? x.replace(/^Pada/, "pada") : x,
      ),
    ]),
  ];
}

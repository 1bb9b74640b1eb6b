/**
 * Sasaran with the Nilai AKIP indicator: the predikat scale (Tabel 3.6), the capaian table (Tabel 3.7) and the
 * components of the year's evaluation against their targets (Tabel 3.8), with the weakest/strongest component.
 * NOTE: SEED 632-698; regulations.md §2.4-2.5 (88/2021 komponen, predikat lower-exclusive).
 */
import { hitungCapaian } from "../../../domain/capaian";
import { PREDIKAT_AKIP_88_2021 } from "../../../domain/akip";
import { hitungAkipAman } from "../hitung/kinerja";
import { type Dec, dec } from "../../../domain/shared/decimal";
import type { Blok, Sel } from "../dokumen";
import type { KinerjaIndikator } from "../hitung/kinerja";
import { type Konteks, namaOpd, paragraf } from "../konteks";
import { v } from "../narasi";
import { angka, kepala, sel, tabel } from "../sel";
import { a2, hurufPredikat, persen, tanggal } from "../tampil";
import { tabelCapaianIndikator } from "./capaian-util";

export function blokAkip(k: Konteks, ki: KinerjaIndikator): Blok[] {
  const out: Blok[] = [
    paragraf([
      `Kategori predikat nilai evaluasi AKIP menurut ${PREDIKAT_AKIP_88_2021.source.regulasi} disajikan pada `,
      { t: "ref", ke: "tabel-predikat-akip" },
      ".",
    ]),
    tabelPredikat(),
    ...tabelCapaianIndikator(k, ki, `tabel-capaian-${ki.indikator.kode}`),
  ];
  out.push(...komponen(k, ki));
  out.push(...rekomendasiTerbuka(k));
  return out;
}

/** Open recommendations of the evaluation (LKE), when the data has them (issue 13). */
function rekomendasiTerbuka(k: Konteks): Blok[] {
  const r = k.s.rekomendasiAkip ?? [];
  if (r.length === 0) return [];
  return [
    paragraf([
      `Rekomendasi hasil evaluasi AKIP yang belum selesai ditindaklanjuti (${r.length}) disajikan pada `,
      { t: "ref", ke: "tabel-rekomendasi-akip" },
      ".",
    ]),
    tabel(
      "tabel-rekomendasi-akip",
      `Rekomendasi Hasil Evaluasi AKIP yang Belum Selesai ${namaOpd(k)}`,
      [
        [
          kepala("No."),
          kepala("Rekomendasi"),
          kepala("Tahun"),
          kepala("Penanggung Jawab"),
          kepala("Batas Waktu"),
          kepala("Status / Tindak Lanjut"),
        ],
      ],
      r.map((x, i) => [
        sel(`${i + 1}.`, { rata: "tengah" }),
        sel(x.uraian),
        sel(String(x.tahunEvaluasi), { rata: "tengah" }),
        sel(x.penanggungJawab),
        sel(x.batasWaktu ? tanggal(x.batasWaktu) : "–", { rata: "tengah" }),
        sel(
          `${x.status === "proses" ? "Dalam proses" : "Belum ditindaklanjuti"}${x.tindakLanjut ? `: ${x.tindakLanjut}` : ""}`,
        ),
      ]),
      [0.7, 5, 1.2, 2.5, 2, 3.5],
      { kecil: true, sumber: "Lembar Kerja Evaluasi AKIP oleh Inspektorat" },
    ),
  ];
}

function tabelPredikat(): Blok {
  const pita = PREDIKAT_AKIP_88_2021.value.pita;
  return tabel(
    "tabel-predikat-akip",
    "Kategori Hasil Evaluasi AKIP",
    [[kepala("No."), kepala("Interval"), kepala("Kategori")]],
    pita.map((p, i) => [
      sel(`${i + 1}.`, { rata: "tengah" }),
      sel(`${p.bawahInklusif ? "" : ">"}${p.batasBawah} – ${p.batasAtas}`, { rata: "tengah" }),
      sel(`${p.kode} (${p.label})`),
    ]),
    [1, 3, 5],
    { sumber: PREDIKAT_AKIP_88_2021.source.regulasi },
  );
}

function komponen(k: Konteks, ki: KinerjaIndikator): Blok[] {
  const real = ki.akip.get(k.s.tahun);
  const tgt = k.s.targetKomponenAkip;
  if (!real) return [paragraf([k.hilang.tandai(`akip:${k.s.tahun}`, `nilai komponen evaluasi AKIP ${k.s.tahun}`)])];
  const target =
    tgt && tgt.kerangka === k.s.akip.find((a) => a.tahun === k.s.tahun)?.kerangka ? hitungAkipAman(tgt) : null;
  if (tgt && !target)
    k.hilang.tambah({ kunci: `akip:target:${k.s.tahun}`, teks: `target nilai komponen evaluasi AKIP ${k.s.tahun}` });
  const rows: { nama: string; t: Dec | null; r: Dec; p: Dec | null }[] = real.komponen.map((c) => {
    const t = target?.komponen.find((x) => x.kunci === c.kunci)?.nilai ?? null;
    const p = t && !t.isZero() ? hitungCapaian({ target: t, realisasi: c.nilai }).capaianDibulatkan : null;
    return { nama: c.nama, t, r: c.nilai, p };
  });
  const totalT = target ? dec(target.totalTampil) : null;
  const totalR = dec(real.totalTampil);
  const totalP = totalT ? hitungCapaian({ target: totalT, realisasi: totalR }).capaianDibulatkan : null;
  const tHilang = () =>
    sel([k.hilang.tandai(`akip:target-komponen:${k.s.tahun}`, `target komponen evaluasi AKIP ${k.s.tahun}`)], {
      rata: "tengah",
    });
  const badan: Sel[][] = rows.map((x, i) => [
    sel(`${i + 1}.`, { rata: "tengah" }),
    sel(x.nama),
    x.t === null ? tHilang() : angka(x.t, "angka2"),
    angka(x.r, "angka2"),
    x.p === null ? sel("–", { rata: "tengah" }) : angka(x.p, "persen"),
  ]);
  badan.push([
    sel("Total", { rentangKolom: 2, rata: "tengah", tebal: true }),
    totalT === null ? sel("–", { rata: "tengah" }) : angka(totalT, "angka2", undefined, true),
    angka(totalR, "angka2", undefined, true),
    totalP === null ? sel("–", { rata: "tengah" }) : angka(totalP, "persen", undefined, true),
  ]);
  badan.push([
    sel("Predikat", { rentangKolom: 2, rata: "tengah", tebal: true }),
    sel(totalT ? hurufPredikat(totalT, k.s.tahun, k.s.aturan) : "–", { rata: "tengah" }),
    sel(real.predikat.kode, { rata: "tengah" }),
    sel(""),
  ]);
  const out: Blok[] = [
    paragraf([
      `Nilai tersebut merupakan jumlah nilai komponen manajemen kinerja yang dievaluasi (kerangka ${real.kerangka}), sebagaimana `,
      { t: "ref", ke: "tabel-komponen-akip" },
      ".",
    ]),
    tabel(
      "tabel-komponen-akip",
      `Hasil Aspek Penilaian Evaluasi AKIP ${namaOpd(k)} Tahun ${k.s.tahun}`,
      [
        [kepala("No.", 1, 2), kepala("Aspek Penilaian", 1, 2), kepala(String(k.s.tahun), 3)],
        [kepala("Target"), kepala("Realisasi"), kepala("Persentase")],
      ],
      badan,
      [0.8, 5, 2, 2, 2],
      ki.indikator.sumberData ? { sumber: ki.indikator.sumberData } : {},
    ),
  ];
  const dgnP = rows.filter((x) => x.p !== null) as { nama: string; t: Dec; r: Dec; p: Dec }[];
  if (dgnP.length > 0) {
    const min = dgnP.reduce((a, b) => (b.p.lt(a.p) ? b : a));
    const max = dgnP.reduce((a, b) => (b.p.gt(a.p) ? b : a));
    const tercapai = dgnP.filter((x) => x.p.gte(100)).map((x) => x.nama);
    out.push(
      k.narator.paragraf("bab3.akip.komponen", [
        "Komponen dengan persentase capaian tertinggi adalah ",
        v("komponenTertinggi", max.nama),
        " (",
        v("persenTertinggi", persen(max.p)),
        "), sedangkan yang terendah adalah ",
        v("komponenTerendah", min.nama),
        " dengan nilai ",
        v("nilaiTerendah", a2(min.r)),
        " dari target ",
        v("targetTerendah", a2(min.t)),
        " (",
        v("persenTerendah", persen(min.p)),
        "). ",
        tercapai.length > 0
          ? `Komponen yang memenuhi target: ${tercapai.join(", ")}.`
          : "Belum ada komponen yang memenuhi target.",
      ]),
    );
  }
  return out;
}

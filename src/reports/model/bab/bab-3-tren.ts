/**
 * Bab III.A.2 (comparison with earlier years: Tabel 3.9 and the rises/falls in poin and percentage points) and
 * III.A.3 (realisasi against the Renstra targets: the multi-year table per indicator on a landscape page, its chart,
 * and for Nilai AKIP the components per year with their framework, Tabel 3.12).
 * NOTE: SEED 700-791; regulations.md §2.6 (store the framework per year; compare totals and predikat).
 */
import { selisihAntarTahun } from "../../../domain/capaian";
import type { Dec } from "../../../domain/shared/decimal";
import type { Blok, Sel } from "../dokumen";
import type { KinerjaIndikator } from "../hitung/kinerja";
import { hitungAkipAman } from "../hitung/kinerja";
import { type Konteks, namaOpd, paragraf } from "../konteks";
import { type BagianKalimat, v } from "../narasi";
import { angka, barisNomorKolom, kepala, sel, tabel } from "../sel";
import { a2, mutlak2, persen } from "../tampil";
import { hilangNilai, nilaiIndikator, selCapaian } from "./capaian-util";

export interface Potongan {
  orientasi: "potret" | "lanskap";
  blok: Blok[];
}

export function subbab2(k: Konteks): Potongan[] {
  const out: Blok[] = [
    {
      jenis: "judul",
      tingkat: 3,
      teks: `2. Membandingkan Capaian Kinerja Tahun ${k.s.tahun} dengan Tahun Lalu dan Beberapa Tahun Terakhir`,
      id: "bab-3-a-2",
      daftarIsi: true,
    },
  ];
  if (k.kinerja.length === 0)
    return [
      {
        orientasi: "potret",
        blok: [
          ...out,
          paragraf([k.hilang.tandai("indikator", "indikator kinerja utama beserta target dan realisasinya")]),
        ],
      },
    ];
  const tahun = k.kinerja[0]!.tahun;
  const awal = tahun.slice(0, Math.max(0, tahun.length - 2));
  const akhir = tahun.slice(-2);
  const kepala1: Sel[] = [
    kepala("No", 1, 2),
    kepala("Indikator Kinerja", 1, 2),
    kepala("Target Akhir Renstra", 1, 2),
    ...awal.map((t) => kepala(`Capaian ${t}`, 1, 2)),
    ...akhir.map((t) => kepala(String(t), 3)),
  ];
  const kepala2: Sel[] = akhir.flatMap(() => [kepala("Target"), kepala("Realisasi"), kepala("% Capaian")]);
  const badan = k.kinerja.map((ki, i) => {
    const ta = ki.indikator.targetAkhir;
    return [
      sel(`${i + 1}`, { rata: "tengah" }),
      sel(ki.indikator.nama),
      ta === null
        ? sel([k.hilang.tandai(`target-akhir:${ki.indikator.kode}`, `target akhir Renstra ${ki.indikator.nama}`)])
        : { ...angka(ta, "angka2", nilaiIndikator(ki.indikator, ta, k.s.tahun, k.s.aturan)), rata: "tengah" as const },
      ...awal.map((t) => {
        const c = ki.perTahun.get(t)?.capaian ?? null;
        return c === null ? sel("–", { rata: "tengah" }) : angka(c, "persen");
      }),
      ...akhir.flatMap((t) => selCapaian(k, ki, ki.perTahun.get(t)!, false)),
    ];
  });
  out.push(
    paragraf([
      `Perbandingan capaian kinerja ${namaOpd(k)} tahun ${k.s.tahun} dengan tahun-tahun sebelumnya disajikan pada `,
      { t: "ref", ke: "tabel-perbandingan-tahun" },
      ".",
    ]),
  );
  const lanskap: Blok[] = [
    tabel(
      "tabel-perbandingan-tahun",
      "Perbandingan Capaian Kinerja Tahun Sebelumnya dan Beberapa Tahun Terakhir",
      [kepala1, kepala2, barisNomorKolom(3 + awal.length + akhir.length * 3)],
      badan,
      [0.6, 3, 1.6, ...awal.map(() => 1.3), ...akhir.flatMap(() => [1.5, 1.5, 1.4])],
      { kecil: true },
    ),
  ];
  return [
    { orientasi: "potret", blok: out },
    { orientasi: "lanskap", blok: lanskap },
    { orientasi: "potret", blok: k.kinerja.map((ki) => narasiAntarTahun(k, ki)) },
  ];
}

/** Rises/falls of the realisasi (poin) and of the capaian (percentage points) against every earlier year. */
function narasiAntarTahun(k: Konteks, ki: KinerjaIndikator): Blok {
  const i = ki.indikator;
  const kini = ki.kini;
  const bagian: BagianKalimat[] = [`Realisasi ${i.nama} tahun ${k.s.tahun} sebesar `];
  if (kini.realisasi === null) {
    bagian.push(
      v("realisasi", hilangNilai(k, ki, "realisasi", k.s.tahun)),
      ", sehingga belum dapat dibandingkan dengan tahun-tahun sebelumnya.",
    );
    return k.narator.paragraf(`bab3.${i.kode}.antar-tahun`, bagian);
  }
  bagian.push(v("realisasi", nilaiIndikator(i, kini.realisasi, k.s.tahun, k.s.aturan)), ". Dibandingkan dengan ");
  const lalu = ki.tahun.filter((t) => t < k.s.tahun).reverse();
  const frasa: BagianKalimat[][] = [];
  for (const t of lalu) {
    const n = ki.perTahun.get(t)!;
    if (n.realisasi === null) continue;
    const s = selisihAntarTahun(kini.realisasi, n.realisasi, "poin");
    const f: BagianKalimat[] = [`tahun ${t} (`, v(`realisasi${t}`, a2(n.realisasi)), ") "];
    f.push(
      s.arah === "tetap" ? "tetap" : `${s.arah} `,
      ...(s.arah === "tetap" ? [] : [v(`selisih${t}`, mutlak2(s.selisihDibulatkan)), " poin"]),
    );
    if (kini.capaian !== null && n.capaian !== null) {
      const c = selisihAntarTahun(kini.capaian, n.capaian, "persen-poin");
      f.push(
        " dan capaiannya ",
        c.arah === "tetap" ? "tetap" : `${c.arah} `,
        ...(c.arah === "tetap" ? [] : [v(`selisihCapaian${t}`, mutlak2(c.selisihDibulatkan)), " persen poin"]),
        " (",
        v(`capaian${t}`, persen(n.capaian)),
        ")",
      );
    }
    frasa.push(f);
  }
  if (frasa.length === 0) bagian.push("tahun-tahun sebelumnya belum tersedia data realisasi.");
  else
    frasa.forEach((f, j) =>
      bagian.push(...f, j === frasa.length - 1 ? "." : j === frasa.length - 2 ? "; dan dengan " : "; dengan "),
    );
  const dgn = ki.tahun.map((t) => ki.perTahun.get(t)!).filter((n) => n.capaian !== null) as {
    tahun: number;
    capaian: Dec;
  }[];
  if (dgn.length > 1) {
    const maks = dgn.reduce((a, b) => (b.capaian.gt(a.capaian) ? b : a));
    const min = dgn.reduce((a, b) => (b.capaian.lt(a.capaian) ? b : a));
    bagian.push(
      ` Dalam periode ${ki.tahun[0]}–${k.s.tahun}, capaian tertinggi terjadi pada tahun `,
      v("tahunTertinggi", String(maks.tahun)),
      " (",
      v("capaianTertinggi", persen(maks.capaian)),
      ") dan terendah pada tahun ",
      v("tahunTerendah", String(min.tahun)),
      " (",
      v("capaianTerendah", persen(min.capaian)),
      ").",
    );
  }
  return k.narator.paragraf(`bab3.${i.kode}.antar-tahun`, bagian);
}

export function subbab3(k: Konteks): Potongan[] {
  const r = k.s.renstra;
  const periode = r ? `${r.tahunAwal}-${r.tahunAkhir}` : "";
  const potret: Blok[] = [
    {
      jenis: "judul",
      tingkat: 3,
      teks: `3. Membandingkan Realisasi Kinerja sampai dengan Tahun ${k.s.tahun} dengan Target Jangka Menengah Renstra ${periode}`.trim(),
      id: "bab-3-a-3",
      daftarIsi: true,
    },
  ];
  if (k.kinerja.length === 0)
    return [
      {
        orientasi: "potret",
        blok: [
          ...potret,
          paragraf([k.hilang.tandai("indikator", "indikator kinerja utama beserta target dan realisasinya")]),
        ],
      },
    ];
  const out: Potongan[] = [{ orientasi: "potret", blok: potret }];
  for (const ki of k.kinerja) {
    const kode = ki.indikator.kode;
    out.push({
      orientasi: "potret",
      blok: [
        paragraf([
          `Perbandingan realisasi ${ki.indikator.nama} terhadap target jangka menengah disajikan pada `,
          { t: "ref", ke: `tabel-renstra-${kode}` },
          " dan ",
          { t: "ref", ke: `gambar-renstra-${kode}` },
          ".",
        ]),
      ],
    });
    out.push({ orientasi: "lanskap", blok: [tabelMultiTahun(k, ki)] });
    const blok: Blok[] = [grafikMultiTahun(k, ki), narasiRenstra(k, ki)];
    if (ki.indikator.sumberRealisasi === "lke-akip") blok.push(...komponenPerTahun(k));
    out.push({ orientasi: "potret", blok });
  }
  return out;
}

function tabelMultiTahun(k: Konteks, ki: KinerjaIndikator): Blok {
  const th = ki.tahun;
  const kepala1 = [
    kepala("Indikator Kinerja", 1, 2),
    kepala("Satuan", 1, 2),
    kepala("Target", th.length),
    kepala("Realisasi", th.length),
    kepala("Persentase Capaian Kinerja", th.length),
  ];
  const kepala2 = [...th, ...th, ...th].map((t) => kepala(String(t)));
  const row: Sel[] = [sel(ki.indikator.nama), sel(ki.indikator.satuan, { rata: "tengah" })];
  for (const f of ["target", "realisasi"] as const) {
    for (const t of th) {
      const x = ki.perTahun.get(t)![f];
      row.push(
        x === null
          ? sel([hilangNilai(k, ki, f, t)], { rata: "tengah" })
          : { ...angka(x, "angka2", nilaiIndikator(ki.indikator, x, t, k.s.aturan)), rata: "tengah" },
      );
    }
  }
  for (const t of th) {
    const c = ki.perTahun.get(t)!.capaian;
    row.push(c === null ? sel("–", { rata: "tengah" }) : angka(c, "persen"));
  }
  return tabel(
    `tabel-renstra-${ki.indikator.kode}`,
    `Capaian ${ki.indikator.nama} ${namaOpd(k)} Tahun ${th[0]}-${th[th.length - 1]}`,
    [kepala1, kepala2, barisNomorKolom(2 + th.length * 3)],
    [row],
    [3, 1.2, ...th.flatMap(() => [1.5]), ...th.map(() => 1.5), ...th.map(() => 1.5)],
    {
      kecil: true,
      ...(ki.indikator.sumberData ? { sumber: ki.indikator.sumberData } : {}),
    },
  );
}

function grafikMultiTahun(k: Konteks, ki: KinerjaIndikator): Blok {
  const th = ki.tahun;
  const nilai = (f: "target" | "realisasi") => th.map((t) => ki.perTahun.get(t)![f]?.toFixed(2) ?? null);
  return {
    jenis: "gambar",
    id: `gambar-renstra-${ki.indikator.kode}`,
    judul: `Diagram Target dan Realisasi ${ki.indikator.nama} ${namaOpd(k)} ${th[0]}-${th[th.length - 1]}`,
    grafik: {
      jenis: "batang",
      judul: `${ki.indikator.nama} ${th[0]}–${th[th.length - 1]}`,
      kategori: th.map(String),
      sumbuNilai: ki.indikator.satuan,
      seri: [
        { nama: "Target", nilai: nilai("target") },
        { nama: "Realisasi", nilai: nilai("realisasi") },
      ],
      desimal: 2,
    },
  };
}

function narasiRenstra(k: Konteks, ki: KinerjaIndikator): Blok {
  const i = ki.indikator;
  const ta = i.targetAkhir;
  const r = ki.kini.realisasi;
  const b: BagianKalimat[] = [`Target ${i.nama} pada akhir periode Renstra adalah `];
  b.push(
    v(
      "targetAkhir",
      ta === null
        ? k.hilang.tandai(`target-akhir:${i.kode}`, `target akhir Renstra ${i.nama}`)
        : nilaiIndikator(i, ta, k.s.tahun, k.s.aturan),
    ),
  );
  b.push(`. Realisasi tahun ${k.s.tahun} `);
  b.push(
    v(
      "realisasi",
      r === null ? hilangNilai(k, ki, "realisasi", k.s.tahun) : nilaiIndikator(i, r, k.s.tahun, k.s.aturan),
    ),
  );
  if (ta !== null && r !== null) {
    const s = selisihAntarTahun(r, ta, "poin");
    if (s.arah === "tetap") b.push(", sama dengan target akhir Renstra.");
    else {
      b.push(
        ", ",
        v("selisihTargetAkhir", mutlak2(s.selisihDibulatkan)),
        ` poin lebih ${s.arah === "naik" ? "tinggi" : "rendah"} dari target akhir Renstra.`,
      );
    }
  } else b.push(".");
  const target = ki.tahun.map((t) => ki.perTahun.get(t)!.target).filter((x): x is Dec => x !== null);
  if (target.length > 1) {
    const naik = target.every((x, j) => j === 0 || x.gte(target[j - 1]!));
    b.push(
      naik
        ? " Target ditetapkan tidak menurun dari tahun ke tahun."
        : " Target tidak selalu meningkat dari tahun ke tahun.",
    );
  }
  return k.narator.paragraf(`bab3.${i.kode}.renstra`, b);
}

const NAMA_KOMPONEN: Record<string, string> = {
  perencanaan: "Perencanaan Kinerja",
  pengukuran: "Pengukuran Kinerja",
  pelaporan: "Pelaporan Kinerja",
  evaluasi: "Evaluasi Akuntabilitas Kinerja Internal",
  pencapaian: "Pencapaian Sasaran/Kinerja",
};

/** Components of every year's evaluation with its framework (bobot differ between 12/2015 and 88/2021). */
function komponenPerTahun(k: Konteks): Blok[] {
  const list = [...k.s.akip].sort((a, b) => a.tahun - b.tahun);
  if (list.length === 0) return [];
  const hasil = list.map((a) => ({ a, h: hitungAkipAman(a) }));
  // a year whose components do not give a total (one missing, an unknown framework) says so in its column
  const kosong = (t: number) =>
    sel([k.hilang.tandai(`akip:komponen:${t}`, `nilai komponen evaluasi AKIP ${t}`, "nilai komponen")], {
      rata: "tengah",
    });
  const kunci = Object.keys(NAMA_KOMPONEN).filter((x) => list.some((a) => a.komponen[x] !== undefined));
  const badan: Sel[][] = kunci.map((x, i) => [
    sel(`${i + 1}.`, { rata: "tengah" }),
    sel(NAMA_KOMPONEN[x] ?? x),
    ...hasil.map(({ a, h }) => {
      if (!h) return kosong(a.tahun);
      const c = h.komponen.find((y) => y.kunci === x);
      return c ? angka(c.nilai, "angka2", `${a2(c.nilai)} / ${a2(c.bobot)}`) : sel("–", { rata: "tengah" });
    }),
  ]);
  badan.push([
    sel("Total", { rentangKolom: 2, rata: "tengah", tebal: true }),
    ...hasil.map(({ a, h }) => (h ? angka(h.total, "angka2", undefined, true) : kosong(a.tahun))),
  ]);
  badan.push([
    sel("Predikat", { rentangKolom: 2, rata: "tengah", tebal: true }),
    ...hasil.map(({ a, h }) => (h ? sel(h.predikat.kode, { rata: "tengah", tebal: true }) : kosong(a.tahun))),
  ]);
  badan.push([
    sel("Kerangka Evaluasi (Permenpan RB)", { rentangKolom: 2, rata: "tengah" }),
    ...hasil.map(({ a }) => sel(a.kerangka, { rata: "tengah" })),
  ]);
  return [
    paragraf([
      "Nilai per komponen evaluasi AKIP beserta bobotnya setiap tahun disajikan pada ",
      { t: "ref", ke: "tabel-komponen-akip-tahunan" },
      ". Komponen antartahun hanya dapat dibandingkan dalam kerangka yang sama; total dan predikat dapat dibandingkan lintas kerangka.",
    ]),
    tabel(
      "tabel-komponen-akip-tahunan",
      `Hasil Aspek Penilaian AKIP ${namaOpd(k)} Tahun ${list[0]!.tahun}-${list[list.length - 1]!.tahun}`,
      [
        [kepala("No.", 1, 2), kepala("Aspek Penilaian (nilai / bobot)", 1, 2), kepala("Tahun", list.length)],
        list.map((a) => kepala(String(a.tahun))),
      ],
      badan,
      [0.7, 4, ...list.map(() => 1.6)],
      { kecil: true, sumber: "Laporan Hasil Evaluasi (LHE) AKIP oleh Inspektorat" },
    ),
  ];
}

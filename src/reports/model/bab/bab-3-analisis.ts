/**
 * Bab III.A.5-7: causes and solutions per sasaran (Tabel 3.14), efficiency (Tabel 3.15: capaian % − serapan % of the
 * programs that serve the sasaran, method stated in the text), and the supporting programs/kegiatan (Tabel 3.16).
 * NOTE: SEED 839-990; regulations.md §0 (efisiensi 94,71 − 91,46; the 91,46 cannot be reproduced), §3.3 (5-7), §4.
 */
import { capaianSasaran, hitungCapaian } from "../../../domain/capaian";
import { hitungEfisiensi, serapanTampil } from "../../../domain/anggaran";
import { type Dec, dec, roundHalfUp } from "../../../domain/shared/decimal";
import type { Blok, Inline, Sel } from "../dokumen";
import type { KinerjaIndikator } from "../hitung/kinerja";
import { blokTeks, type Konteks, namaOpd, paragraf } from "../konteks";
import { v } from "../narasi";
import { angka, kepala, sel, tabel } from "../sel";
import { persen, rupiah, selisih } from "../tampil";
import type { Potongan } from "./bab-3-tren";
import { nilaiIndikator } from "./capaian-util";

export interface RingkasanSasaran {
  kode: string;
  teks: string;
  kinerja: KinerjaIndikator[];
  /** Mean of the indicators' 2-dp capaian, 2 dp; null when an indicator has no capaian. */
  capaian: Dec | null;
}

export function ringkasSasaran(k: Konteks): RingkasanSasaran[] {
  const kode = [...new Set(k.kinerja.map((x) => x.indikator.sasaranKode))];
  return kode.map((kd) => {
    const kinerja = k.kinerja.filter((x) => x.indikator.sasaranKode === kd);
    const c = kinerja.map((x) => x.kini.capaian);
    const teks = k.s.renstra?.sasaran.find((x) => x.kode === kd)?.teks ?? kd;
    return {
      kode: kd,
      teks,
      kinerja,
      capaian: c.every((x) => x !== null) && c.length > 0 ? capaianSasaran(c as Dec[]).capaianDibulatkan : null,
    };
  });
}

export function subbab5(k: Konteks): Potongan[] {
  const blok: Blok[] = [
    {
      jenis: "judul",
      tingkat: 3,
      teks: "5. Analisis Penyebab Keberhasilan/Kegagalan atau Peningkatan/Penurunan Kinerja serta Alternatif Solusi yang Telah Dilakukan",
      id: "bab-3-a-5",
      daftarIsi: true,
    },
  ];
  for (const kode of ["skm-tujuan", "skm-manfaat"]) blok.push(...blokTeks(k, kode, ""));
  const sasaran = ringkasSasaran(k);
  sasaran.forEach((s, n) => {
    const a = k.s.analisis.find((x) => x.sasaranKode === s.kode);
    blok.push({
      jenis: "judul",
      tingkat: 4,
      teks: `${String.fromCharCode(97 + n)}. Penyebab Keberhasilan/Kegagalan dan Solusi: ${s.teks}`,
      id: `bab-3-a-5-${s.kode}`,
      daftarIsi: true,
    });
    // "tercapai" only when the data shows it: the mean of the indicators and every indicator at 100% or above (a
    // mean over 100 can hide an indicator below target; then the sentence says how many reached it, issue 14)
    const capai = s.kinerja.filter((x) => x.kini.capaian !== null && x.kini.capaian.gte(100)).length;
    const rataTercapai = s.capaian !== null && s.capaian.gte(100);
    const tercapai = rataTercapai && capai === s.kinerja.length;
    blok.push(
      k.narator.paragraf(`bab3.${s.kode}.penyebab`, [
        `Capaian sasaran “${s.teks}” tahun ${k.s.tahun} sebesar `,
        v(
          "capaian",
          s.capaian === null
            ? k.hilang.tandai(`capaian-sasaran:${s.kode}`, `capaian sasaran ${s.teks}`)
            : persen(s.capaian),
        ),
        s.capaian === null
          ? "."
          : tercapai
            ? ", sehingga target sasaran tercapai."
            : rataTercapai
              ? `; rata-rata capaian indikator di atas target, tetapi baru ${capai} dari ${s.kinerja.length} indikator mencapai target.`
              : ", sehingga target sasaran belum sepenuhnya tercapai.",
      ]),
    );
    if (!a) {
      blok.push(
        paragraf([
          k.hilang.tandai(`analisis:${s.kode}`, `analisis faktor pendukung, penghambat dan solusi sasaran ${s.teks}`),
        ]),
      );
      return;
    }
    for (const p of a.pengantar) blok.push(paragraf([p]));
    const daftar = (judul: string, xs: string[]) => {
      if (xs.length === 0) return;
      blok.push(paragraf([{ t: "tebal", teks: judul }], { inden: false }), {
        jenis: "daftar",
        butir: xs.map((x, i) => ({ label: `${i + 1}.`, isi: [x] })),
      });
    };
    daftar("Faktor pendukung:", a.faktorPendukung);
    daftar("Faktor penghambat:", a.faktorPenghambat);
    daftar("Solusi yang dilakukan dan direkomendasikan:", a.solusi);
  });
  if (sasaran.length === 0)
    return [
      {
        orientasi: "potret",
        blok: [
          ...blok,
          paragraf([k.hilang.tandai("indikator", "indikator kinerja utama beserta target dan realisasinya")]),
        ],
      },
    ];
  blok.push(
    paragraf([
      "Ringkasan analisis keberhasilan/kegagalan dan solusi disajikan pada ",
      { t: "ref", ke: "tabel-analisis" },
      ".",
    ]),
  );
  return [
    { orientasi: "potret", blok },
    { orientasi: "lanskap", blok: [tabelAnalisis(k, sasaran)] },
  ];
}

function tabelAnalisis(k: Konteks, sasaran: RingkasanSasaran[]): Blok {
  const list = (xs: string[] | undefined, kunci: string): Inline[] =>
    xs && xs.length > 0
      ? [xs.map((x) => `- ${x}`).join("\n")]
      : [k.hilang.tandai(`analisis:${kunci}`, `analisis ${kunci}`)];
  const badan: Sel[][] = [];
  let no = 0;
  for (const s of sasaran) {
    const a = k.s.analisis.find((x) => x.sasaranKode === s.kode);
    s.kinerja.forEach((ki, j) => {
      const n = ki.kini;
      const row: Sel[] = [];
      if (j === 0)
        row.push(
          sel(`${++no}.`, { rata: "tengah", rentangBaris: s.kinerja.length }),
          sel(s.teks, { rentangBaris: s.kinerja.length }),
        );
      row.push(
        sel(ki.indikator.nama),
        n.target === null
          ? sel("–")
          : sel(nilaiIndikator(ki.indikator, n.target, n.tahun, k.s.aturan), { rata: "tengah" }),
        n.realisasi === null
          ? sel("–")
          : sel(nilaiIndikator(ki.indikator, n.realisasi, n.tahun, k.s.aturan), { rata: "tengah" }),
        n.capaian === null ? sel("–") : angka(n.capaian, "persen"),
      );
      if (j === 0) {
        const r = { rentangBaris: s.kinerja.length };
        row.push(
          sel(list(a?.faktorPendukung, `${s.kode}:pendukung`), r),
          sel(list(a?.faktorPenghambat, `${s.kode}:penghambat`), r),
          sel(list(a?.solusi, `${s.kode}:solusi`), r),
        );
      }
      badan.push(row);
    });
  }
  return tabel(
    "tabel-analisis",
    "Analisis Keberhasilan, Kegagalan dan Solusi",
    [
      [
        "No",
        "Sasaran",
        "Indikator Kinerja",
        "Target",
        "Realisasi",
        "% Capaian",
        "Faktor Pendukung Keberhasilan",
        "Faktor Penghambat",
        "Solusi",
      ].map((x) => kepala(x)),
    ],
    badan,
    [0.6, 2.6, 2, 1.3, 1.3, 1.2, 3.6, 3.6, 3.6],
    { kecil: true },
  );
}

export function subbab6(k: Konteks): Blok[] {
  const out: Blok[] = [
    {
      jenis: "judul",
      tingkat: 3,
      teks: "6. Analisis atas Efisiensi Penggunaan Sumber Daya",
      id: "bab-3-a-6",
      daftarIsi: true,
    },
  ];
  out.push(...blokTeks(k, "analisis-efisiensi", "", "awal"));
  out.push(
    paragraf([
      "Metode: persentase penyerapan anggaran suatu sasaran adalah jumlah realisasi dibagi jumlah anggaran seluruh sub-kegiatan dari program/kegiatan yang mendukung sasaran tersebut",
      ...(k.s.programKegiatan.length > 0
        ? [" (pemetaan program/kegiatan pada ", { t: "ref" as const, ke: "tabel-program-kegiatan" }, ")"]
        : []),
      " dikali 100; tingkat efisiensi adalah persentase capaian kinerja sasaran dikurangi persentase penyerapan anggaran (dalam persen poin). Nilai positif berarti capaian kinerja lebih tinggi dari penyerapan anggaran.",
    ]),
  );
  const sasaran = ringkasSasaran(k);
  const badan: Sel[][] = [];
  const kalimat: Blok[] = [];
  sasaran.forEach((s, i) => {
    const sr = k.anggaran?.serapanSasaran.get(s.kode) ?? null;
    const serapan = sr?.serapan ? roundHalfUp(sr.serapan, 2) : null;
    const ef = s.capaian !== null && serapan !== null ? roundHalfUp(hitungEfisiensi(s.capaian, serapan), 2) : null;
    const hSerapan = () => k.hilang.tandai(`serapan-sasaran:${s.kode}`, `anggaran program pendukung sasaran ${s.teks}`);
    badan.push([
      sel(`${i + 1}.`, { rata: "tengah" }),
      sel(s.teks),
      sel(s.kinerja.map((x) => x.indikator.nama).join("; ")),
      s.capaian === null ? sel("–", { rata: "tengah" }) : angka(s.capaian, "persen"),
      serapan === null ? sel([hSerapan()], { rata: "tengah" }) : angka(serapan, "persen"),
      ef === null ? sel("–", { rata: "tengah" }) : angka(ef, "angka2", selisih(ef)),
    ]);
    if (s.capaian !== null && serapan !== null && ef !== null) {
      kalimat.push(
        k.narator.paragraf(`bab3.efisiensi.${s.kode}`, [
          `Pada sasaran “${s.teks}”, capaian kinerja `,
          v("capaian", persen(s.capaian)),
          " dengan penyerapan anggaran program pendukung ",
          v("serapan", persen(serapan)),
          ` (realisasi Rp ${rupiah(sr!.realisasi)} dari anggaran Rp ${rupiah(sr!.anggaran)}), sehingga tingkat efisiensi `,
          v("efisiensi", selisih(ef)),
          ef.isNegative()
            ? " persen poin: penyerapan anggaran melampaui capaian kinerja."
            : " persen poin: capaian kinerja lebih tinggi dari penyerapan anggaran.",
        ]),
      );
    }
  });
  if (sasaran.length === 0)
    return [
      ...out,
      paragraf([k.hilang.tandai("indikator", "indikator kinerja utama beserta target dan realisasinya")]),
    ];
  out.push(
    tabel(
      "tabel-efisiensi",
      `Analisis Efisiensi Penggunaan Sumber Daya ${namaOpd(k)} Tahun ${k.s.tahun}`,
      [
        [
          "No",
          "Sasaran",
          "Indikator Kinerja",
          "% Capaian Kinerja",
          "% Penyerapan Anggaran",
          "Tingkat Efisiensi (persen poin)",
        ].map((x) => kepala(x)),
      ],
      badan,
      [0.6, 3.6, 3, 1.6, 1.7, 1.8],
    ),
    ...kalimat,
    ...blokTeks(k, "analisis-efisiensi", "", "akhir"),
  );
  return out;
}

export function subbab7(k: Konteks): Potongan[] {
  const blok: Blok[] = [
    {
      jenis: "judul",
      tingkat: 3,
      teks: "7. Analisis Program/Kegiatan yang Menunjang Keberhasilan atau Kegagalan Pencapaian Kinerja",
      id: "bab-3-a-7",
      daftarIsi: true,
    },
  ];
  blok.push(...blokTeks(k, "analisis-program-kegiatan", "", "awal"));
  // a row whose indicator is one of the OPD's own indicators (the IKM, the Nilai AKIP) takes that indicator's target and
  // realisasi of the year when the row has none: the values are in the data (issue 14, Tabel 3.16)
  const sama = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
  const rows = k.s.programKegiatan.map((r) => {
    if (r.target !== null && r.realisasi !== null) return r;
    const ki = k.kinerja.find((x) => typeof r.indikator === "string" && sama(x.indikator.nama, r.indikator));
    if (!ki || ki.kini.target === null || ki.kini.realisasi === null) return r;
    return {
      ...r,
      target: r.target ?? ki.kini.target.toString(),
      realisasi: r.realisasi ?? ki.kini.realisasi.toString(),
    };
  });
  if (rows.length === 0) {
    blok.push(
      paragraf([k.hilang.tandai("program-kegiatan", "program/kegiatan pendukung sasaran beserta indikatornya")]),
    );
    return [{ orientasi: "potret", blok }];
  }
  blok.push(
    paragraf([
      "Program dan kegiatan yang mendukung setiap sasaran disajikan pada ",
      { t: "ref", ke: "tabel-program-kegiatan" },
      ".",
    ]),
  );
  const sasaran = ringkasSasaran(k);
  const badan: Sel[][] = [];
  let adaCapaianHilang = false;
  let no = 0;
  const kodeSasaran = [...new Set([...sasaran.map((s) => s.kode), ...rows.map((r) => r.sasaranKode)])];
  for (const kode of kodeSasaran) {
    const s = sasaran.find((x) => x.kode === kode);
    const rs = rows.filter((r) => r.sasaranKode === kode);
    if (rs.length === 0) continue;
    rs.forEach((r, j) => {
      const row: Sel[] = [];
      if (j === 0) {
        const span = { rentangBaris: rs.length };
        row.push(
          sel(`${++no}`, { rata: "tengah", ...span }),
          sel(s?.teks ?? kode, span),
          sel(s ? s.kinerja.map((x) => x.indikator.nama).join("; ") : "–", span),
          s?.capaian ? { ...angka(s.capaian, "persen"), ...span } : sel("–", { rata: "tengah", ...span }),
        );
      }
      let capaian: Sel;
      if (r.target !== null && r.realisasi !== null && !dec(r.target).isZero())
        capaian = angka(hitungCapaian({ target: r.target, realisasi: r.realisasi }).capaianDibulatkan, "persen");
      else {
        adaCapaianHilang = true;
        capaian = sel(
          [
            k.hilang.tandai(
              `program-kegiatan:realisasi:${k.s.tahun}`,
              `target dan realisasi indikator program/kegiatan ${k.s.tahun}`,
              "realisasi",
            ),
          ],
          { rata: "tengah" },
        );
      }
      const node = r.kode ? k.anggaran?.pohon.indeks.get(r.kode) : undefined;
      const serapan = node ? serapanTampil(node.totalRealisasi, node.anggaran) : null;
      row.push(
        sel(r.tingkat === "program" ? [{ t: "tebal", teks: r.uraian }] : [r.uraian]),
        sel(r.indikator),
        capaian,
        serapan === null ? sel("–", { rata: "tengah" }) : angka(serapan, "persen"),
        sel(r.menunjang === null ? "–" : r.menunjang ? "Menunjang" : "Tidak Menunjang", { rata: "tengah" }),
      );
      badan.push(row);
    });
  }
  const out: Potongan[] = [
    { orientasi: "potret", blok },
    {
      orientasi: "lanskap",
      blok: [
        tabel(
          "tabel-program-kegiatan",
          "Analisis Program dan Kegiatan yang Menunjang Keberhasilan atau Kegagalan Pencapaian Kinerja",
          [
            [
              "No",
              "Sasaran Strategis",
              "Indikator Sasaran",
              "% Capaian",
              "Program dan Kegiatan",
              "Indikator Program/Kegiatan",
              "% Capaian",
              "% Serapan Anggaran",
              "Menunjang/ Tidak Menunjang",
            ].map((x) => kepala(x)),
          ],
          badan,
          [0.7, 2.6, 2, 1.3, 3.6, 3.6, 1.5, 1.4, 1.6],
          { kecil: true },
        ),
      ],
    },
  ];
  const menunjang = rows.filter((r) => r.menunjang === true).length;
  const dgnSerapan = rows
    .map((r) => ({ r, node: r.kode ? k.anggaran?.pohon.indeks.get(r.kode) : undefined }))
    .filter((x) => x.node && x.node.serapan !== null);
  const penutup: Blok[] = [];
  if (dgnSerapan.length > 0) {
    const min = dgnSerapan.reduce((a, b) => (b.node!.serapan!.lt(a.node!.serapan!) ? b : a));
    penutup.push(
      k.narator.paragraf("bab3.program-kegiatan", [
        "Dari ",
        v("jumlahBaris", String(rows.length)),
        " program/kegiatan pendukung, ",
        v("jumlahMenunjang", String(menunjang)),
        " dinilai menunjang pencapaian sasaran. Penyerapan anggaran terendah terdapat pada ",
        v("terendah", min.r.uraian),
        " (",
        v("serapanTerendah", persen(serapanTampil(min.node!.totalRealisasi, min.node!.anggaran)!)),
        ").",
        adaCapaianHilang
          ? " Capaian indikator program/kegiatan belum dapat dihitung karena target dan realisasinya belum diisi."
          : "",
      ]),
    );
  }
  penutup.push(...blokTeks(k, "analisis-program-kegiatan", "", "akhir"));
  out.push({ orientasi: "potret", blok: penutup });
  return out;
}

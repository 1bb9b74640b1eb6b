/**
 * Bab I Pendahuluan: latar belakang, maksud dan tujuan, gambaran umum (desa, penduduk and land-use tables with
 * computed totals and shares), tugas dan fungsi, susunan organisasi, landasan hukum, sistematika.
 * NOTE: SEED 119-304; the printed totals and percentages (SEED 182, 206-208, 236) are recomputed, never copied.
 */
import type { Bagian, Blok } from "../dokumen";
import { hitungProfil, type TotalProfil } from "../hitung/profil";
import { blokTeks, type Konteks, namaOpd, paragraf } from "../konteks";
import { v } from "../narasi";
import { angka, barisNomorKolom, kepala, sel, tabel } from "../sel";
import type { ProfilSumber } from "../sumber";
import { bulat, desimalDari, persen, seperti } from "../tampil";
import { formatAngka } from "../../../domain/format";

const ARAH = { utara: "Utara", barat: "Barat", selatan: "Selatan", timur: "Timur" } as const;

export function bagianBab1(k: Konteks): Bagian {
  const blok: Blok[] = [
    { jenis: "judul", tingkat: 1, teks: "BAB I PENDAHULUAN", id: "bab-1", daftarIsi: true, halamanBaru: true },
    { jenis: "judul", tingkat: 2, teks: "A. Latar Belakang", id: "bab-1-a", daftarIsi: true },
    ...blokTeks(k, "latar-belakang", "latar belakang"),
    { jenis: "judul", tingkat: 2, teks: "B. Maksud dan Tujuan", id: "bab-1-b", daftarIsi: true },
    ...blokTeks(k, "maksud-tujuan", "maksud dan tujuan"),
    { jenis: "judul", tingkat: 2, teks: "C. Gambaran Umum Organisasi", id: "bab-1-c", daftarIsi: true },
    ...blokTeks(k, "gambaran-umum", "gambaran umum organisasi"),
    ...gambaranWilayah(k),
    { jenis: "judul", tingkat: 2, teks: `D. Tugas Pokok dan Fungsi ${namaOpd(k)}`, id: "bab-1-d", daftarIsi: true },
    ...tugasFungsi(k),
    { jenis: "judul", tingkat: 2, teks: "E. Landasan Hukum", id: "bab-1-e", daftarIsi: true },
    ...landasanHukum(k),
    { jenis: "judul", tingkat: 2, teks: "F. Sistematika Penyusunan", id: "bab-1-f", daftarIsi: true },
    ...blokTeks(k, "sistematika", "sistematika penyusunan"),
  ];
  return { id: "bab-1", orientasi: "potret", nomorHalaman: "arab", mulaiUlang: true, bab: 1, blok };
}

function gambaranWilayah(k: Konteks): Blok[] {
  const p = k.s.profil;
  if (!p || p.desa.length === 0) {
    // Desa, population and land use describe a kecamatan's territory; other OPD have no such section.
    return k.s.opd.jenis === "kecamatan"
      ? [paragraf([k.hilang.tandai("profil:desa", "data desa, penduduk dan luas wilayah")])]
      : [];
  }
  const t = hitungProfil(p);
  const dpLuas = desimalDari(p.desa.flatMap((d) => (d.luasHa === null ? [] : [d.luasHa])));
  const luas = t.luasHa === null ? null : formatAngka(t.luasHa, { desimal: dpLuas });
  const out: Blok[] = [
    k.narator.paragraf("bab1.wilayah", [
      `Secara administratif luas wilayah ${namaOpd(k)} adalah `,
      v("luasHa", luas ?? k.hilang.tandai("profil:luas", "luas wilayah desa")),
      " Ha yang terdiri atas ",
      v("jumlahDesa", String(p.desa.length)),
      ` desa${p.batas.length > 0 ? ", dengan batas wilayah sebagai berikut:" : "."}`,
    ]),
  ];
  if (p.batas.length > 0) {
    out.push({
      jenis: "daftar",
      butir: p.batas.map((b) => ({ label: "-", isi: [`Sebelah ${ARAH[b.arah]} berbatasan dengan ${b.teks}`] })),
    });
  }
  out.push(
    paragraf([
      "Nama-nama dan luas desa di ",
      namaOpd(k),
      " disajikan pada ",
      { t: "ref", ke: "tabel-desa" },
      " berikut.",
    ]),
  );
  out.push(tabelDesa(k, p, t, luas));
  out.push(tabelPenduduk(k, p, t));
  out.push(...narasiPenduduk(k, t));
  if (t.lahan) out.push(...lahan(k, p, t));
  else out.push(paragraf([k.hilang.tandai("profil:lahan", "luas perkebunan, pertanian dan perumahan per desa")]));
  return out;
}

function tabelDesa(k: Konteks, p: ProfilSumber, t: TotalProfil, luas: string | null): Blok {
  const badan = p.desa.map((d, i) => [
    sel(`${i + 1}.`, { rata: "tengah" }),
    sel(d.nama),
    d.luasHa === null
      ? sel([k.hilang.tandai("profil:luas", "luas wilayah desa", "luas")], { rata: "tengah" })
      : angka(d.luasHa, "desimal", `${seperti(d.luasHa)} Ha`),
  ]);
  badan.push([
    sel("Jumlah", { rentangKolom: 2, rata: "tengah", tebal: true }),
    t.luasHa === null ? sel("–", { rata: "tengah" }) : angka(t.luasHa, "desimal", `${luas} Ha`, true),
  ]);
  return tabel(
    "tabel-desa",
    `Daftar Nama Desa ${namaOpd(k)}`,
    [[kepala("No."), kepala("Nama Desa"), kepala("Luas Wilayah")]],
    badan,
    [1, 5, 3],
    {
      sumber: p.sumberData ?? undefined,
    },
  );
}

function tabelPenduduk(k: Konteks, p: ProfilSumber, t: TotalProfil): Blok {
  const n = (x: number | null, kunci: string) =>
    x === null ? sel(k.hilang.tandai(`profil:${kunci}`, `data ${kunci} desa`), { rata: "tengah" }) : angka(x, "bulat");
  const badan = p.desa.map((d, i) => [
    sel(`${i + 1}.`, { rata: "tengah" }),
    sel(d.nama),
    n(d.dusun, "dusun"),
    n(d.kk, "KK"),
    n(d.pendudukL, "penduduk"),
    n(d.pendudukP, "penduduk"),
    n(t.pendudukLP[i] ?? null, "penduduk"),
  ]);
  const tot = (x: number | null) => (x === null ? sel("–", { rata: "tengah" }) : angka(x, "bulat", undefined, true));
  badan.push([
    sel("Jumlah", { rentangKolom: 2, rata: "tengah", tebal: true }),
    tot(t.dusun),
    tot(t.kk),
    tot(t.pendudukL),
    tot(t.pendudukP),
    tot(t.pendudukTotal),
  ]);
  return tabel(
    "tabel-penduduk",
    `Jumlah Dusun, KK dan Jumlah Penduduk ${namaOpd(k)}`,
    [
      [
        kepala("No.", 1, 2),
        kepala("Nama Desa", 1, 2),
        kepala("Dusun", 1, 2),
        kepala("Jumlah KK", 1, 2),
        kepala("Jumlah Penduduk", 3),
      ],
      [kepala("L"), kepala("P"), kepala("L+P")],
      barisNomorKolom(7, "polos"),
    ],
    badan,
    [1, 4, 1.5, 1.8, 1.8, 1.8, 1.8],
    { sumber: p.sumberData ?? undefined },
  );
}

function narasiPenduduk(k: Konteks, t: TotalProfil): Blok[] {
  if (t.dusun === null || t.kk === null || t.pendudukTotal === null || t.pendudukL === null || t.pendudukP === null)
    return [];
  return [
    k.narator.paragraf("bab1.penduduk", [
      "Dari ",
      { t: "ref", ke: "tabel-penduduk" },
      ` di atas dapat diketahui bahwa ${namaOpd(k)} memiliki `,
      v("dusun", bulat(t.dusun)),
      " dusun dan ",
      v("kk", bulat(t.kk)),
      " Kepala Keluarga (KK) dengan jumlah penduduk ",
      v("penduduk", bulat(t.pendudukTotal)),
      " jiwa, terdiri dari ",
      v("laki", bulat(t.pendudukL)),
      " jiwa laki-laki dan ",
      v("perempuan", bulat(t.pendudukP)),
      " jiwa perempuan.",
    ]),
  ];
}

function lahan(k: Konteks, p: ProfilSumber, t: TotalProfil): Blok[] {
  const l = t.lahan!;
  const pr = t.persenLahan;
  // without the total area (one desa's luas not recorded) the shares cannot be computed: said so, never a crash
  const bagian = (x: "perkebunan" | "pertanian" | "perumahan") =>
    pr
      ? persen(pr[x])
      : k.hilang.tandai(
          "profil:luas-total",
          "luas wilayah seluruh desa (untuk persentase lahan)",
          "persentase: luas wilayah belum lengkap",
        );
  const dp = desimalDari(
    p.desa.flatMap((d) => (d.lahan ? [d.lahan.perkebunanHa, d.lahan.pertanianHa, d.lahan.perumahanHa] : [])),
  );
  const ha = (x: Parameters<typeof formatAngka>[0]) => formatAngka(x, { desimal: dp });
  const tanpaTani = p.desa.filter((d) => d.lahan && Number(d.lahan.pertanianHa) === 0).map((d) => d.nama);
  const out: Blok[] = [
    k.narator.paragraf("bab1.lahan", [
      "Berdasarkan ",
      { t: "ref", ke: "tabel-lahan" },
      ", luas perkebunan ",
      v("perkebunanHa", ha(l.perkebunanHa)),
      " Ha (",
      v("perkebunanPersen", bagian("perkebunan")),
      " dari luas wilayah), luas pertanian ",
      v("pertanianHa", ha(l.pertanianHa)),
      " Ha (",
      v("pertanianPersen", bagian("pertanian")),
      "), dan luas perumahan ",
      v("perumahanHa", ha(l.perumahanHa)),
      " Ha (",
      v("perumahanPersen", bagian("perumahan")),
      ").",
      tanpaTani.length > 0 ? ` Desa yang tidak memiliki lahan pertanian: ${tanpaTani.join(", ")}.` : "",
    ]),
  ];
  const badan = p.desa.map((d, i) => [
    sel(`${i + 1}.`, { rata: "tengah" }),
    sel(d.nama),
    angka(d.lahan!.perkebunanHa, "desimal", `${seperti(d.lahan!.perkebunanHa)} Ha`),
    angka(d.lahan!.pertanianHa, "desimal", `${seperti(d.lahan!.pertanianHa)} Ha`),
    angka(d.lahan!.perumahanHa, "desimal", `${seperti(d.lahan!.perumahanHa)} Ha`),
  ]);
  badan.push([
    sel("Jumlah", { rentangKolom: 2, rata: "tengah", tebal: true }),
    angka(l.perkebunanHa, "desimal", `${ha(l.perkebunanHa)} Ha`, true),
    angka(l.pertanianHa, "desimal", `${ha(l.pertanianHa)} Ha`, true),
    angka(l.perumahanHa, "desimal", `${ha(l.perumahanHa)} Ha`, true),
  ]);
  out.push(
    tabel(
      "tabel-lahan",
      `Potensi Desa ${namaOpd(k)}`,
      [
        [
          kepala("No."),
          kepala("Nama Desa"),
          kepala("Luas Perkebunan"),
          kepala("Luas Pertanian"),
          kepala("Luas Perumahan"),
        ],
        barisNomorKolom(5, "polos"),
      ],
      badan,
      [1, 4, 2.2, 2.2, 2.2],
      { sumber: p.sumberData ?? undefined },
    ),
  );
  return out;
}

function tugasFungsi(k: Konteks): Blok[] {
  const o = k.s.organisasi;
  const out: Blok[] = [];
  if (o.tugasFungsi) {
    out.push(
      paragraf([
        `Menurut ${o.tugasFungsi.dasarHukum} bahwa ${o.tugasFungsi.tugas} dan menyelenggarakan fungsi-fungsi sebagai berikut:`,
      ]),
    );
    out.push({ jenis: "daftar", butir: o.tugasFungsi.fungsi.map((f, i) => ({ label: `${i + 1})`, isi: [f] })) });
  } else out.push(paragraf([k.hilang.tandai("organisasi:tugas-fungsi", "tugas pokok dan fungsi")]));
  if (o.susunan) {
    out.push(paragraf([`Berdasarkan ${o.susunan.dasarHukum}, ${o.susunan.uraian}, dengan uraian sebagai berikut:`]));
  } else out.push(paragraf([k.hilang.tandai("organisasi:susunan", "susunan organisasi")]));
  const akar = o.unit.filter((u) => u.indukKode === null).map((u) => u.kode);
  const tingkat1 = o.unit.filter((u) => u.indukKode !== null && akar.includes(u.indukKode));
  const romawi = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];
  const butir = tingkat1.flatMap((u, i) => {
    const anak = o.unit.filter((x) => x.indukKode === u.kode);
    const head = { label: `${romawi[i] ?? i + 1}.`, isi: [anak.length > 0 ? `${u.nama}, terdiri dari:` : u.nama] };
    return [head, ...anak.map((a, j) => ({ label: `${String.fromCharCode(97 + j)}.`, isi: [a.nama], tingkat: 1 }))];
  });
  if (butir.length > 0) out.push({ jenis: "daftar", butir });
  return out;
}

function landasanHukum(k: Konteks): Blok[] {
  const d = k.s.organisasi.dasarHukum;
  if (d.length === 0) return [paragraf([k.hilang.tandai("organisasi:dasar-hukum", "landasan hukum")])];
  return [
    paragraf([
      `Laporan Kinerja ${namaOpd(k)} ${k.s.pemda.nama} ini disusun berdasarkan landasan hukum sebagai berikut:`,
    ]),
    { jenis: "daftar", butir: d.map((x, i) => ({ label: `${i + 1}.`, isi: [x] })) },
  ];
}

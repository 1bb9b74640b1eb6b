/**
 * The Laporan Survei Kepuasan Masyarakat of an OPD and period, in the outline the units use for Permenpan RB 14/2017:
 * Bab I Pendahuluan, II Pengumpulan Data SKM, III Hasil Pengolahan Data (respondents, IKM per service and per unsur,
 * mutu), IV Analisis (weakest and strongest unsur, saran, Rencana Tindak Lanjut incl. the previous period's open
 * items, trend), V Penutup. Every figure is computed here from raw sums (hitung/skm.ts).
 * NOTE: regulations.md §1.8 (outline: BAB I 1.1–1.3, BAB II 2.1–2.5, BAB III 3.1–3.2, BAB IV 4.1–4.3, BAB V),
 * §1.5–1.7 (formulas, mutu, Krejcie–Morgan), §1.2 (unsur names).
 */
import { UNSUR } from "../../domain/ikm";
import { dec } from "../../domain/shared/decimal";
import type { Bagian, Blok, Dokumen, Inline, Paragraf, Sel, Tabel } from "./dokumen";
import type { SpesifikasiGrafik } from "./grafik";
import { type HitungSkm, hitungSkm, mutuSkm, regulasiMutu } from "./hitung/skm";
import { nomoriDokumen } from "./penomoran";
import { angka, kepala, sel, tabel } from "./sel";
import type { KategoriDemografi, RtlSumber, SumberSkm } from "./sumber-skm";
import { a2, bulat, tanggal } from "./tampil";

export interface HasilLaporanSkm {
  dokumen: Dokumen;
  hitung: HitungSkm;
}

const LABEL_DEMOGRAFI: Record<KategoriDemografi, string> = {
  jenisKelamin: "Jenis Kelamin",
  umur: "Umur",
  pendidikan: "Pendidikan Terakhir",
  pekerjaan: "Pekerjaan",
};

export const LABEL_STATUS_RTL: Record<RtlSumber["status"], string> = {
  rencana: "Direncanakan",
  berjalan: "Sedang berjalan",
  selesai: "Selesai",
};

const LABEL_KANAL: Record<string, string> = {
  online: "daring (tautan)",
  qr: "kode QR",
  kiosk: "kios layanan",
  kertas: "kuesioner kertas",
  impor: "impor berkas",
};

function p(isi: Paragraf["isi"], opsi: Partial<Paragraf> = {}): Paragraf {
  return { jenis: "paragraf", isi, rata: "rata", inden: true, ...opsi };
}

function hilang(teks: string): Inline {
  return { t: "hilang", teks };
}

function judul(tingkat: 1 | 2, teks: string, id: string, halamanBaru = false): Blok {
  return { jenis: "judul", tingkat, teks, id, daftarIsi: true, ...(halamanBaru ? { halamanBaru } : {}) };
}

function namaUnsur(kode: keyof typeof UNSUR): string {
  return UNSUR[kode].nama;
}

/** "80,50" with the mutu: "80,50 (B, Baik)". */
function ikmTeks(h: HitungSkm): string {
  return h.total ? `${a2(h.total.ikmTampil)} (mutu ${h.total.mutu.mutu}, ${h.total.mutu.kinerja})` : "–";
}

function rentangPeriode(s: SumberSkm): string {
  return `${tanggal(s.periode.mulai)} s.d. ${tanggal(s.periode.selesai)}`;
}

export function tabelRtl(
  id: string,
  judulTabel: string,
  butir: RtlSumber[],
  opsi: { kecil?: boolean; bernomor?: boolean } = {},
): Tabel {
  return tabel(
    id,
    judulTabel,
    [
      [
        kepala("No."),
        kepala("Unsur"),
        kepala("Rencana Tindak Lanjut"),
        kepala("Penanggung Jawab"),
        kepala("Tenggat"),
        kepala("Status"),
        kepala("Bukti"),
      ],
    ],
    butir.length
      ? butir.map((r, i) => [
          sel(`${i + 1}.`, { rata: "tengah" }),
          sel(r.unsur ? namaUnsur(r.unsur) : "Umum"),
          sel(r.item),
          sel(r.penanggungJawab),
          sel(r.tenggat ? tanggal(r.tenggat) : "–", { rata: "tengah" }),
          sel(LABEL_STATUS_RTL[r.status], { rata: "tengah" }),
          sel(r.bukti ?? "–"),
        ])
      : [[sel([hilang("rencana tindak lanjut belum disusun")], { rentangKolom: 7, rata: "tengah" })]],
    [0.7, 2, 3.8, 2.3, 1.7, 2.1, 1.8],
    opsi,
  );
}

function sampul(s: SumberSkm): Bagian {
  const tahun = s.periode.selesai.slice(0, 4);
  return {
    id: "sampul",
    orientasi: "potret",
    nomorHalaman: "tidak",
    bab: null,
    blok: [
      { jenis: "spasi", baris: 4 },
      { jenis: "paragraf", isi: ["LAPORAN HASIL"], rata: "tengah", gaya: "judul-sampul" },
      { jenis: "paragraf", isi: ["SURVEI KEPUASAN MASYARAKAT"], rata: "tengah", gaya: "judul-sampul" },
      { jenis: "spasi", baris: 2 },
      { jenis: "paragraf", isi: [s.opd.nama.toUpperCase()], rata: "tengah", gaya: "subjudul-sampul" },
      { jenis: "paragraf", isi: [`Periode ${s.periode.nama}`], rata: "tengah", gaya: "subjudul-sampul" },
      { jenis: "spasi", baris: 6 },
      { jenis: "paragraf", isi: [s.pemda.nama.toUpperCase()], rata: "tengah", gaya: "subjudul-sampul" },
      { jenis: "paragraf", isi: [`TAHUN ${tahun}`], rata: "tengah", gaya: "subjudul-sampul" },
    ],
  };
}

function bab1(s: SumberSkm): Bagian {
  return {
    id: "bab-1",
    orientasi: "potret",
    nomorHalaman: "arab",
    mulaiUlang: true,
    bab: 1,
    blok: [
      judul(1, "BAB I PENDAHULUAN", "bab-1", true),
      judul(2, "1.1 Latar Belakang", "bab-1-1"),
      p([
        "Pelayanan publik oleh aparatur pemerintah perlu terus ditingkatkan agar memenuhi harapan masyarakat. Salah satu upayanya adalah mengukur kepuasan masyarakat sebagai pengguna layanan secara berkala. ",
        `${s.opd.nama} melaksanakan Survei Kepuasan Masyarakat (SKM) atas ${s.layanan.length} unit layanan pada periode ${s.periode.nama} (${rentangPeriode(s)}) sesuai Peraturan Menteri PANRB Nomor 14 Tahun 2017.`,
      ]),
      judul(2, "1.2 Dasar Pelaksanaan Survei Kepuasan Masyarakat", "bab-1-2"),
      {
        jenis: "daftar",
        butir: [
          { label: "1.", isi: ["Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;"] },
          {
            label: "2.",
            isi: ["Peraturan Pemerintah Nomor 96 Tahun 2012 tentang Pelaksanaan Undang-Undang Nomor 25 Tahun 2009;"],
          },
          {
            label: "3.",
            isi: [
              "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik.",
            ],
          },
        ],
      },
      judul(2, "1.3 Maksud dan Tujuan", "bab-1-3"),
      p([
        "Survei dimaksudkan untuk memperoleh Indeks Kepuasan Masyarakat (IKM) sebagai tolok ukur kinerja pelayanan, dengan tujuan mengetahui kelemahan dan kelebihan setiap unsur pelayanan, menyusun rencana tindak lanjut perbaikan, dan mempublikasikan hasilnya kepada masyarakat.",
      ]),
    ],
  };
}

function bab2(s: SumberSkm, h: HitungSkm): Bagian {
  const kanal = s.kanal.filter((k) => k.jumlah > 0);
  const badanSampel: Sel[][] = h.layanan.map((l, i) => [
    sel(`${i + 1}.`, { rata: "tengah" }),
    sel(l.layanan.nama),
    l.layanan.populasi === null ? sel("–", { rata: "tengah" }) : angka(l.layanan.populasi, "bulat"),
    l.sampel ? angka(l.sampel.sampelMinimum, "bulat") : sel("–", { rata: "tengah" }),
    angka(l.layanan.responden, "bulat"),
    sel(l.sampel ? (l.sampel.memenuhi ? "Terpenuhi" : `Kurang ${bulat(l.sampel.kekurangan ?? 0)}`) : "–", {
      rata: "tengah",
    }),
  ]);
  return {
    id: "bab-2",
    orientasi: "potret",
    nomorHalaman: "arab",
    bab: 2,
    blok: [
      judul(1, "BAB II PENGUMPULAN DATA SKM", "bab-2", true),
      judul(2, "2.1 Pelaksana SKM", "bab-2-1"),
      p([`Survei dilaksanakan secara mandiri oleh ${s.opd.nama} melalui Petugas SKM yang ditunjuk.`]),
      judul(2, "2.2 Metode Pengumpulan Data", "bab-2-2"),
      p([
        "Data dikumpulkan dengan kuesioner sembilan unsur pelayanan Peraturan Menteri PANRB Nomor 14 Tahun 2017, masing-masing dengan empat pilihan jawaban bernilai 1 sampai 4.",
        kanal.length
          ? ` Kuesioner diisi melalui ${kanal.map((k) => `${LABEL_KANAL[k.label] ?? k.label} (${bulat(k.jumlah)} responden)`).join(", ")}.`
          : "",
      ]),
      judul(2, "2.3 Lokasi Pengumpulan Data", "bab-2-3"),
      p([
        `Pengumpulan data dilakukan di lokasi unit layanan ${s.opd.nama}: ${s.layanan.map((l) => l.nama).join(", ") || "–"}.`,
      ]),
      judul(2, "2.4 Waktu Pelaksanaan SKM", "bab-2-4"),
      p([`Survei dilaksanakan pada periode ${s.periode.nama}, ${rentangPeriode(s)}.`]),
      judul(2, "2.5 Penentuan Jumlah Responden", "bab-2-5"),
      p([
        "Jumlah minimum responden setiap unit layanan ditentukan dari jumlah populasi penerima layanan dengan tabel Krejcie dan Morgan (taraf kesalahan 5%), disajikan pada ",
        { t: "ref", ke: "tabel-sampel" },
        ".",
      ]),
      tabel(
        "tabel-sampel",
        "Populasi, Sampel Minimum dan Responden per Unit Layanan",
        [
          [
            kepala("No."),
            kepala("Unit Layanan"),
            kepala("Populasi"),
            kepala("Sampel Minimum"),
            kepala("Responden"),
            kepala("Keterangan"),
          ],
        ],
        badanSampel.length ? badanSampel : [[sel("–", { rentangKolom: 6, rata: "tengah" })]],
        [0.8, 4, 1.8, 1.8, 1.8, 2],
        { sumber: "Krejcie dan Morgan; populasi diisi Petugas SKM" },
      ),
    ],
  };
}

function tabelDemografi(s: SumberSkm, h: HitungSkm): Blok[] {
  const out: Blok[] = [];
  const kategori = Object.keys(LABEL_DEMOGRAFI) as KategoriDemografi[];
  const badan: Sel[][] = [];
  for (const k of kategori) {
    const kelompok = s.demografi[k].filter((g) => g.jumlah > 0);
    if (kelompok.length === 0) continue;
    kelompok.forEach((g, i) => {
      const baris: Sel[] = [];
      if (i === 0) baris.push(sel(LABEL_DEMOGRAFI[k], { rentangBaris: kelompok.length, tebal: true }));
      baris.push(
        sel(g.label),
        angka(g.jumlah, "bulat"),
        h.responden > 0 ? angka(dec(g.jumlah).times(100).div(h.responden), "persen") : sel("–"),
      );
      badan.push(baris);
    });
  }
  out.push(
    p([
      `Jumlah responden pada periode ${s.periode.nama} adalah ${bulat(h.responden)} orang. Profil responden menurut karakteristik disajikan pada `,
      { t: "ref", ke: "tabel-profil" },
      ".",
    ]),
    tabel(
      "tabel-profil",
      "Profil Responden",
      [[kepala("Karakteristik"), kepala("Kelompok"), kepala("Jumlah"), kepala("Persentase")]],
      badan.length ? badan : [[sel([hilang("data profil responden")], { rentangKolom: 4, rata: "tengah" })]],
      [3, 4, 1.8, 2],
    ),
  );
  return out;
}

function tabelUnsur(h: HitungSkm): Blok {
  const ikm = h.total!;
  const badan: Sel[][] = ikm.unsur.map((u, i) => [
    sel(`${i + 1}.`, { rata: "tengah" }),
    sel(`${u.kode.toUpperCase()} ${u.nama}`),
    angka(u.jumlah ?? u.nrr, "bulat"),
    angka(u.nrr, "angka2", a2(u.nrrTampil)),
    angka(u.nrrTertimbang, "angka6", u.nrrTertimbangTampil.replace(".", ",")),
    sel(`${u.mutu.mutu} (${u.mutu.kinerja})`, { rata: "tengah" }),
  ]);
  const ringkas = (teks: string, nilai: Sel) => [sel(teks, { rentangKolom: 4, tebal: true }), nilai, sel("")];
  badan.push(
    ringkas(
      "Jumlah NRR Tertimbang",
      angka(ikm.jumlahNrrTertimbang, "angka6", ikm.jumlahNrrTertimbangTampil.replace(".", ","), true),
    ),
    ringkas("IKM (Σ NRR tertimbang × 25)", angka(dec(ikm.ikmTampil), "angka2", a2(ikm.ikmTampil), true)),
    ringkas("Mutu Pelayanan", sel(`${ikm.mutu.mutu} (${ikm.mutu.kinerja})`, { rata: "tengah", tebal: true })),
  );
  return tabel(
    "tabel-unsur",
    "Nilai Rata-Rata (NRR) per Unsur Pelayanan",
    [
      [
        kepala("No."),
        kepala("Unsur Pelayanan"),
        kepala("Jumlah Nilai"),
        kepala("NRR"),
        kepala("NRR Tertimbang"),
        kepala("Mutu"),
      ],
    ],
    badan,
    [0.8, 4.6, 1.6, 1.3, 2, 2.2],
    {
      sumber: `${bulat(h.responden)} responden; bobot ${ikm.unsur[0]?.bobotTeks.replace(".", ",") ?? ""} per unsur`,
    },
  );
}

function tabelLayanan(h: HitungSkm): Blok {
  return tabel(
    "tabel-layanan",
    "Indeks Kepuasan Masyarakat per Unit Layanan",
    [[kepala("No."), kepala("Kode"), kepala("Unit Layanan"), kepala("Responden"), kepala("IKM"), kepala("Mutu")]],
    [
      ...h.layanan.map((l, i) => [
        sel(`${i + 1}.`, { rata: "tengah" }),
        sel(l.layanan.kode),
        sel(l.layanan.nama),
        angka(l.layanan.responden, "bulat"),
        l.ikm ? angka(dec(l.ikm.ikmTampil), "angka2", a2(l.ikm.ikmTampil)) : sel("–", { rata: "tengah" }),
        sel(l.ikm ? `${l.ikm.mutu.mutu} (${l.ikm.mutu.kinerja})` : "–", { rata: "tengah" }),
      ]),
      [
        sel("Seluruh unit layanan", { rentangKolom: 3, tebal: true }),
        angka(h.responden, "bulat", undefined, true),
        h.total ? angka(dec(h.total.ikmTampil), "angka2", a2(h.total.ikmTampil), true) : sel("–"),
        sel(h.total ? `${h.total.mutu.mutu} (${h.total.mutu.kinerja})` : "–", { rata: "tengah", tebal: true }),
      ],
    ],
    [0.8, 1.6, 4.4, 1.6, 1.4, 2.2],
    { sumber: "IKM seluruh unit dihitung dari jumlah nilai semua responden (tertimbang jumlah responden)" },
  );
}

export function grafikNrr(h: HitungSkm): SpesifikasiGrafik {
  return {
    jenis: "batang",
    judul: "NRR per unsur",
    kategori: h.total!.unsur.map((u) => u.kode.toUpperCase()),
    sumbuNilai: "NRR (1–4)",
    seri: [{ nama: "NRR", nilai: h.total!.unsur.map((u) => dec(u.nrrTampil).toFixed(2)) }],
    desimal: 2,
    minimum: "1",
  };
}

function bab3(s: SumberSkm, h: HitungSkm): Bagian {
  const blok: Blok[] = [
    judul(1, "BAB III HASIL PENGOLAHAN DATA SKM", "bab-3", true),
    judul(2, "3.1 Jumlah Responden SKM", "bab-3-1"),
    ...tabelDemografi(s, h),
    judul(2, "3.2 Indeks Kepuasan Masyarakat", "bab-3-2"),
  ];
  if (!h.total) {
    blok.push(p([hilang(`jawaban responden periode ${s.periode.nama}`)]));
  } else {
    blok.push(
      p([
        `Indeks Kepuasan Masyarakat ${s.opd.nama} periode ${s.periode.nama} adalah `,
        { t: "tebal", teks: ikmTeks(h) },
        ". IKM per unit layanan disajikan pada ",
        { t: "ref", ke: "tabel-layanan" },
        " dan nilai per unsur pada ",
        { t: "ref", ke: "tabel-unsur" },
        ".",
      ]),
      tabelLayanan(h),
      // NOTE: LibreOffice 7 drops the rows of this table after a page break when it splits under its repeated
      // header (found by tests/docs/skm-dokumen.test.ts); it fits one page, so it starts on its own.
      { jenis: "halaman-baru" },
      tabelUnsur(h),
      { jenis: "gambar", id: "gambar-nrr", judul: "Nilai Rata-Rata per Unsur Pelayanan", grafik: grafikNrr(h) },
      p([
        `Mutu pelayanan ditetapkan dari nilai interval konversi IKM menurut ${regulasiMutu(mutuSkm(s))} (`,
        { t: "ref", ke: "tabel-mutu" },
        ").",
      ]),
      tabel(
        "tabel-mutu",
        "Nilai Interval Konversi dan Mutu Pelayanan",
        [[kepala("Nilai Interval Konversi"), kepala("Mutu Pelayanan"), kepala("Kinerja Unit Pelayanan")]],
        [...mutuSkm(s).value.pita]
          .reverse()
          .map((x) => [
            sel(`${a2(x.nilaiKonversi.dari)} – ${a2(x.nilaiKonversi.sampai)}`, { rata: "tengah" }),
            sel(x.mutu, { rata: "tengah" }),
            sel(x.kinerja, { rata: "tengah" }),
          ]),
        [3, 2.5, 3],
      ),
    );
  }
  return { id: "bab-3", orientasi: "potret", nomorHalaman: "arab", bab: 3, blok };
}

function daftarNama(xs: { kode: keyof typeof UNSUR; nrrTampil: string }[]): string {
  return xs.map((u) => `${namaUnsur(u.kode)} (NRR ${a2(u.nrrTampil)})`).join(", ");
}

function bab4(s: SumberSkm, h: HitungSkm): Bagian {
  const blok: Blok[] = [
    judul(1, "BAB IV ANALISIS HASIL SKM", "bab-4", true),
    judul(2, "4.1 Analisis Permasalahan/Kelemahan dan Kelebihan Unsur Layanan", "bab-4-1"),
  ];
  if (h.total) {
    const lemah = h.urutanNaik.slice(0, 3);
    blok.push(
      p([
        "Unsur dengan nilai terendah adalah ",
        { t: "tebal", teks: daftarNama(h.terlemah) },
        ", sedangkan unsur dengan nilai tertinggi adalah ",
        { t: "tebal", teks: daftarNama(h.terkuat) },
        ". Urutan prioritas perbaikan dimulai dari unsur dengan NRR terendah: ",
        lemah.map((u, i) => `${i + 1}) ${namaUnsur(u.kode)} ${a2(u.nrrTampil)}`).join(", "),
        ".",
      ]),
    );
  } else {
    blok.push(p([hilang("hasil per unsur")]));
  }
  blok.push(
    p([
      s.saran.length
        ? `Masyarakat menyampaikan ${bulat(s.saran.length)} saran dan masukan yang telah dimoderasi (data pribadi dihapus):`
        : "Tidak ada saran dan masukan yang tercatat pada periode ini.",
    ]),
  );
  if (s.saran.length) {
    blok.push({
      jenis: "daftar",
      butir: s.saran.slice(0, 30).map((x, i) => ({ label: `${i + 1}.`, isi: [`${x.teks} (${x.layanan})`] })),
    });
    if (s.saran.length > 30) blok.push(p([`… dan ${bulat(s.saran.length - 30)} saran lainnya.`]));
  }
  blok.push(
    judul(2, "4.2 Rencana Tindak Lanjut", "bab-4-2"),
    p([
      "Rencana tindak lanjut disusun untuk unsur dengan nilai terendah, dibahas dalam Forum Konsultasi Publik, dan disajikan pada ",
      { t: "ref", ke: "tabel-rtl" },
      ".",
    ]),
    tabelRtl("tabel-rtl", `Rencana Tindak Lanjut Periode ${s.periode.nama}`, s.rtl),
  );
  if (s.rtlSebelumnya && s.rtlSebelumnya.butir.length) {
    blok.push(
      p([
        `Sebanyak ${bulat(s.rtlSebelumnya.butir.length)} rencana tindak lanjut periode ${s.rtlSebelumnya.periode} belum selesai dan dilanjutkan (`,
        { t: "ref", ke: "tabel-rtl-lalu" },
        ").",
      ]),
      tabelRtl(
        "tabel-rtl-lalu",
        `Tindak Lanjut Periode ${s.rtlSebelumnya.periode} yang Belum Selesai`,
        s.rtlSebelumnya.butir,
      ),
    );
  }
  blok.push(judul(2, "4.3 Tren Nilai SKM", "bab-4-3"));
  const tren = [...s.tren, ...(h.total ? [{ periode: s.periode.nama, ikm: h.total.ikmTampil }] : [])];
  if (tren.length >= 2) {
    blok.push(
      p(["Perkembangan IKM dari periode ke periode disajikan pada ", { t: "ref", ke: "tabel-tren" }, "."]),
      tabel(
        "tabel-tren",
        "Tren Indeks Kepuasan Masyarakat",
        [[kepala("Periode"), kepala("IKM")]],
        tren.map((t) => [sel(t.periode), angka(dec(t.ikm), "angka2")]),
        [4, 2],
      ),
    );
  } else {
    blok.push(
      p(["Periode ini adalah periode survei pertama yang tercatat; tren akan tersedia pada periode berikutnya."]),
    );
  }
  return { id: "bab-4", orientasi: "potret", nomorHalaman: "arab", bab: 4, blok };
}

function bab5(s: SumberSkm, h: HitungSkm): Bagian {
  const blok: Blok[] = [
    judul(1, "BAB V PENUTUP", "bab-5", true),
    p([
      h.total
        ? `Berdasarkan hasil Survei Kepuasan Masyarakat periode ${s.periode.nama} dengan ${bulat(h.responden)} responden, IKM ${s.opd.nama} adalah ${ikmTeks(h)}. Unsur yang perlu diprioritaskan untuk perbaikan adalah ${h.terlemah.map((u) => namaUnsur(u.kode)).join(", ")}.`
        : `Survei Kepuasan Masyarakat periode ${s.periode.nama} belum memiliki jawaban responden.`,
    ]),
    p([
      h.sampelTerpenuhi === null
        ? "Populasi penerima layanan belum diisi sehingga kecukupan sampel belum dapat dinilai."
        : h.sampelTerpenuhi
          ? "Jumlah responden setiap unit layanan telah memenuhi sampel minimum Krejcie dan Morgan."
          : "Jumlah responden sebagian unit layanan belum memenuhi sampel minimum Krejcie dan Morgan.",
    ]),
  ];
  if (s.penandatangan) {
    blok.push({
      jenis: "tanda-tangan",
      tempatTanggal: [`${s.tempat}, ${tanggal(s.tanggal)}`],
      posisiTanggal: "kanan",
      kolom: [
        {
          sebutan: "",
          jabatan: [s.penandatangan.jabatan],
          nama: [{ t: "tebal", teks: s.penandatangan.nama }],
          ...(s.penandatangan.nip ? { nip: [`NIP. ${s.penandatangan.nip}`] } : {}),
        },
      ],
    });
  }
  return { id: "bab-5", orientasi: "potret", nomorHalaman: "arab", bab: 5, blok };
}

/** The whole Laporan SKM. */
export function bangunLaporanSkm(s: SumberSkm): HasilLaporanSkm {
  const h = hitungSkm(s);
  const depan: Bagian = {
    id: "depan",
    orientasi: "potret",
    nomorHalaman: "romawi",
    bab: null,
    blok: [
      { jenis: "judul", tingkat: 1, teks: "DAFTAR ISI", id: "daftar-isi", daftarIsi: false },
      { jenis: "daftar-isi" },
      { jenis: "judul", tingkat: 1, teks: "DAFTAR TABEL", id: "daftar-tabel", daftarIsi: false, halamanBaru: true },
      { jenis: "daftar-tabel" },
    ],
  };
  const dokumen: Dokumen = {
    judul: `Laporan Survei Kepuasan Masyarakat ${s.opd.nama} Periode ${s.periode.nama}`,
    kaki: `Laporan SKM ${s.opd.nama} ${s.periode.nama}`,
    bagian: [sampul(s), depan, bab1(s), bab2(s, h), bab3(s, h), bab4(s, h), bab5(s, h)],
  };
  nomoriDokumen(dokumen);
  return { dokumen, hitung: h };
}

/**
 * The Kabupaten/Kota LKjIP (issue 15, ADR 0036): the Pemda's own performance report, Permenpan RB 53/2014
 * Lampiran II (regulations.md §3.3) for a Pemda — Ikhtisar Eksekutif; Bab I Pendahuluan (profile of the Pemda);
 * Bab II Perencanaan Kinerja (RPJMD visi/misi, tujuan, sasaran, IKU with targets; the Bupati's PK of the year = the
 * IKU targets of that year); Bab III Akuntabilitas Kinerja (A. capaian per IKU against the target, against last
 * year, against the RPJMD end target; B. realisasi anggaran of all OPDs; C. the OPDs' IKM and Nilai AKIP); Bab IV
 * Penutup. Signed by the Bupati. Pure: the figures come computed from the services (capaian from the rules core),
 * this module only lays them into the document model every renderer (DOCX/PDF/HTML/XLSX) already draws.
 */
import { dec, sum } from "../../domain/shared/decimal";
import type { Blok, Dokumen, Inline, Sel } from "./dokumen";
import { nomoriDokumen } from "./penomoran";
import { angka, kepala, sel, tabel } from "./sel";
import { persen, rupiah, tanggal } from "./tampil";

export interface TitikIkuLaporan {
  target: string | null;
  /** Decimal string and its display. */
  realisasi: { nilai: string; tampil: string } | null;
  capaian: { nilai: string; tampil: string; kategori: string } | null;
  catatan: string | null;
}

export interface IkuLaporan {
  tujuan: { kode: string; teks: string };
  sasaran: { kode: string; teks: string };
  kode: string;
  nama: string;
  satuan: string;
  polaritas: "positif" | "negatif";
  asal: string;
  catatanData: string;
  /** Year → target as written, every year of the RPJMD period that has one. */
  targetTahunan: Record<string, string>;
  ini: TitikIkuLaporan;
  lalu: TitikIkuLaporan;
  akhir: { tahun: number; target: string | null; capaian: { nilai: string; tampil: string; kategori: string } | null };
}

export interface OpdLaporan {
  nama: string;
  /** Decimal strings (Rupiah) or null. */
  pagu: string | null;
  realisasi: string | null;
  ikm: { nilai: string; mutu: string } | null;
  akip: { nilai: string; predikat: string } | null;
}

export interface SumberLkjipPemda {
  pemda: { nama: string; provinsi: string | null; ibuKota: string | null };
  tahun: number;
  rpjmd: { tahunAwal: number; tahunAkhir: number; visi: string; misi: Array<{ nomor: number; teks: string }> };
  iku: IkuLaporan[];
  opd: OpdLaporan[];
  penandatangan: { nama: string; jabatan: string } | null;
  tempat: string | null;
  /** ISO date of the signature. */
  tanggal: string | null;
}

function p(
  isi: Inline[] | string,
  opsi: { rata?: "kiri" | "tengah" | "rata"; gaya?: "tebal" | "judul-sampul" | "subjudul-sampul" } = {},
): Blok {
  return {
    jenis: "paragraf",
    isi: typeof isi === "string" ? [isi] : isi,
    rata: opsi.rata ?? "rata",
    ...(opsi.gaya ? { gaya: opsi.gaya } : {}),
    ...(opsi.rata === undefined ? { inden: true } : {}),
  };
}

function judul(tingkat: 1 | 2 | 3, teks: string, id: string, halamanBaru = false): Blok {
  return { jenis: "judul", tingkat, teks, id, daftarIsi: true, ...(halamanBaru ? { halamanBaru } : {}) };
}

const hilang = (teks: string): Inline => ({ t: "hilang", teks });

/** Groups IKU rows by sasaran, in order. */
function perSasaran(
  iku: readonly IkuLaporan[],
): Array<{ sasaran: IkuLaporan["sasaran"]; tujuan: IkuLaporan["tujuan"]; iku: IkuLaporan[] }> {
  const out: Array<{ sasaran: IkuLaporan["sasaran"]; tujuan: IkuLaporan["tujuan"]; iku: IkuLaporan[] }> = [];
  for (const i of iku) {
    const g = out.find((x) => x.sasaran.kode === i.sasaran.kode && x.tujuan.kode === i.tujuan.kode);
    if (g) g.iku.push(i);
    else out.push({ sasaran: i.sasaran, tujuan: i.tujuan, iku: [i] });
  }
  return out;
}

function selCapaian(c: TitikIkuLaporan["capaian"], catatan: string | null): Sel {
  if (c) return angka(c.nilai, "persen", c.tampil);
  return sel(hilang(catatan ?? "capaian"), { rata: "tengah" });
}

function selRealisasi(t: TitikIkuLaporan): Sel {
  return t.realisasi
    ? angka(t.realisasi.nilai, "angka2", t.realisasi.tampil)
    : sel(hilang(t.catatan ?? "realisasi"), { rata: "tengah" });
}

function sampul(s: SumberLkjipPemda): Blok[] {
  return [
    { jenis: "spasi", baris: 6 },
    p("LAPORAN KINERJA INSTANSI PEMERINTAH", { rata: "tengah", gaya: "judul-sampul" }),
    p("(LKjIP)", { rata: "tengah", gaya: "judul-sampul" }),
    { jenis: "spasi", baris: 2 },
    p(s.pemda.nama.toUpperCase(), { rata: "tengah", gaya: "judul-sampul" }),
    p(`TAHUN ${s.tahun}`, { rata: "tengah", gaya: "subjudul-sampul" }),
    { jenis: "spasi", baris: 8 },
    p(`PEMERINTAH ${s.pemda.nama.toUpperCase()}`, { rata: "tengah", gaya: "tebal" }),
    p(`${s.pemda.provinsi ? `PROVINSI ${s.pemda.provinsi.toUpperCase()} — ` : ""}${s.tahun + 1}`, { rata: "tengah" }),
  ];
}

function ttd(s: SumberLkjipPemda): Blok {
  return {
    jenis: "tanda-tangan",
    tempatTanggal: [
      s.tempat && s.tanggal ? `${s.tempat}, ${tanggal(s.tanggal)}` : hilang("tempat dan tanggal penandatanganan"),
    ],
    posisiTanggal: "kanan",
    kolom: [
      s.penandatangan
        ? {
            sebutan: "",
            jabatan: [s.penandatangan.jabatan.toUpperCase()],
            nama: [{ t: "tebal", teks: s.penandatangan.nama }],
          }
        : {
            sebutan: "",
            jabatan: [`BUPATI ${s.pemda.nama.replace(/^Kabupaten\s+/i, "").toUpperCase()}`],
            nama: [hilang("nama Bupati (data pejabat Kepala Daerah)")],
          },
    ],
  };
}

function terukur(iku: readonly IkuLaporan[]) {
  const ada = iku.filter((i) => i.ini.capaian);
  const tercapai = ada.filter((i) => dec(i.ini.capaian!.nilai).gte(100));
  return { ada: ada.length, tercapai: tercapai.length };
}

function ikhtisar(s: SumberLkjipPemda): Blok[] {
  const t = terukur(s.iku);
  const sasaran = perSasaran(s.iku);
  const ang = totalAnggaran(s.opd);
  return [
    judul(1, "IKHTISAR EKSEKUTIF", "ikhtisar", true),
    p(
      `Laporan Kinerja ${s.pemda.nama} Tahun ${s.tahun} menyajikan capaian ${s.iku.length} Indikator Kinerja Utama ` +
        `(IKU) yang mengukur ${sasaran.length} sasaran Rencana Pembangunan Jangka Menengah Daerah (RPJMD) ` +
        `${s.rpjmd.tahunAwal}–${s.rpjmd.tahunAkhir}.`,
    ),
    p(
      t.ada === 0
        ? `Pada tahun ${s.tahun} belum ada IKU yang dapat diukur capaiannya.`
        : `Dari ${t.ada} IKU yang terukur pada tahun ${s.tahun}, ${t.tercapai} IKU mencapai atau melampaui target ` +
            `(capaian ≥ 100%) dan ${t.ada - t.tercapai} IKU belum mencapai target.` +
            (s.iku.length > t.ada
              ? ` ${s.iku.length - t.ada} IKU belum dapat diukur karena datanya belum lengkap.`
              : ""),
    ),
    p(
      ang
        ? `Realisasi belanja seluruh perangkat daerah yang tercatat sebesar Rp ${rupiah(ang.realisasi)} dari pagu ` +
            `Rp ${rupiah(ang.pagu)} (serapan ${persen(ang.serapan)}, ${ang.jumlah} perangkat daerah).`
        : "Data anggaran perangkat daerah tahun ini belum tersedia.",
    ),
  ];
}

function totalAnggaran(opd: readonly OpdLaporan[]) {
  const ada = opd.filter((o) => o.pagu !== null && o.realisasi !== null);
  if (ada.length === 0) return null;
  const pagu = sum(ada.map((o) => o.pagu!));
  const realisasi = sum(ada.map((o) => o.realisasi!));
  const serapan = pagu.isZero() ? dec(0) : realisasi.div(pagu).times(100);
  return { pagu, realisasi, serapan, jumlah: ada.length };
}

function bab1(s: SumberLkjipPemda): Blok[] {
  return [
    judul(1, "BAB I PENDAHULUAN", "bab-1", true),
    judul(2, "A. Latar Belakang", "bab-1-a"),
    p(
      `Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah dan ` +
        `Peraturan Menteri PANRB Nomor 53 Tahun 2014 mewajibkan setiap instansi pemerintah, termasuk pemerintah ` +
        `daerah, menyusun Laporan Kinerja sebagai pertanggungjawaban atas pencapaian sasaran dan tujuan yang ` +
        `ditetapkan dalam dokumen perencanaan. Laporan Kinerja ${s.pemda.nama} disampaikan kepada Menteri PANRB ` +
        `paling lambat 3 (tiga) bulan setelah tahun anggaran berakhir.`,
    ),
    judul(2, "B. Gambaran Umum Pemerintah Daerah", "bab-1-b"),
    p(
      `${s.pemda.nama}${s.pemda.provinsi ? ` berada di Provinsi ${s.pemda.provinsi}` : ""}` +
        `${s.pemda.ibuKota ? ` dengan pusat pemerintahan di ${s.pemda.ibuKota}` : ""}. ` +
        `Penyelenggaraan urusan pemerintahan daerah dilaksanakan oleh ${s.opd.length} perangkat daerah ` +
        `(dinas, badan, sekretariat, inspektorat dan kecamatan).`,
    ),
    judul(2, "C. Sistematika Penyajian", "bab-1-c"),
    {
      jenis: "daftar",
      butir: [
        { label: "Bab I", isi: ["Pendahuluan: latar belakang, gambaran umum dan sistematika."] },
        { label: "Bab II", isi: ["Perencanaan Kinerja: RPJMD, tujuan, sasaran, IKU dan Perjanjian Kinerja Bupati."] },
        {
          label: "Bab III",
          isi: ["Akuntabilitas Kinerja: capaian IKU, realisasi anggaran, IKM dan nilai AKIP perangkat daerah."],
        },
        { label: "Bab IV", isi: ["Penutup: simpulan dan langkah ke depan."] },
      ],
    },
  ];
}

function bab2(s: SumberLkjipPemda): Blok[] {
  const blok: Blok[] = [
    judul(1, "BAB II PERENCANAAN KINERJA", "bab-2", true),
    judul(2, "A. Rencana Pembangunan Jangka Menengah Daerah", "bab-2-a"),
    p(`Visi ${s.pemda.nama} dalam RPJMD ${s.rpjmd.tahunAwal}–${s.rpjmd.tahunAkhir}:`),
    p([{ t: "tebal", teks: `“${s.rpjmd.visi}”` }], { rata: "tengah" }),
  ];
  if (s.rpjmd.misi.length) {
    blok.push(p("Misi:"), {
      jenis: "daftar",
      butir: s.rpjmd.misi.map((m) => ({ label: `${m.nomor}.`, isi: [m.teks] })),
    });
  }
  const tahunRpjmd = Array.from(
    { length: s.rpjmd.tahunAkhir - s.rpjmd.tahunAwal + 1 },
    (_, i) => s.rpjmd.tahunAwal + i,
  );
  blok.push(
    judul(2, "B. Tujuan, Sasaran dan Indikator Kinerja Utama", "bab-2-b"),
    p([
      "Tujuan, sasaran dan IKU RPJMD beserta target tahunannya disajikan pada ",
      { t: "ref", ke: "tabel-iku-rpjmd" },
      ".",
    ]),
    tabel(
      "tabel-iku-rpjmd",
      `Tujuan, Sasaran dan IKU RPJMD ${s.rpjmd.tahunAwal}–${s.rpjmd.tahunAkhir}`,
      [
        [
          kepala("No.", undefined, 2),
          kepala("Tujuan / Sasaran", undefined, 2),
          kepala("Indikator Kinerja Utama", undefined, 2),
          kepala("Satuan", undefined, 2),
          kepala("Target", tahunRpjmd.length),
        ],
        tahunRpjmd.map((t) => kepala(String(t))),
      ],
      s.iku.map((i, n) => [
        sel(`${n + 1}.`, { rata: "tengah" }),
        sel(`${i.tujuan.teks} / ${i.sasaran.teks}`),
        sel(i.nama),
        sel(i.satuan, { rata: "tengah" }),
        ...tahunRpjmd.map((t) => sel(i.targetTahunan[String(t)] ?? "–", { rata: "tengah" })),
      ]),
      [0.6, 4, 4, 1.4, ...tahunRpjmd.map(() => 1.1)],
      { kecil: true },
    ),
  );
  blok.push(
    judul(2, `C. Perjanjian Kinerja Bupati Tahun ${s.tahun}`, "bab-2-c"),
    p([
      `Perjanjian Kinerja Bupati Tahun ${s.tahun} memuat sasaran strategis dan IKU RPJMD dengan target tahun ${s.tahun} `,
      `sebagaimana pada `,
      { t: "ref", ke: "tabel-pk-bupati" },
      ".",
    ]),
    tabel(
      "tabel-pk-bupati",
      `Perjanjian Kinerja Bupati Tahun ${s.tahun}`,
      [[kepala("No."), kepala("Sasaran Strategis"), kepala("Indikator Kinerja"), kepala("Satuan"), kepala("Target")]],
      s.iku.map((i, n) => [
        sel(`${n + 1}.`, { rata: "tengah" }),
        sel(i.sasaran.teks),
        sel(i.nama),
        sel(i.satuan, { rata: "tengah" }),
        i.ini.target ? sel(i.ini.target, { rata: "tengah" }) : sel(hilang(`target ${s.tahun}`), { rata: "tengah" }),
      ]),
      [0.6, 5, 5, 1.5, 1.5],
      { kecil: true },
    ),
  );
  return blok;
}

function bab3(s: SumberLkjipPemda): Blok[] {
  const blok: Blok[] = [
    judul(1, "BAB III AKUNTABILITAS KINERJA", "bab-3", true),
    judul(2, "A. Capaian Kinerja", "bab-3-a"),
    p(
      "Capaian IKU dihitung dari target dan realisasi: indikator positif Realisasi/Target × 100; indikator negatif " +
        "(2 × Target − Realisasi)/Target × 100 atau Target/Realisasi × 100 sesuai rumus indikator; kategori capaian " +
        "mengikuti skala yang ditetapkan Pemda. Realisasi IKU yang ditautkan diambil dari pengukuran kinerja " +
        "perangkat daerah pada tahun yang sama.",
    ),
    judul(3, "1. Perbandingan target dan realisasi tahun ini", "bab-3-a-1"),
    tabel(
      "tabel-capaian-iku",
      `Capaian IKU ${s.pemda.nama} Tahun ${s.tahun}`,
      [
        [
          kepala("No."),
          kepala("Indikator Kinerja Utama"),
          kepala("Satuan"),
          kepala("Target"),
          kepala("Realisasi"),
          kepala("Capaian"),
          kepala("Kategori"),
          kepala("Sumber Realisasi"),
        ],
      ],
      s.iku.map((i, n) => [
        sel(`${n + 1}.`, { rata: "tengah" }),
        sel(i.nama),
        sel(i.satuan, { rata: "tengah" }),
        sel(i.ini.target ?? "–", { rata: "tengah" }),
        selRealisasi(i.ini),
        selCapaian(i.ini.capaian, i.ini.catatan),
        sel(i.ini.capaian?.kategori ?? "–", { rata: "tengah" }),
        sel(i.asal),
      ]),
      [0.6, 4, 1.2, 1.3, 1.4, 1.4, 1.6, 4],
      { kecil: true },
    ),
  ];
  for (const g of perSasaran(s.iku)) {
    const t = terukur(g.iku);
    blok.push(
      p(
        `Sasaran “${g.sasaran.teks}” diukur dengan ${g.iku.length} IKU; ` +
          (t.ada === 0
            ? "belum ada yang terukur tahun ini."
            : `${t.tercapai} dari ${t.ada} IKU terukur mencapai target.`),
      ),
    );
  }
  blok.push(
    judul(3, "2. Perbandingan dengan tahun lalu", "bab-3-a-2"),
    tabel(
      "tabel-iku-tahun-lalu",
      `Realisasi dan Capaian IKU Tahun ${s.tahun - 1} dan ${s.tahun}`,
      [
        [
          kepala("No.", undefined, 2),
          kepala("Indikator Kinerja Utama", undefined, 2),
          kepala(String(s.tahun - 1), 2),
          kepala(String(s.tahun), 2),
        ],
        [kepala("Realisasi"), kepala("Capaian"), kepala("Realisasi"), kepala("Capaian")],
      ],
      s.iku.map((i, n) => [
        sel(`${n + 1}.`, { rata: "tengah" }),
        sel(i.nama),
        selRealisasi(i.lalu),
        selCapaian(i.lalu.capaian, i.lalu.catatan),
        selRealisasi(i.ini),
        selCapaian(i.ini.capaian, i.ini.catatan),
      ]),
      [0.6, 5, 1.6, 1.6, 1.6, 1.6],
      { kecil: true },
    ),
    judul(3, "3. Perbandingan dengan target akhir RPJMD", "bab-3-a-3"),
    tabel(
      "tabel-iku-akhir",
      `Realisasi ${s.tahun} terhadap Target Akhir RPJMD ${s.rpjmd.tahunAkhir}`,
      [
        [
          kepala("No."),
          kepala("Indikator Kinerja Utama"),
          kepala(`Target ${s.rpjmd.tahunAkhir}`),
          kepala(`Realisasi ${s.tahun}`),
          kepala("Capaian thd. Target Akhir"),
        ],
      ],
      s.iku.map((i, n) => [
        sel(`${n + 1}.`, { rata: "tengah" }),
        sel(i.nama),
        sel(i.akhir.target ?? "–", { rata: "tengah" }),
        selRealisasi(i.ini),
        i.akhir.capaian ? angka(i.akhir.capaian.nilai, "persen", i.akhir.capaian.tampil) : sel("–", { rata: "tengah" }),
      ]),
      [0.6, 6, 2, 2, 2],
      { kecil: true },
    ),
  );
  const catatan = s.iku.filter((i) => i.catatanData.trim());
  if (catatan.length) {
    blok.push(p("Catatan sumber data IKU:"), {
      jenis: "daftar",
      butir: catatan.map((i) => ({ label: "–", isi: [`${i.nama}: ${i.catatanData}`] })),
    });
  }
  const ang = totalAnggaran(s.opd);
  blok.push(judul(2, "B. Realisasi Anggaran", "bab-3-b"));
  blok.push(
    p(
      ang
        ? [
            `Realisasi anggaran ${ang.jumlah} perangkat daerah yang datanya tercatat disajikan pada `,
            { t: "ref", ke: "tabel-anggaran-opd" },
            `: pagu Rp ${rupiah(ang.pagu)}, realisasi Rp ${rupiah(ang.realisasi)}, serapan ${persen(ang.serapan)}.`,
          ]
        : [hilang(`data anggaran perangkat daerah tahun ${s.tahun}`)],
    ),
  );
  const adaAng = s.opd.filter((o) => o.pagu !== null);
  if (ang) {
    blok.push(
      tabel(
        "tabel-anggaran-opd",
        `Realisasi Anggaran Perangkat Daerah Tahun ${s.tahun}`,
        [
          [
            kepala("No."),
            kepala("Perangkat Daerah"),
            kepala("Pagu (Rp)"),
            kepala("Realisasi (Rp)"),
            kepala("Serapan (%)"),
          ],
        ],
        [
          ...adaAng.map((o, n) => [
            sel(`${n + 1}.`, { rata: "tengah" }),
            sel(o.nama),
            angka(o.pagu, "rupiah"),
            angka(o.realisasi, "rupiah"),
            o.pagu && o.realisasi && !dec(o.pagu).isZero()
              ? angka(dec(o.realisasi).div(o.pagu).times(100), "persen")
              : sel("–", { rata: "tengah" }),
          ]),
          [
            sel("", {}),
            sel([{ t: "tebal", teks: "JUMLAH" }]),
            angka(ang.pagu, "rupiah", undefined, true),
            angka(ang.realisasi, "rupiah", undefined, true),
            angka(ang.serapan, "persen", undefined, true),
          ],
        ],
        [0.6, 6, 3, 3, 1.6],
        { kecil: true },
      ),
    );
  }
  const adaNilai = s.opd.filter((o) => o.ikm || o.akip);
  blok.push(judul(2, "C. Indeks Kepuasan Masyarakat dan Nilai AKIP Perangkat Daerah", "bab-3-c"));
  if (adaNilai.length === 0) {
    blok.push(p([hilang(`IKM dan nilai AKIP perangkat daerah tahun ${s.tahun}`)]));
  } else {
    blok.push(
      p([
        `${adaNilai.filter((o) => o.ikm).length} perangkat daerah memiliki hasil survei kepuasan masyarakat dan ` +
          `${adaNilai.filter((o) => o.akip).length} perangkat daerah memiliki nilai evaluasi AKIP tahun ${s.tahun} (`,
        { t: "ref", ke: "tabel-ikm-akip" },
        ").",
      ]),
      tabel(
        "tabel-ikm-akip",
        `IKM dan Nilai AKIP Perangkat Daerah Tahun ${s.tahun}`,
        [
          [
            kepala("No."),
            kepala("Perangkat Daerah"),
            kepala("IKM"),
            kepala("Mutu"),
            kepala("Nilai AKIP"),
            kepala("Predikat"),
          ],
        ],
        adaNilai.map((o, n) => [
          sel(`${n + 1}.`, { rata: "tengah" }),
          sel(o.nama),
          o.ikm ? angka(o.ikm.nilai, "angka2") : sel("–", { rata: "tengah" }),
          sel(o.ikm?.mutu ?? "–", { rata: "tengah" }),
          o.akip ? angka(o.akip.nilai, "angka2") : sel("–", { rata: "tengah" }),
          sel(o.akip?.predikat ?? "–", { rata: "tengah" }),
        ]),
        [0.6, 6, 1.5, 1.2, 1.5, 1.3],
        { kecil: true },
      ),
    );
  }
  return blok;
}

function bab4(s: SumberLkjipPemda): Blok[] {
  const t = terukur(s.iku);
  return [
    judul(1, "BAB IV PENUTUP", "bab-4", true),
    judul(2, "A. Simpulan", "bab-4-a"),
    p(
      t.ada === 0
        ? `Capaian IKU ${s.pemda.nama} tahun ${s.tahun} belum dapat disimpulkan karena data realisasi belum lengkap.`
        : `Pada tahun ${s.tahun}, ${t.tercapai} dari ${t.ada} IKU yang terukur mencapai target RPJMD. IKU yang belum ` +
            `mencapai target menjadi perhatian dalam perencanaan tahun berikutnya.`,
    ),
    judul(2, "B. Langkah ke Depan", "bab-4-b"),
    p(
      "Pemerintah daerah akan melengkapi data realisasi seluruh IKU tepat waktu, memperkuat keterkaitan IKU RPJMD " +
        "dengan indikator perangkat daerah, serta menindaklanjuti rekomendasi evaluasi akuntabilitas kinerja.",
    ),
    ttd(s),
  ];
}

export function bangunLkjipPemda(s: SumberLkjipPemda): Dokumen {
  const dokumen: Dokumen = {
    judul: `Laporan Kinerja ${s.pemda.nama} Tahun ${s.tahun}`,
    kaki: `LKjIP ${s.pemda.nama} ${s.tahun}`,
    bagian: [
      { id: "sampul", orientasi: "potret", nomorHalaman: "tidak", bab: null, blok: sampul(s) },
      {
        id: "depan",
        orientasi: "potret",
        nomorHalaman: "romawi",
        mulaiUlang: true,
        bab: null,
        blok: [
          { jenis: "judul", tingkat: 1, teks: "KATA PENGANTAR", id: "kata-pengantar", daftarIsi: true },
          p(
            `Laporan Kinerja ${s.pemda.nama} Tahun ${s.tahun} disusun sebagai wujud pertanggungjawaban atas ` +
              `pelaksanaan RPJMD ${s.rpjmd.tahunAwal}–${s.rpjmd.tahunAkhir} pada tahun ${s.tahun}, sesuai Peraturan ` +
              `Presiden Nomor 29 Tahun 2014 dan Peraturan Menteri PANRB Nomor 53 Tahun 2014.`,
          ),
          ttd(s),
          { jenis: "halaman-baru" },
          { jenis: "judul", tingkat: 1, teks: "DAFTAR ISI", id: "daftar-isi", daftarIsi: false },
          { jenis: "daftar-isi" },
          { jenis: "judul", tingkat: 1, teks: "DAFTAR TABEL", id: "daftar-tabel", daftarIsi: false, halamanBaru: true },
          { jenis: "daftar-tabel" },
          ...ikhtisar(s),
        ],
      },
      { id: "bab-1", orientasi: "potret", nomorHalaman: "arab", mulaiUlang: true, bab: 1, blok: bab1(s) },
      { id: "bab-2", orientasi: "lanskap", nomorHalaman: "arab", bab: 2, blok: bab2(s) },
      { id: "bab-3", orientasi: "lanskap", nomorHalaman: "arab", bab: 3, blok: bab3(s) },
      { id: "bab-4", orientasi: "potret", nomorHalaman: "arab", bab: 4, blok: bab4(s) },
    ],
  };
  nomoriDokumen(dokumen);
  return dokumen;
}

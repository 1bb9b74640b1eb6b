/**
 * Lampiran: 1. Perjanjian Kinerja (every PK of the year, latest version per pejabat), 2. Laporan Pengawasan Anggaran
 * per sub-kegiatan (landscape, rolled up by the domain), 3. hasil IKM, 4. hasil evaluasi AKIP (and the Pemda recap).
 * NOTE: SEED 1044-1946; regulations.md §3.3 (Lampiran).
 */
import type { NodeAnggaran } from "../../../domain/anggaran";
import { aturanUntuk } from "../../../domain/pengaturan/aturan-pemda";
import { dec, roundHalfUp } from "../../../domain/shared/decimal";
import type { Bagian, Blok, Sel } from "../dokumen";
import { type Konteks, namaOpd, pejabat, paragraf } from "../konteks";
import { blokPk } from "../pk";
import { angka, kepala, sel, tabel } from "../sel";
import type { PkSumber } from "../sumber";
import { a2, tanggal } from "../tampil";
import { hitungAkipAman } from "../hitung/kinerja";
import { blokTtd } from "./depan";

const DAFTAR = [
  "Perjanjian Kinerja",
  "Laporan Pengawasan Anggaran per Sub Kegiatan",
  "Hasil Indeks Kepuasan Masyarakat",
  "Hasil Evaluasi AKIP",
];

/** PKs of the year: for each pejabat and level the latest version. */
export function pkTahun(k: Konteks): PkSumber[] {
  const list = k.s.pk.filter((p) => p.tahun === k.s.tahun);
  return list.filter(
    (p) =>
      p.versi === "perubahan" ||
      !list.some((q) => q.versi === "perubahan" && q.pihakPertamaKode === p.pihakPertamaKode && q.level === p.level),
  );
}

export function bagianLampiran(k: Konteks): Bagian[] {
  const judul = (n: number, id: string, halamanBaru = true): Blok => ({
    jenis: "judul",
    tingkat: 2,
    teks: `Lampiran ${n}. ${DAFTAR[n - 1]}`,
    id,
    daftarIsi: true,
    halamanBaru,
  });
  const pembuka: Blok[] = [
    { jenis: "judul", tingkat: 1, teks: "LAMPIRAN", id: "lampiran", daftarIsi: true, halamanBaru: true },
    { jenis: "daftar", butir: DAFTAR.map((x, i) => ({ label: `${i + 1}.`, isi: [x] })) },
    judul(1, "lampiran-1"),
  ];
  const pk = pkTahun(k);
  if (pk.length === 0)
    pembuka.push(
      paragraf([k.hilang.tandai(`pk:${k.s.tahun}`, `Perjanjian Kinerja ${k.s.tahun} kepala perangkat daerah`)]),
    );
  pk.forEach((p, i) => pembuka.push(...blokPk(k, p, `lampiran-pk-${i + 1}`, i > 0)));
  return [
    { id: "lampiran-1", orientasi: "potret", nomorHalaman: "arab", bab: null, blok: pembuka },
    {
      id: "lampiran-2",
      orientasi: "lanskap",
      nomorHalaman: "arab",
      bab: null,
      blok: [judul(2, "lampiran-2", false), ...lampiranAnggaran(k)],
    },
    {
      id: "lampiran-3",
      orientasi: "potret",
      nomorHalaman: "arab",
      bab: null,
      blok: [judul(3, "lampiran-3", false), ...lampiranIkm(k), judul(4, "lampiran-4"), ...lampiranAkip(k)],
    },
  ];
}

function lampiranAnggaran(k: Konteks): Blok[] {
  const a = k.anggaran;
  const sa = k.s.anggaran;
  if (!a || !sa)
    return [
      paragraf([k.hilang.tandai(`anggaran:${k.s.tahun}`, `anggaran dan realisasi per sub-kegiatan ${k.s.tahun}`)]),
    ];
  const badan: Sel[][] = [];
  const baris = (
    n: NodeAnggaran | (typeof a.pohon & { level: "opd" }),
    kode: string,
    uraian: string,
    tebal: boolean,
  ) => {
    badan.push([
      sel(kode, { tebal }),
      sel(uraian, { tebal }),
      angka(n.anggaran, "rupiah", undefined, tebal),
      angka(n.realisasi.pegawai, "rupiah", undefined, tebal),
      angka(n.realisasi.barangJasa, "rupiah", undefined, tebal),
      angka(n.realisasi.modal, "rupiah", undefined, tebal),
      angka(n.totalRealisasi, "rupiah", undefined, tebal),
      n.serapan === null ? sel("–", { rata: "tengah" }) : angka(roundHalfUp(n.serapan, 2), "persen", undefined, tebal),
      angka(n.sisa, "rupiah", undefined, tebal),
    ]);
  };
  for (const p of a.pohon.program) {
    baris(p, p.kode.canonical, p.uraian.toUpperCase(), true);
    for (const kg of p.kegiatan) {
      baris(kg, kg.kode.canonical, kg.uraian, true);
      for (const sk of kg.subKegiatan) baris(sk, sk.kode.canonical, sk.uraian, false);
    }
  }
  baris({ ...a.pohon, level: "opd" }, "", "JUMLAH", true);
  const out: Blok[] = [
    paragraf(
      [
        `${namaOpd(k)} — Laporan Pengawasan Anggaran Definitif per Sub Kegiatan${sa.perTanggal ? ` per ${sa.perTanggal}` : ""}`,
      ],
      { rata: "tengah", gaya: "tebal", inden: false },
    ),
    tabel(
      "lampiran-tabel-anggaran",
      "Laporan Pengawasan Anggaran per Sub Kegiatan",
      [
        [
          kepala("Kode", 1, 2),
          kepala("Uraian", 1, 2),
          kepala("Anggaran", 1, 2),
          kepala("Realisasi", 5),
          kepala("Sisa Anggaran", 1, 2),
        ],
        [kepala("Pegawai"), kepala("Barang & Jasa"), kepala("Modal"), kepala("Total"), kepala("%")],
      ],
      badan,
      [2.4, 6, 2.1, 2.1, 2.1, 1.6, 2.1, 1.3, 2],
      { kecil: true, bernomor: false, ...(sa.sumberData.realisasi ? { sumber: sa.sumberData.realisasi } : {}) },
    ),
  ];
  if (sa.penandatangan) {
    out.push({
      jenis: "tanda-tangan",
      tempatTanggal: [`${sa.penandatangan.tempat}, ${tanggal(sa.penandatangan.tanggal)}`],
      posisiTanggal: "kanan",
      kolom: [blokTtd(k, pejabat(k, sa.penandatangan.pejabatKode), "")],
    });
  }
  return out;
}

function lampiranIkm(k: Konteks): Blok[] {
  const ikm = k.ikm;
  const skm = k.s.skm;
  if (!ikm || !skm)
    return [
      paragraf([
        k.hilang.tandai(
          `skm:${k.s.tahun}`,
          `hasil Survei Kepuasan Masyarakat ${k.s.tahun} (jumlah nilai per unsur dan responden)`,
        ),
      ]),
    ];
  const badan: Sel[][] = ikm.unsur.map((u, i) => [
    sel(`${i + 1}`, { rata: "tengah" }),
    sel(skm.label[u.kode] ?? u.nama),
    angka(u.jumlah ?? 0, "bulat"),
    angka(u.nrr, "angka2", u.nrrTampil.replace(".", ",")),
    angka(u.nrrTertimbang, "angka6", u.nrrTertimbangTampil.replace(".", ",")),
    sel(`${u.mutu.mutu} (${u.mutu.kinerja})`, { rata: "tengah" }),
  ]);
  badan.push([
    sel("Jumlah NRR Tertimbang", { rentangKolom: 4, tebal: true }),
    angka(ikm.jumlahNrrTertimbang, "angka6", ikm.jumlahNrrTertimbangTampil.replace(".", ","), true),
    sel(""),
  ]);
  badan.push([
    sel("IKM (Σ NRR tertimbang × 25)", { rentangKolom: 4, tebal: true }),
    angka(ikm.ikm, "angka6", ikm.ikmRinci.replace(".", ","), true),
    sel(`${ikm.mutu.mutu} (${ikm.mutu.kinerja})`, { rata: "tengah", tebal: true }),
  ]);
  return [
    paragraf(
      [
        `Pengukuran Indeks Kepuasan Masyarakat ${namaOpd(k)}, periode ${tanggal(skm.periodeMulai)} s.d. ${tanggal(skm.periodeSelesai)}: IKM `,
        { t: "tebal", teks: a2(ikm.ikmTampil) },
        `, mutu pelayanan ${ikm.mutu.mutu} (${ikm.mutu.kinerja}), ${skm.responden} responden.`,
      ],
      { inden: false },
    ),
    tabel(
      "lampiran-tabel-ikm",
      "Skor per Unsur Pelayanan",
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
      [0.7, 4.6, 1.6, 1.3, 2, 2.2],
      {
        bernomor: false,
        sumber: `Bobot ${ikm.unsur[0]?.bobotTeks.replace(".", ",")} per unsur; mutu menurut ${aturanUntuk(k.s.aturan ?? {}, "ikm-mutu", k.s.tahun).source.regulasi}`,
      },
    ),
  ];
}

function lampiranAkip(k: Konteks): Blok[] {
  const out: Blok[] = [];
  const h = k.akip;
  if (!h) out.push(paragraf([k.hilang.tandai(`akip:${k.s.tahun}`, `nilai komponen evaluasi AKIP ${k.s.tahun}`)]));
  else {
    out.push(
      tabel(
        "lampiran-tabel-akip",
        `Hasil Evaluasi AKIP ${namaOpd(k)} Tahun ${k.s.tahun} (kerangka ${h.kerangka})`,
        [[kepala("No."), kepala("Komponen"), kepala("Bobot"), kepala("Nilai"), kepala("% Bobot")]],
        [
          ...h.komponen.map((c, i) => [
            sel(`${i + 1}.`, { rata: "tengah" }),
            sel(c.nama),
            angka(c.bobot, "angka2"),
            angka(c.nilai, "angka2"),
            angka(dec(c.persenBobot), "persen"),
          ]),
          [sel("Total", { rentangKolom: 3, tebal: true }), angka(h.total, "angka2", undefined, true), sel("")],
          [
            sel("Predikat", { rentangKolom: 3, tebal: true }),
            sel(`${h.predikat.kode} (${h.predikat.label})`, { rentangKolom: 2, rata: "tengah", tebal: true }),
          ],
        ],
        [0.7, 5, 1.4, 1.4, 1.4],
        { bernomor: false },
      ),
    );
  }
  const r = k.s.rekapAkip;
  if (r && r.baris.length > 0) {
    const semua = r.baris.map((b) => ({
      b,
      h: hitungAkipAman({ tahun: r.tahun, kerangka: r.kerangka, komponen: b.komponen }),
    }));
    // a row whose components do not give a total is listed under the table, by name
    const hasil = semua.filter(
      (x): x is { b: (typeof semua)[number]["b"]; h: NonNullable<(typeof semua)[number]["h"]> } => x.h !== null,
    );
    const tanpaNilai = semua.filter((x) => x.h === null).map((x) => x.b.nama);
    const kunci = hasil[0]?.h.komponen.map((c) => c) ?? [];
    out.push(
      paragraf(
        [
          `Rekapitulasi evaluasi AKIP perangkat daerah se-${k.s.pemda.nama} tahun ${r.tahun}${r.nomorSurat ? ` (surat Inspektorat nomor ${r.nomorSurat}${r.tanggal ? `, ${tanggal(r.tanggal)}` : ""})` : ""}. Total dan predikat dihitung dari nilai komponen.`,
        ],
        { inden: false },
      ),
      tabel(
        "lampiran-tabel-rekap-akip",
        `Rekapitulasi Evaluasi AKIP Perangkat Daerah Tahun ${r.tahun}`,
        [
          [
            kepala("No"),
            kepala("Perangkat Daerah"),
            ...kunci.map((c) => kepala(`${c.nama} (bobot ${a2(c.bobot)})`)),
            kepala("Total"),
            kepala("Predikat"),
          ],
        ],
        hasil.map(({ b, h }, i) => {
          const sendiri = b.opdSlug === k.s.opd.slug;
          return [
            sel(`${i + 1}`, { rata: "tengah", tebal: sendiri }),
            sel(b.nama, { tebal: sendiri }),
            ...h.komponen.map((c) => angka(c.nilai, "angka2", undefined, sendiri)),
            angka(h.total, "angka2", undefined, sendiri),
            sel(h.predikat.kode, { rata: "tengah", tebal: sendiri }),
          ];
        }),
        [0.6, 4.4, ...kunci.map(() => 1.5), 1.3, 1.2],
        { bernomor: false, kecil: true },
      ),
    );
    if (tanpaNilai.length > 0)
      out.push(
        paragraf(
          [
            k.hilang.tandai(
              `rekap-akip:${r.tahun}:komponen`,
              `nilai komponen evaluasi AKIP ${r.tahun} (kerangka ${String(r.kerangka)}) untuk ${tanpaNilai.join(", ")}`,
            ),
          ],
          { inden: false },
        ),
      );
    if (r.penandatangan) {
      const p = r.penandatangan;
      out.push({
        jenis: "tanda-tangan",
        tempatTanggal: [r.tanggal ? tanggal(r.tanggal) : ""],
        posisiTanggal: "kanan",
        kolom: [blokTtd(k, p, "", [p.jabatan.toUpperCase()])],
      });
    }
  }
  return out;
}

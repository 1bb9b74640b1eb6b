/**
 * Pemda Kabupaten Batu Bara: identity, Bupati, Inspektur and the RPJMD 2019–2023 visi/misi.
 * NOTE: SEED 316-347 (visi, kata kunci, misi), 1060-1109 (Bupati in the PK), 1852-1946 (Inspektorat letter).
 */
import type { DemoPemda } from "./types";

export const pemda: DemoPemda = {
  slug: "batu-bara",
  nama: "Kabupaten Batu Bara",
  jenis: "kabupaten",
  provinsi: "Sumatera Utara",
  ibuKota: {
    nama: "Lima Puluh",
    sumber: "SEED 1070, 1855, 1874",
    catatan:
      "Tidak dicetak sebagai 'ibu kota' di SEED; Lima Puluh adalah tempat penandatanganan PK Camat–Bupati dan alamat tujuan surat Inspektorat.",
  },
  tempat: [
    { nama: "Lima Puluh", peran: "tempat penandatanganan PK Perubahan Camat dengan Bupati", sumber: "SEED 1070, 1104" },
    { nama: "Lima Puluh", peran: "tempat penandatanganan Laporan Pengawasan Anggaran (lampiran)", sumber: "SEED 1809" },
    { nama: "Lima Puluh", peran: "alamat tujuan surat Inspektorat (Sekretaris Daerah)", sumber: "SEED 1874" },
    {
      nama: "Mangkai Baru",
      peran: "alamat kantor dan tempat surat Inspektorat Daerah (Mangkai Baru Kecamatan Lima Puluh, Kode Pos 21255)",
      sumber: "SEED 1855-1859, 1939",
    },
    { nama: "Sei Balai", peran: "tempat penandatanganan kata pengantar dan PK eselon III/IV", sumber: "SEED 26, 1144" },
  ],
  kepalaDaerah: {
    kode: "bupati-batu-bara",
    nama: "ZAHIR",
    gelarDepan: "Ir. H.",
    gelarBelakang: "MAP",
    jabatan: "Bupati Batu Bara",
    cetakan: {
      nama: [
        { teks: "Ir. H. ZAHIR, MAP", sumber: "SEED 1060" },
        { teks: "Ir. H. ZAHIR, MAP", sumber: "SEED 1075" },
        { teks: "Ir. R. ZAHIR, MAP", sumber: "SEED 1109" },
      ],
      jabatan: [
        { teks: "BUPATI BATU BARA", sumber: "SEED 1062" },
        { teks: "BUPATI BATU BARA", sumber: "SEED 1073" },
        { teks: "BUPATI BATU BARA", sumber: "SEED 1107" },
      ],
    },
  },
  inspektur: {
    kode: "inspektur-batu-bara",
    nama: "HASRUL IRFAN",
    gelarBelakang: "S.Kom, MM",
    jabatan: "Inspektur Daerah Kabupaten Batu Bara",
    nip: "198312152008041001",
    pangkat: "Pembina Tk. I",
    cetakan: {
      nama: [
        { teks: "HASRUL IRFAN, S.Kom, MM", sumber: "SEED 1885" },
        { teks: "HASRUL IRFAN, S.Kom, MM", sumber: "SEED 1945" },
      ],
      jabatan: [
        { teks: "PI. INSPEKTUR DAERAH KABUPATEN BATU BARA", sumber: "SEED 1883-1884" },
        { teks: "INSPEKTUR DAERAH KABUPATEN BATU BARA", sumber: "SEED 1943-1944" },
      ],
      nip: [
        { teks: "NIP. 19831215 200804 1 001", sumber: "SEED 1887" },
        { teks: "NIP. 19831215 200804 1 001", sumber: "SEED 1947" },
      ],
      pangkat: [
        { teks: "PEMBINA TK. I", sumber: "SEED 1886" },
        { teks: "PEMBINA TK. I", sumber: "SEED 1946" },
      ],
    },
  },
  rpjmd: {
    tahunAwal: 2019,
    tahunAkhir: 2023,
    visi: {
      teks: "Menjadikan Masyarakat Kabupaten Batu Bara Masyarakat Industri yang Sejahtera, Mandiri, dan Berbudaya",
      sumber: "SEED 316 (Tabel 2.1, SEED 358, tanpa koma sebelum 'dan')",
    },
    kataKunci: [
      {
        kata: "Masyarakat Industri",
        penjelasan:
          "Masyarakat Industri adalah masyarakat yang terbuka untuk menerima berbagai pengalaman yang baru, menghargai setiap perencanaan untuk kemajuan, dan senantiasa ingin berkembang/maju.",
        sumber: "SEED 320-322",
      },
      {
        kata: "Sejahtera",
        penjelasan:
          "Masyarakat Kabupaten Batu Bara terpenuhi kebutuhan dasarnya dalam aspek pendidikan, kesehatan, dan ekonomi melalui pengembangan usaha yang maju dan berkelanjutan.",
        sumber: "SEED 326-328",
      },
      {
        kata: "Mandiri",
        penjelasan:
          "Kemampuan untuk memanfaatkan potensi daerah dan infrastruktur strategis dalam melaksanakan pembangunan daerah dan pengembangan ekonomi demi kemajuan personal.",
        sumber: "SEED 330-332",
      },
      {
        kata: "Berbudaya",
        penjelasan:
          "Bertindak dan bermasyarakat berpedoman pada nilai-nilai budaya dan tradisi sehingga tercipta masyarakat Kabupaten Batu Bara yang berakhlak mulia.",
        sumber: "SEED 334-336",
      },
    ],
    misi: [
      { nomor: 1, teks: "Meningkatkan pelayanan Aparatur Pemerintah atas pelayanan publik dan investasi", sumber: "SEED 340" },
      {
        nomor: 2,
        teks: "Meningkatkan jumlah dan kualitas infrastruktur dan sarana prasarana pendukung pertumbuhan industri dan perekonomian masyarakat",
        sumber: "SEED 341",
      },
      { nomor: 3, teks: "Mewujudkan masyarakat yang produktif, inovatif, dan berbudaya", sumber: "SEED 342" },
      { nomor: 4, teks: "Mewujudkan industri berbasis sumber daya unggulan Kabupaten Batubara", sumber: "SEED 343" },
      {
        nomor: 5,
        teks: "Meningkatkan pemasaran hasil industri, pertanian, dan perikanan secara meluas memanfaatkan teknologi berkembang",
        sumber: "SEED 344",
      },
      {
        nomor: 6,
        teks: "Meningkatkan kolaborasi industri, lembaga pendidikan, dan pemerintah Kabupaten Batubara",
        sumber: "SEED 345",
      },
      { nomor: 7, teks: "Meningkatkan kualitas pendidikan, kesehatan, dan spiritual masyarakat", sumber: "SEED 346" },
      {
        nomor: 8,
        teks: "Meningkatkan peran serta seluruh elemen masyarakat dalam pembangunan Kabupaten Batubara",
        sumber: "SEED 347",
      },
    ],
  },
};

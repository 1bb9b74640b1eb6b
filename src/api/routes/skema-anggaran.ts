/** Zod schemas of the budget routes (issue 6); amounts are decimal strings ("3135926319.00"), % with 2 dp. */
import { z } from "@hono/zod-openapi";

const Rp = z.string().openapi({ example: "3135926319.00" });
const RpN = Rp.nullable();
const Persen = z.string().nullable().openapi({ example: "93.56", description: "2 desimal; null bila anggaran 0" });
const Nama = z.object({ slug: z.string(), nama: z.string() });

export const ZNilai = z
  .object({
    anggaranMurni: RpN,
    anggaranPerubahan: RpN,
    anggaran: Rp,
    realisasi: z.object({ pegawai: Rp, barangJasa: Rp, modal: Rp }),
    totalRealisasi: Rp,
    serapan: Persen,
    sisa: Rp,
  })
  .openapi("NilaiAnggaran");

const ZLevel = z.enum(["program", "kegiatan", "sub-kegiatan"]);

export const ZNode = ZNilai.extend({
  kode: z.string().openapi({ example: "7.01.02.2.02.0003" }),
  level: ZLevel,
  uraian: z.string(),
  sumberDana: z.string().nullable(),
  sasaran: z.array(z.string()),
  /** node anak, bentuknya sama (kegiatan, lalu sub-kegiatan) — recursive, so the contract types the whole tree */
  get anak(): z.ZodArray<typeof ZNode> {
    return z.array(ZNode);
  },
}).openapi("NodeAnggaran");

export const ZPohon = z
  .object({
    pemda: Nama,
    opd: Nama,
    tahun: z.number().int(),
    ada: z.boolean(),
    tahunTersedia: z.array(z.number().int()),
    bulan: z.number().int().nullable(),
    bulanTersedia: z.array(z.number().int()),
    statusPeriode: z.string(),
    total: ZNilai,
    program: z.array(ZNode),
  })
  .openapi("PohonAnggaran");

const ZBarisRingkasan = z.object({ anggaran: RpN, realisasi: RpN, serapan: Persen, sisa: RpN });

export const ZTemuanTabel = z.object({ jenis: z.string(), pesan: z.string() }).openapi("TemuanTabelAnggaran");

export const ZRingkasan = z
  .object({
    pemda: z.string(),
    opd: z.string(),
    tahun: z.number().int(),
    bulan: z.number().int().nullable(),
    total: ZBarisRingkasan,
    program: z.array(ZBarisRingkasan.extend({ kode: z.string(), uraian: z.string() })),
    kelas: z.array(ZBarisRingkasan.extend({ id: z.enum(["pegawai", "barangJasa", "modal"]), uraian: z.string() })),
    temuan: z.array(ZTemuanTabel),
  })
  .openapi("RingkasanAnggaran");

const ZBarisTabel = ZBarisRingkasan.extend({
  id: z.string(),
  uraian: z.string(),
  tingkat: z.union([z.literal(0), z.literal(1)]),
});

export const ZTabel = z
  .object({
    pemda: Nama,
    opd: Nama,
    tahun: z.number().int(),
    bulan: z.number().int().nullable(),
    bulanTersedia: z.array(z.number().int()),
    total: ZNilai,
    perKelas: z.object({
      baris: z.array(ZBarisTabel),
      sumberAnggaran: z.enum(["kelas-opd", "rincian-sub-kegiatan"]).nullable(),
      sumberTeks: z.string().nullable(),
      selisihAnggaran: RpN,
      temuan: z.array(ZTemuanTabel),
    }),
    perProgram: z.array(ZBarisTabel),
    lampiran: z.array(
      z.object({
        jenis: z.enum(["program", "kegiatan", "sub-kegiatan", "total-kegiatan", "total-program", "jumlah"]),
        kode: z.string().nullable(),
        uraian: z.string(),
        nilai: ZNilai.nullable(),
      }),
    ),
    serapanSasaran: z.array(
      z.object({
        sasaranKode: z.string(),
        sasaranTeks: z.string().nullable(),
        kode: z.array(z.string()),
        subKegiatan: z.number().int(),
        anggaran: Rp,
        realisasi: Rp,
        serapan: Persen,
      }),
    ),
    efisiensi: z.object({
      metode: z.object({
        id: z.string(),
        label: z.string(),
        keterangan: z.string(),
        regulasi: z.string(),
        catatan: z.string(),
      }),
      baris: z.array(
        z.object({
          sasaranKode: z.string(),
          sasaranTeks: z.string().nullable(),
          capaian: Persen,
          serapan: Persen,
          efisiensi: z.string().nullable(),
        }),
      ),
    }),
    tautanPk: z.array(
      z.object({
        pkKode: z.string(),
        jenis: z.string(),
        level: z.string(),
        tingkat: z.string(),
        uraian: z.string(),
        kodeDppa: z.string().nullable(),
        kodeAnggaran: z.string().nullable(),
        anggaranPk: Rp,
        anggaranDpa: RpN,
        selisih: RpN,
      }),
    ),
    temuan: z.array(ZTemuanTabel),
  })
  .openapi("TabelAnggaran");

const ZRingkasanData = z.object({
  program: z.number().int(),
  kegiatan: z.number().int(),
  subKegiatan: z.number().int(),
  anggaran: Rp,
  realisasi: z.object({ pegawai: Rp, barangJasa: Rp, modal: Rp, total: Rp }),
});

export const ZTemuan = z
  .object({
    jenis: z.string(),
    baris: z.number().int().nullable(),
    kolom: z.string().nullable(),
    kode: z.string().nullable(),
    nilaiCetak: z.string().nullable(),
    nilaiHitung: z.string().nullable(),
    pesan: z.string(),
  })
  .openapi("TemuanRekonsiliasi");

export const ZEntriPerubahan = z
  .object({
    aksi: z.enum(["buat", "ubah", "hapus"]),
    kode: z.string(),
    level: ZLevel,
    uraian: z.string(),
    kolom: z.array(
      z.object({
        kolom: z.string(),
        label: z.string(),
        sebelum: z.string().nullable(),
        sesudah: z.string().nullable(),
      }),
    ),
    bagian: z.array(z.enum(["node", "realisasi", "rincian", "sasaran"])),
  })
  .openapi("EntriPerubahanAnggaran");

export const ZPratinjau = z
  .object({
    pemda: Nama,
    opd: Nama,
    tahun: z.number().int(),
    bulan: z.number().int(),
    berkas: z.object({
      nama: z.string(),
      hash: z.string(),
      ukuran: z.number().int(),
      jenis: z.enum(["xlsx", "csv", "tsv", "pdf"]),
      lembar: z.string().nullable(),
      format: z.enum(["pengawasan", "templat", "sipd-realisasi"]),
    }),
    meta: z
      .object({ judul: z.array(z.string()), unitOrganisasi: z.string().nullable(), perTanggal: z.string().nullable() })
      .nullable(),
    hashDasar: z.string(),
    statusPeriode: z.string(),
    bolehDiubah: z.boolean(),
    berkasRingkasan: ZRingkasanData,
    sebelum: ZRingkasanData,
    sesudah: ZRingkasanData,
    perubahan: z.object({
      buat: z.number().int(),
      ubah: z.number().int(),
      hapus: z.number().int(),
      tetap: z.number().int(),
      entri: z.array(ZEntriPerubahan),
      entriTerpotong: z.number().int(),
    }),
    tanpaPerubahan: z.boolean(),
    rekonsiliasi: z.object({
      temuan: z.array(ZTemuan),
      catatan: z.array(z.object({ baris: z.number().int(), pesan: z.string() })),
    }),
  })
  .openapi("PratinjauImporAnggaran");

export const ZHasilImpor = z
  .object({
    tanpaPerubahan: z.boolean(),
    pesan: z.string(),
    perubahan: z.object({
      buat: z.number().int(),
      ubah: z.number().int(),
      hapus: z.number().int(),
      tetap: z.number().int(),
    }),
    hashData: z.string(),
    pratinjau: ZPratinjau,
  })
  .openapi("HasilImporAnggaran");

export const ZBarisKelas = z
  .object({
    akun: z.string().min(1).max(30).openapi({ example: "5.1.01" }),
    anggaran: z.string().min(1).max(40).openapi({ example: "2013689173" }),
    realisasi: z.string().max(40).nullable().optional(),
  })
  .openapi("BarisKelasOpd");

export const ZKelasOpd = z
  .object({
    tanpaPerubahan: z.boolean(),
    baris: z.array(z.object({ akun: z.string(), anggaran: Rp, realisasi: RpN, sumber: z.string().nullable() })),
    temuan: z.array(ZTemuanTabel),
  })
  .openapi("KelasOpdAnggaran");

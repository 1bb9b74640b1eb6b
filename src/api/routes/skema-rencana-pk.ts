/**
 * Answers of the planning and PK read models (issue 11, ADR 0034): the Renstra with its indicators and targets
 * (services/perencanaan/baca-renstra.ts), the PK list and cascade (services/pk/baca-pk.ts) and a saved PK row
 * (services/pk/ubah-baris-pk.ts). The routes return the services' values unchanged, so `tsc` checks them here.
 */
import { z } from "@hono/zod-openapi";

const ZStatusPeriode = z.enum(["draft", "diajukan", "disetujui", "terkunci"]);
const ZOpdRingkas = z.object({ slug: z.string(), nama: z.string() });
const ZArah = z.object({ kode: z.string(), teks: z.string() });
const ZLevelPk = z.enum(["kepala-opd", "eselon-iii", "eselon-iv"]);

const ZIndikatorRenstra = z
  .object({
    id: z.string(),
    kode: z.string(),
    nama: z.string(),
    iku: z.boolean(),
    definisiOperasional: z.string(),
    formula: z.string(),
    satuan: z.string(),
    polaritas: z.enum(["positif", "negatif"]),
    rumusNegatif: z.enum(["2t-r", "t/r"]),
    sumberData: z.string(),
    unit: z.string().nullable().openapi({ description: "nama unit kerja penanggung jawab" }),
    sumberRealisasi: z.enum(["manual", "skm", "akip"]),
    versi: z.string().openapi({ description: "versi indikator (If-Match saat menyimpan formnya)" }),
    target: z.array(
      z.object({
        tahun: z.number().int(),
        target: z.string().nullable(),
        sumber: z.string().nullable(),
        versi: z.string().openapi({ description: "versi sel target (If-Match saat mengubahnya)" }),
      }),
    ),
    tanpaTarget: z.array(z.number().int()).openapi({ description: "tahun periode yang belum bertarget" }),
  })
  .openapi("IndikatorRenstra");

export const ZPerencanaan = z
  .object({
    opd: ZOpdRingkas,
    tahun: z.number().int(),
    status: ZStatusPeriode,
    periode: z.object({
      renstra: z.array(
        z.object({ tahunAwal: z.number().int(), tahunAkhir: z.number().int(), namaDokumen: z.string() }),
      ),
      rpjmd: z.array(z.object({ tahunAwal: z.number().int(), tahunAkhir: z.number().int() })),
    }),
    rpjmd: z
      .object({
        tahunAwal: z.number().int(),
        tahunAkhir: z.number().int(),
        visi: z.string(),
        kataKunci: z.array(z.object({ kata: z.string(), penjelasan: z.string() })),
        misi: z.array(z.object({ nomor: z.number().int(), teks: z.string(), didukung: z.boolean() })),
      })
      .nullable(),
    renstra: z
      .object({
        id: z.string(),
        tahunAwal: z.number().int(),
        tahunAkhir: z.number().int(),
        namaDokumen: z.string(),
        catatan: z.string().nullable(),
        tahunPeriode: z.array(z.number().int()),
        tujuan: z.array(
          z.object({
            kode: z.string(),
            teks: z.string(),
            sumber: z.string().nullable().optional(),
            sasaran: z.array(
              z.object({
                id: z.string().nullable(),
                kode: z.string(),
                teks: z.string(),
                sumber: z.string().nullable().optional(),
                strategi: z.array(ZArah),
                kebijakan: z.array(ZArah),
                indikator: z.array(ZIndikatorRenstra),
              }),
            ),
          }),
        ),
      })
      .nullable()
      .openapi({ description: "null bila tahun di luar semua periode Renstra" }),
  })
  .openapi("Perencanaan");

const ZPihakPk = z
  .object({
    id: z.string(),
    kode: z.string(),
    nama: z.string(),
    namaLengkap: z.string(),
    jabatan: z.string(),
    nip: z.string().nullable(),
    pangkat: z.string().nullable(),
  })
  .openapi("PihakPk");

const ZTingkatKinerja = z.enum(["sasaran-strategis", "sasaran-program", "sasaran-kegiatan", "sasaran-sub-kegiatan"]);

export const ZBarisKinerjaPk = z
  .object({
    id: z.string(),
    kode: z.string(),
    urutan: z.number().int(),
    pkId: z.string(),
    pemdaId: z.string(),
    opdId: z.string(),
    indukId: z.string().nullable(),
    indukKaskadeId: z.string().nullable(),
    indikatorId: z.string().nullable(),
    nomor: z.string().nullable(),
    tingkat: ZTingkatKinerja,
    sasaran: z.string(),
    indikator: z.string(),
    satuan: z.string(),
    targetTeks: z.string().nullable(),
    sumber: z.string().nullable(),
    versi: z.string().openapi({ description: "versi baris (If-Match saat mengubahnya)" }),
  })
  .openapi("BarisKinerjaPk");

const ZSimpulKinerjaPk = z
  .object({
    baris: ZBarisKinerjaPk,
    get anak(): z.ZodArray<typeof ZSimpulKinerjaPk> {
      return z.array(ZSimpulKinerjaPk);
    },
  })
  .openapi("SimpulKinerjaPk");

export const ZBarisAnggaranPk = z
  .object({
    id: z.string(),
    kode: z.string(),
    urutan: z.number().int(),
    pkId: z.string(),
    pemdaId: z.string(),
    opdId: z.string(),
    indukId: z.string().nullable(),
    nomor: z.string().nullable(),
    tingkat: z.enum(["program", "kegiatan", "sub-kegiatan"]),
    uraian: z.string(),
    kodeDppa: z.string().nullable(),
    anggaran: z.string().openapi({ example: "3135926319.00" }),
    keterangan: z.string(),
    sumber: z.string().nullable(),
  })
  .openapi("BarisAnggaranPk");

const ZSimpulAnggaranPk = z
  .object({
    baris: ZBarisAnggaranPk,
    get anak(): z.ZodArray<typeof ZSimpulAnggaranPk> {
      return z.array(ZSimpulAnggaranPk);
    },
  })
  .openapi("SimpulAnggaranPk");

export const ZPkTampil = z
  .object({
    id: z.string(),
    kode: z.string(),
    tahun: z.number().int(),
    jenis: z.enum(["awal", "perubahan"]),
    level: ZLevelPk,
    berlaku: z.boolean(),
    tempat: z.string(),
    tanggal: z.string(),
    sumber: z.string().nullable(),
    pihakPertama: ZPihakPk.nullable(),
    pihakKedua: ZPihakPk.nullable(),
    kinerja: z.array(ZSimpulKinerjaPk),
    anggaran: z.array(ZSimpulAnggaranPk),
    jumlahAnggaran: z.string(),
  })
  .openapi("PkTampil");

export const ZDaftarPk = z
  .object({ opd: ZOpdRingkas, tahun: z.number().int(), status: ZStatusPeriode, pk: z.array(ZPkTampil) })
  .openapi("DaftarPk");

const ZCelah = z.enum(["tanpa-turunan", "tanpa-target", "tanpa-induk"]);

const ZSimpulKaskade = z
  .object({
    id: z.string(),
    jenis: z.enum(["kepala-daerah", "baris"]),
    label: z.string(),
    pejabat: z.string().nullable(),
    level: ZLevelPk.nullable(),
    pkId: z.string().nullable(),
    indikator: z.string().nullable(),
    satuan: z.string().nullable(),
    target: z.string().nullable(),
    rincian: z.array(
      z.object({
        sasaran: z.string(),
        indikator: z.string(),
        satuan: z.string(),
        target: z.string().nullable(),
        celah: z.array(ZCelah),
      }),
    ),
    celah: z.array(ZCelah),
    get anak(): z.ZodArray<typeof ZSimpulKaskade> {
      return z.array(ZSimpulKaskade);
    },
  })
  .openapi("SimpulKaskade");

export const ZKaskadePk = z
  .object({
    tahun: z.number().int(),
    pohon: ZSimpulKaskade,
    celah: z.array(z.object({ id: z.string(), label: z.string(), pejabat: z.string().nullable(), celah: ZCelah })),
  })
  .openapi("KaskadePk");

/** A saved PK row: its id, the fields that changed, and its new version (the next If-Match). */
export const ZBarisPk = z
  .object({
    id: z.string(),
    sasaran: z.string().optional(),
    indikator: z.string().optional(),
    satuan: z.string().optional(),
    targetTeks: z.string().nullable().optional(),
    versi: z.string(),
  })
  .openapi("BarisPk");

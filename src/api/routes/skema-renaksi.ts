/** Contracts of the Rencana Aksi routes (issue #19): the read model, the plan of a PK, a quarter's realisasi. */
import { z } from "@hono/zod-openapi";
import { MAKS_TEKS } from "../../domain/shared/batas-teks";
import { SIFAT_TARGET } from "../../domain/renaksi/triwulan";
import { ZOpdTahunParam } from "./skema-kinerja";

const ZPeringatan = z.object({ jenis: z.enum(["capaian-rendah", "serapan-mendahului"]), pesan: z.string() });
const STATUS_TW = ["draft", "diajukan", "terkunci"] as const;

const ZTriwulanTampil = z.object({
  triwulan: z.number().int(),
  target: z.string().nullable(),
  realisasi: z.string().nullable(),
  capaian: z.string().nullable(),
  targetKumulatif: z.string().nullable(),
  realisasiKumulatif: z.string().nullable(),
  capaianKumulatif: z.string().nullable(),
  dibawahTarget: z.boolean(),
  anggaran: z.string(),
  realisasiAnggaran: z.string().nullable(),
  sumberRealisasiAnggaran: z.enum(["impor-dpa", "isian"]).nullable(),
  realisasiAnggaranKumulatif: z.string().nullable(),
  serapanKumulatif: z.string().nullable(),
  faktorPenghambat: z.string(),
  faktorPendorong: z.string(),
  langkah: z.string(),
  peringatan: z.array(ZPeringatan),
});

const ZAksi = z.object({
  tingkat: z.enum(["kegiatan", "sub-kegiatan"]),
  kodeDppa: z.string().max(100).nullable().optional(),
  uraian: z.string().max(MAKS_TEKS),
  anggaranTriwulan: z.array(z.union([z.string().max(40), z.number()])).length(4),
  penanggungJawab: z.string().max(500).optional(),
});

/** An action as the read model gives it (AksiTampil of the service): budgets as machine decimals, all fields set. */
const ZAksiTampil = z.object({
  tingkat: z.enum(["kegiatan", "sub-kegiatan"]),
  kodeDppa: z.string().nullable(),
  uraian: z.string(),
  anggaranTriwulan: z.array(z.string()).length(4),
  penanggungJawab: z.string(),
});

const ZIndikatorRenaksi = z.object({
  pkKinerjaId: z.string(),
  kode: z.string(),
  nomor: z.string().nullable(),
  sasaran: z.string(),
  indikator: z.string(),
  satuan: z.string(),
  targetTahunan: z.string(),
  rencana: z
    .object({
      sifat: z.enum(SIFAT_TARGET),
      polaritas: z.enum(["positif", "negatif"]),
      rumusNegatif: z.enum(["2t-r", "t/r"]),
      targetTriwulan: z.array(z.string().nullable()),
      penanggungJawab: z.string(),
    })
    .nullable(),
  aksi: z.array(ZAksiTampil),
  jumlahAnggaran: z.string(),
  triwulan: z.array(ZTriwulanTampil),
  galat: z.string().nullable(),
});

export const ZRenaksi = z
  .object({
    opd: z.object({ slug: z.string(), nama: z.string() }),
    tahun: z.number().int(),
    status: z.string(),
    statusTriwulan: z.array(z.object({ triwulan: z.number().int(), status: z.enum(STATUS_TW), versi: z.string() })),
    ambang: z.object({
      id: z.string(),
      label: z.string(),
      batasCapaianKumulatif: z.string(),
      selisihSerapanCapaian: z.string(),
    }),
    pk: z.array(
      z.object({
        pkId: z.string(),
        kode: z.string(),
        jenis: z.enum(["awal", "perubahan"]),
        level: z.enum(["kepala-opd", "eselon-iii", "eselon-iv"]),
        pihakPertama: z.string(),
        jabatan: z.string(),
        versi: z.string(),
        indikator: z.array(ZIndikatorRenaksi),
      }),
    ),
    peringatan: z.array(
      z.object({
        pkId: z.string(),
        pkKinerjaId: z.string(),
        indikator: z.string(),
        triwulan: z.number().int(),
        pesan: z.string(),
        jenis: z.string(),
      }),
    ),
  })
  .openapi("Renaksi");

export const ZRenaksiInput = z
  .object({
    indikator: z
      .array(
        z.object({
          pkKinerjaId: z.string().max(100),
          sifat: z.enum(SIFAT_TARGET),
          polaritas: z.enum(["positif", "negatif"]).optional(),
          rumusNegatif: z.enum(["2t-r", "t/r"]).optional(),
          targetTriwulan: z.array(z.string().max(100).nullable()).length(4),
          penanggungJawab: z.string().max(500).optional(),
          aksi: z.array(ZAksi).max(200).optional(),
        }),
      )
      .max(500),
    sumber: z.string().max(MAKS_TEKS).nullable().optional(),
  })
  .openapi("RenaksiInput");

export const ZRealisasiTriwulanInput = z
  .object({
    baris: z
      .array(
        z.object({
          pkKinerjaId: z.string().max(100),
          nilai: z.string().max(40).nullable(),
          realisasiAnggaran: z.string().max(40).nullable().optional(),
          faktorPenghambat: z.string().max(MAKS_TEKS).optional(),
          faktorPendorong: z.string().max(MAKS_TEKS).optional(),
          langkah: z.string().max(MAKS_TEKS).optional(),
          sumber: z.string().max(MAKS_TEKS).nullable().optional(),
        }),
      )
      .max(500),
  })
  .openapi("RealisasiTriwulanInput");

export const ZStatusTriwulanInput = z
  .object({
    aksi: z.enum(["ajukan", "kunci", "kembalikan", "buka"]),
    alasan: z.string().max(2000).optional(),
  })
  .openapi("StatusTriwulanInput");

export const ZStatusTriwulan = z
  .object({ triwulan: z.number().int(), status: z.enum(STATUS_TW) })
  .openapi("StatusTriwulan");

export const ZRenaksiTahunParam = ZOpdTahunParam;
export const ZRenaksiPkParam = ZOpdTahunParam.extend({
  pkId: z
    .string()
    .max(100)
    .openapi({ param: { name: "pkId", in: "path" } }),
});
export const ZRenaksiTriwulanParam = ZOpdTahunParam.extend({
  triwulan: z.coerce
    .number()
    .int()
    .min(1)
    .max(4)
    .openapi({ param: { name: "triwulan", in: "path" }, type: "integer", example: 2 }),
});

export const ZImporRenaksi = z
  .object({
    namaBerkas: z.string().min(1).max(255),
    isiBase64: z.string().min(1),
    hashBerkas: z.string().max(64).optional().openapi({ description: "konfirmasi: hashBerkas dari pratinjau" }),
    hashDasar: z.string().max(64).optional().openapi({ description: "konfirmasi: hashDasar dari pratinjau" }),
  })
  .openapi("ImporRenaksi");

export const ZGalatImporRenaksi = z.object({ field: z.string(), message: z.string() });

export const ZPratinjauImporRenaksi = z
  .object({
    hashBerkas: z.string(),
    hashDasar: z.string(),
    indikator: z.number().int(),
    perubahan: z.array(
      z.object({
        kodePk: z.string(),
        kodeIndikator: z.string(),
        indikator: z.string(),
        jenis: z.enum(["baru", "berubah"]),
      }),
    ),
    galat: z.array(ZGalatImporRenaksi),
  })
  .openapi("PratinjauImporRenaksi");

export const ZHasilImporRenaksi = z
  .object({ tanpaPerubahan: z.boolean(), indikatorBerubah: z.number().int() })
  .openapi("HasilImporRenaksi");

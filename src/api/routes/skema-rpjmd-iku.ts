/** Contracts of the Pemda's RPJMD IKU, their capaian and the Kabupaten LKjIP (issue 15, ADR 0036). */
import { z } from "@hono/zod-openapi";
import { ZTahun } from "./skema-kinerja";
import { ZPemdaParam } from "./skema-umum";

export const ZPemdaTahunParamRpjmd = ZPemdaParam.extend({ tahun: ZTahun });
export const ZRpjmdParam = ZPemdaParam.extend({
  tahunAwal: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .openapi({ param: { name: "tahunAwal", in: "path" }, example: 2019, type: "integer" }),
});

const ZTeks = (max: number) => z.string().trim().min(1).max(max);
const ZTahunKunci = z.string().regex(/^\d{4}$/, "tahun empat angka");

const ZTautanInput = z
  .object({
    opd: ZTeks(100).openapi({ example: "kecamatan-sei-balai" }),
    indikator: ZTeks(100).openapi({ example: "ikm" }),
    utama: z.boolean().optional(),
  })
  .openapi("TautanIkuRpjmdInput");

const ZIkuDasar = {
  kode: ZTeks(50).openapi({ example: "IKU-1" }),
  nama: ZTeks(500),
  satuan: ZTeks(50),
  polaritas: z.enum(["positif", "negatif"]),
  rumusNegatif: z.enum(["2t-r", "t/r"]),
  sumber: z.enum(["langsung", "tautan"]),
  gabungan: z.enum(["utama", "jumlah", "rata"]),
  target: z.record(ZTahunKunci, ZTeks(100)).openapi({ example: { "2023": "85,00" } }),
  realisasi: z.record(ZTahunKunci, z.object({ nilai: ZTeks(50), sumber: ZTeks(500) })),
};

export const ZIkuRpjmdInput = z
  .object({
    ...ZIkuDasar,
    definisiOperasional: z.string().max(2000).optional(),
    catatan: z.string().max(2000).optional(),
    tautan: z.array(ZTautanInput).max(50),
  })
  .openapi("IkuRpjmdInput");

export const ZRpjmdIkuInput = z
  .object({
    tujuan: z
      .array(
        z.object({
          kode: ZTeks(50),
          teks: ZTeks(1000),
          misiNomor: z.number().int().min(1).max(50).nullable().optional(),
          sasaran: z
            .array(z.object({ kode: ZTeks(50), teks: ZTeks(1000), iku: z.array(ZIkuRpjmdInput).max(100) }))
            .max(100),
        }),
      )
      .max(50),
  })
  .openapi("RpjmdIkuInput");

const ZIkuRpjmd = z
  .object({
    ...ZIkuDasar,
    definisiOperasional: z.string(),
    catatan: z.string(),
    tautan: z.array(
      z.object({
        opd: z.string(),
        opdNama: z.string(),
        indikator: z.string(),
        indikatorNama: z.string(),
        satuan: z.string(),
        utama: z.boolean(),
      }),
    ),
  })
  .openapi("IkuRpjmd");

export const ZRpjmdIku = z
  .object({
    pemda: z.object({ slug: z.string(), nama: z.string() }),
    rpjmd: z.object({ tahunAwal: z.number().int(), tahunAkhir: z.number().int(), visi: z.string() }),
    tujuan: z.array(
      z.object({
        kode: z.string(),
        teks: z.string(),
        misiNomor: z.number().int().nullable(),
        sasaran: z.array(z.object({ kode: z.string(), teks: z.string(), iku: z.array(ZIkuRpjmd) })),
      }),
    ),
  })
  .openapi("RpjmdIku");

const ZNilai = z.object({ nilai: z.string(), tampil: z.string() });
const ZCapaian = ZNilai.extend({ kategori: z.string() });
const ZTitik = z.object({
  tahun: z.number().int(),
  target: z.string().nullable(),
  realisasi: ZNilai.nullable(),
  capaian: ZCapaian.nullable(),
  catatan: z.string().nullable(),
});

export const ZCapaianIkuPemda = z
  .object({
    pemda: z.object({ slug: z.string(), nama: z.string() }),
    tahun: z.number().int(),
    rpjmd: z.object({ tahunAwal: z.number().int(), tahunAkhir: z.number().int(), visi: z.string() }),
    baris: z.array(
      z.object({
        tujuan: z.object({ kode: z.string(), teks: z.string() }),
        sasaran: z.object({ kode: z.string(), teks: z.string() }),
        kode: z.string(),
        nama: z.string(),
        satuan: z.string(),
        polaritas: z.enum(["positif", "negatif"]),
        rumusNegatif: z.enum(["2t-r", "t/r"]),
        sumber: z.enum(["langsung", "tautan"]),
        asal: z.string(),
        catatanData: z.string(),
        ini: ZTitik,
        lalu: ZTitik,
        akhir: z.object({ tahun: z.number().int(), target: z.string().nullable(), capaian: ZCapaian.nullable() }),
      }),
    ),
  })
  .openapi("CapaianIkuPemda");

export const ZFormatLkjipPemda = z.object({
  format: z.enum(["docx", "pdf", "html", "xlsx"]).default("docx").openapi({ example: "docx" }),
  tempat: z.string().trim().min(1).max(100).optional(),
  tanggal: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "tanggal berformat YYYY-MM-DD")
    .optional()
    .openapi({ example: "2024-03-28" }),
});

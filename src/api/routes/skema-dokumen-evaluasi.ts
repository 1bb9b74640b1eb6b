/** Contracts of the evaluation documents (LHE, the Pemda's AKIP recap) and the recap as JSON. */
import { z } from "@hono/zod-openapi";
import { ZTahun } from "./skema-kinerja";
import { ZPemdaParam } from "./skema-umum";

export const ZPemdaTahunParam = ZPemdaParam.extend({ tahun: ZTahun });

const ZTanggalIso = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "tanggal harus berformat YYYY-MM-DD")
  .openapi({ example: "2023-09-05" });

/** Letter fields of a document: number, place and date of the signature (all optional). */
export const ZOpsiSurat = z.object({
  nomor: z.string().max(100).optional().openapi({ example: "700/656/2023" }),
  tempat: z.string().max(100).optional().openapi({ example: "Mangkai Baru" }),
  tanggal: ZTanggalIso.optional(),
});

export const ZFormatLhe = ZOpsiSurat.extend({ format: z.enum(["docx", "pdf"]).openapi({ example: "docx" }) });
export const ZFormatRekap = ZOpsiSurat.extend({
  format: z.enum(["docx", "pdf", "xlsx"]).openapi({ example: "xlsx" }),
});

export const ZBarisRekapAkip = z
  .object({
    no: z.number().int(),
    nama: z.string(),
    slug: z.string(),
    mode: z.enum(["kriteria", "komponen"]).nullable(),
    komponen: z.array(z.object({ kunci: z.string(), nama: z.string(), bobot: z.string(), nilai: z.string() })),
    total: z.string().nullable(),
    predikat: z.string().nullable(),
    peringkat: z.number().int().nullable(),
    totalDicetak: z.string().nullable(),
    predikatDicetak: z.string().nullable(),
    selisih: z.array(z.string()),
  })
  .openapi("BarisRekapAkip");

export const ZRekapAkip = z
  .object({
    tahun: z.number().int(),
    kerangka: z.string(),
    rataRata: z.string().nullable(),
    sebaran: z.record(z.string(), z.number().int()),
    opd: z.array(ZBarisRekapAkip),
  })
  .openapi("RekapAkip");

/** The recap letter's fields stored with the recap of a year (ADR 0033). */
export const ZSuratRekap = z
  .object({
    tahun: z.number().int(),
    nomor: z.string().nullable().openapi({ example: "700/656/2023" }),
    tempat: z.string().nullable().openapi({ example: "Lima Puluh" }),
    tanggal: z.string().nullable().openapi({ example: "2023-09-05" }),
  })
  .openapi("SuratRekapAkip");

export const ZSuratRekapInput = z
  .object({
    nomor: z.string().max(100).nullable().optional(),
    tempat: z.string().max(100).nullable().optional(),
    tanggal: ZTanggalIso.nullable().optional(),
  })
  .openapi("SuratRekapAkipInput");

/** Contracts of the reviu validator (issue 14). */
import { z } from "@hono/zod-openapi";

export const ZTemuan = z
  .object({
    keparahan: z.enum(["galat", "peringatan", "info"]),
    aturan: z.string(),
    pesan: z.string(),
    lokasi: z.object({
      modul: z.enum(["perencanaan", "pk", "pengukuran", "anggaran", "profil", "laporan"]).optional(),
      halaman: z.number().int().optional(),
      baris: z.number().int().optional(),
      tabel: z.string().optional(),
      barisTabel: z.string().optional(),
      kolom: z.string().optional(),
    }),
    tertulis: z.string().optional(),
    seharusnya: z.string().optional(),
    sumber: z.string(),
    tautan: z.string().optional().openapi({ description: "Rute layar yang memperbaiki temuan (data sendiri)" }),
  })
  .openapi("TemuanReviu");

export const ZHasilReviu = z
  .object({
    berkas: z.string(),
    jenis: z.enum(["docx", "pdf", "txt"]),
    jumlahTabel: z.number().int(),
    tabelDikenali: z.number().int(),
    ringkasan: z.object({ galat: z.number().int(), peringatan: z.number().int(), info: z.number().int() }),
    temuan: z.array(ZTemuan),
  })
  .openapi("HasilReviu");

export const ZReviuForm = z
  .object({
    berkas: z
      .any()
      .openapi({ type: "string", format: "binary", description: "LKjIP .docx, .pdf (berisi teks) atau .txt" }),
  })
  .openapi("ReviuPeriksaForm");

export const ZReviuJson = z
  .object({ namaBerkas: z.string().min(1).max(255), isiBase64: z.string().min(1) })
  .openapi("ReviuPeriksaJson");

export const ZHasilReviuData = z
  .object({
    opd: z.string(),
    tahun: z.number().int(),
    ringkasan: z.object({ galat: z.number().int(), peringatan: z.number().int(), info: z.number().int() }),
    diperiksa: z.object({
      sasaran: z.number().int(),
      indikator: z.number().int(),
      pk: z.number().int(),
      subKegiatan: z.number().int(),
      desa: z.number().int(),
    }),
    temuan: z.array(ZTemuan),
  })
  .openapi("HasilReviuData");

export const ZReviuDataQuery = z.object({
  batasCapaian: z.coerce
    .number()
    .min(100)
    .max(100000)
    .optional()
    .openapi({ description: "Capaian (%) di atas batas ini diberi peringatan (bawaan 150)", example: 150 }),
  kaliLonjakan: z.coerce
    .number()
    .min(1.5)
    .max(1000)
    .optional()
    .openapi({ description: "Realisasi lebih dari N kali tahun lalu diberi peringatan (bawaan 10)", example: 10 }),
});

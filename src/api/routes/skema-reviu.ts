/** Contracts of the reviu validator (issue 14). */
import { z } from "@hono/zod-openapi";

export const ZTemuan = z
  .object({
    keparahan: z.enum(["galat", "peringatan", "info"]),
    aturan: z.string(),
    pesan: z.string(),
    lokasi: z.object({
      halaman: z.number().int().optional(),
      baris: z.number().int().optional(),
      tabel: z.string().optional(),
      barisTabel: z.string().optional(),
      kolom: z.string().optional(),
    }),
    tertulis: z.string().optional(),
    seharusnya: z.string().optional(),
    sumber: z.string(),
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

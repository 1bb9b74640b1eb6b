/** Zod schemas of plans, PK and measurement (issue M1-04), shared by the route modules; they become OpenAPI. */
import { z } from "@hono/zod-openapi";
import { ZOpdParam } from "./skema-umum";
import { MAKS_NARASI, MAKS_NILAI_REALISASI } from "../../domain/shared/batas-teks";
import { ZONA_WAKTU } from "../../domain/pengaturan/zona-waktu";

export const ZTahun = z.coerce
  .number()
  .int()
  .min(2000)
  .max(2100)
  .openapi({ param: { name: "tahun", in: "path" }, example: 2023, type: "integer" });

export const ZOpdTahunParam = ZOpdParam.extend({ tahun: ZTahun });

export const ZIdParam = (nama: string) =>
  z
    .string()
    .uuid()
    .openapi({ param: { name: nama, in: "path" }, example: "00000000-0000-4000-8000-000000000000" });

export const ZCapaian = z
  .object({
    nilai: z.string().openapi({ example: "94.71" }),
    tampil: z.string().openapi({ example: "94,71%" }),
    kategori: z.string().openapi({ example: "Sangat Tinggi" }),
    peringkat: z.number().int(),
    rumus: z.string(),
    selisih: z.string(),
  })
  .openapi("Capaian");

export const ZBukti = z
  .object({
    id: z.string(),
    indikatorId: z.string(),
    tahun: z.number().int(),
    periode: z.string(),
    namaBerkas: z.string(),
    mime: z.string(),
    ukuran: z.number().int(),
    sha256: z.string(),
    diunggahOleh: z.string(),
  })
  .openapi("BuktiInfo");

export const ZBarisIku = z
  .object({
    id: z.string(),
    kode: z.string(),
    nama: z.string(),
    satuan: z.string(),
    iku: z.boolean(),
    polaritas: z.enum(["positif", "negatif"]),
    sumberRealisasi: z.enum(["manual", "skm", "akip"]),
    target: z.object({ teks: z.string(), asal: z.enum(["pk", "renstra"]), keterangan: z.string() }).nullable(),
    realisasi: z
      .object({
        nilai: z.string(),
        tampil: z.string(),
        huruf: z.string().nullable(),
        asal: z.enum(["manual", "skm", "akip"]),
        keterangan: z.string(),
        narasi: z.string(),
        realisasiId: z.string().nullable(),
      })
      .nullable(),
    versiRealisasi: z.string().openapi({ description: "versi sel realisasi tahunan (If-Match saat mengubahnya)" }),
    capaian: ZCapaian.nullable(),
    galat: z.string().nullable(),
    triwulan: z.array(
      z.object({
        periode: z.enum(["tw1", "tw2", "tw3", "tw4"]),
        nilai: z.string().nullable(),
        narasi: z.string(),
        capaian: z.string().nullable(),
        versi: z.string().openapi({ description: "versi sel realisasi triwulan (If-Match saat mengubahnya)" }),
      }),
    ),
    tren: z.array(
      z.object({
        tahun: z.number().int(),
        target: z.string().nullable(),
        realisasi: z.string().nullable(),
        realisasiNilai: z.string().nullable(),
        capaian: z.string().nullable(),
        kategori: z.string().nullable(),
      }),
    ),
    bukti: z.array(ZBukti.passthrough()),
    catatan: z.array(
      z.object({
        kode: z.string(),
        fakta: z.string(),
        alasan: z.string(),
        dipilih: z.string().nullable(),
        nilai: z.array(z.object({ teks: z.string(), sumber: z.string() })),
      }),
    ),
    perubahanRealisasi: z
      .array(
        z.object({
          periode: z.enum(["tahunan", "tw1", "tw2", "tw3", "tw4"]),
          pada: z.string().datetime().openapi({ example: "2024-03-31T16:30:00.000Z" }),
          oleh: z.string(),
        }),
      )
      .openapi({
        description:
          "perubahan terakhir tiap sel realisasi tahun ini (dari jejak audit): waktu (UTC, tampilkan di zonaWaktu) dan pengubahnya",
      }),
  })
  .openapi("BarisIku");

export const ZPengukuran = z
  .object({
    opd: z.object({ slug: z.string(), nama: z.string() }),
    tahun: z.number().int(),
    periode: z.object({ tahunAwal: z.number().int(), tahunAkhir: z.number().int() }).nullable(),
    status: z.enum(["draft", "diajukan", "disetujui", "terkunci"]),
    zonaWaktu: z
      .enum(ZONA_WAKTU)
      .openapi({ description: "zona waktu Pemda (pengaturannya): waktu ditampilkan di zona ini" }),
    singkatanZona: z.string().openapi({ example: "WITA" }),
    tahunTersedia: z.array(z.number().int()),
    sasaran: z.array(
      z.object({
        id: z.string(),
        kode: z.string(),
        teks: z.string(),
        capaian: z.string().nullable(),
        capaianTampil: z.string().nullable(),
        kategori: z.string().nullable(),
        indikator: z.array(ZBarisIku),
      }),
    ),
  })
  .openapi("Pengukuran");

export const ZRealisasiInput = z
  .object({
    indikatorId: z.string().uuid(),
    periode: z.enum(["tw1", "tw2", "tw3", "tw4", "tahunan"]),
    nilai: z
      .string()
      .max(MAKS_NILAI_REALISASI)
      .nullable()
      .openapi({ description: 'angka, "80,50" atau "80.50"; null = tanpa nilai', example: "80,50" }),
    narasi: z.string().max(MAKS_NARASI).optional(),
  })
  .openapi("RealisasiInput");

/** An uploaded evidence file (services/pengukuran/bukti.ts `unggahBukti`). */
export const ZBuktiTerunggah = ZBukti.extend({
  pemdaId: z.string(),
  opdId: z.string(),
  periode: z.enum(["tw1", "tw2", "tw3", "tw4", "tahunan"]),
  diunggahPada: z.string().openapi({ format: "date-time" }),
}).openapi("Bukti");

const daftarTeks = z.array(z.string());

/** One sasaran's analysis of a year, with its version (If-Match when saving it). */
export const ZAnalisisSasaran = z
  .object({
    sasaranId: z.string(),
    sasaranKode: z.string(),
    sasaran: z.string(),
    faktorPendukung: daftarTeks,
    faktorPenghambat: daftarTeks,
    solusi: daftarTeks,
    rekomendasi: daftarTeks,
    sumber: z.string().nullable(),
    versi: z.string(),
  })
  .openapi("AnalisisSasaran");

/** A program/kegiatan indicator supporting a sasaran, with its computed achievement. */
export const ZIndikatorProgram = z
  .object({
    id: z.string(),
    urutan: z.number().int(),
    sasaranKode: z.string(),
    tingkat: z.enum(["program", "kegiatan"]),
    programKegiatan: z.string(),
    kodeDppa: z.string().nullable(),
    indikator: z.string(),
    target: z.string().nullable(),
    realisasi: z.string().nullable(),
    menunjang: z.boolean().nullable(),
    capaian: ZCapaian.nullable(),
    capaianDicetak: z.string().nullable().openapi({ description: "capaian seperti tercetak di dokumen sumber" }),
    galat: z.string().nullable(),
    sumber: z.string().nullable(),
  })
  .openapi("IndikatorProgram");

const ZAsalPembanding = z.enum(["basis-data", "terbit"]);

/** The comparison OPD and its figures (from the database or a published, sourced figure), and the saved input. */
export const ZPembanding = z
  .object({
    peer: z.object({ slug: z.string().nullable(), nama: z.string() }),
    sumber: z.string().nullable(),
    nilai: z.array(
      z.object({
        indikatorKode: z.string(),
        tahun: z.number().int(),
        target: z.string().nullable(),
        realisasi: z.string().nullable(),
        asal: ZAsalPembanding,
        keterangan: z.string(),
        terbitBerbeda: z.object({ realisasi: z.string(), sumber: z.string() }).nullable(),
      }),
    ),
    masukan: z.object({
      peerOpdSlug: z.string().nullable(),
      namaPeer: z.string(),
      sumber: z.string().nullable().optional(),
      nilai: z.array(
        z.object({
          indikatorKode: z.string(),
          tahun: z.number().int(),
          target: z.string().nullable(),
          realisasi: z.string().nullable(),
          sumber: z.string(),
        }),
      ),
    }),
  })
  .openapi("Pembanding");

/** A contradiction found in a source document, the value kept and why. */
export const ZCatatanSumber = z
  .object({
    jenis: z.string(),
    kode: z.string(),
    fakta: z.string(),
    nilai: z.array(z.object({ teks: z.string(), sumber: z.string() })),
    dipilih: z.string().nullable(),
    alasan: z.string(),
    terkait: z.string().nullable(),
  })
  .openapi("CatatanSumber");

/** Generic object for rich read models whose full shape is documented by the service types. */
export const ZObjek = (nama: string) => z.record(z.string(), z.unknown()).openapi(nama);

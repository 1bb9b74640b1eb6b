/**
 * Zod contracts of the evaluasi AKIP (LKE) routes (issue 13, ADR 0023). Values are decimal strings in machine form
 * ("70.15") with an id-ID display ("70,15"); answers are letters AA…E (Permenpan RB 88/2021).
 */
import { z } from "@hono/zod-openapi";
import { AKSI_LKE, KODE_JAWABAN, STATUS_EVALUASI_LKE } from "../../domain/akip";
import { KODE_PREDIKAT } from "../../domain/akip/predikat";

const ZJawaban = z.enum(KODE_JAWABAN).openapi({ example: "BB" });
const ZAngka = z.object({
  nilai: z.string().openapi({ example: "70.15" }),
  tampil: z.string().openapi({ example: "70,15" }),
});
const Nama = z.object({ slug: z.string(), nama: z.string() });
export const ZSisi = z.enum(["mandiri", "evaluator"]).openapi("SisiLke");

export const ZKodeKriteria = z
  .string()
  .min(1)
  .max(20)
  .openapi({ example: "1.b.2", description: "kode kriteria LKE 88/2021 (komponen.sub.nomor)" });

export const ZPredikatRingkas = z
  .object({ kode: z.enum(KODE_PREDIKAT), label: z.string(), interpretasi: z.string() })
  .openapi("PredikatAkip");

export const ZNilaiSisi = z
  .object({
    terisi: z.number().int(),
    jumlahKriteria: z.number().int(),
    lengkap: z.boolean(),
    total: ZAngka,
    predikat: ZPredikatRingkas,
    komponen: z.array(
      z.object({
        kunci: z.string(),
        kode: z.string(),
        nama: z.string(),
        bobot: z.string(),
        nilai: ZAngka,
        persenBobot: z.string(),
        subKomponen: z.array(
          z.object({
            kode: z.string(),
            bobot: z.string(),
            rataRata: z.string().openapi({ description: "rata-rata nilai kriteria 0–100, 2 desimal" }),
            rataRataHuruf: ZJawaban,
            nilai: ZAngka,
          }),
        ),
      }),
    ),
  })
  .openapi("NilaiSisiLke", { description: "nilai satu sisi; kriteria yang belum dijawab dihitung E (0)" });

export const ZSelisih = z
  .object({ kode: z.string(), mandiri: ZJawaban, evaluator: ZJawaban, selisih: z.number() })
  .openapi("SelisihLke");

export const ZNilaiLke = z
  .object({
    pemda: Nama,
    opd: Nama,
    tahun: z.number().int(),
    kerangka: z.string().openapi({ example: "88/2021" }),
    status: z.enum(STATUS_EVALUASI_LKE),
    mandiri: ZNilaiSisi,
    evaluator: ZNilaiSisi,
    selisih: z.array(ZSelisih),
  })
  .openapi("NilaiLke");

export const ZBuktiLke = z
  .object({
    id: z.string().uuid(),
    kodeKriteria: z.string(),
    jenis: z.enum(["berkas", "tautan"]),
    judul: z.string(),
    url: z.string().nullable(),
    halaman: z.number().int().nullable(),
    namaBerkas: z.string().nullable(),
    mime: z.string().nullable(),
    ukuran: z.number().int().nullable(),
    asalBuktiId: z.string().nullable().openapi({ description: "disalin dari bukti tahun lalu" }),
    diunggahOleh: z.string(),
    diunggahPada: z.string(),
  })
  .openapi("BuktiLke");

export const ZBuktiSistem = z
  .object({
    kodeKriteria: z.string(),
    jenis: z.string().openapi({ example: "pk-ditandatangani" }),
    ada: z.boolean(),
    uraian: z.string().openapi({ example: "PK 2024 Camat Sei Balai ditandatangani 2 Januari 2024" }),
    tautan: z.string().nullable().openapi({ description: "alamat halaman aplikasi tempat bukti dapat dilihat" }),
  })
  .openapi("BuktiSistemLke");

export const ZBarisKriteria = z
  .object({
    kode: z.string(),
    uraian: z.string(),
    subKomponen: z.string(),
    komponen: z.string(),
    mandiri: z.object({ jawaban: ZJawaban.nullable(), nilai: z.number().nullable(), alasan: z.string().nullable() }),
    evaluator: z.object({ jawaban: ZJawaban.nullable(), nilai: z.number().nullable(), alasan: z.string().nullable() }),
    catatan: z.string().nullable().openapi({ description: "catatan evaluator per kriteria" }),
    berbeda: z.boolean(),
    bukti: z.array(ZBuktiLke),
    buktiSistem: z.array(ZBuktiSistem),
  })
  .openapi("KriteriaLke");

export const ZTindakanLke = z
  .object({ aksi: z.enum(AKSI_LKE), label: z.string(), ke: z.enum(STATUS_EVALUASI_LKE), perluAlasan: z.boolean() })
  .openapi("TindakanLke");

export const ZRekomendasi = z
  .object({
    id: z.string().uuid(),
    komponen: z.string().nullable(),
    kodeKriteria: z.string().nullable(),
    uraian: z.string(),
    penanggungJawab: z.string(),
    batasWaktu: z.string().nullable().openapi({ example: "2025-06-30" }),
    status: z.enum(["terbuka", "proses", "selesai"]),
    tindakLanjut: z.string().nullable(),
    buktiUrl: z.string().nullable(),
    buktiId: z.string().nullable(),
    tahunEvaluasi: z.number().int(),
  })
  .openapi("RekomendasiLke");

export const ZLembarLke = z
  .object({
    ada: z.boolean().openapi({ description: "false: belum ada evaluasi tahun ini (dibuat pada simpan pertama)" }),
    id: z.string().uuid().nullable(),
    pemda: Nama,
    opd: Nama,
    tahun: z.number().int(),
    kerangka: z.string(),
    modeKomponen: z
      .boolean()
      .openapi({ description: "tahun ini hanya punya nilai empat komponen (mode komponen, tanpa kriteria)" }),
    status: z.enum(STATUS_EVALUASI_LKE),
    labelStatus: z.string(),
    sisiDapatDiubah: ZSisi.nullable(),
    tindakan: z.array(ZTindakanLke),
    versi: z.number().int(),
    keterangan: z.string().nullable(),
    difinalkan: z.object({ oleh: z.string(), pada: z.string() }).nullable(),
    nilai: ZNilaiLke,
    catatanKomponen: z.record(z.string(), z.string()),
    kriteria: z.array(ZBarisKriteria),
    rekomendasi: z.array(ZRekomendasi),
    rekomendasiTerbukaTahunLalu: z.array(ZRekomendasi),
  })
  .openapi("LembarLke");

export const ZSimpanJawaban = z
  .object({
    sisi: ZSisi,
    versi: z
      .number()
      .int()
      .optional()
      .openapi({ description: "versi lembar dari pembacaan terakhir; 409 bila berubah" }),
    jawaban: z
      .array(
        z.object({
          kode: ZKodeKriteria,
          jawaban: z
            .string()
            .max(4)
            .nullable()
            .openapi({ example: "BB", description: "AA, A, BB, B, CC, C, D, E; null = kosongkan" }),
          nilai: z
            .union([z.number(), z.string()])
            .nullable()
            .optional()
            .openapi({ description: "opsional; harus sama dengan nilai jawaban" }),
          alasan: z.string().max(4000).nullable().optional(),
          catatan: z
            .string()
            .max(4000)
            .nullable()
            .optional()
            .openapi({ description: "catatan evaluator (sisi evaluator)" }),
        }),
      )
      .min(1)
      .max(200),
  })
  .openapi("SimpanJawabanLke");

export const ZHasilSimpan = z
  .object({ versi: z.number().int(), diubah: z.number().int(), nilai: ZNilaiLke })
  .openapi("HasilSimpanLke");

export const ZCatatanKomponen = z
  .object({
    komponen: z.string().openapi({ example: "perencanaan" }),
    catatan: z.string().max(8000),
    versi: z.number().int().optional(),
  })
  .openapi("CatatanKomponenLke");

export const ZUbahStatusLke = z
  .object({ aksi: z.enum(AKSI_LKE), alasan: z.string().max(2000).optional() })
  .openapi("UbahStatusLke");

export const ZHasilStatusLke = z
  .object({
    status: z.enum(STATUS_EVALUASI_LKE),
    labelStatus: z.string(),
    versi: z.number().int(),
    hasilAkip: z
      .object({ tahun: z.number().int(), total: z.string(), predikat: z.string(), keterangan: z.string() })
      .nullable()
      .openapi({ description: "finalkan: nilai AKIP yang ditulis sebagai realisasi indikator AKIP OPD" }),
  })
  .openapi("HasilStatusLke");

export const ZSimulasi = z
  .object({
    jawaban: z
      .record(z.string(), z.string().max(4))
      .openapi({ description: 'jawaban yang diubah {"1.b.2": "A"}; sisanya dari jawaban evaluator (atau mandiri)' }),
    sisi: ZSisi.optional(),
  })
  .openapi("SimulasiLke");

export const ZHasilSimulasi = z
  .object({
    sisi: ZSisi,
    dasar: z.object({ total: ZAngka, predikat: ZPredikatRingkas }),
    simulasi: z.object({ total: ZAngka, predikat: ZPredikatRingkas }),
    peluang: z.array(
      z.object({
        kode: z.string(),
        uraian: z.string(),
        jawaban: ZJawaban.nullable(),
        naikSatu: z.object({ jawaban: ZJawaban, kenaikan: z.string() }).nullable(),
        kenaikanMaks: z.string(),
      }),
    ),
  })
  .openapi("HasilSimulasiLke");

export const ZTautanBukti = z
  .object({
    kodeKriteria: ZKodeKriteria,
    judul: z.string().min(1).max(300),
    url: z.string().max(2000),
    halaman: z.number().int().min(1).max(100000).nullable().optional(),
  })
  .openapi("TautanBuktiLke");

export const ZUnggahBuktiLke = z
  .object({
    kodeKriteria: ZKodeKriteria,
    judul: z.string().optional(),
    halaman: z.string().optional().openapi({ description: "halaman PDF yang dirujuk (1, 2, …)" }),
    berkas: z.any().openapi({ type: "string", format: "binary", description: "PDF, PNG atau JPEG, maks. 5 MB" }),
  })
  .openapi("UnggahBuktiLke");

export const ZSalinBukti = z
  .object({ kodeKriteria: ZKodeKriteria.optional().openapi({ description: "kosong = semua kriteria" }) })
  .openapi("SalinBuktiLke");

export const ZRekomendasiInput = z
  .object({
    komponen: z.string().max(40).nullable().optional(),
    kodeKriteria: z.string().max(20).nullable().optional(),
    uraian: z.string().min(1).max(4000),
    penanggungJawab: z.string().min(1).max(300),
    batasWaktu: z.string().max(10).nullable().optional().openapi({ example: "2025-06-30" }),
    status: z.enum(["terbuka", "proses", "selesai"]).optional(),
    tindakLanjut: z.string().max(8000).nullable().optional(),
    buktiUrl: z.string().max(2000).nullable().optional(),
    buktiId: z.string().uuid().nullable().optional(),
  })
  .openapi("RekomendasiLkeInput");

export const ZImporLke = z
  .object({
    namaBerkas: z.string().min(1).max(255),
    isiBase64: z.string().min(1),
  })
  .openapi("ImporLke");

export const ZGalatImpor = z.object({ field: z.string(), message: z.string() }).openapi("GalatImporLke");

export const ZPratinjauImporLke = z
  .object({
    sisi: ZSisi,
    baris: z.number().int(),
    berubah: z.array(
      z.object({
        kode: z.string(),
        lama: ZJawaban.nullable(),
        baru: ZJawaban.nullable(),
        alasanBerubah: z.boolean(),
      }),
    ),
    diabaikan: z.array(z.string()).openapi({ description: "kolom sisi lain yang tidak ditulis" }),
    nilaiSetelah: ZNilaiSisi,
    galat: z.array(ZGalatImpor),
  })
  .openapi("PratinjauImporLke");

export const ZBarisRekap = z
  .object({
    opd: Nama,
    urutan: z.number().int().nullable(),
    mode: z
      .enum(["kriteria", "komponen"])
      .openapi({ description: "kriteria = LKE 80 kriteria; komponen = hanya nilai 4 komponen" }),
    status: z.string().nullable(),
    kerangka: z.string(),
    komponen: z.array(z.object({ kunci: z.string(), nama: z.string(), bobot: z.string(), nilai: ZAngka })),
    total: ZAngka,
    predikat: ZPredikatRingkas,
    peringkat: z.number().int(),
    dicetak: z
      .object({
        total: z.string().nullable(),
        predikat: z.string().nullable(),
        totalCocok: z.boolean().nullable(),
        predikatCocok: z.boolean().nullable(),
        selisihTotal: z.string().nullable(),
      })
      .nullable(),
    catatan: z.string().nullable(),
  })
  .openapi("BarisRekapLke");

export const ZRekapLke = z
  .object({
    pemda: Nama,
    tahun: z.number().int(),
    kerangka: z.string(),
    jumlahOpd: z.number().int(),
    jumlahModeKomponen: z.number().int(),
    jumlahBerbedaDicetak: z.number().int(),
    rataRata: ZAngka.nullable(),
    baris: z.array(ZBarisRekap),
    tanpaEvaluasi: z.array(Nama),
  })
  .openapi("RekapLke");

export const ZTindakLanjut = z
  .object({
    status: z.enum(["terbuka", "proses", "selesai"]).optional(),
    tindakLanjut: z.string().max(8000).nullable().optional(),
    buktiUrl: z.string().max(2000).nullable().optional(),
    buktiId: z.string().uuid().nullable().optional(),
  })
  .openapi("TindakLanjutRekomendasiLke");

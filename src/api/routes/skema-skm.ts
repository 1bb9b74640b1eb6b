/** Zod contracts of the SKM routes (issue 12, ADR 0020): admin (per OPD) and the public survey. */
import { z } from "@hono/zod-openapi";
import { MAKS_SARAN } from "../../domain/skm";
import { ZOpdParam, ZPemdaParam } from "./skema-umum";

const Nama = z.object({ slug: z.string(), nama: z.string() });
const Angka = z.object({ nilai: z.string(), tampil: z.string() });
const Mutu = z.object({ mutu: z.string(), kinerja: z.string() });
const ZUnsurKode = z.enum(["u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9"]);

export const ZKodeLayananParam = z
  .string()
  .min(1)
  .max(60)
  .openapi({ param: { name: "layanan", in: "path" }, example: "sei-balai" });
export const ZKodePeriodeParam = z
  .string()
  .min(1)
  .max(60)
  .openapi({ param: { name: "periode", in: "path" }, example: "2023" });

export const ZOpdLayananParam = ZOpdParam.extend({ layanan: ZKodeLayananParam });
export const ZOpdPeriodeParam = ZOpdParam.extend({ periode: ZKodePeriodeParam });
export const ZOpdPeriodeLayananParam = ZOpdPeriodeParam.extend({ layanan: ZKodeLayananParam });
export const ZPemdaPeriodeParam = ZPemdaParam.extend({ periode: ZKodePeriodeParam });
export const ZPublikParam = ZPemdaParam.extend({ layanan: ZKodeLayananParam });
export const ZOpdIdParam = (nama: string) =>
  ZOpdParam.extend({
    [nama]: z
      .string()
      .uuid()
      .openapi({ param: { name: nama, in: "path" }, example: "00000000-0000-4000-8000-000000000000" }),
  });

export const ZLayananSkm = z
  .object({
    kode: z.string().openapi({ example: "sei-balai" }),
    nama: z.string(),
    namaEn: z.string().nullable(),
    aktif: z.boolean(),
    urutan: z.number().int(),
    tautan: z.string().openapi({ example: "/s/sei-balai" }),
  })
  .openapi("LayananSkm");

export const ZPeriodeSkm = z
  .object({
    kode: z.string().openapi({ example: "2023" }),
    jenis: z.enum(["triwulan", "semester", "tahun"]),
    mulai: z.string().openapi({ example: "2023-01-01" }),
    selesai: z.string().openapi({ example: "2023-12-31" }),
    status: z.enum(["terbuka", "ditutup"]),
    ditutupPada: z.string().nullable(),
    hasilSurveiKode: z
      .string()
      .nullable()
      .openapi({ description: "hasil survei (indikator IKM) yang diisi saat tutup" }),
  })
  .openapi("PeriodeSkm");

export const ZDaftarLayananSkm = z
  .object({ pemda: Nama, opd: Nama, layanan: z.array(ZLayananSkm), periode: z.array(ZPeriodeSkm) })
  .openapi("DaftarLayananSkm");

export const ZMasukanLayanan = z
  .object({
    nama: z.string().min(1).max(200),
    namaEn: z.string().max(200).nullable().optional(),
    aktif: z.boolean().optional(),
    urutan: z.number().int().min(0).max(10000).optional(),
  })
  .openapi("MasukanLayananSkm");

export const ZMasukanPeriode = z
  .object({
    jenis: z.enum(["triwulan", "semester", "tahun"]),
    mulai: z.string().max(10).openapi({ example: "2023-01-01" }),
    selesai: z.string().max(10).openapi({ example: "2023-12-31" }),
  })
  .openapi("MasukanPeriodeSkm");

export const ZMasukanPopulasi = z
  .object({ populasi: z.number().int().min(1).max(100_000_000).nullable() })
  .openapi("MasukanPopulasiSkm");

export const ZHasilTutup = z
  .object({
    periode: ZPeriodeSkm,
    responden: z.number().int(),
    hasilSurvei: z.object({ kode: z.string(), diubah: z.boolean() }),
  })
  .openapi("HasilTutupPeriodeSkm");

const Empat = z.tuple([z.string(), z.string(), z.string(), z.string()]);
export const ZButirKuesioner = z
  .object({
    unsur: ZUnsurKode,
    pertanyaan: z.string(),
    pertanyaanEn: z.string(),
    pilihan: Empat.openapi({ description: "teks jawaban bernilai 1, 2, 3, 4" }),
    pilihanEn: Empat,
  })
  .openapi("ButirKuesionerSkm");

export const ZKuesionerSkm = z
  .object({
    layanan: z.string(),
    versi: z.number().int().nullable(),
    bawaan: z.boolean(),
    butir: z.array(ZButirKuesioner.extend({ nama: z.string() })),
  })
  .openapi("KuesionerSkm");

export const ZMasukanKuesioner = z
  .object({
    butir: z
      .array(
        z.object({
          unsur: z.string().max(5),
          pertanyaan: z.string().max(400),
          pertanyaanEn: z.string().max(400),
          pilihan: z.array(z.string().max(400)).max(4),
          pilihanEn: z.array(z.string().max(400)).max(4),
        }),
      )
      .max(9),
  })
  .openapi("MasukanKuesionerSkm");

const ZJawaban = z.record(z.string(), z.unknown()).openapi({
  description: "u1 … u9, masing-masing bilangan bulat 1–4",
  example: { u1: 3, u2: 3, u3: 4, u4: 4, u5: 3, u6: 3, u7: 4, u8: 3, u9: 3 },
});
const ZProfil = z
  .object({
    umur: z.union([z.number(), z.string()]).nullable().optional(),
    jenisKelamin: z.string().max(20).nullable().optional().openapi({ description: "L atau P" }),
    pendidikan: z.string().max(20).nullable().optional().openapi({ description: "SD, SMP, SMA, D1-D3, S1, S2, S3" }),
    pekerjaan: z
      .string()
      .max(20)
      .nullable()
      .optional()
      .openapi({ description: "PNS, TNI, POLRI, SWASTA, WIRAUSAHA, LAINNYA" }),
  })
  .openapi("ProfilRespondenSkm");

export const ZBarisKertas = z.object({
  kunci: z.string().max(100).optional(),
  jawaban: ZJawaban,
  responden: ZProfil.nullable().optional(),
  saran: z
    .string()
    .max(MAKS_SARAN * 4)
    .nullable()
    .optional(),
});

export const ZMasukanKertas = z
  .object({ baris: z.array(ZBarisKertas).min(1).max(1000) })
  .openapi("MasukanEntriKertasSkm");

export const ZHasilSimpanResponden = z
  .object({ disimpan: z.number().int(), sudahAda: z.number().int(), periode: z.string(), layanan: z.string() })
  .openapi("HasilSimpanRespondenSkm");

const ZUnsurHasil = z.object({
  kode: ZUnsurKode,
  nama: z.string(),
  jumlah: z.number().int(),
  nrr: Angka.extend({ rinci: z.string() }),
  nrrTertimbang: z.string(),
  nilaiKonversi: Angka,
  mutu: Mutu,
});

export const ZRingkasIkm = z
  .object({
    responden: z.number().int(),
    ikm: Angka.extend({ rinci: z.string() }),
    mutu: Mutu,
    unsurTerlemah: z.object({ kode: ZUnsurKode, nama: z.string() }),
    unsur: z.array(ZUnsurHasil),
  })
  .openapi("RingkasIkmSkm");

const ZMetode = z.object({ bobot: z.string(), pembulatan: z.string(), mutu: z.string() }).nullable();
const ZKelompok = z.array(z.object({ nilai: z.string().nullable(), jumlah: z.number().int() }));

export const ZHasilSkmOpd = z
  .object({
    pemda: Nama,
    opd: Nama,
    periode: ZPeriodeSkm,
    metode: ZMetode,
    total: ZRingkasIkm.nullable(),
    layanan: z.array(
      z.object({
        kode: z.string(),
        nama: z.string(),
        populasi: z.number().int().nullable(),
        sampel: z
          .object({
            minimum: z.number().int(),
            responden: z.number().int(),
            kekurangan: z.number().int(),
            memenuhi: z.boolean(),
          })
          .nullable(),
        hasil: ZRingkasIkm.nullable(),
      }),
    ),
    demografi: z.object({ jenisKelamin: ZKelompok, pendidikan: ZKelompok, pekerjaan: ZKelompok, umur: ZKelompok }),
  })
  .openapi("HasilSkmOpd");

export const ZHasilSkmPemda = z
  .object({
    pemda: Nama,
    periodeKode: z.string(),
    metode: ZMetode,
    total: ZRingkasIkm.nullable(),
    opd: z.array(z.object({ slug: z.string(), nama: z.string(), periode: ZPeriodeSkm, hasil: ZRingkasIkm.nullable() })),
  })
  .openapi("HasilSkmPemda");

export const ZImporSkmJson = z
  .object({
    namaBerkas: z.string().min(1).max(255),
    isiBase64: z.string().min(1),
    hashBerkas: z.string().max(64).optional(),
  })
  .openapi("ImporSkmJson");

export const ZImporSkmForm = z
  .object({
    berkas: z.any().openapi({
      type: "string",
      format: "binary",
      description: "XLSX atau CSV: kolom u1…u9 (+ umur, jenis_kelamin, pendidikan, pekerjaan, saran, kunci)",
    }),
    hashBerkas: z.string().optional(),
  })
  .openapi("ImporSkmForm");

export const ZPratinjauImporSkm = z
  .object({
    berkas: z.object({ nama: z.string(), hash: z.string(), jenis: z.string() }),
    periode: z.string(),
    layanan: z.string(),
    responden: z.number().int(),
    sudahAda: z.number().int(),
    contoh: z.array(
      z.object({ baris: z.number().int(), nilai: z.record(z.string(), z.number()), saran: z.string().nullable() }),
    ),
    hasil: ZRingkasIkm.nullable(),
  })
  .openapi("PratinjauImporSkm");

export const ZHasilImporSkm = ZHasilSimpanResponden.extend({ pratinjau: ZPratinjauImporSkm }).openapi("HasilImporSkm");

export const ZSaranSkm = z
  .object({
    id: z.string(),
    layanan: z.string(),
    waktu: z.string(),
    saluran: z.string(),
    teks: z
      .string()
      .openapi({ description: "saran setelah data pribadi diganti ([nomor telepon], [email], [NIK], [nama])" }),
    status: z.enum(["menunggu", "tampil", "disembunyikan"]),
  })
  .openapi("SaranSkm");

export const ZMasukanModerasi = z
  .object({ status: z.enum(["menunggu", "tampil", "disembunyikan"]), teks: z.string().max(MAKS_SARAN).optional() })
  .openapi("MasukanModerasiSaranSkm");

export const ZRtlSkm = z
  .object({
    id: z.string(),
    periode: z.string(),
    unsur: z.string(),
    namaUnsur: z.string(),
    item: z.string(),
    penanggungJawab: z.string(),
    tenggat: z.string().nullable(),
    status: z.enum(["rencana", "berjalan", "selesai"]),
    bukti: z.string().nullable(),
  })
  .openapi("RtlSkm");

export const ZMasukanRtl = z
  .object({
    periode: z.string().min(1).max(60),
    unsur: z.string().max(5),
    item: z.string().max(2000),
    penanggungJawab: z.string().max(300),
    tenggat: z.string().max(10).nullable().optional(),
    status: z.enum(["rencana", "berjalan", "selesai"]).optional(),
    bukti: z.string().max(2000).nullable().optional(),
  })
  .openapi("MasukanRtlSkm");

// ---- public ----

export const ZKuesionerPublik = z
  .object({
    pemda: Nama,
    opd: z.object({ nama: z.string() }),
    layanan: z.object({ kode: z.string(), nama: z.string(), namaEn: z.string().nullable() }),
    periode: z.object({ kode: z.string(), mulai: z.string(), selesai: z.string() }),
    kuesionerVersi: z.number().int().nullable(),
    unsur: z.array(ZButirKuesioner.extend({ nama: z.string() })),
    pilihanResponden: z.object({
      jenisKelamin: z.array(z.string()),
      pendidikan: z.array(z.string()),
      pekerjaan: z.array(z.string()),
    }),
    maksSaran: z.number().int(),
  })
  .openapi("KuesionerPublikSkm");

export const ZKirimanPublik = z
  .object({
    kunci: z.string().max(100).openapi({ description: "kunci idempoten dari klien (mis. UUID); 8–100 karakter" }),
    jawaban: ZJawaban,
    responden: ZProfil.nullable().optional(),
    saran: z
      .string()
      .max(MAKS_SARAN * 4)
      .nullable()
      .optional()
      .openapi({ description: `maks. ${MAKS_SARAN} karakter` }),
    saluran: z.enum(["online", "qr", "kiosk"]).optional(),
    kodeSekali: z
      .string()
      .max(64)
      .optional()
      .openapi({ description: "kode sekali pakai dari loket (bila diwajibkan)" }),
  })
  .passthrough()
  .openapi("KirimanPublikSkm");

export const ZJawabanDiterima = z
  .object({
    id: z.string(),
    kunci: z.string(),
    layanan: z.string(),
    periode: z.string(),
    saluran: z.string(),
    diterimaPada: z.string(),
    pesan: z.string(),
  })
  .openapi("JawabanDiterimaSkm");

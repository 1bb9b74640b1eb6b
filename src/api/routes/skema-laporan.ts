/** Schemas of the LKjIP routes (routes/laporan.ts). */
import { z } from "@hono/zod-openapi";

const ZAngka = z.record(z.string(), z.string()).openapi({ example: { capaian: "94,71%" } });

export const ZBerubah = z.object({ nama: z.string(), lama: z.string().nullable(), baru: z.string().nullable() });

export const ZNarasi = z
  .object({
    kunci: z.string().openapi({ example: "bab3.S1.penyebab" }),
    judul: z.string().openapi({ description: "judul bagian tempat paragraf berada" }),
    teksDihasilkan: z.string(),
    angka: ZAngka,
    status: z.enum(["dihasilkan", "disunting", "disunting-basi"]),
    suntingan: z
      .object({ teks: z.string(), angka: ZAngka, disuntingOleh: z.string(), disuntingPada: z.string() })
      .nullable(),
    berubah: z.array(ZBerubah),
    versi: z.string().openapi({ description: "versi untuk If-Match saat menyimpan (ADR 0016)" }),
  })
  .openapi("NarasiLaporan");

export const ZPeringatan = z
  .object({ kunci: z.string(), pesan: z.string(), berubah: z.array(ZBerubah) })
  .openapi("PeringatanNarasi");

const ZEntri = z.object({ id: z.string(), nomor: z.string(), judul: z.string() });

export const ZRingkasanLaporan = z
  .object({
    opd: z.object({ slug: z.string(), nama: z.string() }),
    tahun: z.number().int(),
    judul: z.string(),
    bolehSunting: z.boolean(),
    bagian: z.array(z.object({ id: z.string(), tingkat: z.number().int(), teks: z.string() })),
    tabel: z.array(ZEntri),
    gambar: z.array(ZEntri),
    hilang: z.array(
      z.object({
        kunci: z.string(),
        teks: z.string(),
        modul: z.enum(["laporan", "profil", "perencanaan", "perjanjian-kinerja", "pengukuran", "anggaran"]),
      }),
    ),
    narasi: z.array(ZNarasi),
    peringatan: z.array(ZPeringatan),
    suntinganYatim: z.array(
      z.object({ kunci: z.string(), teks: z.string(), disuntingOleh: z.string(), disuntingPada: z.string() }),
    ),
    pk: z.array(
      z.object({
        kode: z.string(),
        versi: z.enum(["awal", "perubahan"]),
        level: z.string(),
        pejabat: z.object({ nama: z.string(), jabatan: z.string(), nip: z.string().nullable() }).nullable(),
      }),
    ),
  })
  .openapi("RingkasanLaporan");

const ZButir = z.object({ label: z.string().max(100), teks: z.string().max(20_000) });

export const ZTeksInput = z
  .object({
    paragraf: z.array(z.string().max(20_000)).max(200).default([]),
    butir: z.array(ZButir).max(200).default([]),
    paragrafPenutup: z.array(z.string().max(20_000)).max(200).default([]),
  })
  .openapi("TeksLaporanInput");

export const ZTeksLaporan = z
  .object({
    kode: z.string(),
    judul: z.string(),
    letak: z.string(),
    bentuk: z.enum(["lengkap", "paragraf", "butir-tetap"]),
    butirTetap: z.array(z.object({ label: z.string(), judul: z.string() })).optional(),
    wajib: z.boolean(),
    petunjuk: z.string().optional(),
    paragraf: z.array(z.string()),
    butir: z.array(ZButir),
    paragrafPenutup: z.array(z.string()),
    diubahOleh: z.string().nullable(),
    diubahPada: z.string().nullable(),
    versi: z.string().openapi({ description: "versi untuk If-Match saat menyimpan (ADR 0016)" }),
  })
  .openapi("TeksLaporan");

export const ZPenandatangan = z
  .object({
    dokumen: z.enum(["lkjip", "lampiran-anggaran", "rekap-akip"]),
    judul: z.string(),
    tempat: z.string().nullable(),
    tanggal: z.string().nullable(),
    nomor: z.string().nullable(),
    pejabatId: z.string().nullable(),
    bawaanPejabatId: z.string().nullable(),
    diubahOleh: z.string().nullable(),
    diubahPada: z.string().nullable(),
    versi: z.string().openapi({ description: "versi untuk If-Match saat menyimpan (ADR 0016)" }),
  })
  .openapi("PenandatanganLaporan");

export const ZTeksHalaman = z
  .object({
    teks: z.array(ZTeksLaporan),
    penandatangan: z.array(ZPenandatangan),
    pejabat: z.array(z.object({ id: z.string(), nama: z.string(), jabatan: z.string(), nip: z.string().nullable() })),
  })
  .openapi("TeksDanPenandatanganLaporan");

export const ZPenandatanganInput = z
  .object({
    tempat: z.string().max(200).nullable().default(null),
    tanggal: z.string().max(10).nullable().default(null).openapi({ example: "2024-02-18" }),
    nomor: z.string().max(200).nullable().optional(),
    pejabatId: z.string().uuid().nullable().default(null),
  })
  .openapi("PenandatanganLaporanInput");

export const ZNarasiInput = z.object({ teks: z.string().max(20_000) }).openapi("NarasiLaporanInput");

export const ZDiubah = z
  .object({ diubah: z.boolean(), versi: z.string().optional().openapi({ description: "versi yang tersimpan" }) })
  .openapi("HasilSimpanLaporan");

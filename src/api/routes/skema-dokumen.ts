/** Zod bodies of the whole-document saves of plans, PK and measurement (issue M1-04); they become OpenAPI. */
import { z } from "@hono/zod-openapi";
import {
  MAKS_ANGKA,
  MAKS_KODE,
  MAKS_NAMA,
  MAKS_NAMA_INDIKATOR,
  MAKS_NAMA_UNIT,
  MAKS_SATUAN,
  MAKS_SUMBER,
  MAKS_SUMBER_DATA,
  MAKS_TARGET,
  MAKS_TEKS,
  MAKS_TEKS_PANJANG,
} from "../../domain/shared/batas-teks";

const teks = (maks = MAKS_TEKS) => z.string().max(maks);
const opsional = (maks = MAKS_TEKS) => z.string().max(maks).nullable().optional();

export const ZRpjmdInput = z
  .object({
    tahunAkhir: z.number().int().min(2000).max(2100),
    visi: teks(),
    kataKunci: z.array(z.object({ kata: teks(200), penjelasan: teks() })).max(50),
    misi: z.array(z.object({ nomor: z.number().int().min(1), teks: teks() })).max(50),
    sumber: opsional(),
  })
  .openapi("RpjmdInput");

const ZArah = z.object({ kode: teks(50), teks: teks() });

export const ZRenstraInput = z
  .object({
    tahunAkhir: z.number().int().min(2000).max(2100),
    namaDokumen: teks(500),
    misiNomor: z.array(z.number().int().min(1)).max(50),
    catatan: opsional(),
    tujuan: z
      .array(
        z.object({
          kode: teks(50),
          teks: teks(),
          sumber: opsional(),
          sasaran: z
            .array(
              z.object({
                kode: teks(50),
                teks: teks(),
                sumber: opsional(),
                strategi: z.array(ZArah).max(100),
                kebijakan: z.array(ZArah).max(100),
              }),
            )
            .max(100),
        }),
      )
      .max(50),
  })
  .openapi("RenstraInput");

export const ZIndikatorInput = z
  .object({
    renstraTahunAwal: z.number().int().min(2000).max(2100),
    sasaranKode: teks(50),
    nama: teks(MAKS_NAMA_INDIKATOR),
    iku: z.boolean(),
    definisiOperasional: teks(MAKS_TEKS_PANJANG).optional(),
    formula: teks(2000).optional(),
    satuan: teks(MAKS_SATUAN),
    polaritas: z.enum(["positif", "negatif"]),
    rumusNegatif: z.enum(["2t-r", "t/r"]).optional(),
    sumberData: teks(MAKS_SUMBER_DATA).optional(),
    unitKode: opsional(100),
    sumberRealisasi: z.enum(["manual", "skm", "akip"]),
    urutan: z.number().int().optional(),
    target: z.record(z.string().regex(/^\d{4}$/), z.object({ teks: teks(60), sumber: opsional(500) })),
  })
  .openapi("IndikatorInput");

const ZBarisKinerjaDasar = z.object({
  nomor: z.string().max(20).nullable(),
  tingkat: z.enum(["sasaran-strategis", "sasaran-program", "sasaran-kegiatan", "sasaran-sub-kegiatan"]),
  sasaran: teks(),
  indikator: teks(),
  satuan: teks(MAKS_SATUAN),
  target: z.string().max(MAKS_TARGET).nullable(),
  indikatorKode: opsional(100),
  indukKaskade: z
    .object({ pkKode: teks(100), barisKode: teks(50) })
    .nullable()
    .optional(),
  sumber: opsional(500),
  kodeAsal: opsional(50).openapi({
    description: "posisi tersimpan baris ini (dari GET); baris yang dipindah tetap ber-id sama. Kosong = baris baru",
  }),
});

const ZBarisAnggaranDasar = z.object({
  nomor: z.string().max(20).nullable(),
  tingkat: z.enum(["program", "kegiatan", "sub-kegiatan"]),
  uraian: teks(),
  kodeDppa: opsional(100),
  anggaran: z.string().max(30).openapi({ example: "2650313819,00" }),
  keterangan: z.string().max(20).openapi({ example: "PAPBD" }),
  sumber: opsional(500),
});

/**
 * The deepest row of a PK table: children are refused (400) rather than stripped, so rows nested deeper than the
 * form allows (kinerja 2 levels, anggaran 3: services/pk/masukan.ts KEDALAMAN_MAKS) are never silently lost.
 */
const tanpaAnak = <T extends z.ZodTypeAny>(baris: T) =>
  z
    .array(baris)
    .max(0, "baris ini sudah tingkat terdalam; tidak boleh mempunyai anak")
    .optional()
    .openapi({ description: "selalu kosong: tingkat terdalam" });

export const ZPkInput = z
  .object({
    tahun: z.number().int().min(2000).max(2100),
    jenis: z.enum(["awal", "perubahan"]),
    level: z.enum(["kepala-opd", "eselon-iii", "eselon-iv"]),
    pihakPertamaKode: teks(100),
    pihakKeduaKode: teks(100),
    tempat: teks(200),
    tanggal: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "tanggal harus YYYY-MM-DD"),
    sumber: opsional(500),
    kinerja: z
      .array(
        ZBarisKinerjaDasar.extend({
          anak: z
            .array(ZBarisKinerjaDasar.extend({ anak: tanpaAnak(ZBarisKinerjaDasar) }))
            .max(100)
            .default([]),
        }),
      )
      .max(100),
    anggaran: z
      .array(
        ZBarisAnggaranDasar.extend({
          anak: z
            .array(
              ZBarisAnggaranDasar.extend({
                anak: z
                  .array(ZBarisAnggaranDasar.extend({ anak: tanpaAnak(ZBarisAnggaranDasar) }))
                  .max(100)
                  .default([]),
              }),
            )
            .max(100)
            .default([]),
        }),
      )
      .max(100),
  })
  .openapi("PkInput");

export const ZHasilSurveiInput = z
  .object({
    tahun: z.number().int().min(2000).max(2100),
    periodeMulai: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    periodeSelesai: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    responden: z.number().int().min(1).nullable(),
    jenisMasukan: z.enum(["jumlah", "nrr"]),
    nilai: z.record(z.string(), z.union([z.string().max(20), z.number()])),
    sumber: opsional(500),
  })
  .openapi("HasilSurveiInput");

export const ZHasilAkipInput = z
  .object({
    jenis: z.enum(["hasil", "target"]).optional(),
    kerangka: z.string().max(20).openapi({ example: "88/2021" }),
    komponen: z.record(z.string(), z.union([z.string().max(20), z.number()])),
    sumber: opsional(500),
  })
  .openapi("HasilAkipInput");

export const ZProfilTeksInput = z
  .object({
    alamat: opsional(500),
    dasarSusunan: opsional(),
    uraianSusunan: opsional(),
    dasarTugas: opsional(),
    tugas: opsional(),
    fungsi: z.array(z.object({ teks: teks(), sumber: opsional(500) })).max(100),
    dasarHukum: z.array(z.object({ teks: teks(), sumber: opsional(MAKS_SUMBER) })).max(200),
    inovasi: z
      .array(z.object({ judul: opsional(MAKS_NAMA), teks: teks(MAKS_TEKS_PANJANG), sumber: opsional(MAKS_SUMBER) }))
      .max(100),
  })
  .openapi("ProfilTeksInput");

export const ZUnitInput = z
  .array(
    z.object({
      kode: teks(MAKS_KODE),
      nama: teks(MAKS_NAMA_UNIT),
      jenis: z.enum(["pimpinan", "sekretariat", "subbagian", "seksi", "bidang", "uptd", "lainnya"]),
      indukKode: z.string().max(MAKS_KODE).nullable(),
    }),
  )
  .max(200)
  .openapi("UnitKerjaInput");

export const ZIndikatorProgramInput = z
  .array(
    z.object({
      sasaranKode: teks(50),
      tingkat: z.enum(["program", "kegiatan"]),
      programKegiatan: teks(),
      kodeDppa: opsional(MAKS_KODE),
      indikator: teks(),
      target: z.string().max(MAKS_TARGET).nullable().optional(),
      realisasi: z.string().max(MAKS_ANGKA).nullable().optional(),
      menunjang: z.boolean().nullable(),
      // The printed capaian kept as a source note (never a computed value); sent back so a save keeps it.
      capaianDicetak: z.string().max(30).nullable().optional(),
      sumber: opsional(500),
    }),
  )
  .max(500)
  .openapi("IndikatorProgramInput");

export const ZPembandingInput = z
  .object({
    peerOpdSlug: z.string().max(100).nullable(),
    namaPeer: teks(300),
    sumber: opsional(500),
    nilai: z
      .array(
        z.object({
          indikatorKode: teks(100),
          tahun: z.number().int().min(2000).max(2100),
          target: z.string().max(60).nullable(),
          realisasi: z.string().max(30).nullable(),
          sumber: teks(500),
        }),
      )
      .max(200),
  })
  .openapi("PembandingInput");

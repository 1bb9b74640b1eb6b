/**
 * The answer of `GET …/opd/{opd}/profil` (ADR 0034): the OPD's Bab I profile as `bacaProfilOpd` reads it — identity,
 * units as a tree, pejabat (each with its own `versi`), texts, desa and their computed totals.
 */
import { z } from "@hono/zod-openapi";

const ZButirProfil = z
  .object({ judul: z.string().nullable(), teks: z.string(), sumber: z.string().nullable() })
  .openapi("ButirProfil");

export const ZPejabatProfil = z
  .object({
    id: z.string(),
    pemdaId: z.string(),
    opdId: z.string().nullable().openapi({ description: "null: pejabat tingkat Pemda (Kepala Daerah)" }),
    kode: z.string(),
    peran: z.enum(["kepala-daerah", "kepala-opd", "pejabat"]),
    nama: z.string(),
    gelarDepan: z.string().nullable(),
    gelarBelakang: z.string().nullable(),
    nip: z.string().nullable().openapi({ description: "18 digit; null bila tidak berlaku (Kepala Daerah)" }),
    pangkat: z.string().nullable(),
    golongan: z.string().nullable(),
    jabatan: z.string(),
    eselon: z.enum(["II", "III", "IV"]).nullable(),
    unitId: z.string().nullable(),
    mulai: z.string().nullable().openapi({ example: "2024-01-02" }),
    selesai: z.string().nullable(),
    catatan: z.string().nullable(),
  })
  .openapi("PejabatProfil");

const ZJenisUnit = z.enum(["pimpinan", "sekretariat", "subbagian", "seksi", "bidang", "uptd", "lainnya"]);

export const ZSimpulUnit = z
  .object({
    id: z.string(),
    kode: z.string(),
    nama: z.string(),
    jenis: ZJenisUnit,
    /** sub-units, the same shape — recursive, so the contract types the whole tree */
    get anak(): z.ZodArray<typeof ZSimpulUnit> {
      return z.array(ZSimpulUnit);
    },
  })
  .openapi("SimpulUnit");

const angka = z.string().nullable().openapi({ description: "desimal mesin (titik), mis. 13.5" });
const bulat = z.number().int().nullable();

const ZDesaProfil = z
  .object({
    id: z.string(),
    nomor: z.number().int(),
    nama: z.string(),
    luasHa: angka,
    dusun: bulat,
    kk: bulat,
    pendudukL: bulat,
    pendudukP: bulat,
    penduduk: bulat.openapi({ description: "L + P; null bila salah satunya kosong" }),
    perkebunanHa: angka,
    pertanianHa: angka,
    perumahanHa: angka,
    sumber: z.string().nullable(),
  })
  .openapi("DesaProfil");

const ZTotalDesa = z
  .object({
    luasHa: z.string(),
    dusun: z.number().int(),
    kk: z.number().int(),
    pendudukL: z.number().int(),
    pendudukP: z.number().int(),
    penduduk: z.number().int(),
    perkebunanHa: z.string(),
    pertanianHa: z.string(),
    perumahanHa: z.string(),
    persenLahan: z
      .object({ perkebunan: z.string().nullable(), pertanian: z.string().nullable(), perumahan: z.string().nullable() })
      .openapi({ description: "bagian dari luas seluruhnya (%), 2 desimal; null bila luas 0" }),
  })
  .openapi("TotalDesa");

export const ZProfilOpd = z
  .object({
    opd: z.object({ slug: z.string(), nama: z.string(), jenis: z.string(), kode: z.string().nullable() }),
    pemda: z.object({
      slug: z.string(),
      nama: z.string(),
      provinsi: z.string(),
      kepalaDaerah: ZPejabatProfil.nullable(),
    }),
    alamat: z.string().nullable(),
    dasarSusunan: z.string().nullable(),
    uraianSusunan: z.string().nullable(),
    dasarTugas: z.string().nullable(),
    tugas: z.string().nullable(),
    fungsi: z.array(ZButirProfil),
    dasarHukum: z.array(ZButirProfil),
    inovasi: z.array(ZButirProfil),
    unit: z.array(ZSimpulUnit),
    pejabat: z.array(
      ZPejabatProfil.extend({
        unitKode: z.string().nullable(),
        versi: z.string().openapi({ description: "versi pejabat ini, dikirim kembali sebagai If-Match" }),
      }).openapi("PejabatProfilBerversi"),
    ),
    desa: z.array(ZDesaProfil),
    totalDesa: ZTotalDesa,
  })
  .openapi("ProfilOpd");

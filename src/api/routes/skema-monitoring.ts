/** Contracts of the monitoring of every OPD (issue 15). */
import { z } from "@hono/zod-openapi";
import { KUNCI_PERINGKAT, MODUL_MONITORING, TAHAP } from "../../domain/monitoring";

const ZAngka = z.object({ nilai: z.string(), tampil: z.string() }).openapi("AngkaMonitoring");

export const ZFilterMonitoring = z.object({
  urut: z
    .enum(KUNCI_PERINGKAT)
    .optional()
    .openapi({ description: "peringkat menurut: akip (bawaan), capaian, serapan, ikm" }),
  modul: z.enum(MODUL_MONITORING).optional().openapi({ description: "saring: modul (bersama tahap)" }),
  tahap: z.enum(TAHAP).optional().openapi({ description: "saring: tahap modul (bersama modul)" }),
  jenis: z
    .enum(["sekretariat", "inspektorat", "dinas", "badan", "satpol", "kecamatan", "kelurahan", "lainnya"])
    .optional()
    .openapi({ description: "saring: jenis perangkat daerah" }),
  cari: z.string().max(100).optional().openapi({ description: "saring: bagian nama perangkat daerah" }),
});

export const ZMonitoring = z
  .object({
    pemda: z.object({ slug: z.string(), nama: z.string() }),
    tahun: z.number().int(),
    urut: z.enum(KUNCI_PERINGKAT),
    jumlahOpd: z.number().int(),
    tahunBerdata: z.array(z.number().int()).openapi({ description: "Tahun yang berisi data, terbaru lebih dulu" }),
    ringkasan: z.array(z.object({ modul: z.enum(MODUL_MONITORING), jumlah: z.record(z.string(), z.number().int()) })),
    baris: z.array(
      z.object({
        opd: z.object({ slug: z.string(), nama: z.string(), jenis: z.string() }),
        urutan: z.number().int().nullable(),
        modul: z.array(z.object({ modul: z.enum(MODUL_MONITORING), tahap: z.enum(TAHAP), label: z.string() })),
        iku: z.object({ jumlah: z.number().int(), terukur: z.number().int(), rataCapaian: ZAngka.nullable() }),
        anggaran: z.object({
          pagu: ZAngka.nullable(),
          realisasi: ZAngka.nullable(),
          serapan: ZAngka.nullable(),
          bulan: z.number().int().nullable(),
        }),
        ikm: z.object({ nilai: ZAngka, mutu: z.string(), kode: z.string() }).nullable(),
        akip: z.object({ nilai: ZAngka, predikat: z.string(), status: z.string().nullable() }).nullable(),
        peringkat: z.number().int().nullable(),
      }),
    ),
  })
  .openapi("Monitoring");

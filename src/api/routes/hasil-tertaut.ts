/**
 * Reading linked results back (issue M1-04 "Results that come from elsewhere"): survey results (SKM) and AKIP
 * evaluations of an OPD, each as the input its PUT in dokumen-kinerja.ts takes (`masukan`) plus the values the rules
 * core computes (`hitung`), so a form can be pre-filled and GET → PUT unchanged gives `diubah: false`.
 */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { bacaHasilAkip, bacaHasilSurvei, daftarHasilAkip, daftarHasilSurvei } from "../../services/hasil/baca-hasil";
import type { AppEnv } from "../env";
import { denganEtag } from "../versi";
import { ZTahun } from "./skema-kinerja";
import { problemResponses, ZOpdParam } from "./skema-umum";

const O = "/api/v1/pemda/{pemda}/opd/{opd}";
const TAG = "Hasil tertaut";

const ZAngka = z.object({ nilai: z.string().openapi({ example: "80.50" }), tampil: z.string() });
const ZAngkaRinci = ZAngka.extend({ rinci: z.string().openapi({ example: "80.503906" }) });
const ZMutu = z.object({ mutu: z.enum(["A", "B", "C", "D"]), kinerja: z.string() });
const ZNilaiMasukan = z.record(z.string(), z.string());

const ZSurveiRingkas = z
  .object({
    kode: z.string(),
    tahun: z.number().int(),
    periodeMulai: z.string(),
    periodeSelesai: z.string(),
    responden: z.number().int().nullable(),
    jenisMasukan: z.enum(["jumlah", "nrr"]),
    ikm: ZAngkaRinci,
    mutu: ZMutu,
  })
  .openapi("HasilSurveiRingkas");

const ZSurvei = z
  .object({
    kode: z.string(),
    masukan: z.object({
      tahun: z.number().int(),
      periodeMulai: z.string(),
      periodeSelesai: z.string(),
      responden: z.number().int().nullable(),
      jenisMasukan: z.enum(["jumlah", "nrr"]),
      nilai: ZNilaiMasukan,
      sumber: z.string().nullable(),
    }),
    hitung: z.object({
      metode: z.string(),
      responden: z.number().int().nullable(),
      ikm: ZAngkaRinci,
      ikmTanpaBobot: ZAngkaRinci,
      jumlahNrrTertimbang: z.string(),
      mutu: ZMutu,
      unsur: z.array(
        z.object({
          kode: z.string(),
          nama: z.string(),
          jumlah: z.string().nullable(),
          nrr: ZAngkaRinci,
          nrrTertimbang: z.string(),
          mutu: ZMutu,
        }),
      ),
    }),
    dicetak: z.object({ ikm: z.string().nullable() }),
  })
  .openapi("HasilSurvei");

const ZJenisAkip = z.enum(["hasil", "target"]);

const ZAkipRingkas = z
  .object({
    tahun: z.number().int(),
    jenis: ZJenisAkip,
    kerangka: z.string(),
    total: ZAngka,
    predikat: z.string(),
  })
  .openapi("HasilAkipRingkas");

const ZAkip = z
  .object({
    tahun: z.number().int(),
    masukan: z.object({
      jenis: ZJenisAkip,
      kerangka: z.string(),
      komponen: ZNilaiMasukan,
      sumber: z.string().nullable(),
    }),
    hitung: z.object({
      kerangka: z.string(),
      kerangkaId: z.string(),
      total: ZAngka,
      predikat: z.object({ kode: z.string(), label: z.string(), interpretasi: z.string() }),
      keterangan: z.string(),
      komponen: z.array(
        z.object({ kunci: z.string(), nama: z.string(), bobot: z.string(), nilai: ZAngka, persenBobot: z.string() }),
      ),
    }),
    dicetak: z.object({ total: z.string().nullable(), kategori: z.string().nullable() }),
  })
  .openapi("HasilAkip");

const json = <T extends z.ZodType>(description: string, schema: T) => ({
  description,
  content: { "application/json": { schema } },
});

export function hasilTertautRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: "get",
      path: `${O}/hasil-survei`,
      tags: [TAG],
      summary: "Daftar hasil survei kepuasan masyarakat (SKM) tersimpan dengan IKM dan mutu yang dihitung",
      request: { params: ZOpdParam },
      responses: {
        200: json("Hasil survei", z.array(ZSurveiRingkas)),
        ...problemResponses([401, 403, 404]),
      },
    }),
    async (c) => c.json(await daftarHasilSurvei(c.get("ctx"), c.req.valid("param")), 200),
  );
  app.openapi(
    createRoute({
      method: "get",
      path: `${O}/hasil-survei/{kode}`,
      tags: [TAG],
      summary: "Satu hasil survei: masukan seperti PUT, ditambah IKM (tertimbang/tanpa bobot), NRR dan mutu per unsur",
      request: {
        params: ZOpdParam.extend({
          kode: z
            .string()
            .min(1)
            .max(100)
            .openapi({ param: { name: "kode", in: "path" }, example: "skm-sei-balai-2023" }),
        }),
      },
      responses: {
        200: json("Hasil survei", ZSurvei),
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => {
      const { pemda, opd, kode } = c.req.valid("param");
      return c.json(denganEtag(c, await bacaHasilSurvei(c.get("ctx"), { pemda, opd }, kode)), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: `${O}/hasil-akip`,
      tags: [TAG],
      summary: "Daftar hasil evaluasi AKIP per tahun (hasil dan target) dengan nilai total dan predikat yang dihitung",
      request: { params: ZOpdParam },
      responses: {
        200: json("Hasil evaluasi AKIP", z.array(ZAkipRingkas)),
        ...problemResponses([401, 403, 404]),
      },
    }),
    async (c) => c.json(await daftarHasilAkip(c.get("ctx"), c.req.valid("param")), 200),
  );
  app.openapi(
    createRoute({
      method: "get",
      path: `${O}/hasil-akip/{tahun}`,
      tags: [TAG],
      summary: "Satu hasil evaluasi AKIP: masukan seperti PUT, ditambah nilai total dan predikat yang dihitung",
      request: {
        params: ZOpdParam.extend({ tahun: ZTahun }),
        query: z.object({ jenis: ZJenisAkip.optional().openapi({ param: { name: "jenis", in: "query" } }) }),
      },
      responses: {
        200: json("Hasil evaluasi AKIP", ZAkip),
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => {
      const { pemda, opd, tahun } = c.req.valid("param");
      const { jenis } = c.req.valid("query");
      return c.json(denganEtag(c, await bacaHasilAkip(c.get("ctx"), { pemda, opd }, tahun, jenis ?? "hasil")), 200);
    },
  );
  return app;
}

/**
 * Whole-document saves of plans, PK and measurement (issue M1-04): RPJMD, Renstra, indicator with its targets, PK,
 * linked results (survey, AKIP evaluation), profile texts, units, pejabat, program indicators and the peer. Each
 * writes one audit entry and nothing when nothing changed.
 */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { simpanHasilAkip, simpanHasilSurvei } from "../../services/hasil/simpan-hasil";
import { simpanDaftarPejabat } from "../../services/organisasi/simpan-pejabat";
import { simpanProfilOpd } from "../../services/organisasi/simpan-profil-opd";
import { simpanUnitKerja } from "../../services/organisasi/simpan-unit-kerja";
import { simpanIndikatorProgram } from "../../services/pengukuran/indikator-program";
import { simpanPembanding } from "../../services/pengukuran/pembanding";
import { simpanIndikator } from "../../services/perencanaan/simpan-indikator";
import { simpanRenstra } from "../../services/perencanaan/simpan-renstra";
import { simpanRpjmd } from "../../services/perencanaan/simpan-rpjmd";
import { simpanPk } from "../../services/pk/simpan-pk";
import type { AppEnv } from "../env";
import { pasangEtag, simpanBerversi, syaratVersi } from "../versi";
import { bacaHasilAkip, bacaHasilSurvei } from "../../services/hasil/baca-hasil";
import { bacaIndikatorProgram } from "../../services/pengukuran/indikator-program";
import { bacaPembanding } from "../../services/pengukuran/pembanding";
import { bacaRenstra } from "../../services/perencanaan/baca-renstra";
import { bacaIsianRenstra, bacaIsianRpjmd } from "../../services/perencanaan/baca-renstra-masukan";
import { semuaIndikator } from "./perencanaan";
import { simpanProfilBerversi, ZPejabat } from "./profil-opd";
import { problemResponses, ZHeaderVersi, ZOpdParam, ZPemdaParam } from "./skema-umum";
import { ZTahun } from "./skema-kinerja";
import {
  ZHasilAkipInput,
  ZHasilSurveiInput,
  ZIndikatorInput,
  ZIndikatorProgramInput,
  ZPembandingInput,
  ZPkInput,
  ZProfilTeksInput,
  ZRenstraInput,
  ZRpjmdInput,
  ZUnitInput,
} from "./skema-dokumen";

const O = "/api/v1/pemda/{pemda}/opd/{opd}";
const ZHasil = z
  .object({
    diubah: z.union([z.boolean(), z.number()]),
    id: z.string().optional(),
    versi: z.string().optional().openapi({ description: "versi yang tersimpan (ETag tanpa tanda kutip)" }),
  })
  .passthrough()
  .openapi("HasilSimpan");
const kode = (nama: string) =>
  z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: nama, in: "path" } });
const tahunAwal = z.coerce
  .number()
  .int()
  .min(2000)
  .max(2100)
  .openapi({ param: { name: "tahunAwal", in: "path" }, type: "integer" });

function rute<P extends z.ZodObject, B extends z.ZodType>(
  path: string,
  tag: string,
  summary: string,
  params: P,
  body: B,
) {
  return createRoute({
    method: "put",
    path,
    tags: [tag],
    summary,
    request: {
      params,
      headers: ZHeaderVersi,
      body: { required: true, content: { "application/json": { schema: body } } },
    },
    responses: {
      200: {
        description: "Tersimpan (diubah=false bila tidak ada perubahan)",
        content: { "application/json": { schema: ZHasil } },
      },
      ...problemResponses([400, 401, 403, 404, 409]),
    },
  });
}

export function dokumenKinerjaRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    rute(
      "/api/v1/pemda/{pemda}/rpjmd/{tahunAwal}",
      "Perencanaan",
      "Simpan RPJMD (visi, kata kunci, misi)",
      ZPemdaParam.extend({ tahunAwal }),
      ZRpjmdInput,
    ),
    async (c) => {
      const { pemda, tahunAwal: awal } = c.req.valid("param");
      const s = simpanBerversi(c, c.get("ctx"), `RPJMD ${awal}`, (ctx) => bacaIsianRpjmd(ctx, pemda, awal));
      const hasil = await simpanRpjmd(s.ctx, pemda, { ...c.req.valid("json"), tahunAwal: awal });
      return c.json({ ...hasil, versi: await s.selesai() }, 200);
    },
  );
  app.openapi(
    rute(
      `${O}/renstra/{tahunAwal}`,
      "Perencanaan",
      "Simpan Renstra (tujuan, sasaran, strategi, kebijakan)",
      ZOpdParam.extend({ tahunAwal }),
      ZRenstraInput,
    ),
    async (c) => {
      const { pemda, opd, tahunAwal: awal } = c.req.valid("param");
      const s = simpanBerversi(c, c.get("ctx"), `Renstra ${awal}`, (ctx) =>
        bacaIsianRenstra(ctx, { pemda, opd }, awal),
      );
      const hasil = await simpanRenstra(s.ctx, { pemda, opd }, { ...c.req.valid("json"), tahunAwal: awal });
      return c.json({ ...hasil, versi: await s.selesai() }, 200);
    },
  );
  app.openapi(
    rute(
      `${O}/indikator-renstra/{kode}`,
      "Perencanaan",
      "Simpan indikator dan targetnya per tahun",
      ZOpdParam.extend({ kode: kode("kode") }),
      ZIndikatorInput,
    ),
    async (c) => {
      const { pemda, opd, kode: k } = c.req.valid("param");
      const b = c.req.valid("json");
      const target = Object.fromEntries(Object.entries(b.target).map(([th, t]) => [Number(th), t]));
      // checked against the indicator as the plan of its period shows it (its `versi`), ADR 0016
      const s = simpanBerversi(
        c,
        c.get("ctx"),
        `Indikator "${k}"`,
        async (ctx) =>
          semuaIndikator(await bacaRenstra(ctx, { pemda, opd }, b.renstraTahunAwal)).find((i) => i.kode === k) ?? null,
      );
      const hasil = await simpanIndikator(s.ctx, { pemda, opd }, { ...b, kode: k, target });
      return c.json({ ...hasil, versi: await s.selesai() }, 200);
    },
  );
  app.openapi(
    rute(
      `${O}/pk-dokumen/{kode}`,
      "Perjanjian Kinerja",
      "Simpan satu Perjanjian Kinerja (pihak, baris kinerja, anggaran)",
      ZOpdParam.extend({ kode: kode("kode") }),
      ZPkInput,
    ),
    async (c) => {
      const { pemda, opd, kode: k } = c.req.valid("param");
      const hasil = await simpanPk(
        c.get("ctx"),
        { pemda, opd },
        { ...c.req.valid("json"), kode: k } as never,
        syaratVersi(c),
      );
      pasangEtag(c, hasil.versi);
      return c.json(hasil, 200);
    },
  );
  app.openapi(
    rute(
      `${O}/hasil-survei/{kode}`,
      "Hasil tertaut",
      "Simpan hasil survei kepuasan masyarakat (responden, Σ atau NRR per unsur)",
      ZOpdParam.extend({ kode: kode("kode") }),
      ZHasilSurveiInput,
    ),
    async (c) => {
      const { pemda, opd, kode: k } = c.req.valid("param");
      const s = simpanBerversi(c, c.get("ctx"), `Hasil survei "${k}"`, (ctx) =>
        bacaHasilSurvei(ctx, { pemda, opd }, k),
      );
      const hasil = await simpanHasilSurvei(s.ctx, { pemda, opd }, { ...c.req.valid("json"), kode: k });
      return c.json({ ...hasil, versi: await s.selesai() }, 200);
    },
  );
  app.openapi(
    rute(
      `${O}/hasil-akip/{tahun}`,
      "Hasil tertaut",
      "Simpan nilai komponen evaluasi AKIP dan kerangkanya",
      ZOpdParam.extend({ tahun: ZTahun }),
      ZHasilAkipInput,
    ),
    async (c) => {
      const { pemda, opd, tahun } = c.req.valid("param");
      const b = c.req.valid("json");
      const s = simpanBerversi(c, c.get("ctx"), `Hasil evaluasi AKIP ${tahun}`, (ctx) =>
        bacaHasilAkip(ctx, { pemda, opd }, tahun, b.jenis ?? "hasil"),
      );
      const hasil = await simpanHasilAkip(s.ctx, { pemda, opd }, { ...b, tahun });
      return c.json({ ...hasil, versi: await s.selesai() }, 200);
    },
  );
  app.openapi(
    rute(
      `${O}/profil-teks`,
      "Organisasi",
      "Simpan tugas pokok, fungsi, landasan hukum, inovasi, alamat",
      ZOpdParam,
      ZProfilTeksInput,
    ),
    async (c) => {
      const { pemda, opd } = c.req.valid("param");
      const b = c.req.valid("json");
      const s = simpanProfilBerversi(c, pemda, opd, "Profil");
      const hasil = await simpanProfilOpd(
        s.ctx,
        { pemda, opd },
        {
          ...b,
          alamat: b.alamat ?? null,
          dasarSusunan: b.dasarSusunan ?? null,
          uraianSusunan: b.uraianSusunan ?? null,
          dasarTugas: b.dasarTugas ?? null,
          tugas: b.tugas ?? null,
        },
      );
      return c.json({ ...hasil, versi: await s.selesai() }, 200);
    },
  );
  app.openapi(
    rute(`${O}/unit-kerja`, "Organisasi", "Simpan susunan unit kerja (pohon)", ZOpdParam, ZUnitInput),
    async (c) => {
      const { pemda, opd } = c.req.valid("param");
      const s = simpanProfilBerversi(c, pemda, opd, "Susunan unit kerja");
      const hasil = await simpanUnitKerja(s.ctx, { pemda, opd }, c.req.valid("json"));
      return c.json({ ...hasil, versi: await s.selesai() }, 200);
    },
  );
  app.openapi(
    rute(`${O}/pejabat`, "Organisasi", "Simpan daftar pejabat (NIP diperiksa)", ZOpdParam, z.array(ZPejabat).max(500)),
    async (c) => {
      const { pemda, opd } = c.req.valid("param");
      const s = simpanProfilBerversi(c, pemda, opd, "Daftar pejabat");
      const hasil = await simpanDaftarPejabat(s.ctx, { pemda, opd }, c.req.valid("json"));
      return c.json({ ...hasil, versi: await s.selesai() }, 200);
    },
  );
  app.openapi(
    rute(
      `${O}/pengukuran/{tahun}/indikator-program`,
      "Pengukuran",
      "Simpan indikator program/kegiatan penunjang sasaran",
      ZOpdParam.extend({ tahun: ZTahun }),
      ZIndikatorProgramInput,
    ),
    async (c) => {
      const { pemda, opd, tahun } = c.req.valid("param");
      const s = simpanBerversi(c, c.get("ctx"), `Indikator program/kegiatan ${tahun}`, (ctx) =>
        bacaIndikatorProgram(ctx, { pemda, opd }, tahun),
      );
      const hasil = await simpanIndikatorProgram(s.ctx, { pemda, opd }, tahun, c.req.valid("json"));
      return c.json({ ...hasil, versi: await s.selesai() }, 200);
    },
  );
  app.openapi(
    rute(
      `${O}/pembanding`,
      "Pengukuran",
      "Simpan perangkat daerah pembanding dan angka terbitnya",
      ZOpdParam,
      ZPembandingInput,
    ),
    async (c) => {
      const { pemda, opd } = c.req.valid("param");
      const s = simpanBerversi(c, c.get("ctx"), "Perangkat daerah pembanding", (ctx) =>
        bacaPembanding(ctx, { pemda, opd }),
      );
      const hasil = await simpanPembanding(s.ctx, { pemda, opd }, c.req.valid("json"));
      return c.json({ ...hasil, versi: await s.selesai() }, 200);
    },
  );
  return app;
}

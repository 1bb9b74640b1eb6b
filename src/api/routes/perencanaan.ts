/** Planning routes: RPJMD + Renstra with indicators and targets per year, and the inline target edit. */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { bacaRenstra } from "../../services/perencanaan/baca-renstra";
import { ubahTarget } from "../../services/perencanaan/simpan-indikator";
import type { AppEnv } from "../env";
import { denganVersi, simpanBerversi } from "../versi";
import { problemResponses, ZHeaderVersi } from "./skema-umum";
import { ZIdParam, ZOpdTahunParam } from "./skema-kinerja";
import { ZPerencanaan } from "./skema-rencana-pk";

type Perencanaan = Awaited<ReturnType<typeof bacaRenstra>>;
type IndikatorRenstra = NonNullable<Perencanaan["renstra"]>["tujuan"][number]["sasaran"][number]["indikator"][number];

/** Every indicator of the plan, across its tujuan and sasaran. */
export function semuaIndikator(r: Perencanaan): IndikatorRenstra[] {
  return (r.renstra?.tujuan ?? []).flatMap((t) => t.sasaran.flatMap((s) => s.indikator));
}

/**
 * The plan with versions (ADR 0016): each indicator carries the version of the whole indicator as shown (what its form
 * saves, `PUT …/indikator-renstra/{kode}`), each year's target the version of that cell (`PUT …/target/{tahun}`).
 */
function denganVersiIndikator(r: Perencanaan) {
  if (!r.renstra) return r;
  const tujuan = r.renstra.tujuan.map((t) => ({
    ...t,
    sasaran: t.sasaran.map((s) => ({
      ...s,
      indikator: s.indikator.map((i) => ({ ...denganVersi(i), target: i.target.map(denganVersi) })),
    })),
  }));
  return { ...r, renstra: { ...r.renstra, tujuan } };
}

export function perencanaanRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/pemda/{pemda}/opd/{opd}/perencanaan/{tahun}",
      tags: ["Perencanaan"],
      summary:
        "RPJMD dan Renstra yang berlaku pada tahun itu: tujuan, sasaran, strategi, indikator dan target per tahun; " +
        "`periode` mendaftar semua periode Renstra dan RPJMD (renstra null bila tahun di luar semua periode)",
      request: { params: ZOpdTahunParam },
      responses: {
        200: { description: "Perencanaan", content: { "application/json": { schema: ZPerencanaan } } },
        ...problemResponses([400, 401, 403, 404]),
      },
    }),
    async (c) => {
      const { pemda, opd, tahun } = c.req.valid("param");
      return c.json(denganVersiIndikator(await bacaRenstra(c.get("ctx"), { pemda, opd }, tahun)), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "put",
      path: "/api/v1/pemda/{pemda}/opd/{opd}/indikator/{id}/target/{tahun}",
      tags: ["Perencanaan"],
      summary: 'Ubah target satu tahun, ditulis seperti di dokumen ("85,00", "80-90", "BB (75,00)"); kosong = hapus',
      request: {
        params: ZOpdTahunParam.extend({ id: ZIdParam("id") }),
        headers: ZHeaderVersi,
        body: {
          required: true,
          content: {
            "application/json": { schema: z.object({ target: z.string().max(60).nullable() }).openapi("TargetInput") },
          },
        },
      },
      responses: {
        200: {
          description: "Tersimpan",
          content: {
            "application/json": {
              schema: z.object({
                indikatorId: z.string(),
                tahun: z.number(),
                target: z.string().nullable(),
                versi: z.string(),
              }),
            },
          },
        },
        ...problemResponses([400, 401, 403, 404, 409]),
      },
    }),
    async (c) => {
      const { pemda, opd, tahun, id } = c.req.valid("param");
      // checked against the target cell as the plan shows it (`target[].versi`), ADR 0016
      const s = simpanBerversi(
        c,
        c.get("ctx"),
        `Target ${tahun}`,
        async (ctx) =>
          semuaIndikator(await bacaRenstra(ctx, { pemda, opd }, tahun))
            .find((i) => i.id === id)
            ?.target.find((x) => x.tahun === tahun) ?? null,
      );
      const hasil = await ubahTarget(s.ctx, { pemda, opd }, id, tahun, c.req.valid("json").target);
      return c.json({ ...hasil, versi: await s.selesai() }, 200);
    },
  );
  return app;
}

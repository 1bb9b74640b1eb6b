/**
 * TTE (issue 17, ADR 0032): sign a PK/LKjIP PDF as an OPD's official (`tte.tandatangani`), list the OPD's signing log
 * and verify a file (`laporan.baca`). The signer's NIK and passphrase come in the JSON body of the one signing request
 * and go nowhere else. The public verification page `/v/{kode}` is in ../tte-halaman.ts.
 */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { GagalTteError } from "../../services/tte/gagal-tte";
import { daftarTandaTangan, verifikasiUnggahan } from "../../services/tte/daftar-tanda-tangan";
import { JENIS_DOKUMEN_TTE, type LingkunganTte, tandatanganiDokumen } from "../../services/tte/tandatangani-dokumen";
import type { AppEnv } from "../env";
import { problem } from "../problem";
import { problemResponses, ZOpdParam, ZPemdaParam } from "./skema-umum";

export interface OpsiTte {
  urlPublik?: string | undefined;
  url?: string | undefined;
  pengguna?: string | undefined;
  sandi?: string | undefined;
  batasWaktuDetik?: number | undefined;
  fetch?: typeof fetch;
}

const ZTampilan = z
  .discriminatedUnion("jenis", [
    z.object({ jenis: z.literal("tidak-tampak") }),
    z.object({
      jenis: z.literal("posisi"),
      halaman: z.number().int().min(1),
      x: z.number().min(0),
      y: z.number().min(0),
      lebar: z.number().positive(),
      tinggi: z.number().positive(),
    }),
    z.object({
      jenis: z.literal("tanda"),
      tanda: z.string().min(1).max(20),
      lebar: z.number().positive(),
      tinggi: z.number().positive(),
    }),
  ])
  .openapi("TampilanTte", {
    description: "tampilan tanda tangan BSrE: tidak tampak, pada posisi, atau pada penanda teks",
  });

const ZTandatanganiInput = z
  .object({
    namaBerkas: z.string().min(1).max(300),
    isiBase64: z.string().min(1).openapi({ description: "PDF dalam base64" }),
    jenisDokumen: z.enum(JENIS_DOKUMEN_TTE),
    judul: z.string().max(300).optional(),
    nip: z.string().min(1).max(40).openapi({ description: "NIP penanda tangan (pejabat OPD)" }),
    penyedia: z.enum(["register", "bsre"]).optional().openapi({ description: "bawaan: pilihan Pemda" }),
    nik: z.string().max(40).optional().openapi({ description: "BSrE: NIK pemilik sertifikat; tidak disimpan" }),
    passphrase: z.string().max(200).optional().openapi({ description: "BSrE: passphrase; tidak disimpan" }),
    tampilan: ZTampilan.optional(),
  })
  .openapi("TandatanganiInput");

const ZPenandatangan = z.object({ nama: z.string(), nip: z.string().nullable(), jabatan: z.string() });

const ZTandatanganiHasil = z
  .object({
    kode: z.string(),
    urlVerifikasi: z.string(),
    penyedia: z.enum(["register", "bsre"]),
    sha256: z.string(),
    penandatangan: ZPenandatangan,
    ditandatanganiPada: z.string(),
    namaBerkas: z.string(),
    isiBase64: z.string(),
  })
  .openapi("HasilTandatangani");

const ZCatatan = z.object({
  kode: z.string(),
  penyedia: z.enum(["register", "bsre"]),
  jenisDokumen: z.string(),
  judul: z.string(),
  namaBerkas: z.string(),
  sha256: z.string(),
  penandatanganNama: z.string(),
  penandatanganNip: z.string().nullable(),
  penandatanganJabatan: z.string(),
  ditandatanganiPada: z.string(),
  olehNama: z.string(),
});

const ZVerifikasiHasil = z
  .object({
    sah: z.boolean(),
    sha256: z.string(),
    keterangan: z.string(),
    penandatangan: z.string().nullable(),
    waktu: z.string().nullable(),
    kode: z.string().nullable(),
    penyedia: z.enum(["register", "bsre"]).nullable(),
    gerbang: z.object({ sah: z.boolean(), keterangan: z.string() }).nullable(),
  })
  .openapi("HasilVerifikasiTte");

function lingkungan(o: OpsiTte, asal: string): LingkunganTte {
  return {
    urlPublik: o.urlPublik ?? asal,
    tteUrl: o.url,
    ttePengguna: o.pengguna,
    tteSandi: o.sandi,
    batasWaktuDetik: o.batasWaktuDetik ?? 60,
    ...(o.fetch ? { fetch: o.fetch } : {}),
  };
}

export function tteRoutes(opsi: OpsiTte = {}) {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/v1/pemda/{pemda}/opd/{opd}/tte/tandatangani",
      tags: ["TTE"],
      summary: "Tandatangani PDF (PK/LKjIP) secara elektronik: register SAKIP atau BSrE",
      request: {
        params: ZOpdParam,
        body: { required: true, content: { "application/json": { schema: ZTandatanganiInput } } },
      },
      responses: {
        201: { description: "Ditandatangani", content: { "application/json": { schema: ZTandatanganiHasil } } },
        ...problemResponses([400, 401, 403, 404, 502, 504]),
      },
    }),
    async (c) => {
      const { pemda, opd } = c.req.valid("param");
      const b = c.req.valid("json");
      try {
        const h = await tandatanganiDokumen(
          c.get("ctx"),
          { pemda, opd },
          { ...b, berkas: new Uint8Array(Buffer.from(b.isiBase64, "base64")) },
          lingkungan(opsi, new URL(c.req.url).origin),
        );
        return c.json(
          {
            kode: h.kode,
            urlVerifikasi: h.urlVerifikasi,
            penyedia: h.penyedia,
            sha256: h.sha256,
            penandatangan: h.penandatangan,
            ditandatanganiPada: h.ditandatanganiPada,
            namaBerkas: b.namaBerkas.replace(/\.pdf$/i, "") + "-ttd.pdf",
            isiBase64: Buffer.from(h.pdf).toString("base64"),
          },
          201,
        );
      } catch (e) {
        if (e instanceof GagalTteError)
          return problem(c, e.status, "Gagal menandatangani", { detail: e.message }) as never;
        throw e;
      }
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/pemda/{pemda}/opd/{opd}/tte",
      tags: ["TTE"],
      summary: "Log tanda tangan elektronik OPD (terbaru dahulu)",
      request: { params: ZOpdParam },
      responses: {
        200: { description: "Log", content: { "application/json": { schema: z.object({ data: z.array(ZCatatan) }) } } },
        ...problemResponses([401, 403, 404]),
      },
    }),
    async (c) => c.json({ data: await daftarTandaTangan(c.get("ctx"), c.req.valid("param")) }, 200),
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/v1/pemda/{pemda}/tte/verifikasi",
      tags: ["TTE"],
      summary: "Verifikasi PDF bertanda tangan: cocok dengan log (SHA-256) dan, untuk BSrE, menurut gerbang",
      request: {
        params: ZPemdaParam,
        body: {
          required: true,
          content: {
            "application/json": { schema: z.object({ isiBase64: z.string().min(1) }).openapi("VerifikasiTteInput") },
          },
        },
      },
      responses: {
        200: { description: "Hasil", content: { "application/json": { schema: ZVerifikasiHasil } } },
        ...problemResponses([400, 401, 403, 404, 502, 504]),
      },
    }),
    async (c) => {
      try {
        const h = await verifikasiUnggahan(
          c.get("ctx"),
          c.req.valid("param").pemda,
          new Uint8Array(Buffer.from(c.req.valid("json").isiBase64, "base64")),
          lingkungan(opsi, ""),
        );
        return c.json(
          {
            sah: h.sah,
            sha256: h.sha256,
            keterangan: h.keterangan,
            penandatangan: h.penandatangan,
            waktu: h.waktu,
            kode: h.tercatat?.kode ?? null,
            penyedia: h.tercatat?.penyedia ?? null,
            gerbang: h.gerbang ? { sah: h.gerbang.sah, keterangan: h.gerbang.keterangan } : null,
          },
          200,
        );
      } catch (e) {
        if (e instanceof GagalTteError)
          return problem(c, e.status, "Gagal memverifikasi", { detail: e.message }) as never;
        throw e;
      }
    },
  );
  return app;
}

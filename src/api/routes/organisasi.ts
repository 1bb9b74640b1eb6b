/** Organisation routes: the Pemda list, its profile and logo, and its OPDs (list, create, edit). */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { buatOpd, JENIS_OPD, ubahOpd } from "../../services/organisasi/kelola-opd";
import { listOpdOfPemda, listPemdaWithOpd } from "../../services/organisasi/list-opd";
import { hapusLogoPemda, unduhLogoPemda, unggahLogoPemda } from "../../services/organisasi/logo-pemda";
import { bacaProfilPemda, ubahProfilPemda } from "../../services/organisasi/profil-pemda";
import type { AppEnv } from "../env";
import { denganEtag, denganVersi, simpanBerversi } from "../versi";
import { NotFoundError } from "../../services/errors";
import { problemResponses, ZHeaderVersi, ZOpdParam, ZPemdaParam } from "./skema-umum";

const ZOpd = z
  .object({
    id: z.string().uuid(),
    slug: z.string(),
    nama: z.string(),
    jenis: z.string(),
    kode: z.string().nullable(),
    urutan: z.number().int().nullable(),
  })
  .openapi("Opd");

const ZOpdRinci = ZOpd.extend({ alamat: z.string().nullable() }).openapi("OpdRinci");
const ZOpdBerversi = ZOpdRinci.extend({ versi: z.string() }).openapi("OpdBerversi");

const ZPemda = z
  .object({
    id: z.string().uuid(),
    slug: z.string(),
    nama: z.string(),
    jenis: z.enum(["kabupaten", "kota"]),
    provinsi: z.string(),
    opd: z.array(ZOpd),
  })
  .openapi("PemdaDenganOpd");

const ZKepalaDaerah = z
  .object({
    nama: z.string().max(200).openapi({ example: "ZAHIR" }),
    gelarDepan: z.string().max(50).nullable().optional().openapi({ example: "Ir. H." }),
    gelarBelakang: z.string().max(100).nullable().optional().openapi({ example: "MAP" }),
    jabatan: z
      .string()
      .max(200)
      .nullable()
      .optional()
      .openapi({ description: 'Kosong: "Bupati …" / "Wali Kota …" dari nama Pemda', example: "Bupati Batu Bara" }),
    koreksiNama: z
      .boolean()
      .optional()
      .openapi({
        description:
          "true: nama baru adalah koreksi penulisan nama orang yang sama (baris pejabat yang ada diperbaiki); " +
          "tanpa ini nama lain berarti kepala daerah baru (masa jabatan lama diakhiri kemarin)",
      }),
  })
  .openapi("KepalaDaerahInput");

const ZProfilPemda = z
  .object({
    slug: z.string(),
    nama: z.string(),
    jenis: z.enum(["kabupaten", "kota"]),
    provinsi: z.string(),
    ibuKota: z.string().nullable(),
    alamat: z.string().nullable(),
    logo: z
      .object({
        mime: z.string(),
        ukuran: z.number().int(),
        lebar: z.number().int().nullable(),
        tinggi: z.number().int().nullable(),
      })
      .nullable(),
    kepalaDaerah: z
      .object({
        nama: z.string(),
        gelarDepan: z.string().nullable(),
        gelarBelakang: z.string().nullable(),
        jabatan: z.string(),
      })
      .nullable()
      .openapi({ description: "Bupati/Wali Kota: pejabat berperan kepala-daerah yang masih menjabat" }),
  })
  .openapi("ProfilPemda");

const ZProfilPemdaInput = z
  .object({
    nama: z.string().max(200).openapi({ example: "Kabupaten Batu Bara" }),
    jenis: z.enum(["kabupaten", "kota"]).optional(),
    provinsi: z.string().max(200).openapi({ example: "Sumatera Utara" }),
    ibuKota: z.string().max(200).nullable().optional().openapi({ example: "Lima Puluh" }),
    alamat: z.string().max(500).nullable().optional(),
    kepalaDaerah: ZKepalaDaerah.nullable().optional().openapi({ description: "Kosong: kepala daerah tidak diubah" }),
  })
  .openapi("ProfilPemdaInput");

const ZOpdInput = z
  .object({
    nama: z.string().max(200).openapi({ example: "Kecamatan Sei Balai" }),
    jenis: z.enum(JENIS_OPD),
    kode: z.string().max(60).nullable().optional().openapi({
      description:
        "Kode unit organisasi Permendagri 90/2019 (Kepmendagri 050-5889/2021), bentuk SIPD 7.01.0.00.0.00.03.0000",
      example: "7.01.0.00.0.00.03.0000",
    }),
    alamat: z.string().max(500).nullable().optional(),
    urutan: z.number().int().nullable().optional().openapi({ description: "Urutan tampil, 1–9999" }),
  })
  .openapi("OpdInput");

const ZOpdBaru = ZOpdInput.extend({
  slug: z.string().max(100).openapi({ description: "Huruf kecil, angka, tanda hubung; tetap", example: "dinas-baru" }),
}).openapi("OpdBaru");

const ZLogo = z
  .object({
    mime: z.string(),
    ukuran: z.number().int(),
    sha256: z.string(),
    lebar: z.number().int(),
    tinggi: z.number().int(),
    diubah: z.boolean(),
  })
  .openapi("LogoPemda");

const LOGO = "/api/v1/pemda/{pemda}/logo";
const biner = z.any().openapi({ type: "string", format: "binary" });

export function organisasiRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/pemda",
      tags: ["Organisasi"],
      summary: "Daftar Pemda beserta perangkat daerahnya (yang boleh dilihat pengguna)",
      description:
        "Pengguna melihat Pemda-nya sendiri saja; pengguna yang terikat pada satu OPD hanya melihat OPD-nya di daftar.",
      responses: {
        200: { description: "Daftar Pemda", content: { "application/json": { schema: z.array(ZPemda) } } },
        ...problemResponses([401]),
      },
    }),
    async (c) => {
      const rows = await listPemdaWithOpd(c.get("ctx"));
      return c.json(
        rows.map(({ opd, ...p }) => ({ ...p, opd: opd.map(({ pemdaId: _p, ...o }) => o) })),
        200,
      );
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/pemda/{pemda}/opd",
      tags: ["Organisasi"],
      summary: "Perangkat daerah satu Pemda (yang boleh dilihat pengguna), dengan alamatnya",
      request: { params: ZPemdaParam },
      responses: {
        200: {
          description: "Daftar OPD (tiap butir dengan `versi` untuk If-Match saat diubah)",
          content: { "application/json": { schema: z.array(ZOpdBerversi) } },
        },
        ...problemResponses([401, 403, 404]),
      },
    }),
    async (c) => {
      const rows = await listOpdOfPemda(c.get("ctx"), c.req.valid("param").pemda);
      return c.json(
        rows.map(({ pemdaId: _p, ...o }) => denganVersi(o)),
        200,
      );
    },
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/v1/pemda/{pemda}/opd",
      tags: ["Organisasi"],
      summary: "Tambah perangkat daerah (admin Pemda)",
      description: "Slug atau kode unit yang sudah dipakai di Pemda ini → 409.",
      request: {
        params: ZPemdaParam,
        body: { required: true, content: { "application/json": { schema: ZOpdBaru } } },
      },
      responses: {
        201: { description: "Tersimpan", content: { "application/json": { schema: ZOpdRinci } } },
        ...problemResponses([400, 401, 403, 404, 409]),
      },
    }),
    async (c) => {
      const opd = await buatOpd(c.get("ctx"), c.req.valid("param").pemda, c.req.valid("json"));
      return c.json(opd, 201);
    },
  );
  app.openapi(
    createRoute({
      method: "put",
      path: "/api/v1/pemda/{pemda}/opd/{opd}",
      tags: ["Organisasi"],
      summary: "Ubah perangkat daerah: nama, jenis, kode unit, alamat, urutan (slug tetap; admin Pemda)",
      description:
        "Kode, alamat atau urutan yang tidak dikirim tetap seperti tersimpan; null (atau teks kosong) mengosongkannya.",
      request: {
        params: ZOpdParam,
        headers: ZHeaderVersi,
        body: { required: true, content: { "application/json": { schema: ZOpdInput } } },
      },
      responses: {
        200: {
          description: "Tersimpan (diubah: false bila tidak ada yang berubah)",
          content: {
            "application/json": { schema: z.object({ opd: ZOpdRinci, diubah: z.boolean(), versi: z.string() }) },
          },
        },
        ...problemResponses([400, 401, 403, 404, 409]),
      },
    }),
    async (c) => {
      const { pemda, opd } = c.req.valid("param");
      // the version of the OPD as `GET /api/v1/pemda/{pemda}/opd` lists it (`versi`)
      const s = simpanBerversi(c, c.get("ctx"), `Perangkat daerah "${opd}"`, async (ctx) => {
        const o = (await listOpdOfPemda(ctx, pemda)).find((x) => x.slug === opd);
        if (!o) throw new NotFoundError(`Perangkat daerah "${opd}" tidak ditemukan`);
        const { pemdaId: _p, ...tampil } = o;
        return tampil;
      });
      const hasil = await ubahOpd(s.ctx, pemda, opd, c.req.valid("json"));
      return c.json({ ...hasil, versi: await s.selesai() }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/pemda/{pemda}/profil",
      tags: ["Organisasi"],
      summary: "Profil Pemda: identitas, ibu kota, alamat, logo, kepala daerah",
      request: { params: ZPemdaParam },
      responses: {
        200: { description: "Profil", content: { "application/json": { schema: ZProfilPemda } } },
        ...problemResponses([401, 403, 404]),
      },
    }),
    async (c) => c.json(denganEtag(c, await bacaProfilPemda(c.get("ctx"), c.req.valid("param").pemda)), 200),
  );
  app.openapi(
    createRoute({
      method: "put",
      path: "/api/v1/pemda/{pemda}/profil",
      tags: ["Organisasi"],
      summary: "Ubah profil Pemda dan kepala daerahnya (admin Pemda); slug tetap",
      description:
        "Bidang opsional yang tidak dikirim tetap seperti tersimpan; null (atau teks kosong) mengosongkannya. Nama " +
        "kepala daerah yang berbeda berarti orang baru: masa jabatan yang lama berakhir kemarin dan yang baru mulai " +
        "hari ini, sehingga Perjanjian Kinerja yang tersimpan tetap memuat nama lama; perubahan gelar atau jabatan " +
        "saja membetulkan data orang yang sama.",
      request: {
        params: ZPemdaParam,
        headers: ZHeaderVersi,
        body: { required: true, content: { "application/json": { schema: ZProfilPemdaInput } } },
      },
      responses: {
        200: {
          description: "Tersimpan (diubah: false bila tidak ada yang berubah)",
          content: {
            "application/json": { schema: z.object({ profil: ZProfilPemda, diubah: z.boolean(), versi: z.string() }) },
          },
        },
        ...problemResponses([400, 401, 403, 404, 409]),
      },
    }),
    async (c) => {
      const { pemda } = c.req.valid("param");
      const s = simpanBerversi(c, c.get("ctx"), "Profil pemerintah daerah", (ctx) => bacaProfilPemda(ctx, pemda));
      const hasil = await ubahProfilPemda(s.ctx, pemda, c.req.valid("json"));
      return c.json({ ...hasil, versi: await s.selesai() }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: LOGO,
      tags: ["Organisasi"],
      summary: "Logo Pemda (PNG atau JPEG); 404 bila belum ada",
      request: { params: ZPemdaParam },
      responses: {
        200: {
          description: "Gambar logo",
          content: { "image/png": { schema: biner }, "image/jpeg": { schema: biner } },
        },
        ...problemResponses([401, 403, 404]),
      },
    }),
    async (c) => {
      const logo = await unduhLogoPemda(c.get("ctx"), c.req.valid("param").pemda);
      return c.body(logo.isi as Uint8Array<ArrayBuffer>, 200, {
        "content-type": logo.mime,
        "cache-control": "private, no-cache",
      }) as never;
    },
  );
  app.openapi(
    createRoute({
      method: "put",
      path: LOGO,
      tags: ["Organisasi"],
      summary: "Unggah logo Pemda (PNG atau JPEG, maks. 1 MB, 16–2048 piksel per sisi)",
      description:
        "Badan permintaan berisi byte gambar. Jenis dikenali dari isi berkas (bukan nama atau content-type) dan gambarnya dibaca: berkas lain → 400, di atas 1 MB → 413.",
      request: {
        params: ZPemdaParam,
        // Not validated here: the service authorises first, then reads the bytes (403 before 400/413).
        body: { required: false, content: { "image/png": { schema: biner }, "image/jpeg": { schema: biner } } },
      },
      responses: {
        200: { description: "Tersimpan", content: { "application/json": { schema: ZLogo } } },
        ...problemResponses([400, 401, 403, 404, 413]),
      },
    }),
    async (c) => {
      const isi = new Uint8Array(await c.req.arrayBuffer());
      return c.json(await unggahLogoPemda(c.get("ctx"), c.req.valid("param").pemda, isi), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "delete",
      path: LOGO,
      tags: ["Organisasi"],
      summary: "Hapus logo Pemda (admin Pemda); tanpa logo tidak ada yang berubah",
      request: { params: ZPemdaParam },
      responses: {
        200: {
          description: "Terhapus",
          content: { "application/json": { schema: z.object({ dihapus: z.boolean() }) } },
        },
        ...problemResponses([401, 403, 404]),
      },
    }),
    async (c) => c.json(await hapusLogoPemda(c.get("ctx"), c.req.valid("param").pemda), 200),
  );
  return app;
}

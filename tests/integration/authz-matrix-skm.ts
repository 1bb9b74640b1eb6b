/**
 * Authorisation-matrix entries of the SKM routes (issue 12), spread into MATRIX (authz-matrix.ts). Each request gets
 * its own layanan and period in the addressed OPD (made with the system context), so an allowed call never depends
 * on another; the public routes get a layanan with a period open today.
 */
import { simpanEntriKertas } from "../../src/services/skm/entri";
import { simpanLayananSkm } from "../../src/services/skm/layanan";
import { simpanPeriodeSkm } from "../../src/services/skm/periode";
import { buatRtlSkm } from "../../src/services/skm/rtl";
import type { MatrixEntry, Tempat } from "./authz-matrix";

const B = "/api/v1/pemda/{pemda}/opd/{opd}/skm";
const JAWABAN = { u1: 3, u2: 3, u3: 3, u4: 4, u5: 3, u6: 3, u7: 3, u8: 3, u9: 3 };

async function contoh(t: Tempat): Promise<Record<string, string>> {
  const l = { pemda: t.pemdaSlug, opd: t.opdSlug };
  const layanan = `uji-${t.seq}`;
  const periode = `p${t.seq}`;
  await simpanLayananSkm(t.ctx, l, layanan, { nama: `Layanan uji ${t.seq}` });
  await simpanPeriodeSkm(t.ctx, l, periode, { jenis: "tahun", mulai: "2000-01-01", selesai: "2099-12-31" });
  return { layanan, periode };
}

async function denganSaran(t: Tempat): Promise<Record<string, string>> {
  const c = await contoh(t);
  await simpanEntriKertas(t.ctx, { pemda: t.pemdaSlug, opd: t.opdSlug, periode: c.periode!, layanan: c.layanan! }, [
    { kunci: `uji-saran-${t.seq}`, jawaban: JAWABAN, saran: "mohon antrian lebih cepat" },
  ]);
  const { daftarSaranSkm } = await import("../../src/services/skm/saran");
  const s = await daftarSaranSkm(t.ctx, { pemda: t.pemdaSlug, opd: t.opdSlug }, c.periode!);
  return { ...c, id: s[0]!.id };
}

async function denganRtl(t: Tempat): Promise<Record<string, string>> {
  const c = await contoh(t);
  const r = await buatRtlSkm(
    t.ctx,
    { pemda: t.pemdaSlug, opd: t.opdSlug },
    {
      periode: c.periode!,
      unsur: "u1",
      item: "Papan informasi persyaratan",
      penanggungJawab: "Sekretaris Camat",
    },
  );
  return { ...c, id: r.id };
}

const csv = () => ({
  namaBerkas: "skm.csv",
  isiBase64: Buffer.from("u1,u2,u3,u4,u5,u6,u7,u8,u9\n3,3,3,4,3,3,3,3,3\n").toString("base64"),
});

export const MATRIX_SKM: MatrixEntry[] = [
  { method: "get", path: `${B}/layanan`, izin: "skm.baca", scope: "opd" },
  { method: "get", path: `${B}/layanan/{layanan}`, izin: "skm.baca", scope: "opd", params: contoh },
  {
    method: "put",
    path: `${B}/layanan/{layanan}`,
    izin: "skm.ubah",
    scope: "opd",
    params: contoh,
    body: () => ({ nama: "Layanan diubah" }),
  },
  { method: "delete", path: `${B}/layanan/{layanan}`, izin: "skm.ubah", scope: "opd", params: contoh },
  { method: "get", path: `${B}/layanan/{layanan}/kuesioner`, izin: "skm.baca", scope: "opd", params: contoh },
  {
    method: "put",
    path: `${B}/layanan/{layanan}/kuesioner`,
    izin: "skm.ubah",
    scope: "opd",
    params: contoh,
    body: () => ({ butir: [] }),
  },
  { method: "get", path: `${B}/periode/{periode}`, izin: "skm.baca", scope: "opd", params: contoh },
  {
    method: "put",
    path: `${B}/periode/{periode}`,
    izin: "skm.ubah",
    scope: "opd",
    params: contoh,
    body: () => ({ jenis: "semester", mulai: "2000-01-01", selesai: "2099-06-30" }),
  },
  { method: "delete", path: `${B}/periode/{periode}`, izin: "skm.ubah", scope: "opd", params: contoh },
  { method: "post", path: `${B}/periode/{periode}/tutup`, izin: "skm.ubah", scope: "opd", params: contoh },
  { method: "post", path: `${B}/periode/{periode}/buka`, izin: "skm.ubah", scope: "opd", params: contoh },
  {
    method: "put",
    path: `${B}/periode/{periode}/populasi/{layanan}`,
    izin: "skm.ubah",
    scope: "opd",
    params: contoh,
    body: () => ({ populasi: 500 }),
  },
  {
    method: "post",
    path: `${B}/periode/{periode}/layanan/{layanan}/kertas`,
    izin: "skm.ubah",
    scope: "opd",
    params: contoh,
    body: () => ({ baris: [{ jawaban: JAWABAN }] }),
  },
  {
    method: "post",
    path: `${B}/periode/{periode}/layanan/{layanan}/impor/pratinjau`,
    izin: "skm.ubah",
    scope: "opd",
    params: contoh,
    body: csv,
  },
  {
    method: "post",
    path: `${B}/periode/{periode}/layanan/{layanan}/impor/konfirmasi`,
    izin: "skm.ubah",
    scope: "opd",
    params: contoh,
    body: csv,
  },
  { method: "get", path: `${B}/periode/{periode}/hasil`, izin: "skm.baca", scope: "opd", params: contoh },
  { method: "get", path: `${B}/periode/{periode}/saran`, izin: "skm.baca", scope: "opd", params: contoh },
  {
    method: "put",
    path: `${B}/saran/{id}`,
    izin: "skm.ubah",
    scope: "opd",
    params: denganSaran,
    body: () => ({ status: "tampil" }),
  },
  { method: "get", path: `${B}/rtl`, izin: "skm.baca", scope: "opd" },
  {
    method: "post",
    path: `${B}/rtl`,
    izin: "skm.ubah",
    scope: "opd",
    params: contoh,
    body: (t) => ({ periode: `p${t.seq}`, unsur: "u1", item: "Papan informasi", penanggungJawab: "Sekcam" }),
  },
  { method: "get", path: `${B}/rtl/{id}`, izin: "skm.baca", scope: "opd", params: denganRtl },
  {
    method: "put",
    path: `${B}/rtl/{id}`,
    izin: "skm.ubah",
    scope: "opd",
    params: denganRtl,
    body: (t) => ({ periode: `p${t.seq}`, unsur: "u1", item: "Papan", penanggungJawab: "Sekcam", status: "selesai" }),
  },
  { method: "delete", path: `${B}/rtl/{id}`, izin: "skm.ubah", scope: "opd", params: denganRtl },
  {
    method: "get",
    path: "/api/v1/pemda/{pemda}/skm/periode/{periode}/hasil",
    izin: "skm.baca",
    scope: "pemda",
    params: contoh,
  },
  { method: "get", path: "/api/v1/publik/skm/{pemda}/{layanan}", izin: null, scope: "publik", params: contoh },
  {
    method: "post",
    path: "/api/v1/publik/skm/{pemda}/{layanan}",
    izin: null,
    scope: "publik",
    params: contoh,
    body: (t) => ({ kunci: `uji-matriks-${t.seq}`, jawaban: JAWABAN }),
  },
];

/**
 * Authorisation-matrix entries of the LKE routes (src/api/routes/lke.ts), spread into MATRIX in authz-matrix.ts.
 * Sample rows (an evaluation, an evidence link, a recommendation) are written straight through the repository for
 * the addressed OPD. Years 2041–2049 are used by no other test; each entry has its own year so that one entry's
 * writes (an operator saving an answer creates the evaluation) cannot change another's expected outcome.
 */
import { insertBuktiLke, insertEvaluasiLke, insertRekomendasi } from "../../src/storage/repositories/lke-repository";
import type { MatrixEntry, Tempat } from "./authz-matrix";

const O = "/api/v1/pemda/{pemda}/opd/{opd}";
const L = `${O}/lke/{tahun}`;

async function evaluasi(t: Tempat, tahun: number) {
  return insertEvaluasiLke(t.ctx.db, {
    pemdaId: t.pemdaId,
    opdId: t.opdId,
    tahun,
    kerangka: "88/2021",
    diubahOleh: "uji",
  });
}

const tahun = (n: number) => () => ({ tahun: String(n) });

async function buktiContoh(t: Tempat): Promise<Record<string, string>> {
  const ev = await evaluasi(t, 2048);
  const [b] = await insertBuktiLke(t.ctx.db, [
    {
      pemdaId: t.pemdaId,
      opdId: t.opdId,
      evaluasiId: ev.id,
      kodeKriteria: "1.a.1",
      jenis: "tautan",
      judul: "Pedoman",
      url: "https://contoh.go.id/pedoman.pdf",
      diunggahOleh: "uji",
    },
  ]);
  return { id: b!.id };
}

async function rekomendasiContoh(t: Tempat): Promise<Record<string, string>> {
  const ev = await evaluasi(t, 2049);
  const r = await insertRekomendasi(t.ctx.db, {
    pemdaId: t.pemdaId,
    opdId: t.opdId,
    evaluasiId: ev.id,
    uraian: "Perbaiki IKU",
    penanggungJawab: "Sekretaris",
    diubahOleh: "uji",
  });
  return { id: r.id };
}

async function evaluasiDraft(t: Tempat): Promise<Record<string, string>> {
  await evaluasi(t, 2042);
  return { tahun: "2042" };
}

export const MATRIX_LKE: MatrixEntry[] = [
  { method: "get", path: L, izin: "evaluasi.baca", scope: "opd", params: tahun(2041) },
  { method: "get", path: `${L}/nilai`, izin: "evaluasi.baca", scope: "opd", params: tahun(2041) },
  {
    method: "put",
    path: `${L}/jawaban`,
    izin: "evaluasi.isi",
    scope: "opd",
    params: tahun(2043),
    body: () => ({ sisi: "mandiri", jawaban: [{ kode: "1.a.1", jawaban: "A" }] }),
  },
  {
    method: "put",
    path: `${L}/catatan-komponen`,
    izin: "evaluasi.nilai",
    scope: "opd",
    params: tahun(2044),
    body: () => ({ komponen: "perencanaan", catatan: "Catatan" }),
  },
  {
    method: "post",
    path: `${L}/status`,
    izin: "evaluasi.isi",
    scope: "opd",
    params: evaluasiDraft,
    body: () => ({ aksi: "ajukan" }),
  },
  {
    method: "post",
    path: `${L}/simulasi`,
    izin: "evaluasi.baca",
    scope: "opd",
    params: tahun(2041),
    body: () => ({ jawaban: { "1.a.1": "AA" } }),
  },
  { method: "post", path: `${L}/bukti`, izin: "evaluasi.bukti", scope: "opd", params: tahun(2045) },
  {
    method: "post",
    path: `${L}/bukti-tautan`,
    izin: "evaluasi.bukti",
    scope: "opd",
    params: tahun(2045),
    body: () => ({ kodeKriteria: "1.a.1", judul: "Pedoman", url: "https://contoh.go.id/p.pdf", halaman: 2 }),
  },
  {
    method: "post",
    path: `${L}/bukti/salin-tahun-lalu`,
    izin: "evaluasi.bukti",
    scope: "opd",
    params: tahun(2046),
    body: () => ({}),
  },
  { method: "get", path: `${O}/lke-bukti/{id}`, izin: "evaluasi.baca", scope: "opd", params: buktiContoh },
  { method: "delete", path: `${O}/lke-bukti/{id}`, izin: "evaluasi.bukti", scope: "opd", params: buktiContoh },
  { method: "get", path: `${L}/rekomendasi`, izin: "evaluasi.baca", scope: "opd", params: tahun(2049) },
  {
    method: "post",
    path: `${L}/rekomendasi`,
    izin: "evaluasi.nilai",
    scope: "opd",
    params: tahun(2047),
    body: () => ({ uraian: "Perbaiki IKU", penanggungJawab: "Sekretaris" }),
  },
  {
    method: "put",
    path: `${O}/lke-rekomendasi/{id}`,
    izin: "evaluasi.nilai",
    scope: "opd",
    params: rekomendasiContoh,
    body: () => ({ uraian: "Perbaiki IKU dan target" }),
  },
  {
    method: "put",
    path: `${O}/lke-rekomendasi/{id}/tindak-lanjut`,
    izin: "evaluasi.bukti",
    scope: "opd",
    params: rekomendasiContoh,
    body: () => ({ status: "proses", tindakLanjut: "Sedang direviu" }),
  },
  {
    method: "delete",
    path: `${O}/lke-rekomendasi/{id}`,
    izin: "evaluasi.nilai",
    scope: "opd",
    params: rekomendasiContoh,
  },
  { method: "get", path: `${L}/xlsx`, izin: "evaluasi.baca", scope: "opd", params: tahun(2041) },
  {
    method: "post",
    path: `${L}/impor/pratinjau`,
    izin: "evaluasi.isi",
    scope: "opd",
    params: tahun(2041),
    body: () => ({ namaBerkas: "lke.xlsx", isiBase64: "UEsDBA==" }),
  },
  {
    method: "post",
    path: `${L}/impor/konfirmasi`,
    izin: "evaluasi.isi",
    scope: "opd",
    params: tahun(2041),
    body: () => ({ namaBerkas: "lke.xlsx", isiBase64: "UEsDBA==" }),
  },
  {
    method: "get",
    path: "/api/v1/pemda/{pemda}/lke-rekap/{tahun}",
    izin: "evaluasi.baca",
    scope: "pemda",
    params: tahun(2023),
  },
];

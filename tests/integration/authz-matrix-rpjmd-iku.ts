/** Authorisation-matrix entries of the RPJMD IKU and Kabupaten LKjIP routes (issue 15, ADR 0036). */
import { simpanRpjmd } from "../../src/services/perencanaan/simpan-rpjmd";
import type { MatrixEntry, Tempat } from "./authz-matrix";

/** An RPJMD 2019–2023 of the addressed Pemda (idempotent: an unchanged save writes nothing). */
async function rpjmdContoh(t: Tempat): Promise<Record<string, string>> {
  await simpanRpjmd(t.ctx, t.pemdaSlug, {
    tahunAwal: 2019,
    tahunAkhir: 2023,
    visi: "Visi contoh",
    kataKunci: [],
    misi: [{ nomor: 1, teks: "Misi contoh" }],
  });
  return { tahunAwal: "2019" };
}

export const MATRIX_RPJMD_IKU: MatrixEntry[] = [
  {
    method: "get",
    path: "/api/v1/pemda/{pemda}/rpjmd/{tahunAwal}/iku",
    izin: "rpjmd.baca",
    scope: "pemda",
    params: rpjmdContoh,
  },
  {
    method: "put",
    path: "/api/v1/pemda/{pemda}/rpjmd/{tahunAwal}/iku",
    izin: "rpjmd.ubah",
    scope: "pemda",
    params: rpjmdContoh,
    body: () => ({ tujuan: [] }),
  },
  {
    method: "get",
    path: "/api/v1/pemda/{pemda}/capaian-iku/{tahun}",
    izin: "rpjmd.baca",
    scope: "pemda",
    params: async (t) => {
      await rpjmdContoh(t);
      return { tahun: "2023" };
    },
  },
  {
    method: "get",
    path: "/api/v1/pemda/{pemda}/lkjip/{tahun}",
    izin: "rpjmd.baca",
    scope: "pemda",
    params: async (t) => {
      await rpjmdContoh(t);
      return { tahun: "2023" };
    },
    query: () => ({ format: "html" }),
  },
];

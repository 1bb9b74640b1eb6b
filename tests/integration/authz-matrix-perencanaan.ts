/**
 * Authorisation-matrix entries of the plan read-back routes (GET …/rpjmd/{tahunAwal}, GET …/renstra/{tahunAwal}),
 * spread into MATRIX in authz-matrix.ts. The sample documents are saved with the system ctx of the addressed place
 * (idempotent: the same content as the PUT entries of authz-matrix-kinerja.ts), in periods no other test uses.
 */
import { simpanRenstra } from "../../src/services/perencanaan/simpan-renstra";
import { simpanRpjmd } from "../../src/services/perencanaan/simpan-rpjmd";
import type { MatrixEntry, Tempat } from "./authz-matrix";

const O = "/api/v1/pemda/{pemda}/opd/{opd}";

async function rpjmdContoh(t: Tempat): Promise<Record<string, string>> {
  await simpanRpjmd(t.ctx, t.pemdaSlug, {
    tahunAwal: 2040,
    tahunAkhir: 2044,
    visi: "Visi uji",
    kataKunci: [],
    misi: [{ nomor: 1, teks: "Misi uji" }],
  });
  return { tahunAwal: "2040" };
}

async function renstraContoh(t: Tempat): Promise<Record<string, string>> {
  await simpanRenstra(
    t.ctx,
    { pemda: t.pemdaSlug, opd: t.opdSlug },
    {
      tahunAwal: 2030,
      tahunAkhir: 2034,
      namaDokumen: "Renstra contoh 2030-2034",
      misiNomor: [],
      tujuan: [
        {
          kode: "TX",
          teks: "Tujuan contoh",
          sasaran: [{ kode: "SX", teks: "Sasaran contoh", strategi: [], kebijakan: [] }],
        },
      ],
    },
  );
  return { tahunAwal: "2030" };
}

export const MATRIX_PERENCANAAN: MatrixEntry[] = [
  {
    method: "get",
    path: "/api/v1/pemda/{pemda}/rpjmd/{tahunAwal}",
    izin: "perencanaan.baca",
    scope: "pemda",
    params: rpjmdContoh,
  },
  { method: "get", path: `${O}/renstra/{tahunAwal}`, izin: "perencanaan.baca", scope: "opd", params: renstraContoh },
];

/**
 * Authorisation-matrix entries of the Rencana Aksi routes (issue #19), spread into MATRIX (authz-matrix.ts).
 * Quarter writes address a year of their own per request; the plan save addresses a PK of the addressed OPD.
 */
import { simpanDaftarPejabat } from "../../src/services/organisasi/simpan-pejabat";
import { simpanPk } from "../../src/services/pk/simpan-pk";
import { listPejabat } from "../../src/storage/repositories/pejabat-repository";
import { listPk } from "../../src/storage/repositories/pk-repository";
import type { MatrixEntry, Tempat } from "./authz-matrix";

const BASE = "/api/v1/pemda/{pemda}/opd/{opd}/renaksi/{tahun}";
const tahunBaru = (t: Tempat) => ({ tahun: String(2040 + (t.seq % 50)) });

/** A sample eselon IV PK of the addressed OPD in 2037 (as authz-matrix-pk-ubah.ts makes its own), for the plan save. */
async function pkContoh(t: Tempat): Promise<Record<string, string>> {
  const lingkup = { pemda: t.pemdaSlug, opd: t.opdSlug };
  let pejabat = await listPejabat(t.ctx.db, t.pemdaId, t.opdId);
  if (!pejabat[0]) {
    await simpanDaftarPejabat(t.ctx, lingkup, [
      {
        kode: "kepala-contoh",
        peran: "kepala-opd",
        nama: "KEPALA CONTOH",
        nip: "198001012005011001",
        jabatan: "Kepala",
        eselon: "III",
      },
      {
        kode: "staf-contoh",
        peran: "pejabat",
        nama: "STAF CONTOH",
        nip: "198502022010012002",
        jabatan: "Kepala Seksi",
        eselon: "IV",
      },
    ]);
    pejabat = await listPejabat(t.ctx.db, t.pemdaId, t.opdId);
  }
  let pk = (await listPk(t.ctx.db, t.opdId, 2037))[0];
  if (!pk) {
    await simpanPk(t.ctx, lingkup, {
      kode: "pk-contoh-renaksi-2037",
      tahun: 2037,
      jenis: "awal",
      level: "eselon-iv",
      pihakPertamaKode: pejabat.at(-1)!.kode,
      pihakKeduaKode: pejabat[0]!.kode,
      tempat: "Contoh",
      tanggal: "2037-01-31",
      kinerja: [
        {
          nomor: "1.",
          tingkat: "sasaran-kegiatan",
          sasaran: "S",
          indikator: "I",
          satuan: "%",
          target: "100",
          anak: [],
        },
      ],
      anggaran: [],
    });
    pk = (await listPk(t.ctx.db, t.opdId, 2037))[0]!;
  }
  return { tahun: "2037", pkId: pk.id };
}

export const MATRIX_RENAKSI: MatrixEntry[] = [
  { method: "get", path: BASE, izin: "renaksi.baca", scope: "opd", params: () => ({ tahun: "2023" }) },
  {
    method: "put",
    path: `${BASE}/pk/{pkId}`,
    izin: "renaksi.ubah",
    scope: "opd",
    params: pkContoh,
    body: () => ({ indikator: [] }),
  },
  {
    method: "put",
    path: `${BASE}/triwulan/{triwulan}/realisasi`,
    izin: "renaksi.ubah",
    scope: "opd",
    params: (t) => ({ ...tahunBaru(t), triwulan: "1" }),
    body: () => ({ baris: [] }),
  },
  {
    method: "post",
    path: `${BASE}/triwulan/{triwulan}/status`,
    izin: "data.ajukan",
    scope: "opd",
    params: (t) => ({ ...tahunBaru(t), triwulan: "1" }),
    body: () => ({ aksi: "ajukan" }),
  },
  // XLSX export/template and import (preview → confirm)
  { method: "get", path: `${BASE}/xlsx`, izin: "renaksi.baca", scope: "opd", params: () => ({ tahun: "2023" }) },
  {
    method: "post",
    path: `${BASE}/impor/pratinjau`,
    izin: "renaksi.ubah",
    scope: "opd",
    params: (t) => tahunBaru(t),
    body: () => ({ namaBerkas: "renaksi.xlsx", isiBase64: "UEsDBA==" }),
  },
  {
    method: "post",
    path: `${BASE}/impor/konfirmasi`,
    izin: "renaksi.ubah",
    scope: "opd",
    params: (t) => tahunBaru(t),
    body: () => ({ namaBerkas: "renaksi.xlsx", isiBase64: "UEsDBA==" }),
  },
];

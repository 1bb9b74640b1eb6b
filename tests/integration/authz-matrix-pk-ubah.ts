/**
 * Authorisation-matrix entries of the whole-PK edit routes (read-back, delete, candidate cascade parents), spread
 * into MATRIX in authz-matrix.ts. The sample PK is (re)created with the system ctx of the addressed place before
 * every request, in a year no other test uses (2036), so each allowed DELETE has something to delete.
 */
import { simpanDaftarPejabat } from "../../src/services/organisasi/simpan-pejabat";
import { simpanPk } from "../../src/services/pk/simpan-pk";
import { listPejabat } from "../../src/storage/repositories/pejabat-repository";
import type { MatrixEntry, Tempat } from "./authz-matrix";

const O = "/api/v1/pemda/{pemda}/opd/{opd}";
const KODE = "pk-contoh-ubah-2036";

/** The sample PK of the place: an eselon IV PK of one of its pejabat (two sample pejabat when it has none). */
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
  const pertama = pejabat.at(-1)!;
  await simpanPk(t.ctx, lingkup, {
    kode: KODE,
    tahun: 2036,
    jenis: "awal",
    level: "eselon-iv",
    pihakPertamaKode: pertama.kode,
    pihakKeduaKode: pejabat[0]!.kode,
    tempat: "Contoh",
    tanggal: "2036-01-31",
    kinerja: [
      { nomor: "1.", tingkat: "sasaran-kegiatan", sasaran: "S", indikator: "I", satuan: "%", target: "100", anak: [] },
    ],
    anggaran: [],
  });
  return { kode: KODE };
}

export const MATRIX_PK_UBAH: MatrixEntry[] = [
  { method: "get", path: `${O}/pk-dokumen/{kode}`, izin: "pk.baca", scope: "opd", params: pkContoh },
  { method: "delete", path: `${O}/pk-dokumen/{kode}`, izin: "pk.ubah", scope: "opd", params: pkContoh },
  {
    method: "get",
    path: `${O}/pk/{tahun}/induk-kaskade`,
    izin: "pk.baca",
    scope: "opd",
    params: () => ({ tahun: "2023" }),
    query: () => ({ level: "eselon-iv" }),
  },
];

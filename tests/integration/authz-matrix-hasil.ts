/**
 * Authorisation-matrix entries of the linked-result read routes (src/api/routes/hasil-tertaut.ts), spread into MATRIX
 * in authz-matrix.ts. The single-result GETs need a stored row in the addressed OPD (else an allowed caller gets 404):
 * it is written straight through the repository (idempotent upsert, no lock check), so a period that another entry
 * of the matrix submitted cannot block the sample. Years 2030–2034 are used by no other test.
 */
import { upsertHasilAkip, upsertHasilSurvei } from "../../src/storage/repositories/hasil-tertaut-repository";
import type { MatrixEntry, Tempat } from "./authz-matrix";

const O = "/api/v1/pemda/{pemda}/opd/{opd}";
const KODE = "skm-uji-baca-2032";
const TAHUN = 2032;

async function surveiContoh(t: Tempat): Promise<Record<string, string>> {
  await upsertHasilSurvei(t.ctx.db, {
    pemdaId: t.pemdaId,
    opdId: t.opdId,
    kode: KODE,
    tahun: TAHUN,
    periodeMulai: `${TAHUN}-01-01`,
    periodeSelesai: `${TAHUN}-12-31`,
    responden: 10,
    jenisMasukan: "jumlah",
    nilai: { u1: "30", u2: "30", u3: "30", u4: "30", u5: "30", u6: "30", u7: "30", u8: "30", u9: "30" },
  });
  return { kode: KODE };
}

async function akipContoh(t: Tempat): Promise<Record<string, string>> {
  await upsertHasilAkip(t.ctx.db, {
    pemdaId: t.pemdaId,
    opdId: t.opdId,
    tahun: TAHUN,
    jenis: "hasil",
    kerangka: "88/2021",
    komponen: { perencanaan: "20", pengukuran: "20", pelaporan: "10", evaluasi: "15" },
  });
  return { tahun: String(TAHUN) };
}

export const MATRIX_HASIL: MatrixEntry[] = [
  { method: "get", path: `${O}/hasil-survei`, izin: "skm.baca", scope: "opd" },
  { method: "get", path: `${O}/hasil-survei/{kode}`, izin: "skm.baca", scope: "opd", params: surveiContoh },
  { method: "get", path: `${O}/hasil-akip`, izin: "evaluasi.baca", scope: "opd" },
  { method: "get", path: `${O}/hasil-akip/{tahun}`, izin: "evaluasi.baca", scope: "opd", params: akipContoh },
];

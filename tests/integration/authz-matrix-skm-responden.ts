/**
 * Authorisation-matrix entries of the stored-answer routes (issue 12, ADR 0037): list, read, correct, void. Each
 * request gets its own layanan, open period and one answer in the addressed OPD (system context).
 */
import { simpanEntriKertas } from "../../src/services/skm/entri";
import { simpanLayananSkm } from "../../src/services/skm/layanan";
import { simpanPeriodeSkm } from "../../src/services/skm/periode";
import { daftarRespondenSkm } from "../../src/services/skm/responden";
import type { MatrixEntry, Tempat } from "./authz-matrix";

const B = "/api/v1/pemda/{pemda}/opd/{opd}/skm";
const JAWABAN = { u1: 3, u2: 3, u3: 3, u4: 4, u5: 3, u6: 3, u7: 3, u8: 3, u9: 3 };

async function denganJawaban(t: Tempat): Promise<Record<string, string>> {
  const l = { pemda: t.pemdaSlug, opd: t.opdSlug };
  const layanan = `ujr-${t.seq}`;
  const periode = `r${t.seq}`;
  await simpanLayananSkm(t.ctx, l, layanan, { nama: `Layanan uji ${t.seq}` });
  await simpanPeriodeSkm(t.ctx, l, periode, { jenis: "tahun", mulai: "2000-01-01", selesai: "2099-12-31" });
  await simpanEntriKertas(t.ctx, { ...l, periode, layanan }, [{ kunci: `uji-responden-${t.seq}`, jawaban: JAWABAN }]);
  const h = await daftarRespondenSkm(t.ctx, l, periode);
  return { layanan, periode, id: h.baris[0]!.id };
}

export const MATRIX_SKM_RESPONDEN: MatrixEntry[] = [
  {
    method: "get",
    path: `${B}/periode/{periode}/responden`,
    izin: "skm.baca",
    scope: "opd",
    params: denganJawaban,
  },
  { method: "get", path: `${B}/responden/{id}`, izin: "skm.baca", scope: "opd", params: denganJawaban },
  {
    method: "put",
    path: `${B}/responden/{id}`,
    izin: "skm.ubah",
    scope: "opd",
    params: denganJawaban,
    body: () => ({ jawaban: { ...JAWABAN, u1: 4 }, alasan: "salah ketik dari kuesioner kertas" }),
  },
  {
    method: "post",
    path: `${B}/responden/{id}/batal`,
    izin: "skm.ubah",
    scope: "opd",
    params: denganJawaban,
    body: () => ({ alasan: "entri uji" }),
  },
];

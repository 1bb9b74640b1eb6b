/**
 * Use case behind POST /api/v1/pemda/{pemda}/reviu/periksa: a reviewer (Inspektorat/evaluator, admin) uploads a published LKjIP
 * and gets the findings. `reviu.periksa` on the reviewer's own Pemda; nothing is stored, so nothing is audited.
 * Authorisation comes before the file is read (403 before 400).
 */
import { DomainError } from "../../domain/shared/errors";
import { otorisasiPemda } from "../bersama/lingkup";
import type { ServiceContext } from "../context";
import { type HasilPeriksaBerkas, periksaBerkasLaporan } from "./periksa-berkas";

export interface UnggahanLaporan {
  nama: string;
  isi: Uint8Array;
}

export async function periksaUnggahanLaporan(
  ctx: ServiceContext,
  pemdaSlug: string,
  unggahan: () => Promise<UnggahanLaporan | null>,
): Promise<HasilPeriksaBerkas> {
  await otorisasiPemda(ctx, pemdaSlug, "reviu.periksa");
  const berkas = await unggahan();
  if (!berkas) {
    throw new DomainError("berkas_wajib", 'berkas: unggah LKjIP (.docx, .pdf atau .txt) pada kolom formulir "berkas"', {
      field: "berkas",
    });
  }
  return periksaBerkasLaporan(berkas.isi, berkas.nama, ctx.batasImpor);
}

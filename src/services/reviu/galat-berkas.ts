/** Refusals of a report file for the reviu validator: fixed Indonesian sentences, a 400 (DomainError). */
import { DomainError } from "../../domain/shared/errors";

export function laporanTidakTerbaca(alasan: string, sebab?: unknown): DomainError {
  const e = new DomainError(
    "laporan_tidak_terbaca",
    `Berkas laporan tidak dapat diperiksa: ${alasan}. Unggah LKjIP sebagai .docx, .pdf (berisi teks) atau .txt`,
    { field: "berkas" },
  );
  if (sebab !== undefined) e.cause = sebab instanceof Error ? sebab.message : String(sebab);
  return e;
}

/**
 * Rejection of a whole import file: one DomainError listing every malformed cell (row, column, value).
 */
import { DomainError } from "../shared/errors";
import type { KesalahanBaris } from "./pengawasan-types";

/** Throws DomainError("berkas_anggaran_tidak_valid", …, { errors }) naming the first 5 errors in its message. */
export function tolakBerkas(jenis: string, kesalahan: readonly KesalahanBaris[]): never {
  const urut = [...kesalahan].sort((a, b) => a.baris - b.baris);
  const daftar = urut
    .slice(0, 5)
    .map((k) => k.pesan)
    .join("; ");
  throw new DomainError(
    "berkas_anggaran_tidak_valid",
    `Berkas ${jenis} ditolak: ${urut.length} kesalahan (${daftar}${urut.length > 5 ? "; …" : ""})`,
    { errors: urut },
  );
}

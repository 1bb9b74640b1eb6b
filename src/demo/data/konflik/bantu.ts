/** Compact constructor for konflik entries: values as [printed text, SEED lines]. */
import type { JenisKonflik, Konflik } from "../types";

export function konflik(
  id: string,
  jenis: JenisKonflik,
  fakta: string,
  nilai: [string, string][],
  dipilih: string | null,
  alasan: string,
  terkait?: string,
): Konflik {
  const k: Konflik = { id, jenis, fakta, nilai: nilai.map(([teks, lines]) => ({ teks, sumber: `SEED ${lines}` })), dipilih, alasan };
  if (terkait) k.terkait = terkait;
  return k;
}

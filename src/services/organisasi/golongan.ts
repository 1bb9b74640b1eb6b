/**
 * Golongan/ruang of a PNS pangkat (civil-service rank). NOTE: PP 99/2000 Lampiran I (pangkat → golongan ruang);
 * used to fill golongan when only the pangkat is written (the seed prints pangkat only).
 */
const GOLONGAN: Record<string, string> = {
  "juru muda": "I/a",
  "juru muda tk. i": "I/b",
  juru: "I/c",
  "juru tk. i": "I/d",
  "pengatur muda": "II/a",
  "pengatur muda tk. i": "II/b",
  pengatur: "II/c",
  "pengatur tk. i": "II/d",
  "penata muda": "III/a",
  "penata muda tk. i": "III/b",
  penata: "III/c",
  "penata tk. i": "III/d",
  pembina: "IV/a",
  "pembina tk. i": "IV/b",
  "pembina utama muda": "IV/c",
  "pembina utama madya": "IV/d",
  "pembina utama": "IV/e",
};

/** "Penata Tk. I" → "III/d"; "PEMBINA TK.I" → "IV/b"; unknown → null. */
export function golonganDariPangkat(pangkat: string | null | undefined): string | null {
  if (!pangkat) return null;
  const kunci = pangkat
    .toLowerCase()
    .replace(/tingkat/g, "tk.")
    .replace(/tk\.?\s*/g, "tk. ")
    .replace(/\s+/g, " ")
    .trim();
  return GOLONGAN[kunci] ?? null;
}

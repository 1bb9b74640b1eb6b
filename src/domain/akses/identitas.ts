import { normalisasiNip } from "../nip/nip";

/** What a user typed in the sign-in "Email atau NIP" field. */
export type Identitas = { jenis: "email"; nilai: string } | { jenis: "nip"; nilai: string } | { jenis: "tidak-valid" };

/**
 * Email (contains "@", compared in lower case) or NIP (18 digits, spaces and a "NIP." label allowed); anything
 * else cannot identify a user.
 */
export function normalisasiIdentitas(input: string): Identitas {
  const trimmed = input.trim();
  if (trimmed.includes("@")) return { jenis: "email", nilai: trimmed.toLowerCase() };
  try {
    return { jenis: "nip", nilai: normalisasiNip(trimmed) };
  } catch {
    return { jenis: "tidak-valid" };
  }
}

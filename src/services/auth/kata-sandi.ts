/**
 * Password hashing: argon2id (RFC 9106) via @node-rs/argon2 with its defaults (m=19456 KiB, t=2, p=1, the OWASP
 * minimum), and the password rules admins and users must meet.
 */
import { type Algorithm, hash, verify } from "@node-rs/argon2";
import { DomainError } from "../../domain/shared/errors";

// NOTE: 2 = Algorithm.Argon2id (a const enum, which isolatedModules cannot read from the .d.ts).
const ARGON2ID = 2 as Algorithm;

export const PANJANG_MIN_KATA_SANDI = 10;
export const PANJANG_MAKS_KATA_SANDI = 128;

/** argon2id PHC string of the password. */
export function hashKataSandi(kataSandi: string): Promise<string> {
  return hash(kataSandi, { algorithm: ARGON2ID });
}

/** true when the password matches the PHC hash; false (never throws) for a malformed hash. */
export async function cocokKataSandi(hashTersimpan: string, kataSandi: string): Promise<boolean> {
  try {
    return await verify(hashTersimpan, kataSandi);
  } catch {
    return false;
  }
}

/** Rejects passwords shorter than 10 or longer than 128 characters, or without both a letter and a digit. */
export function validasiKataSandi(kataSandi: string, field = "kataSandi"): void {
  if (kataSandi.length < PANJANG_MIN_KATA_SANDI) {
    throw new DomainError("kata_sandi_lemah", `${field}: minimal ${PANJANG_MIN_KATA_SANDI} karakter`, { field });
  }
  if (kataSandi.length > PANJANG_MAKS_KATA_SANDI) {
    throw new DomainError("kata_sandi_lemah", `${field}: maksimal ${PANJANG_MAKS_KATA_SANDI} karakter`, { field });
  }
  if (!/[A-Za-z]/.test(kataSandi) || !/\d/.test(kataSandi)) {
    throw new DomainError("kata_sandi_lemah", `${field}: harus memuat huruf dan angka`, { field });
  }
}

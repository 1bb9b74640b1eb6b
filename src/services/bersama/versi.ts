/**
 * Optimistic concurrency (ADR 0016): the version of a document or row is a hash of its canonical read-back form, so
 * any write that changes what a reader sees — through the form, an XLSX table, the CLI or the demo loader — changes
 * it, with no version column to keep in step. A write carrying the version it was based on checks it inside its
 * own transaction, after taking the resource's lock; the loser of a race gets VersiKedaluwarsaError (409).
 */
import { createHash } from "node:crypto";
import type { Db } from "../../storage/database";
import { kunciTransaksi } from "../../storage/repositories/kunci-repository";
import { VersiKedaluwarsaError } from "../errors";

/** JSON with object keys sorted by code unit (not locale), undefined members dropped: one text per value. */
function kanonik(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) => {
    if (x && typeof x === "object" && !Array.isArray(x) && !(x instanceof Date)) {
      const o = x as Record<string, unknown>;
      return Object.fromEntries(
        Object.keys(o)
          .filter((k) => o[k] !== undefined)
          .sort()
          .map((k) => [k, o[k]]),
      );
    }
    return x;
  });
}

/** The version of a value: 128 bits of SHA-256 over its canonical JSON, base64url (22 characters). */
export function versiDari(nilai: unknown): string {
  return createHash("sha256")
    .update(kanonik(nilai ?? null))
    .digest("base64url")
    .slice(0, 22);
}

/** The version of "not there yet" (a new PK, an empty realisasi cell); `If-None-Match: *` asks for it. */
export const VERSI_KOSONG = versiDari(null);

export interface SyaratVersi<T> {
  /** Lock name of the resource; every writer of it takes the same one. */
  kunci: string;
  /** The version the client based its write on; undefined = no precondition (integrators, CLI). */
  versi: string | undefined;
  /** What the resource is now (canonical form, null when absent), read with the transaction. */
  baca: () => Promise<T | null>;
  /** The resource in words, for the message ("Perjanjian Kinerja \"pk-2024-…\""). */
  uraian: string;
  /** The current resource as the reader's GET shows it (default: the canonical form itself). */
  tampil?: (sekarang: T | null) => unknown;
}

/** Refuses a write whose base version is not the current one (409 with the current version and content). */
export function tolakBilaBeda<T>(s: Omit<SyaratVersi<T>, "kunci" | "baca">, sekarang: T | null): void {
  if (s.versi === undefined) return;
  const v = versiDari(sekarang);
  if (v === s.versi) return;
  throw new VersiKedaluwarsaError(
    `${s.uraian} telah diubah oleh pengguna lain sejak Anda membukanya; muat ulang untuk melihat data terbaru, ` +
      "lalu ulangi perubahan Anda.",
    v,
    s.tampil ? s.tampil(sekarang) : sekarang,
  );
}

/**
 * Inside the write's transaction: takes the resource's lock, then re-reads it and compares versions. Two writers
 * with the same base version queue on the lock; the second reads the first one's committed write and loses.
 */
export async function pastikanVersi<T>(tx: Db, s: SyaratVersi<T>): Promise<T | null> {
  await kunciTransaksi(tx, s.kunci);
  if (s.versi === undefined) return null;
  const sekarang = await s.baca();
  tolakBilaBeda(s, sekarang);
  return sekarang;
}

/**
 * A precondition that travels with the request's context to `mutasi` (src/services/audit/mutasi.ts), which checks it
 * inside the write's transaction before the change and records the version after it. It lets a route guard a
 * whole-document save against the route's own read-back without each service repeating the check (ADR 0016).
 */
export interface PrasyaratTulis {
  kunci: string;
  versi: string | undefined;
  uraian: string;
  /** The read-back the version is computed from, on the given database handle (null when absent). */
  baca: (db: Db) => Promise<unknown>;
  /** Set by mutasi: checked once per request (a second write of the same request is its own continuation). */
  diperiksa?: boolean;
  /** Set by mutasi after the write: the version of the stored result (the answer's ETag). */
  versiBaru?: string;
}

/** In mutasi's transaction, before the change. */
export async function periksaPrasyarat(tx: Db, p: PrasyaratTulis): Promise<void> {
  if (p.diperiksa) return;
  p.diperiksa = true;
  await pastikanVersi(tx, { kunci: p.kunci, versi: p.versi, uraian: p.uraian, baca: () => p.baca(tx) });
}

/** In mutasi's transaction, after the change. */
export async function catatVersiBaru(tx: Db, p: PrasyaratTulis): Promise<void> {
  p.versiBaru = versiDari(await p.baca(tx));
}

/**
 * After a use case that may not have written (nothing changed): the answer's version, refusing a stale base version
 * like a write would (the client has not seen the current data).
 */
export async function versiSetelahTulis(db: Db, p: PrasyaratTulis): Promise<string> {
  if (p.versiBaru !== undefined) return p.versiBaru;
  const kini = await p.baca(db);
  tolakBilaBeda({ versi: p.versi, uraian: p.uraian }, kini);
  return versiDari(kini);
}

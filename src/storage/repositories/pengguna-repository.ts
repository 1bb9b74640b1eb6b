/**
 * Users, their password account and sessions (tables of schema/auth.ts). Every list is scoped by Pemda; a
 * single user is read by id and the caller authorises on its pemdaId.
 */
import { and, asc, eq, isNull, like, lt, lte, or, sql } from "drizzle-orm";
import type { Peran } from "../../domain/akses/izin";
import type { Db } from "../database";
import { authAccount, authSession, authUser, authVerification, opd } from "../schema";

export interface PenggunaRow {
  id: string;
  nama: string;
  email: string;
  nip: string | null;
  peran: Peran;
  pemdaId: string;
  opdId: string | null;
  aktif: boolean;
  gagalMasuk: number;
  terkunciSampai: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

const kolom = {
  id: authUser.id,
  nama: authUser.name,
  email: authUser.email,
  nip: authUser.nip,
  peran: authUser.peran,
  pemdaId: authUser.pemdaId,
  opdId: authUser.opdId,
  aktif: authUser.aktif,
  gagalMasuk: authUser.gagalMasuk,
  terkunciSampai: authUser.terkunciSampai,
  createdAt: authUser.createdAt,
  updatedAt: authUser.updatedAt,
};

export interface PenggunaBaru {
  id: string;
  nama: string;
  email: string;
  nip: string | null;
  peran: Peran;
  pemdaId: string;
  opdId: string | null;
}

/** Inserts the user and its credential account (better-auth's "credential" provider holds the password hash). */
export async function insertPengguna(db: Db, row: PenggunaBaru, passwordHash: string, now: Date): Promise<PenggunaRow> {
  const [saved] = await db
    .insert(authUser)
    .values({
      id: row.id,
      name: row.nama,
      email: row.email,
      emailVerified: true,
      nip: row.nip,
      peran: row.peran,
      pemdaId: row.pemdaId,
      opdId: row.opdId,
      createdAt: now,
      updatedAt: now,
    })
    .returning(kolom);
  if (!saved) throw new Error("insertPengguna: no row returned");
  await db.insert(authAccount).values({
    id: crypto.randomUUID(),
    accountId: row.id,
    providerId: "credential",
    userId: row.id,
    password: passwordHash,
    createdAt: now,
    updatedAt: now,
  });
  return saved;
}

export async function findPenggunaById(db: Db, id: string): Promise<PenggunaRow | undefined> {
  const rows = await db.select(kolom).from(authUser).where(eq(authUser.id, id));
  return rows[0];
}

export async function findPenggunaByEmail(db: Db, email: string): Promise<PenggunaRow | undefined> {
  const rows = await db.select(kolom).from(authUser).where(eq(authUser.email, email.trim().toLowerCase()));
  return rows[0];
}

export async function findPenggunaByNip(db: Db, nip: string): Promise<PenggunaRow | undefined> {
  const rows = await db.select(kolom).from(authUser).where(eq(authUser.nip, nip));
  return rows[0];
}

export interface PenggunaFilter {
  pemdaId: string;
  /** Only users bound to this OPD. */
  opdId?: string;
}

export interface PenggunaDenganOpd extends PenggunaRow {
  opdSlug: string | null;
  opdNama: string | null;
}

export async function listPengguna(db: Db, filter: PenggunaFilter): Promise<PenggunaDenganOpd[]> {
  return db
    .select({ ...kolom, opdSlug: opd.slug, opdNama: opd.nama })
    .from(authUser)
    .leftJoin(opd, eq(opd.id, authUser.opdId))
    .where(and(eq(authUser.pemdaId, filter.pemdaId), filter.opdId ? eq(authUser.opdId, filter.opdId) : undefined))
    .orderBy(asc(authUser.name));
}

export async function countPengguna(db: Db): Promise<number> {
  const rows = await db.select({ n: sql<number>`cast(count(*) as integer)` }).from(authUser);
  return rows[0]?.n ?? 0;
}

export interface PenggunaPatch {
  nama?: string;
  nip?: string | null;
  peran?: Peran;
  opdId?: string | null;
  aktif?: boolean;
}

export async function updatePengguna(db: Db, id: string, patch: PenggunaPatch, now: Date): Promise<PenggunaRow> {
  const [saved] = await db
    .update(authUser)
    .set({
      ...(patch.nama !== undefined ? { name: patch.nama } : {}),
      ...(patch.nip !== undefined ? { nip: patch.nip } : {}),
      ...(patch.peran !== undefined ? { peran: patch.peran } : {}),
      ...(patch.opdId !== undefined ? { opdId: patch.opdId } : {}),
      ...(patch.aktif !== undefined ? { aktif: patch.aktif } : {}),
      updatedAt: now,
    })
    .where(eq(authUser.id, id))
    .returning(kolom);
  if (!saved) throw new Error("updatePengguna: no row returned");
  return saved;
}

export async function getPasswordHash(db: Db, userId: string): Promise<string | undefined> {
  const rows = await db
    .select({ password: authAccount.password })
    .from(authAccount)
    .where(and(eq(authAccount.userId, userId), eq(authAccount.providerId, "credential")));
  return rows[0]?.password ?? undefined;
}

export async function setPasswordHash(db: Db, userId: string, passwordHash: string, now: Date): Promise<void> {
  await db
    .update(authAccount)
    .set({ password: passwordHash, updatedAt: now })
    .where(and(eq(authAccount.userId, userId), eq(authAccount.providerId, "credential")));
}

/** Ends every session of the user (deactivation, password reset); `kecualiToken` keeps the caller's own. */
export async function deleteSesiPengguna(db: Db, userId: string, kecualiToken?: string): Promise<void> {
  await db
    .delete(authSession)
    .where(
      and(eq(authSession.userId, userId), kecualiToken ? sql`${authSession.token} <> ${kecualiToken}` : undefined),
    );
}

export async function deleteSesiByToken(db: Db, token: string): Promise<void> {
  await db.delete(authSession).where(eq(authSession.token, token));
}

export interface JatahPercobaan {
  /** This attempt's place in the run of unconfirmed attempts (1 … maks; more only for rows counted before). */
  ke: number;
  /** Set when this attempt spent the last of the budget: the lock it put in place until then. */
  kunciSampai: Date | null;
}

/**
 * Takes one password attempt from the account's budget, atomically (ADR 0015), BEFORE the password is checked:
 * one UPDATE counts it, and the attempt that reaches `maks` locks the account in the same statement. The row lock
 * the UPDATE takes serialises parallel attempts on PostgreSQL (and PGlite runs one statement at a time), and
 * PostgreSQL re-checks the WHERE on the row as the previous attempt left it, so the decision is always made on the
 * count after the increment, never on a stale read. Returns null (refused, nothing counted) while the account is
 * locked, including by an attempt still being checked. A success confirms it (`akhiriPercobaanBerhasil`).
 */
export async function ambilJatahPercobaan(
  db: Db,
  userId: string,
  batas: { maks: number; kunciMs: number },
  now: Date,
): Promise<JatahPercobaan | null> {
  const sampai = new Date(now.getTime() + batas.kunciMs);
  const habis = sql`${authUser.gagalMasuk} + 1 >= ${batas.maks}`;
  const rows = await db
    .update(authUser)
    .set({
      // The lock restarts the count, so when it runs out the next `maks` attempts are counted afresh.
      gagalMasuk: sql`case when ${habis} then 0 else ${authUser.gagalMasuk} + 1 end`,
      terkunciSampai: sql`case when ${habis} then ${sampai.toISOString()}::timestamptz else ${authUser.terkunciSampai} end`,
    })
    .where(and(eq(authUser.id, userId), or(isNull(authUser.terkunciSampai), lte(authUser.terkunciSampai, now))))
    .returning({ gagalMasuk: authUser.gagalMasuk, terkunciSampai: authUser.terkunciSampai });
  const row = rows[0];
  if (!row) return null;
  // The WHERE admitted only an unlocked row, so a lock in the future was set by this very statement.
  const mengunci = row.terkunciSampai !== null && row.terkunciSampai.getTime() > now.getTime();
  return mengunci ? { ke: batas.maks, kunciSampai: row.terkunciSampai } : { ke: row.gagalMasuk, kunciSampai: null };
}

/**
 * The right password was given by the attempt counted as `jatah` (ADR 0015). Decided in one UPDATE, so no attempt
 * can slip between the check and the write: when a lock set by OTHER attempts is in force (wrong guesses counted
 * after this one spent the budget while it was being checked), nothing changes and false is returned: the lock
 * stays and the caller must not let the success through. Otherwise the attempts up to and including this one are
 * confirmed (attempts counted after it stay counted, so an attacker racing a real user gets no fresh budget) and a
 * lock this attempt set itself is lifted.
 */
export async function akhiriPercobaanBerhasil(
  db: Db,
  userId: string,
  jatah: JatahPercobaan,
  now: Date,
): Promise<boolean> {
  const rows = await db
    .update(authUser)
    .set({ gagalMasuk: sql`greatest(${authUser.gagalMasuk} - ${jatah.ke}, 0)`, terkunciSampai: null })
    .where(
      and(
        eq(authUser.id, userId),
        or(
          isNull(authUser.terkunciSampai),
          lte(authUser.terkunciSampai, now),
          jatah.kunciSampai ? eq(authUser.terkunciSampai, jatah.kunciSampai) : undefined,
        ),
      ),
    )
    .returning({ id: authUser.id });
  return rows.length > 0;
}

/** An admin reset: ends the run of failures and lifts any lock, unconditionally. */
export async function resetGagalMasuk(db: Db, userId: string): Promise<void> {
  await db.update(authUser).set({ gagalMasuk: 0, terkunciSampai: null }).where(eq(authUser.id, userId));
}

export interface HashPengguna {
  id: string;
  nama: string;
  email: string;
  pemdaId: string;
  passwordHash: string;
}

/** Active users with their password hash (the demo-password check); one Pemda, or all when pemdaId is null. */
export async function listHashPenggunaAktif(db: Db, pemdaId: string | null): Promise<HashPengguna[]> {
  const rows = await db
    .select({
      id: authUser.id,
      nama: authUser.name,
      email: authUser.email,
      pemdaId: authUser.pemdaId,
      passwordHash: authAccount.password,
    })
    .from(authUser)
    .innerJoin(authAccount, and(eq(authAccount.userId, authUser.id), eq(authAccount.providerId, "credential")))
    .where(and(eq(authUser.aktif, true), pemdaId ? eq(authUser.pemdaId, pemdaId) : undefined))
    .orderBy(asc(authUser.email));
  return rows.flatMap((r) => (r.passwordHash ? [{ ...r, passwordHash: r.passwordHash }] : []));
}

/** A password-reset token (only its hash is stored) in better-auth's verification table; `value` is the user id. */
export async function insertTokenReset(
  db: Db,
  row: { id: string; identifier: string; userId: string; expiresAt: Date; now: Date },
): Promise<void> {
  await db.insert(authVerification).values({
    id: row.id,
    identifier: row.identifier,
    value: row.userId,
    expiresAt: row.expiresAt,
    createdAt: row.now,
    updatedAt: row.now,
  });
}

/** Takes a reset token once: deletes it and returns its user id and expiry (undefined when unknown or used). */
export async function ambilTokenReset(
  db: Db,
  identifier: string,
): Promise<{ userId: string; expiresAt: Date } | undefined> {
  const rows = await db
    .delete(authVerification)
    .where(eq(authVerification.identifier, identifier))
    .returning({ userId: authVerification.value, expiresAt: authVerification.expiresAt });
  return rows[0];
}

/** Drops a user's other reset tokens (after a reset) and everyone's expired ones. */
export async function hapusTokenResetPengguna(db: Db, prefix: string, userId: string, now: Date): Promise<void> {
  await db
    .delete(authVerification)
    .where(
      and(
        like(authVerification.identifier, `${prefix}%`),
        or(eq(authVerification.value, userId), lt(authVerification.expiresAt, now)),
      ),
    );
}

/**
 * Backups with PostgreSQL's own tools (issue 16, ADR 0038): `sakip cadangan buat --format pg_dump` runs
 * `pg_dump -Fc` (one consistent snapshot, custom format) and writes next to it `<berkas>.kepala.json`, the same
 * header as the logical backup (every table's row count and the audit hash chain, read just before the dump);
 * `sakip cadangan pulihkan --format pg_dump` restores the data of schema `public` with `pg_restore --data-only` into a
 * migrated database that holds no row yet, then compares rows and chain with that header. pg_dump's version must
 * not be older than the server's; when it is missing from PATH the command says so and changes nothing.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import type { ServiceContext } from "../context";
import { ConflictError } from "../errors";
import { buatKepala, type HasilPeriksa, type KepalaCadangan, periksaCadangan, pastikanKosong } from "./cadangan";

export interface OpsiPgDump {
  /** Binaries (tests point them at a missing name). */
  pgDump?: string;
  pgRestore?: string;
}

function jalankan(bin: string, args: string[], apa: string): void {
  const r = spawnSync(bin, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (r.error && (r.error as NodeJS.ErrnoException).code === "ENOENT")
    throw new ConflictError(
      `${bin} tidak ditemukan di PATH; pasang klien PostgreSQL (versi sama atau lebih baru dari server), ` +
        `atau pakai format bawaan: sakip cadangan ${apa} tanpa --format.`,
    );
  if (r.error) throw r.error;
  if (r.status !== 0)
    throw new ConflictError(`${bin} gagal (kode ${r.status}): ${(r.stderr ?? "").trim().slice(0, 2000)}`);
}

function wajibPostgres(ctx: ServiceContext, databaseUrl: string | undefined): string {
  if (ctx.engine !== "postgres" || !databaseUrl)
    throw new ConflictError(
      "--format pg_dump hanya untuk PostgreSQL (DATABASE_URL); basis data tertanam memakai format bawaan.",
    );
  return databaseUrl;
}

export const berkasKepala = (berkas: string) => `${berkas}.kepala.json`;

export async function buatCadanganPgDump(
  ctx: ServiceContext,
  databaseUrl: string | undefined,
  keluar: string,
  opsi: OpsiPgDump = {},
): Promise<KepalaCadangan> {
  const url = wajibPostgres(ctx, databaseUrl);
  const kepala = await buatKepala(ctx);
  const sementara = `${keluar}.sebagian`;
  jalankan(opsi.pgDump ?? "pg_dump", ["-Fc", "--no-owner", "--no-privileges", "-f", sementara, url], "buat");
  fs.writeFileSync(berkasKepala(keluar), `${JSON.stringify(kepala, null, 2)}\n`);
  fs.renameSync(sementara, keluar); // never a half-written dump under the final name
  return kepala;
}

export async function pulihkanCadanganPgDump(
  ctx: ServiceContext,
  databaseUrl: string | undefined,
  berkas: string,
  opsi: OpsiPgDump = {},
): Promise<HasilPeriksa> {
  const url = wajibPostgres(ctx, databaseUrl);
  let kepala: KepalaCadangan;
  try {
    kepala = JSON.parse(fs.readFileSync(berkasKepala(berkas), "utf8")) as KepalaCadangan;
  } catch {
    throw new ConflictError(`Kepala cadangan ${berkasKepala(berkas)} tidak ada atau rusak; ia ditulis bersama dump.`);
  }
  await pastikanKosong(ctx, kepala);
  jalankan(
    opsi.pgRestore ?? "pg_restore",
    ["--data-only", "--schema=public", "--disable-triggers", "--no-owner", "--single-transaction", "-d", url, berkas],
    "pulihkan",
  );
  return periksaCadangan(ctx, kepala);
}

/**
 * Backup and restore of the whole database (issue 16, ADR 0031): `sakip cadangan buat --out F` and
 * `sakip cadangan pulihkan --file F`, the same logical format on PGlite and PostgreSQL.
 *
 * File (gzip): line 1 a header {format, versi, dibuat, migrasi, tabel: {name: rows}, rantaiAudit}; then per table
 * two lines: {"tabel": name} and the table's rows as one jsonb array. `rantaiAudit` is a hash chain over the audit
 * log in id order (h0 = "", hᵢ = SHA-256(hᵢ₋₁ ‖ rowᵢ as jsonb text)): a restore must give the same row counts and the
 * same chain, or it is reported as failed.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import zlib from "node:zlib";
import { appliedCount } from "../../storage/database";
import {
  daftarTabel,
  eksporTabel,
  halamanAudit,
  jumlahBaris,
  pulihkanSemua,
} from "../../storage/repositories/cadangan-repository";
import type { ServiceContext } from "../context";
import { ConflictError } from "../errors";

export const FORMAT_CADANGAN = "sakip-cadangan";

export interface KepalaCadangan {
  format: typeof FORMAT_CADANGAN;
  versi: 1;
  dibuat: string;
  engine: string;
  migrasi: number;
  tabel: Record<string, number>;
  rantaiAudit: string;
}

export interface HasilPeriksa {
  cocok: boolean;
  selisih: { tabel: string; harap: number; ada: number }[];
  rantaiAudit: { harap: string; ada: string };
}

/** Hash chain over the audit log in id order. */
export async function rantaiAudit(ctx: ServiceContext): Promise<string> {
  let h = "";
  let setelah = 0;
  for (;;) {
    const hal = await halamanAudit(ctx.db, setelah, 2000);
    for (const r of hal) h = createHash("sha256").update(h).update(r.j).digest("hex");
    if (hal.length < 2000) return h;
    setelah = hal[hal.length - 1]!.id;
  }
}

async function potret(ctx: ServiceContext): Promise<Record<string, number>> {
  const hasil: Record<string, number> = {};
  for (const t of await daftarTabel(ctx.db)) hasil[t] = await jumlahBaris(ctx.db, t);
  return hasil;
}

/** A backup's header: engine, migrations, the audit chain and (unless `hitung` is false) every table's rows. */
export async function buatKepala(ctx: ServiceContext, hitung = true): Promise<KepalaCadangan> {
  return {
    format: FORMAT_CADANGAN,
    versi: 1,
    dibuat: ctx.now().toISOString(),
    engine: ctx.engine,
    migrasi: await appliedCount(ctx.db),
    tabel: hitung ? await potret(ctx) : {},
    rantaiAudit: await rantaiAudit(ctx),
  };
}

/** Writes the backup file; returns its header. Reads in one repeatable-read view on PostgreSQL is not needed by the
 * embedded engine (one process); on PostgreSQL run it while writes are quiet, or use pg_dump (docs/operasi). */
export async function buatCadangan(ctx: ServiceContext, keluar: string): Promise<KepalaCadangan> {
  const tabel = await daftarTabel(ctx.db);
  const kepala = await buatKepala(ctx, false);
  const bagian: string[] = [];
  for (const t of tabel) {
    const json = await eksporTabel(ctx.db, t);
    kepala.tabel[t] = await jumlahBaris(ctx.db, t);
    bagian.push(JSON.stringify({ tabel: t }), json);
  }
  const sementara = `${keluar}.sebagian`;
  const gz = zlib.createGzip();
  const tulis = fs.createWriteStream(sementara);
  const selesai = new Promise<void>((ok, gagal) => {
    tulis.on("finish", ok);
    tulis.on("error", gagal);
    gz.on("error", gagal);
  });
  gz.pipe(tulis);
  gz.write(`${JSON.stringify(kepala)}\n`);
  for (const b of bagian) gz.write(`${b}\n`);
  gz.end();
  await selesai;
  fs.renameSync(sementara, keluar); // never a half-written backup under the final name
  return kepala;
}

export function bacaCadangan(berkas: string): { kepala: KepalaCadangan; isi: Map<string, string> } {
  let teks: string;
  try {
    teks = zlib.gunzipSync(fs.readFileSync(berkas)).toString("utf8");
  } catch {
    throw new ConflictError(`Berkas ${berkas} bukan cadangan SAKIP (bukan gzip atau rusak).`);
  }
  const baris = teks.split("\n");
  let kepala: KepalaCadangan;
  try {
    kepala = JSON.parse(baris[0] ?? "") as KepalaCadangan;
  } catch {
    throw new ConflictError(`Berkas ${berkas}: baris pertama bukan kepala cadangan SAKIP.`);
  }
  if (kepala.format !== FORMAT_CADANGAN || kepala.versi !== 1)
    throw new ConflictError(`Berkas ${berkas} bukan cadangan SAKIP versi 1.`);
  const isi = new Map<string, string>();
  for (let i = 1; i + 1 < baris.length; i += 2) {
    const { tabel } = JSON.parse(baris[i]!) as { tabel: string };
    isi.set(tabel, baris[i + 1]!);
  }
  const kurang = Object.keys(kepala.tabel).filter((t) => !isi.has(t));
  if (kurang.length) throw new ConflictError(`Berkas ${berkas} terpotong: tabel ${kurang.join(", ")} tidak ada.`);
  return { kepala, isi };
}

/** Restores into an empty, migrated database, then checks row counts and the audit chain against the header. */
export async function pulihkanCadangan(ctx: ServiceContext, berkas: string): Promise<HasilPeriksa> {
  const { kepala, isi } = bacaCadangan(berkas);
  const sekarang = await pastikanKosong(ctx, kepala);
  const tak = [...isi.keys()].filter((t) => !(t in sekarang));
  if (tak.length) throw new ConflictError(`Tabel ${tak.join(", ")} dari cadangan tidak ada di basis data ini.`);
  await pulihkanSemua(ctx.db, isi);
  return periksaCadangan(ctx, kepala);
}

/** Refuses a target with fewer migrations than the backup or with any row in the backup's tables; its counts. */
export async function pastikanKosong(ctx: ServiceContext, kepala: KepalaCadangan): Promise<Record<string, number>> {
  const migrasi = await appliedCount(ctx.db);
  if (migrasi < kepala.migrasi)
    throw new ConflictError(
      `Cadangan dibuat dengan ${kepala.migrasi} migrasi, basis data ini baru ${migrasi}; pakai versi SAKIP yang lebih baru.`,
    );
  const sekarang = await potret(ctx);
  const berisi = Object.entries(sekarang).filter(([t, n]) => n > 0 && t in kepala.tabel);
  if (berisi.length)
    throw new ConflictError(
      `Basis data tujuan tidak kosong (tabel ${berisi
        .slice(0, 5)
        .map(([t, n]) => `${t}: ${n} baris`)
        .join(", ")}); pulihkan ke basis data atau folder data yang baru.`,
    );
  return sekarang;
}

/** Compares the database with a backup's header: every table's rows and the audit chain. */
export async function periksaCadangan(ctx: ServiceContext, kepala: KepalaCadangan): Promise<HasilPeriksa> {
  const ada = await potret(ctx);
  const selisih = Object.entries(kepala.tabel)
    .filter(([t, n]) => ada[t] !== n)
    .map(([tabel, harap]) => ({ tabel, harap, ada: ada[tabel] ?? 0 }));
  const rantai = await rantaiAudit(ctx);
  return {
    cocok: selisih.length === 0 && rantai === kepala.rantaiAudit,
    selisih,
    rantaiAudit: { harap: kepala.rantaiAudit, ada: rantai },
  };
}

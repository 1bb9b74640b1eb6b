/**
 * Writes of the budget rows of one OPD and year (schema/anggaran.ts), in the caller's transaction: an import plan,
 * sasaran links, the OPD breakdown by account. Big batches travel as one JSON parameter (json_to_recordset).
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import type { NodeData, RealisasiData, RencanaImpor, TautanSasaran } from "../../domain/anggaran";
import type { Db } from "../database";
import { anggaranKelasOpd, anggaranNode, anggaranRealisasi, anggaranRincian, anggaranSasaran } from "../schema";
import type { KelasOpdRow, KunciAnggaran } from "./anggaran-repository";

const BATCH = 1000;

function chunks<T>(rows: readonly T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/**
 * Apply an import plan for `bulan` in the caller's transaction: delete removed nodes (cascading to their realisasi
 * of every month, rincian and sasaran), insert new nodes, update changed ones, and rewrite the realisasi of that
 * month, the rincian and the sasaran links of the codes whose part changed.
 */
export async function terapkanRencana(
  db: Db,
  k: KunciAnggaran,
  bulan: number,
  rencana: RencanaImpor,
  now: Date,
): Promise<void> {
  const scope = and(eq(anggaranNode.opdId, k.opdId), eq(anggaranNode.tahun, k.tahun));
  const hapus = rencana.entri.filter((e) => e.aksi === "hapus").map((e) => e.kode);
  for (const part of chunks(hapus)) await db.delete(anggaranNode).where(and(scope, inArray(anggaranNode.kode, part)));

  const target = new Map(rencana.target.nodes.map((n) => [n.kode, n]));
  const pick = (aksi: "buat" | "ubah", bagian: string): string[] =>
    rencana.entri.filter((e) => e.aksi === aksi && e.bagian.includes(bagian as never)).map((e) => e.kode);
  const buat = pick("buat", "node").map((kode) => target.get(kode) as NodeData);
  for (const part of chunks(buat, JSON_BATCH)) await insertNodes(db, k, part, now);
  const ubah = pick("ubah", "node").map((kode) => target.get(kode) as NodeData);
  for (const part of chunks(ubah, JSON_BATCH)) await updateNodes(db, k, part, now);

  const tulis = async <T extends { kode: string }>(
    bagian: "realisasi" | "rincian" | "sasaran",
    rows: readonly T[],
    remove: (kode: string[]) => Promise<unknown>,
    insert: (rows: T[]) => Promise<unknown>,
  ): Promise<void> => {
    // New nodes have nothing stored yet; changed ones lose their old rows of this part first.
    const diubah = pick("ubah", bagian);
    const kodes = new Set([...pick("buat", bagian), ...diubah]);
    if (kodes.size === 0) return;
    for (const part of chunks(diubah)) await remove(part);
    for (const part of chunks(
      rows.filter((r) => kodes.has(r.kode)),
      JSON_BATCH,
    ))
      await insert(part);
  };
  await tulis(
    "realisasi",
    rencana.target.realisasi,
    (kodes) =>
      db
        .delete(anggaranRealisasi)
        .where(
          and(
            eq(anggaranRealisasi.opdId, k.opdId),
            eq(anggaranRealisasi.tahun, k.tahun),
            eq(anggaranRealisasi.bulan, bulan),
            inArray(anggaranRealisasi.kode, kodes),
          ),
        ),
    (rows) => insertRealisasi(db, k, bulan, rows),
  );
  await tulis(
    "rincian",
    rencana.target.rincian,
    (kodes) =>
      db
        .delete(anggaranRincian)
        .where(
          and(
            eq(anggaranRincian.opdId, k.opdId),
            eq(anggaranRincian.tahun, k.tahun),
            inArray(anggaranRincian.kode, kodes),
          ),
        ),
    (rows) => db.insert(anggaranRincian).values(rows.map((r) => ({ ...k, ...r }))),
  );
  await tulis(
    "sasaran",
    rencana.target.sasaran,
    (kodes) => hapusSasaranKode(db, k, kodes),
    (rows) => db.insert(anggaranSasaran).values(rows.map((r) => ({ ...k, ...r }))),
  );
}

/** Rows per statement when a batch travels as one JSON parameter (json_to_recordset). */
const JSON_BATCH = 5000;

const nodeJson = (nodes: readonly NodeData[]): string =>
  JSON.stringify(
    nodes.map((n) => ({
      kode: n.kode,
      level: n.level,
      uraian: n.uraian,
      murni: n.anggaranMurni,
      perubahan: n.anggaranPerubahan,
      sumber: n.sumberDana,
    })),
  );

const NODE_RECORD = sql.raw("x(kode text, level text, uraian text, murni text, perubahan text, sumber text)");

/** One INSERT … SELECT FROM json_to_recordset for a batch of new nodes (one parameter instead of 10 per row). */
async function insertNodes(db: Db, k: KunciAnggaran, nodes: readonly NodeData[], now: Date): Promise<void> {
  if (nodes.length === 0) return;
  await db.execute(sql`
    insert into ${anggaranNode} (pemda_id, opd_id, tahun, kode, level, uraian, anggaran_murni, anggaran_perubahan,
      sumber_dana, diubah_pada)
    select ${k.pemdaId}::uuid, ${k.opdId}::uuid, ${k.tahun}::integer, x.kode, x.level, x.uraian, x.murni::numeric,
      x.perubahan::numeric, x.sumber, ${now.toISOString()}::timestamptz
    from json_to_recordset(${nodeJson(nodes)}::json) as ${NODE_RECORD}`);
}

/** One UPDATE … FROM json_to_recordset for a batch of changed nodes. */
async function updateNodes(db: Db, k: KunciAnggaran, nodes: readonly NodeData[], now: Date): Promise<void> {
  if (nodes.length === 0) return;
  await db.execute(sql`
    update ${anggaranNode} as n
    set uraian = x.uraian, anggaran_murni = x.murni::numeric, anggaran_perubahan = x.perubahan::numeric,
        sumber_dana = x.sumber, diubah_pada = ${now.toISOString()}::timestamptz
    from json_to_recordset(${nodeJson(nodes)}::json) as ${NODE_RECORD}
    where n.opd_id = ${k.opdId}::uuid and n.tahun = ${k.tahun}::integer and n.kode = x.kode`);
}

async function insertRealisasi(db: Db, k: KunciAnggaran, bulan: number, rows: readonly RealisasiData[]): Promise<void> {
  if (rows.length === 0) return;
  await db.execute(sql`
    insert into ${anggaranRealisasi} (pemda_id, opd_id, tahun, kode, bulan, pegawai, barang_jasa, modal)
    select ${k.pemdaId}::uuid, ${k.opdId}::uuid, ${k.tahun}::integer, x.kode, ${bulan}::integer, x.pegawai::numeric,
      x.barang_jasa::numeric, x.modal::numeric
    from json_to_recordset(${JSON.stringify(rows.map((r) => ({ kode: r.kode, pegawai: r.pegawai, barang_jasa: r.barangJasa, modal: r.modal })))}::json)
      as x(kode text, pegawai text, barang_jasa text, modal text)`);
}

async function hapusSasaranKode(db: Db, k: KunciAnggaran, kodes: string[]): Promise<void> {
  await db
    .delete(anggaranSasaran)
    .where(
      and(eq(anggaranSasaran.opdId, k.opdId), eq(anggaranSasaran.tahun, k.tahun), inArray(anggaranSasaran.kode, kodes)),
    );
}

/** Replace every sasaran link of the given codes (each code gets exactly the listed sasaran). */
export async function gantiSasaran(
  db: Db,
  k: KunciAnggaran,
  kodes: string[],
  links: readonly TautanSasaran[],
): Promise<void> {
  for (const part of chunks(kodes)) await hapusSasaranKode(db, k, part);
  for (const part of chunks(links)) await db.insert(anggaranSasaran).values(part.map((r) => ({ ...k, ...r })));
}

/** Replace the OPD-level breakdown by account. */
export async function gantiKelasOpd(db: Db, k: KunciAnggaran, rows: readonly KelasOpdRow[]): Promise<void> {
  await db
    .delete(anggaranKelasOpd)
    .where(and(eq(anggaranKelasOpd.opdId, k.opdId), eq(anggaranKelasOpd.tahun, k.tahun)));
  if (rows.length > 0) await db.insert(anggaranKelasOpd).values(rows.map((r) => ({ ...k, ...r })));
}

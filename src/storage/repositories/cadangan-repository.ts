/**
 * Logical backup of the whole database (issue 16, ADR 0031), the same on PGlite and PostgreSQL: every table of the
 * public schema as one jsonb array (exact: numerics stay as written, never through a JavaScript number).
 */
import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../database";

/** Tables of the public schema, by name. */
export async function daftarTabel(db: Db): Promise<string[]> {
  const rows = await queryRows<{ t: string }>(
    db,
    sql`select tablename as t from pg_tables where schemaname = 'public' order by tablename`,
  );
  return rows.map((r) => r.t);
}

export async function jumlahBaris(db: Db, tabel: string): Promise<number> {
  const rows = await queryRows<{ n: number | string }>(
    db,
    sql`select count(*)::bigint as n from ${sql.identifier(tabel)}`,
  );
  return Number(rows[0]?.n ?? 0);
}

/** The table's rows as the text of one jsonb array (no newline outside strings). */
export async function eksporTabel(db: Db, tabel: string): Promise<string> {
  const rows = await queryRows<{ j: string }>(
    db,
    sql`select coalesce(jsonb_agg(to_jsonb(x)), '[]'::jsonb)::text as j from ${sql.identifier(tabel)} x`,
  );
  return rows[0]?.j ?? "[]";
}

/**
 * Writes every table's rows (jsonb array texts) in one transaction, with triggers and foreign-key checks off while
 * it inserts (session_replication_role = replica; needs a superuser or the table owner on PostgreSQL), then moves
 * every serial sequence past its table's largest id.
 */
export async function pulihkanSemua(db: Db, isi: Map<string, string>): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    for (const [tabel, json] of isi) {
      await tx.execute(
        sql`insert into ${sql.identifier(tabel)} overriding system value
            select * from jsonb_populate_recordset(null::${sql.identifier(tabel)}, ${json}::jsonb)`,
      );
    }
    const urutan = await queryRows<{ tabel: string; kolom: string; seq: string }>(
      tx as unknown as Db,
      sql`select c.relname as tabel, a.attname as kolom, pg_get_serial_sequence(quote_ident(c.relname), a.attname) as seq
          from pg_class c join pg_namespace n on n.oid = c.relnamespace
          join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
          where n.nspname = 'public' and c.relkind = 'r'
            and pg_get_serial_sequence(quote_ident(c.relname), a.attname) is not null`,
    );
    for (const u of urutan)
      await tx.execute(
        sql`select setval(${u.seq}::regclass, greatest(coalesce((select max(${sql.identifier(u.kolom)}) from ${sql.identifier(u.tabel)}), 0), 1), (select count(*) > 0 from ${sql.identifier(u.tabel)}))`,
      );
  });
}

/** The audit log in id order, one jsonb text per row, in pages (for the chain digest). */
export async function halamanAudit(db: Db, setelahId: number, batas: number): Promise<{ id: number; j: string }[]> {
  const rows = await queryRows<{ id: number | string; j: string }>(
    db,
    sql`select id, to_jsonb(a)::text as j from audit_log a where id > ${setelahId} order by id limit ${batas}`,
  );
  return rows.map((r) => ({ id: Number(r.id), j: r.j }));
}

/**
 * The job queue adapter (issue 15, ADR 0035): pg-boss 10 in the same database — its own schema `pgboss` on
 * PostgreSQL, and in-process on PGlite through `Database.sqlMentah` (no socket). It implements the port of
 * src/services/tugas/port.ts (structurally: this layer does not import services). pg-boss 10: a queue is created
 * before the first send, and a worker's handler receives an ARRAY of jobs (one here: batchSize 1).
 */
import { createRequire } from "node:module";
import type PgBoss from "pg-boss";
import type { Database } from "./database";

export interface OpsiAntrianPgBoss {
  /** How often an idle worker looks for jobs (pg-boss minimum 0.5 s; default 2 s). */
  intervalPolling?: number;
  /** Errors of the queue's own loops (maintenance, polling): logged by the caller. */
  onGalat?: (error: unknown) => void;
}

export interface TugasPgBoss<T> {
  id: string;
  data: T;
  /** Retries already made (0 on the first attempt). */
  ulangKe: number;
  batasUlang: number;
}

/** pg_advisory_lock key of the queue's start: "SAKIPBOS" read as a 64-bit integer. */
const KUNCI_MULAI = String(BigInt("0x" + Buffer.from("SAKIPBOS").toString("hex")));

export function bukaAntrianPgBoss(database: Database, opsi: OpsiAntrianPgBoss = {}) {
  // pg-boss (and its cron and date packages) is loaded when the queue is first used, which `sakip serve` does after
  // it listens: not on the start-up's critical path (issue 16). A CommonJS package: `require` is what import gives.
  let termuat: PgBoss | undefined;
  const boss = (): PgBoss => {
    if (termuat) return termuat;
    const KelasPgBoss = createRequire(import.meta.url)("pg-boss") as typeof PgBoss;
    termuat = new KelasPgBoss({
      db: { executeSql: (text: string, values: unknown[]) => database.sqlMentah(text, values) },
      schema: "pgboss",
      // the scheduler's clock check and the maintenance loop run in this process (one per server, fine for both)
      supervise: true,
      schedule: true,
    });
    termuat.on("error", (e) => opsi.onGalat?.(e));
    return termuat;
  };
  const polling = Math.max(0.5, opsi.intervalPolling ?? 2);
  return {
    async mulai(): Promise<void> {
      // Two servers starting together on an empty database both found pg-boss not installed and raced on its
      // CREATE SCHEMA (unique violation on pg_namespace): start one after the other, the second finds it installed.
      await database.denganKunciSesi(KUNCI_MULAI, () => boss().start());
    },
    async buatAntrian(
      nama: string,
      o: { batasUlang: number; jedaUlangDetik: number; mundurEksponensial: boolean; kedaluwarsaDetik: number },
    ): Promise<void> {
      const q = {
        name: nama,
        // at most one job per key per state (created / retry / active): a delivery queued twice runs once
        policy: "stately" as const,
        retryLimit: o.batasUlang,
        retryDelay: o.jedaUlangDetik,
        retryBackoff: o.mundurEksponensial,
        expireInSeconds: o.kedaluwarsaDetik,
      };
      // pg-boss 10 makes a queue a partition of its job table (CREATE TABLE, ATTACH PARTITION: DDL, no lock of its
      // own): two servers starting together both saw no queue and deadlocked there. Under the start's lock, the
      // second finds the queue made and only updates it.
      await database.denganKunciSesi(KUNCI_MULAI, async () => {
        if (await boss().getQueue(nama)) await boss().updateQueue(nama, q);
        else await boss().createQueue(nama, q);
      });
    },
    async kirim(nama: string, data: object, o: { kunciTunggal?: string } = {}): Promise<string | null> {
      return boss().send(nama, data, o.kunciTunggal ? { singletonKey: o.kunciTunggal } : {});
    },
    async kerjakan<T>(nama: string, handler: (tugas: TugasPgBoss<T>) => Promise<void>): Promise<void> {
      await boss().work<T>(
        nama,
        { includeMetadata: true, batchSize: 1, pollingIntervalSeconds: polling },
        async (jobs) => {
          for (const j of jobs) {
            await handler({ id: j.id, data: j.data, ulangKe: j.retryCount, batasUlang: j.retryLimit });
          }
        },
      );
    },
    async jadwalkan(nama: string, cron: string, zonaWaktu: string): Promise<void> {
      await boss().schedule(nama, cron, {}, { tz: zonaWaktu });
    },
    async berhenti(): Promise<void> {
      // wait for the running handlers (a delivery in its transaction) to end; the database stays open (ours)
      if (!termuat) return; // never used: nothing loaded, nothing to stop
      await termuat.stop({ graceful: true, wait: true, close: false, timeout: 20_000 });
    },
  };
}

export type AntrianPgBoss = ReturnType<typeof bukaAntrianPgBoss>;

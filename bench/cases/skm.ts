/**
 * SKM (issue 12 "Performance", measured here, never asserted in tests):
 * - intake: public submissions (kirimJawabanPublik: validation + one INSERT … SELECT … ON CONFLICT) at 50 concurrent
 *   clients vs a plain single-row INSERT into the same table at 50 concurrent clients, same database, same run;
 *   submissions/s and p99 latency in the note. PGlite always; PostgreSQL too when BENCH_PG_URL is set.
 * - IKM over 1 000 000 stored answers: hasilSkmOpd (the service: aggregate + domain) vs the plain SQL aggregate
 *   (count, Σ u1..u9) over the same period. Goal: ≤ 1,5 × the plain aggregate. PGlite always; PostgreSQL too when
 *   BENCH_PG_URL is set (its own fresh Pemda, so earlier runs' rows do not count). The set-up runs ANALYZE after the
 *   bulk load, so both statements are planned on real statistics.
 * Figures are for the comparison in one run; the machine load changes them.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { createContext, type ServiceContext } from "../../src/services/context";
import { hasilSkmOpd } from "../../src/services/skm/hasil";
import { simpanLayananSkm } from "../../src/services/skm/layanan";
import { simpanPeriodeSkm } from "../../src/services/skm/periode";
import { kirimJawabanPublik } from "../../src/services/skm/publik";
import { type Database, openDatabase } from "../../src/storage/database";
import { upsertOpd, upsertPemda } from "../../src/storage/repositories/organisasi-repository";
import type { BenchCase } from "../harness";

const KLIEN = 50;
const KIRIMAN = 2_000;
const JUTA = 1_000_000;

interface Env {
  db: Database;
  ctx: ServiceContext;
  dir: string | null;
  pemda: string;
  pemdaId: string;
  opdId: string;
  layananId: string;
  periodeId: string;
}

async function siapkan(mesin: "pglite" | "postgres", tag: string): Promise<Env> {
  const dir = mesin === "pglite" ? fs.mkdtempSync(path.join(os.tmpdir(), `sakip-bench-skm-${tag}-`)) : null;
  const db = await openDatabase(dir ? { dataDir: dir } : { databaseUrl: process.env.BENCH_PG_URL });
  await db.migrate();
  const ctx = createContext(db);
  const slug = `bench-skm-${tag}-${Date.now().toString(36)}`;
  const p = await upsertPemda(db.db, { slug, nama: "Kabupaten Bench", jenis: "kabupaten", provinsi: "X" });
  const o = await upsertOpd(db.db, {
    pemdaId: p.id,
    slug: "opd",
    nama: "OPD Bench",
    jenis: "dinas",
    kode: null,
    urutan: 1,
  });
  const l = { pemda: slug, opd: "opd" };
  await simpanLayananSkm(ctx, l, "loket", { nama: "Loket" });
  const tahun = new Date().getUTCFullYear();
  await simpanPeriodeSkm(ctx, l, "p", { jenis: "tahun", mulai: `${tahun - 1}-01-01`, selesai: `${tahun + 1}-12-31` });
  const [ids] = (
    (await db.db.execute(sql`select l.id as layanan, p.id as periode from skm_layanan l, skm_periode p
      where l.opd_id = ${o.id} and p.opd_id = ${o.id}`)) as unknown as {
      rows: Array<{ layanan: string; periode: string }>;
    }
  ).rows;
  return { db, ctx, dir, pemda: slug, pemdaId: p.id, opdId: o.id, layananId: ids!.layanan, periodeId: ids!.periode };
}

async function tutup(e: Env | null): Promise<void> {
  if (!e) return;
  await e.db.close();
  if (e.dir) fs.rmSync(e.dir, { recursive: true, force: true });
}

/** Runs `n` calls over `klien` concurrent loops; returns per-call latencies (ms) and the wall time. */
async function beban(n: number, klien: number, panggil: (i: number) => Promise<void>) {
  const lat: number[] = [];
  let berikut = 0;
  const mulai = performance.now();
  await Promise.all(
    Array.from({ length: klien }, async () => {
      for (let i = berikut++; i < n; i = berikut++) {
        const t0 = performance.now();
        await panggil(i);
        lat.push(performance.now() - t0);
      }
    }),
  );
  const ms = performance.now() - mulai;
  lat.sort((a, b) => a - b);
  return { ms, perDetik: (n / ms) * 1000, p99: lat[Math.floor(lat.length * 0.99)] ?? 0 };
}

const JAWABAN = { u1: 3, u2: 3, u3: 4, u4: 4, u5: 3, u6: 3, u7: 4, u8: 3, u9: 3 };

function kasusMesin(mesin: "pglite" | "postgres"): BenchCase[] {
  let e: Env | null = null;
  let putaran = 0;
  const ringkas: Record<string, number> = {};
  const intake: BenchCase = {
    name: `SKM intake ${KIRIMAN} kiriman publik, ${KLIEN} klien serentak (${mesin})`,
    runs: 3,
    warmup: 1,
    setup: async () => {
      e = await siapkan(mesin, "intake");
    },
    run: async () => {
      const r = putaran++;
      const s = await beban(KIRIMAN, KLIEN, async (i) => {
        const h = await kirimJawabanPublik(e!.ctx, e!.pemda, "loket", {
          kunci: `b-${r}-${i}-xxxxxxxx`,
          jawaban: JAWABAN,
        });
        if (!h.baru) throw new Error("bench: kiriman tidak tersimpan");
      });
      ringkas.intake = s.perDetik;
      intake.note = `${s.perDetik.toFixed(0)} kiriman/s, p99 ${s.p99.toFixed(1)} ms`;
      return s.ms;
    },
    teardown: async () => undefined,
  };
  const polos: BenchCase = {
    name: `SKM INSERT polos ${KIRIMAN} baris, ${KLIEN} klien serentak (${mesin}, pembanding)`,
    runs: 3,
    warmup: 1,
    run: async () => {
      const r = putaran++;
      const s = await beban(KIRIMAN, KLIEN, async (i) => {
        await e!.db.db.execute(sql`insert into skm_responden (pemda_id, opd_id, layanan_id, periode_id, u1, u2, u3, u4,
          u5, u6, u7, u8, u9, saluran, kunci) values (${e!.pemdaId}, ${e!.opdId}, ${e!.layananId}, ${e!.periodeId},
          3, 3, 4, 4, 3, 3, 4, 3, 3, 'online', ${`polos-${r}-${i}`})`);
      });
      const rasio = ringkas.intake ? ` — intake = ${(ringkas.intake / s.perDetik).toFixed(2)} × INSERT polos` : "";
      polos.note = `${s.perDetik.toFixed(0)} baris/s, p99 ${s.p99.toFixed(1)} ms${rasio}`;
      return s.ms;
    },
    teardown: async () => {
      await tutup(e);
      e = null;
    },
  };
  return [intake, polos];
}

function kasusJuta(mesin: "pglite" | "postgres"): BenchCase[] {
  let e: Env | null = null;
  const waktu: Record<string, number> = {};
  const sqlPolos: BenchCase = {
    name: `SKM agregat SQL polos (count, Σ u1..u9) atas 1 000 000 jawaban (${mesin}, pembanding)`,
    runs: 5,
    warmup: 1,
    setup: async () => {
      e = await siapkan(mesin, "juta");
      await e.db.db.execute(sql`insert into skm_responden (pemda_id, opd_id, layanan_id, periode_id, u1, u2, u3, u4,
        u5, u6, u7, u8, u9, saluran, kunci)
        select ${e.pemdaId}, ${e.opdId}, ${e.layananId}, ${e.periodeId}, 1 + g % 4, 1 + (g / 3) % 4, 1 + (g / 5) % 4,
          4, 3, 1 + (g / 7) % 4, 3, 1 + (g / 11) % 4, 2 + g % 3, 'impor', 'j-' || g
        from generate_series(1, ${JUTA}) g`);
      // statistics for the planner after the bulk load, as autovacuum (PostgreSQL) would gather soon after in
      // production; without them both statements ran on default estimates and the comparison measured the plan
      // chosen blind (ADR 0042 "left to check", ADR 0055)
      await e.db.db.execute(sql`analyze skm_responden`);
    },
    run: async () => {
      const t0 = performance.now();
      await e!.db.db.execute(sql`select count(*), sum(u1), sum(u2), sum(u3), sum(u4), sum(u5), sum(u6), sum(u7),
        sum(u8), sum(u9) from skm_responden where periode_id = ${e!.periodeId}`);
      const ms = performance.now() - t0;
      waktu.polos = Math.min(waktu.polos ?? Infinity, ms);
      return ms;
    },
  };
  const layanan: BenchCase = {
    name: `SKM hasilSkmOpd tanpa demografi (IKM, NRR, mutu, unsur terlemah) atas 1 000 000 jawaban (${mesin})`,
    runs: 5,
    warmup: 1,
    run: async () => {
      const t0 = performance.now();
      const h = await hasilSkmOpd(e!.ctx, { pemda: e!.pemda, opd: "opd" }, "p", undefined, { demografi: false });
      if (h.total?.responden !== JUTA) throw new Error(`bench: ${h.total?.responden} responden`);
      const ms = performance.now() - t0;
      waktu.layanan = Math.min(waktu.layanan ?? Infinity, ms);
      layanan.note = waktu.polos ? `terbaik ${(waktu.layanan / waktu.polos).toFixed(2)} × agregat SQL polos` : "";
      return ms;
    },
    teardown: async () => {
      // the shared PostgreSQL database keeps no million rows from a bench run
      if (mesin === "postgres" && e)
        await e.db.db.execute(sql`delete from skm_responden where pemda_id = ${e.pemdaId}`);
      await tutup(e);
      e = null;
    },
  };
  return [sqlPolos, layanan];
}

export function skmCases(): BenchCase[] {
  const pg = Boolean(process.env.BENCH_PG_URL);
  return [
    ...kasusMesin("pglite"),
    ...(pg ? kasusMesin("postgres") : []),
    ...kasusJuta("pglite"),
    ...(pg ? kasusJuta("postgres") : []),
  ];
}

/**
 * Public SKM intake over HTTP (issue 12 acceptance: a burst at 50 concurrent clients loses none and counts none twice;
 * ADR 0021, ADR 0037, ADR 0042): the server runs as ITS OWN PROCESS (`bin/sakip.mjs serve --port 0`, SKM_RATE_LIMIT
 * 0, on BENCH_PG_URL or a fresh PGlite folder), so the 50 clients of this process (node:http, keep-alive) never share
 * the server's event loop. Each client posts for SKM_PUBLIK_BENCH_DETIK seconds (default 60), each submission with
 * its own key and every tenth one sent twice (a replay). Reported: sent, stored (== sent), errors, submissions/s,
 * p50/p95/p99 latency, the bench's own CPU per request, and the plain single-row INSERT rate of the same database
 * measured right after in the same run.
 * The PGlite folder is locked by the server while it runs (ADR 0017): set-up and the counts happen before/after.
 * SKM_PUBLIK_BENCH_PEMBANDING runs the same burst against an earlier version's server first (before/after, one run).
 */
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { createContext } from "../../src/services/context";
import { simpanLayananSkm } from "../../src/services/skm/layanan";
import { simpanPeriodeSkm } from "../../src/services/skm/periode";
import { type Database, openDatabase, queryRows } from "../../src/storage/database";
import { upsertOpd, upsertPemda } from "../../src/storage/repositories/organisasi-repository";
import { sql } from "drizzle-orm";
import { jalankanServer } from "../../tests/support/server-proses";
import type { BenchCase } from "../harness";

const KLIEN = 50;
const detik = () => Number(process.env.SKM_PUBLIK_BENCH_DETIK ?? 60);

async function ledakan(engine: "pglite" | "postgres", kasus: BenchCase, akar = ""): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-bench-skm-publik-"));
  const buka = () =>
    openDatabase(engine === "postgres" ? { databaseUrl: process.env.BENCH_PG_URL as string } : { dataDir: dir });
  let db: Database = await buka();
  let dbTerbuka = true;
  try {
    await db.migrate();
    const ctx = createContext(db);
    const slug = `bench-skm-${Date.now().toString(36)}`;
    const pemda = await upsertPemda(db.db, { slug, nama: "Kabupaten Bench", jenis: "kabupaten", provinsi: "X" });
    await upsertOpd(db.db, {
      pemdaId: pemda.id,
      slug: "opd-bench",
      nama: "OPD Bench",
      jenis: "dinas",
      kode: null,
      urutan: 1,
    });
    const lingkup = { pemda: slug, opd: "opd-bench" };
    await simpanLayananSkm(ctx, lingkup, "bench", { nama: "Layanan Bench" });
    const tahun = new Date(Date.now() + 7 * 3600_000).getUTCFullYear();
    await simpanPeriodeSkm(ctx, lingkup, `b-${tahun}`, {
      jenis: "tahun",
      mulai: `${tahun}-01-01`,
      selesai: `${tahun}-12-31`,
    });
    await db.close();
    dbTerbuka = false;
    const server = await jalankanServer([path.join(akar, "bin/sakip.mjs"), "serve", "--port", "0"], {
      SKM_RATE_LIMIT: "0",
      LOG_LEVEL: "warn",
      ...(engine === "postgres"
        ? { DATABASE_URL: process.env.BENCH_PG_URL as string }
        : { DATABASE_URL: "", SAKIP_DATA_DIR: dir }),
    });
    const url = `${server.url}/api/v1/publik/skm/${slug}/bench`;
    // warm-up outside the measurement (first request compiles the route's code paths)
    await fetch(url, { method: "GET" }).then((r) => r.arrayBuffer());

    let terkirim = 0;
    let galat = 0;
    const lat: number[] = [];
    const akhir = performance.now() + detik() * 1000;
    const mulai = performance.now();
    // the clients: node:http over a keep-alive agent (one socket per client), not fetch — measured on this box, fetch
    // cost the bench process about 3 × the CPU per request of a plain keep-alive request (1,5 vs 0,5 ms), CPU the
    // server and PostgreSQL share on 2 cores
    const agen = new http.Agent({ keepAlive: true, maxSockets: KLIEN });
    const tujuan = new URL(url);
    const post = (isi: string) =>
      new Promise<number>((resolve) => {
        const req = http.request(
          {
            agent: agen,
            host: tujuan.hostname,
            port: tujuan.port,
            path: tujuan.pathname,
            method: "POST",
            headers: { "content-type": "application/json", "content-length": Buffer.byteLength(isi) },
          },
          (res) => {
            res.resume();
            res.on("end", () => resolve(res.statusCode ?? 0));
            res.on("error", () => resolve(0));
          },
        );
        req.on("error", () => resolve(0));
        req.end(isi);
      });
    const kirim = async (kunci: string, pola: number) => {
      const t0 = performance.now();
      const status = await post(
        JSON.stringify({
          kunci,
          jawaban: Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`u${i + 1}`, ((pola + i) % 4) + 1])),
          saluran: "kiosk",
        }),
      );
      lat.push(performance.now() - t0);
      if (status !== 201 && status !== 200) galat++;
      return status;
    };
    const cpu0 = process.cpuUsage();
    const cpuServer0 = cpuProses(server.child.pid);
    await Promise.all(
      Array.from({ length: KLIEN }, async (_, k) => {
        for (let n = 0; performance.now() < akhir; n++) {
          const kunci = `b-${k}-${n}-${engine}`;
          if ((await kirim(kunci, n)) === 201) terkirim++;
          if (n % 10 === 0) await kirim(kunci, n); // replay: 200, not stored again
        }
      }),
    );
    const ms = performance.now() - mulai;
    const cpu = process.cpuUsage(cpu0);
    // the server's own CPU (utime + stime of /proc/<pid>/stat) over the burst, per request: the figure that decides
    // how many submissions one process can take on a free core (ADR 0042, ADR 0055)
    const cpuServer = (cpuProses(server.child.pid) - cpuServer0) / Math.max(1, lat.length);
    const cpuKlien = (cpu.user + cpu.system) / 1000 / Math.max(1, lat.length);
    agen.destroy();
    await server.berhenti();
    db = await buka();
    dbTerbuka = true;
    const [r] = await queryRows<{ n: string }>(
      db.db,
      sql`select count(*)::text as n from skm_responden where pemda_id = ${pemda.id}`,
    );
    const tersimpan = Number(r?.n ?? 0);
    lat.sort((a, b) => a - b);
    const p = (q: number) => (lat[Math.min(lat.length - 1, Math.floor(q * lat.length))] ?? 0).toFixed(1);
    // the plain single-row INSERT rate of the same database in the same run: KLIEN clients, one row each, for
    // SKM_PUBLIK_BENCH_POLOS_DETIK seconds (default 10), into the same table (the goal: intake ≥ 0,3 × this)
    const [ids] = await queryRows<{ opd: string; layanan: string; periode: string }>(
      db.db,
      sql`select opd_id as opd, layanan_id as layanan, periode_id as periode from skm_responden where pemda_id = ${pemda.id} limit 1`,
    );
    let polos = 0;
    const akhirPolos = performance.now() + Number(process.env.SKM_PUBLIK_BENCH_POLOS_DETIK ?? 10) * 1000;
    const mulaiPolos = performance.now();
    if (ids) {
      await Promise.all(
        Array.from({ length: KLIEN }, async (_, k) => {
          for (let n = 0; performance.now() < akhirPolos; n++) {
            await db.db.execute(sql`insert into skm_responden (pemda_id, opd_id, layanan_id, periode_id, u1, u2, u3, u4,
              u5, u6, u7, u8, u9, saluran, kunci) values (${pemda.id}, ${ids.opd}, ${ids.layanan}, ${ids.periode},
              3, 3, 4, 4, 3, 3, 4, 3, 3, 'online', ${`polos-${k}-${n}-${engine}`})`);
            polos++;
          }
        }),
      );
    }
    const lajuPolos = (polos / (performance.now() - mulaiPolos)) * 1000;
    const laju = (terkirim / ms) * 1000;
    kasus.note =
      `${engine} (server proses sendiri): ${KLIEN} klien, ${detik()} s, ${lat.length} permintaan, dikirim (baru) ${terkirim}, tersimpan ${tersimpan}` +
      ` (${tersimpan === terkirim ? "sama" : "BEDA"}), galat ${galat}, ${Math.round(laju)} kiriman baru/s, ` +
      `p50 ${p(0.5)} ms, p95 ${p(0.95)} ms, p99 ${p(0.99)} ms, CPU server ${cpuServer.toFixed(2)} ms/permintaan, CPU klien ${cpuKlien.toFixed(2)} ms/permintaan; INSERT polos ${Math.round(lajuPolos)} baris/s → ` +
      `intake = ${(laju / lajuPolos).toFixed(2)} × INSERT polos`;
    process.stderr.write(`  ${kasus.note}\n`);
    return ms;
  } finally {
    if (dbTerbuka) await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** CPU time (ms) a process has used so far (Linux /proc; 0 elsewhere). */
function cpuProses(pid: number | undefined): number {
  try {
    const medan = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    // fields 14 and 15 of stat (utime, stime), counted from the state field (3) after the command name
    return ((Number(medan[11]) + Number(medan[12])) * 1000) / 100;
  } catch {
    return 0;
  }
}

export function skmPublikCases(): BenchCase[] {
  const semua: Array<"pglite" | "postgres"> = process.env.BENCH_PG_URL ? ["pglite", "postgres"] : ["pglite"];
  // SKM_PUBLIK_BENCH_MESIN=postgres runs the PostgreSQL burst only
  const pilih = process.env.SKM_PUBLIK_BENCH_MESIN;
  const engines = pilih ? semua.filter((e) => e === pilih) : semua;
  // SKM_PUBLIK_BENCH_PEMBANDING=<folder under the repository holding an earlier checkout's bin/ and src/> (e.g.
  // `git archive <commit> bin src package.json tsconfig.json | tar -x -C .tmp/base`): the same burst against that
  // version's server first, for a before/after in one run
  const pembanding = process.env.SKM_PUBLIK_BENCH_PEMBANDING;
  const kasus = (engine: "pglite" | "postgres", akar: string) => {
    const k: BenchCase = {
      name: `skm-publik: ledakan kiriman publik (${engine}${akar ? `, versi ${akar}` : ""})`,
      runs: 1,
      run: () => ledakan(engine, k, akar),
    };
    return k;
  };
  return engines.flatMap((engine) => [...(pembanding ? [kasus(engine, pembanding)] : []), kasus(engine, "")]);
}

/**
 * Load test over HTTP (issue 16): autocannon against the main read pages' API and one write, at 50 and 200
 * concurrent connections, on ONE PostgreSQL database (BENCH_PG_URL) served by one, then two `sakip serve` processes
 * (each its own process, `bin/sakip.mjs serve --port 0`; the connections are split evenly over the instances, as a
 * round-robin balancer would). Each connection cycles through: pengukuran, PK, laporan summary, monitoring (GET,
 * signed in as the demo operator; monitoring as the demo admin) and a public SKM submission (POST, a new key each
 * time). Reported per run: requests/s, p50/p95/p99 of the reads and of the write, errors (connection errors,
 * timeouts and non-2xx), the peak RSS of each instance (VmRSS sampled every 250 ms), and the two-instance
 * throughput as a multiple of the one-instance one, and the p95 of each route. Duration BEBAN_DETIK (default 60 s;
 * 10 s while developing); a request not answered within BEBAN_BATAS_DETIK (default 10 s) counts as an error.
 * Goals: read p95 < 50 ms at 50, < 150 ms at 200; two instances >= 1,7 x one; RSS < 300 MB under load.
 * Skipped (no case) without BENCH_PG_URL. The demo is loaded into that database once (when it is not there).
 */
import fs from "node:fs";
import autocannon from "autocannon";
import { createContext } from "../../src/services/context";
import { buatAkunDemo } from "../../src/demo/demo-accounts";
import { isDemoLoaded, loadDemo } from "../../src/demo/load-demo";
import { simpanLayananSkm } from "../../src/services/skm/layanan";
import { simpanPeriodeSkm } from "../../src/services/skm/periode";
import { AKTOR_SISTEM } from "../../src/domain/akses/aktor";
import { openDatabase } from "../../src/storage/database";
import { type ProsesServer, jalankanServer } from "../../tests/support/server-proses";
import type { BenchCase } from "../harness";

const PEMDA = "batu-bara";
const OPD = "kecamatan-sei-balai";
const LAYANAN = "beban-bench";
const detik = () => Number(process.env.BEBAN_DETIK ?? 60);
const tahunData = () => Number(process.env.BEBAN_TAHUN ?? 2023);
const RAHASIA = "b".repeat(48);

async function siapkanData(url: string): Promise<void> {
  const db = await openDatabase({ databaseUrl: url });
  try {
    await db.migrate();
    const ctx = { ...createContext(db), aktor: AKTOR_SISTEM };
    if (!(await isDemoLoaded(ctx))) await loadDemo(ctx);
    await buatAkunDemo(ctx, { produksi: false });
    const lingkup = { pemda: PEMDA, opd: OPD };
    await simpanLayananSkm(ctx, lingkup, LAYANAN, { nama: "Layanan uji beban" });
    const tahun = new Date(Date.now() + 7 * 3600_000).getUTCFullYear();
    try {
      await simpanPeriodeSkm(ctx, lingkup, `beban-${tahun}`, {
        jenis: "tahun",
        mulai: `${tahun}-01-01`,
        selesai: `${tahun}-12-31`,
      });
    } catch (e) {
      // already there from an earlier run (a period of the same dates overlaps)
      process.stderr.write(`  periode SKM: ${(e as Error).message}\n`);
    }
  } finally {
    await db.close();
  }
}

async function masuk(base: string, identitas: string, kataSandi: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/masuk`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ identitas, kataSandi }),
  });
  if (res.status !== 200) throw new Error(`masuk ${identitas}: ${res.status} ${await res.text()}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0] ?? "")
    .filter((c) => c && !c.endsWith("="))
    .join("; ");
}

function rssMb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

interface HasilBeban {
  rps: number;
  baca: number[];
  tulis: number[];
  /** latencies per route (pengukuran, pk, laporan, monitoring, skm) */
  perRute: number[][];
  galat: number;
  jumlah: number;
  rss: number[];
}

const persentil = (xs: number[], q: number) => {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};

/** One load run: `koneksi` connections split over `servers`, for BEBAN_DETIK seconds. */
async function beban(servers: ProsesServer[], koneksi: number, cookieOp: string, cookieAdmin: string) {
  const tahun = tahunData();
  const baca = [
    { path: `/api/v1/pemda/${PEMDA}/opd/${OPD}/pengukuran/${tahun}`, cookie: cookieOp },
    { path: `/api/v1/pemda/${PEMDA}/opd/${OPD}/pk/${tahun}`, cookie: cookieOp },
    { path: `/api/v1/pemda/${PEMDA}/opd/${OPD}/laporan/${tahun}`, cookie: cookieOp },
    { path: `/api/v1/pemda/${PEMDA}/monitoring/${tahun}`, cookie: cookieAdmin },
  ];
  let seri = 0;
  const hasil: HasilBeban = {
    rps: 0,
    baca: [],
    tulis: [],
    perRute: [...baca, null].map(() => []),
    galat: 0,
    jumlah: 0,
    rss: servers.map(() => 0),
  };
  const pemantau = setInterval(() => {
    servers.forEach((s, i) => (hasil.rss[i] = Math.max(hasil.rss[i]!, rssMb(s.child.pid!))));
  }, 250);
  const per = servers.map((s, i) => Math.floor(koneksi / servers.length) + (i < koneksi % servers.length ? 1 : 0));
  try {
    const jalan = servers.map(
      (s, i) =>
        new Promise<autocannon.Result>((resolve, reject) => {
          const inst = autocannon(
            {
              url: s.url,
              connections: per[i]!,
              duration: detik(),
              timeout: Number(process.env.BEBAN_BATAS_DETIK ?? 10),
              requests: [
                ...baca.map((b) => ({ method: "GET" as const, path: b.path, headers: { cookie: b.cookie } })),
                {
                  method: "POST" as const,
                  path: `/api/v1/publik/skm/${PEMDA}/${LAYANAN}`,
                  headers: { "content-type": "application/json" },
                  setupRequest: (req: autocannon.Request) => {
                    const n = seri++;
                    return {
                      ...req,
                      body: JSON.stringify({
                        kunci: `beban-${process.pid}-${Date.now().toString(36)}-${n}`,
                        jawaban: Object.fromEntries(
                          Array.from({ length: 9 }, (_, k) => [`u${k + 1}`, ((n + k) % 4) + 1]),
                        ),
                        saluran: "kiosk",
                      }),
                    };
                  },
                },
              ],
              setupClient: (client: autocannon.Client) => {
                // no pipelining and no resets: the k-th answer of a client is for request k mod 5
                let k = 0;
                client.on("response", (status: number, _bytes: number, ms: number) => {
                  const rute = k++ % (baca.length + 1);
                  (rute === baca.length ? hasil.tulis : hasil.baca).push(ms);
                  hasil.perRute[rute]!.push(ms);
                  if (status < 200 || status >= 300) hasil.galat++;
                });
              },
            },
            (err, r) => (err ? reject(err) : resolve(r)),
          );
          void inst;
        }),
    );
    const semua = await Promise.all(jalan);
    for (const r of semua) {
      hasil.rps += r.requests.average;
      hasil.galat += r.errors + r.timeouts;
      hasil.jumlah += r.requests.total;
    }
  } finally {
    clearInterval(pemantau);
  }
  return hasil;
}

export function bebanCases(): BenchCase[] {
  const url = process.env.BENCH_PG_URL;
  if (!url) {
    process.stderr.write("  beban: BENCH_PG_URL tidak diset, uji beban dilewati\n");
    return [];
  }
  const satu: Record<number, number> = {};
  const buatKasus = (instansi: 1 | 2, koneksi: number): BenchCase => {
    const kasus: BenchCase = {
      name: `Beban: ${koneksi} koneksi, ${instansi} instans PostgreSQL`,
      runs: 1,
      run: async () => {
        await siapkanData(url);
        const env = {
          DATABASE_URL: url,
          SAKIP_AUTH_SECRET: RAHASIA,
          SAKIP_ANTREAN: "mati",
          SKM_RATE_LIMIT: "0",
          LOG_LEVEL: "warn",
        };
        const servers: ProsesServer[] = [];
        try {
          // one after the other (each migrates under the advisory lock; nothing left to do for the second)
          for (let i = 0; i < instansi; i++) {
            servers.push(await jalankanServer(["bin/sakip.mjs", "serve", "--port", "0"], env));
          }
          const base = servers[0]!.url;
          const cookieOp = await masuk(base, "operator.seibalai@demo.sakip.test", "Demo-Operator-2024");
          const cookieAdmin = await masuk(base, "admin@demo.sakip.test", "Demo-Admin-2024");
          // warm-up: every route once on every instance (first calls compile code paths), unmeasured
          for (const s of servers) {
            for (const p of ["pengukuran", "pk", "laporan"]) {
              await fetch(`${s.url}/api/v1/pemda/${PEMDA}/opd/${OPD}/${p}/${tahunData()}`, {
                headers: { cookie: cookieOp },
              }).then((r) => r.arrayBuffer());
            }
            const m = await fetch(`${s.url}/api/v1/pemda/${PEMDA}/monitoring/${tahunData()}`, {
              headers: { cookie: cookieAdmin },
            });
            if (m.status !== 200) throw new Error(`monitoring ${m.status}: ${await m.text()}`);
          }
          const h = await beban(servers, koneksi, cookieOp, cookieAdmin);
          if (instansi === 1) satu[koneksi] = h.rps;
          const f = (n: number) => n.toFixed(1);
          const kali = instansi === 2 && satu[koneksi] ? ` = ${(h.rps / satu[koneksi]!).toFixed(2)} × 1 instans` : "";
          kasus.note =
            `${detik()} s, ${h.jumlah} permintaan, ${Math.round(h.rps)} req/s${kali}; ` +
            `baca p50 ${f(persentil(h.baca, 0.5))} / p95 ${f(persentil(h.baca, 0.95))} / p99 ${f(persentil(h.baca, 0.99))} ms; ` +
            `tulis (SKM) p50 ${f(persentil(h.tulis, 0.5))} / p95 ${f(persentil(h.tulis, 0.95))} / p99 ${f(persentil(h.tulis, 0.99))} ms; ` +
            `p95 per rute ${["pengukuran", "pk", "laporan", "monitoring", "skm"].map((r, i) => `${r} ${f(persentil(h.perRute[i]!, 0.95))}`).join(", ")} ms; ` +
            `galat ${h.galat}; RSS maks ${h.rss.map((r) => `${Math.round(r)} MB`).join(" + ")}`;
          process.stderr.write(`  ${kasus.note}\n`);
          return persentil(h.baca, 0.95);
        } finally {
          for (const s of servers) await s.berhenti();
        }
      },
      note: "",
    };
    return kasus;
  };
  return [buatKasus(1, 50), buatKasus(2, 50), buatKasus(1, 200), buatKasus(2, 200)];
}

/**
 * Public portal (issue 15 "Performance": a portal page < 50 ms warm, ≤ 100 KB transferred; measured here, never
 * asserted in tests): the Sei Balai 2023 page and the Pemda's OPD list through the real Hono app on PGlite with the
 * demo (which publishes Sei Balai 2023). The note gives the page's bytes.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pino } from "pino";
import { createApp } from "../../src/api/app";
import { pasangPenyaji } from "../../src/cli/penyaji";
import { createContext } from "../../src/services/context";
import { loadDemo } from "../../src/demo/load-demo";
import { type Database, openDatabase } from "../../src/storage/database";
import type { BenchCase } from "../harness";

export function portalCases(): BenchCase[] {
  let db: Database | null = null;
  let dir = "";
  let app: ReturnType<typeof createApp> | null = null;
  const ukuran: Record<string, number> = {};
  const siapkan = async () => {
    if (app) return;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-bench-portal-"));
    db = await openDatabase({ dataDir: dir });
    await db.migrate();
    const ctx = createContext(db);
    pasangPenyaji();
    await loadDemo(ctx);
    app = createApp({ ctx, logger: pino({ level: "silent" }), version: "bench", auth: { rahasia: "b".repeat(40) } });
  };
  const halaman = (nama: string, alamat: string, akhir: boolean): BenchCase => {
    const c: BenchCase = {
      name: `Portal ${nama} (warm)`,
      runs: 30,
      warmup: 3,
      setup: siapkan,
      run: async () => {
        const res = await app!.request(alamat);
        const b = (await res.arrayBuffer()).byteLength;
        ukuran[alamat] = b;
        c.note = `${alamat}: ${res.status}, ${(b / 1024).toFixed(1)} KB`;
      },
    };
    if (akhir)
      c.teardown = async () => {
        await db?.close();
        fs.rmSync(dir, { recursive: true, force: true });
        app = null;
      };
    return c;
  };
  return [
    halaman("daftar OPD", "/p/batu-bara", false),
    halaman("Sei Balai 2023", "/p/batu-bara/kecamatan-sei-balai/2023", true),
  ];
}

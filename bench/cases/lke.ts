/**
 * Evaluasi AKIP (LKE, issue 13) from the database: the demo loaded into a fresh embedded PGlite (untimed), then warm:
 * saving one answer and recomputing the whole LKE (target < 50 ms), the recap of the demo's 38 OPD (2023,
 * component-only) and of 600 synthetic OPD each with a complete 80-kriteria evaluator worksheet (a province; set up
 * through the repository, untimed) (target < 1 s).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { daftarKriteria, KERANGKA_LKE_88_2021, KODE_JAWABAN } from "../../src/domain/akip";
import { createContext, type ServiceContext } from "../../src/services/context";
import { loadDemo } from "../../src/demo/load-demo";
import { rekapLke } from "../../src/services/lke/rekap";
import { simpanJawabanLke } from "../../src/services/lke/simpan-jawaban";
import { simpanDaftarOpd, simpanPemda } from "../../src/services/organisasi/simpan-pemda";
import { resolvePemda } from "../../src/services/organisasi/resolve-opd";
import { type Database, openDatabase } from "../../src/storage/database";
import { insertEvaluasiLke, listOpdPemda, upsertJawaban } from "../../src/storage/repositories/lke-repository";
import type { BenchCase } from "../harness";

const SINTETIS = "provinsi-sintetis";
const JUMLAH = 600;

export function lkeCases(): BenchCase[] {
  let dir = "";
  let db: Database | null = null;
  let ctx: ServiceContext | null = null;
  let n = 0;
  const setup = async () => {
    if (db) return;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-bench-lke-"));
    const folder = dir;
    process.once("exit", () => fs.rmSync(folder, { recursive: true, force: true }));
    db = await openDatabase({ dataDir: dir });
    await db.migrate();
    ctx = createContext(db);
    await loadDemo(ctx);
    await simpanPemda(ctx, { slug: SINTETIS, nama: "Provinsi Sintetis", jenis: "kabupaten", provinsi: "Sintetis" });
    await simpanDaftarOpd(
      ctx,
      SINTETIS,
      Array.from({ length: JUMLAH }, (_, i) => ({
        slug: `opd-${i + 1}`,
        nama: `OPD Sintetis ${i + 1}`,
        jenis: "dinas" as const,
        kode: null,
        urutan: i + 1,
      })),
    );
    const pemda = await resolvePemda(ctx, SINTETIS);
    const kode = daftarKriteria(KERANGKA_LKE_88_2021).map((c) => c.kriteria.kode);
    for (const o of await listOpdPemda(ctx.db, pemda.id)) {
      const ev = await insertEvaluasiLke(ctx.db, {
        pemdaId: pemda.id,
        opdId: o.id,
        tahun: 2024,
        kerangka: "88/2021",
        diubahOleh: "bench",
      });
      await upsertJawaban(
        ctx.db,
        kode.map((k, i) => ({
          pemdaId: pemda.id,
          opdId: o.id,
          evaluasiId: ev.id,
          kodeKriteria: k,
          jawabanEvaluator: KODE_JAWABAN[(i + (o.urutan ?? 0)) % 8]!,
          diubahOleh: "bench",
        })),
      );
    }
  };
  const teardown = async () => {
    await db?.close();
    db = null;
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return [
    {
      name: "LKE: simpan satu jawaban + hitung ulang seluruh LKE (hangat)",
      runs: 20,
      warmup: 2,
      setup,
      run: async () => {
        n += 1;
        await simpanJawabanLke(ctx!, { pemda: "batu-bara", opd: "kecamatan-talawi" }, 2024, {
          sisi: "mandiri",
          jawaban: [{ kode: "1.b.2", jawaban: n % 2 ? "A" : "BB" }],
        });
      },
      note: "target < 50 ms; transaksi + audit + 80 kriteria dihitung ulang",
    },
    {
      name: "LKE: rekap 38 OPD 2023 dari basis data (hangat)",
      runs: 10,
      warmup: 1,
      setup,
      run: async () => void (await rekapLke(ctx!, "batu-bara", 2023)),
      note: "target < 1 s; mode komponen",
    },
    {
      name: "LKE: rekap 600 OPD sintetis, 80 kriteria masing-masing (hangat)",
      runs: 5,
      warmup: 1,
      setup,
      run: async () => void (await rekapLke(ctx!, SINTETIS, 2024)),
      teardown,
      note: "target < 1 s; 48.000 jawaban",
    },
  ];
}

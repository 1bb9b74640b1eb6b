/**
 * Monitoring of every OPD (issue 15: 38 OPDs and 600 synthetic OPDs for one year from the database, < 300 ms /
 * < 2 s warm): the demo loaded into a fresh embedded PGlite (untimed), plus a synthetic Pemda of 600 OPDs each with
 * workflow states, a complete 80-kriteria evaluator worksheet and an IKU-free plan (set up through the repositories,
 * untimed).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { daftarKriteria, KERANGKA_LKE_88_2021, KODE_JAWABAN } from "../../src/domain/akip";
import { AKTOR_SISTEM } from "../../src/domain/akses/aktor";
import { createContext, type ServiceContext } from "../../src/services/context";
import { loadDemo } from "../../src/demo/load-demo";
import { bacaMonitoring } from "../../src/services/monitoring/baca-monitoring";
import { resolvePemda } from "../../src/services/organisasi/resolve-opd";
import { simpanDaftarOpd, simpanPemda } from "../../src/services/organisasi/simpan-pemda";
import { type Database, openDatabase } from "../../src/storage/database";
import { insertEvaluasiLke, listOpdPemda, upsertJawaban } from "../../src/storage/repositories/lke-repository";
import { setStatusPeriode } from "../../src/storage/repositories/status-periode-repository";
import type { BenchCase } from "../harness";

const SINTETIS = "pemda-monitoring-sintetis";
const JUMLAH = 600;
const TAHUN = 2024;

export function monitoringCases(): BenchCase[] {
  let dir = "";
  let db: Database | null = null;
  let ctx: ServiceContext | null = null;
  const setup = async () => {
    if (db) return;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-bench-monitoring-"));
    const folder = dir;
    process.once("exit", () => fs.rmSync(folder, { recursive: true, force: true }));
    db = await openDatabase({ dataDir: dir });
    await db.migrate();
    ctx = createContext(db);
    await loadDemo(ctx);
    await simpanPemda(ctx, { slug: SINTETIS, nama: "Pemda Sintetis", jenis: "kabupaten", provinsi: "Sintetis" });
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
    const status = ["draft", "diajukan", "disetujui", "terkunci"] as const;
    for (const o of await listOpdPemda(ctx.db, pemda.id)) {
      const u = o.urutan ?? 0;
      for (const modul of ["perencanaan", "pk", "pengukuran", "anggaran", "laporan"] as const) {
        await setStatusPeriode(
          ctx.db,
          { pemdaId: pemda.id, opdId: o.id, tahun: TAHUN, modul },
          status[(u + modul.length) % 4]!,
          "bench",
        );
      }
      const ev = await insertEvaluasiLke(ctx.db, {
        pemdaId: pemda.id,
        opdId: o.id,
        tahun: TAHUN,
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
          jawabanEvaluator: KODE_JAWABAN[(i + u) % 8]!,
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
  const sebagaiAdmin = () => ({ ...ctx!, aktor: AKTOR_SISTEM });
  return [
    {
      name: "Monitoring: 38 OPD demo 2023 dari basis data (hangat)",
      runs: 10,
      warmup: 2,
      setup,
      run: async () => void (await bacaMonitoring(sebagaiAdmin(), "batu-bara", 2023)),
      note: "target < 300 ms; tahap 7 modul, capaian IKU, serapan, IKM, Nilai AKIP, peringkat",
    },
    {
      name: "Monitoring: 600 OPD sintetis (hangat)",
      runs: 5,
      warmup: 1,
      setup,
      run: async () => void (await bacaMonitoring(sebagaiAdmin(), SINTETIS, TAHUN)),
      teardown,
      note: "target < 2 s; 3.000 status, 48.000 jawaban LKE",
    },
  ];
}

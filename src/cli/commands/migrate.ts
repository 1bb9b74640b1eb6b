import type { Command } from "commander";
import { loadConfig } from "../../config/env";
import { type CliIO, printResult } from "../io";
import { action } from "../action";
import { openRuntime } from "../runtime";

export function registerMigrate(program: Command, io: CliIO): void {
  program
    .command("migrate")
    .description("terapkan migrasi basis data (PGlite di SAKIP_DATA_DIR, atau PostgreSQL bila DATABASE_URL diisi)")
    .option("--json", "keluaran JSON")
    .action(
      action(io, async (opts: { json?: boolean }) => {
        const config = loadConfig();
        const started = performance.now();
        const runtime = await openRuntime(config);
        await runtime.close();
        const result = {
          engine: runtime.database.engine,
          lokasi: config.databaseUrl ? "DATABASE_URL" : config.dataDir,
          durasiMs: Math.round(performance.now() - started),
        };
        printResult(io, Boolean(opts.json), result, () => `Migrasi selesai (${result.engine}, ${result.lokasi}).`);
      }),
    );
}

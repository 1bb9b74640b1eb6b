import type { Command } from "commander";
import { loadConfig } from "../../config/env";
import { loadDemo } from "../../services/demo/load-demo";
import { type CliIO, printResult } from "../io";
import { action } from "../program";
import { openRuntime } from "../runtime";

export function registerDemo(program: Command, io: CliIO): void {
  program
    .command("demo")
    .description("muat data demo Kabupaten Batu Bara / Kecamatan Sei Balai (idempoten)")
    .option("--json", "keluaran JSON")
    .action(
      action(io, async (opts: { json?: boolean }) => {
        const runtime = await openRuntime(loadConfig());
        try {
          const summary = await loadDemo(runtime.ctx);
          printResult(io, Boolean(opts.json), summary, () => `Data demo dimuat: ${summary.pemda}, ${summary.opd} OPD.`);
        } finally {
          await runtime.close();
        }
      }),
    );
}

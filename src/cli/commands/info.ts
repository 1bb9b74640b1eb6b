import type { Command } from "commander";
import { loadConfig } from "../../config/env";
import { listPemdaWithOpd } from "../../services/organisasi/list-opd";
import { type CliIO, printResult } from "../io";
import { action } from "../action";
import { openRuntime } from "../runtime";
import { VERSION } from "../version";

export function registerInfo(program: Command, io: CliIO): void {
  program
    .command("opd")
    .description("daftar Pemda dan perangkat daerahnya")
    .option("--json", "keluaran JSON")
    .action(
      action(io, async (opts: { json?: boolean }) => {
        const runtime = await openRuntime(loadConfig());
        try {
          const rows = await listPemdaWithOpd(runtime.ctx);
          const data = rows.map((p) => ({
            slug: p.slug,
            nama: p.nama,
            opd: p.opd.map((o) => ({ slug: o.slug, nama: o.nama })),
          }));
          printResult(io, Boolean(opts.json), data, () =>
            data
              .map((p) => [`${p.nama} (${p.slug})`, ...p.opd.map((o) => `  - ${o.nama} (${o.slug})`)].join("\n"))
              .join("\n"),
          );
        } finally {
          await runtime.close();
        }
      }),
    );
  program
    .command("versi")
    .description("versi aplikasi")
    .option("--json", "keluaran JSON")
    .action(
      action(io, (opts: { json?: boolean }) => printResult(io, Boolean(opts.json), { versi: VERSION }, () => VERSION)),
    );
}

import type { Command } from "commander";
import { loadConfig } from "../../config/env";
import { buatAkunDemo, loadDemo, teksAkunDemo } from "../../demo";
import { type CliIO, printResult } from "../io";
import { action } from "../action";
import { openRuntime } from "../runtime";
// M2 issue 15: the demo publishes documents on the portal, which needs the renderers
import { pasangPenyaji } from "../penyaji";

export function registerDemo(program: Command, io: CliIO): void {
  program
    .command("demo")
    .description("muat data demo Kabupaten Batu Bara / Kecamatan Sei Balai (idempoten)")
    .option("--json", "keluaran JSON")
    .action(
      action(io, async (opts: { json?: boolean }) => {
        const config = loadConfig();
        const runtime = await openRuntime(config);
        pasangPenyaji();
        try {
          const summary = await loadDemo(runtime.ctx);
          // No default passwords in production or on PostgreSQL: there `sakip user create` makes the admin.
          const akun = await buatAkunDemo(runtime.ctx, {
            produksi: config.production || Boolean(config.databaseUrl),
            paksa: true,
          });
          const data = {
            ...summary,
            akunDemo: akun.dibuat.map(({ email, peran, kataSandi }) => ({ email, peran, kataSandi })),
            akunDemoDilewati: akun.dilewati,
          };
          printResult(io, Boolean(opts.json), data, () =>
            [
              `Data demo dimuat: ${summary.pemda}, ${summary.opd} OPD.`,
              ...(akun.dibuat.length ? [teksAkunDemo(akun.dibuat)] : []),
              ...(akun.dilewati === "produksi"
                ? ["Akun demo tidak dibuat (produksi/PostgreSQL); buat admin dengan `sakip user create`."]
                : []),
            ].join("\n"),
          );
        } finally {
          await runtime.close();
        }
      }),
    );
}

/**
 * `sakip cadangan buat --out F` and `sakip cadangan pulihkan --file F` (issue 16, ADR 0031): a logical backup of the
 * whole database, the same on both engines. The embedded data folder is locked while the server holds it, so the
 * command says so and touches nothing (ADR 0017); stop the server, or back up PostgreSQL while it runs.
 */
import type { Command } from "commander";
import { loadConfig } from "../../config/env";
import { buatCadangan, pulihkanCadangan } from "../../services/cadangan/cadangan";
import { buatCadanganPgDump, pulihkanCadanganPgDump } from "../../services/cadangan/pg-dump";
import { CliInputError } from "../io";
import { action } from "../action";
import { type CliIO, printResult } from "../io";
import { openRuntime } from "../runtime";

export function registerCadangan(program: Command, io: CliIO): void {
  const cadangan = program.command("cadangan").description("cadangan (backup) dan pemulihan basis data");
  cadangan
    .command("buat")
    .description("tulis cadangan seluruh basis data ke satu berkas (.sakip.gz)")
    .requiredOption("--out <berkas>", "berkas cadangan yang ditulis")
    .option(
      "--format <format>",
      "sakip (bawaan, kedua mesin) atau pg_dump (PostgreSQL, perlu pg_dump di PATH)",
      "sakip",
    )
    .option("--json", "keluaran JSON")
    .action(
      action(io, async (opts: { out: string; format: string; json?: boolean }) => {
        const format = formatCadangan(opts.format);
        const config = loadConfig();
        const runtime = await openRuntime(config);
        try {
          const kepala =
            format === "pg_dump"
              ? await buatCadanganPgDump(runtime.ctx, config.databaseUrl, opts.out)
              : await buatCadangan(runtime.ctx, opts.out);
          const total = Object.values(kepala.tabel).reduce((a, b) => a + b, 0);
          printResult(
            io,
            Boolean(opts.json),
            { berkas: opts.out, ...kepala },
            () =>
              `Cadangan ditulis ke ${opts.out}: ${Object.keys(kepala.tabel).length} tabel, ` +
              `${total.toLocaleString("id-ID")} baris, rantai audit ${kepala.rantaiAudit.slice(0, 12) || "(kosong)"}.`,
          );
        } finally {
          await runtime.close();
        }
      }),
    );
  cadangan
    .command("pulihkan")
    .description("pulihkan cadangan ke basis data yang masih kosong, lalu periksa jumlah baris dan rantai audit")
    .requiredOption("--file <berkas>", "berkas cadangan (dari `sakip cadangan buat`)")
    .option("--format <format>", "sakip (bawaan) atau pg_dump (perlu pg_restore di PATH)", "sakip")
    .option("--json", "keluaran JSON")
    .action(
      action(io, async (opts: { file: string; format: string; json?: boolean }) => {
        const format = formatCadangan(opts.format);
        const config = loadConfig();
        const runtime = await openRuntime(config);
        try {
          const hasil =
            format === "pg_dump"
              ? await pulihkanCadanganPgDump(runtime.ctx, config.databaseUrl, opts.file)
              : await pulihkanCadangan(runtime.ctx, opts.file);
          printResult(io, Boolean(opts.json), hasil, () =>
            hasil.cocok
              ? `Cadangan ${opts.file} dipulihkan: jumlah baris setiap tabel dan rantai audit cocok.`
              : `Pemulihan TIDAK cocok: ${hasil.selisih.map((s) => `${s.tabel} ${s.ada}/${s.harap}`).join(", ")}` +
                `${hasil.rantaiAudit.ada === hasil.rantaiAudit.harap ? "" : "; rantai audit berbeda"}.`,
          );
          if (!hasil.cocok) throw new Error("pemulihan tidak cocok dengan cadangan");
        } finally {
          await runtime.close();
        }
      }),
    );
}

function formatCadangan(nilai: string): "sakip" | "pg_dump" {
  if (nilai === "sakip" || nilai === "pg_dump") return nilai;
  throw new CliInputError(`--format: "${nilai}" tidak dikenal; pilih sakip atau pg_dump`);
}

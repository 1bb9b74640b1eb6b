/**
 * Builds the `sakip` command tree. Each command group lives in commands/<name>.ts and exports
 * `register(program: Command, io: CliIO)` and wraps its actions with `action()` (./action.ts); add one line below
 * to mount a new group.
 */
import { Command, CommanderError } from "commander";
import { lastActionExitCode, resetActionExitCode } from "./action";
import { type CliIO, EXIT_BAD_INPUT, reportError } from "./io";
import { terjemahkanPesanCommander } from "./pesan-commander";
import { registerAturan } from "./commands/aturan";
// M2-15 Rencana Aksi
import { registerRenaksi } from "./commands/renaksi";
import { registerHitung } from "./commands/hitung";
import { registerServe } from "./commands/serve";
import { registerMigrate } from "./commands/migrate";
import { registerDemo } from "./commands/demo";
import { registerInfo } from "./commands/info";
import { registerUser } from "./commands/user";
import { registerAnggaran } from "./commands/anggaran";
import { registerLaporan } from "./commands/laporan";
// M2-08 evaluation documents
import { registerDokumenEvaluasi } from "./commands/dokumen-evaluasi";
import { registerPemda } from "./commands/pemda";
import { registerPeriksa } from "./commands/periksa";
// M2-07 SKM survey
import { registerSkm } from "./commands/skm";
// M2-08 evaluasi AKIP (LKE)
import { registerLke } from "./commands/lke";
import { registerSkmPoster } from "./commands/skm-poster";
// M2-11 production: backup and restore (ADR 0031)
import { registerCadangan } from "./commands/cadangan";
// M2-12 TTE
import { registerTte } from "./commands/tte";
// issue 15: the Kabupaten LKjIP
import { registerLkjipPemda } from "./commands/lkjip-pemda";
import { registerEsr } from "./commands/esr"; // issue 17 ESR bundle (ADR 0039)
import { VERSION } from "./version";

export function buildProgram(io: CliIO): Command {
  const program = new Command("sakip")
    .description("SAKIP — akuntabilitas kinerja instansi pemerintah (Renstra, PK, pengukuran, SKM, LKE, LKjIP)")
    .version(VERSION, "-v, --version", "tampilkan versi")
    .helpOption("-h, --help", "tampilkan bantuan")
    .addHelpCommand(false)
    .configureOutput({
      writeOut: (s) => io.out(s.trimEnd()),
      writeErr: (s) => io.err(s.trimEnd()),
      outputError: (s, write) => write(terjemahkanPesanCommander(s)),
    })
    .exitOverride()
    .showHelpAfterError(false);
  registerServe(program, io);
  registerMigrate(program, io);
  registerDemo(program, io);
  registerInfo(program, io);
  registerHitung(program, io);
  registerUser(program, io);
  registerAturan(program, io);
  registerAnggaran(program, io);
  registerLaporan(program, io);
  registerPemda(program, io);
  // M2-08 evaluation documents
  registerDokumenEvaluasi(program, io);
  registerPeriksa(program, io);
  // M2-07 SKM survey
  registerSkm(program, io);
  // M2-08 evaluasi AKIP (LKE)
  registerLke(program, io);
  registerSkmPoster(program, io); // M2-07: after any `skm` group of the SKM module (attaches to it)
  registerCadangan(program, io); // M2-11
  registerTte(program, io); // M2-12 TTE
  registerEsr(program, io); // issue 17 ESR bundle (ADR 0039)
  // M2-15 Rencana Aksi
  registerRenaksi(program, io);
  // issue 15: the Kabupaten LKjIP
  registerLkjipPemda(program, io);
  return program;
}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const program = buildProgram(io);
  resetActionExitCode();
  try {
    await program.parseAsync(argv, { from: "user" });
    return lastActionExitCode();
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with exitCode 0; unknown options/commands are bad input.
      return error.exitCode === 0 ? 0 : EXIT_BAD_INPUT;
    }
    return reportError(io, error);
  }
}

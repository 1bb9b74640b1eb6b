import type { Command } from "commander";
import { loadConfig } from "../../config/env";
import { CliInputError, type CliIO } from "../io";
import { action } from "../action";
import { startServer, stopOnSignals } from "../server";

export function registerServe(program: Command, io: CliIO): void {
  program
    .command("serve")
    .description("jalankan server web dan API (PORT, HOST, DATABASE_URL, SAKIP_DATA_DIR)")
    .option("-p, --port <port>", "port (bawaan: PORT atau 3000)")
    .option("--host <host>", "alamat (bawaan: HOST atau 127.0.0.1)")
    .option("--demo-pertama-kali", "muat data demo saat basis data tertanam masih baru")
    .action(
      action(io, async (opts: { port?: string; host?: string; demoPertamaKali?: boolean }) => {
        if (opts.port !== undefined && !/^\d{1,5}$/.test(opts.port)) {
          throw new CliInputError(`--port: "${opts.port}" bukan nomor port`);
        }
        const config = loadConfig({
          ...process.env,
          ...(opts.port !== undefined ? { PORT: opts.port } : {}),
          ...(opts.host !== undefined ? { HOST: opts.host } : {}),
        });
        const server = await startServer({ config, demoOnFirstStart: Boolean(opts.demoPertamaKali) });
        stopOnSignals(server);
        io.out(`SAKIP berjalan di ${server.url}  (basis data: ${config.databaseUrl ? "PostgreSQL" : config.dataDir})`);
      }),
    );
}

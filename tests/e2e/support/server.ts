import fs from "node:fs";
import { loadConfig } from "../../../src/config/env";
import { pasangPenyaji } from "../../../src/cli/penyaji";
import { type RunningServer, startServer } from "../../../src/cli/server";
import { salinDemoPglite } from "../../support/test-database";
import { tempDataDir } from "./browser";

export interface E2eServer extends RunningServer {
  dataDir: string;
}

/** The real server (as `npm start` runs it) on a new embedded database with the demo, on a free port. */
export async function startE2eServer(): Promise<E2eServer> {
  const dataDir = tempDataDir();
  // The demo as the first start would load it (renderers installed, so the portal documents are there), copied
  // from a template built once per run and day instead of loaded by each file's server (10–30 s each).
  pasangPenyaji();
  const hariIni = new Date(`${new Date().toLocaleDateString("sv-SE", { timeZone: "Asia/Jakarta" })}T00:00:00+07:00`);
  await salinDemoPglite(dataDir, hariIni);
  const config = loadConfig({
    SAKIP_DATA_DIR: dataDir,
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "warn",
    NODE_ENV: "test",
  });
  // The demo accounts (README "Demo") are created on this first start; their table is not printed here.
  const server = await startServer({ config, demoOnFirstStart: true, print: () => undefined });
  return {
    ...server,
    dataDir,
    async stop() {
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

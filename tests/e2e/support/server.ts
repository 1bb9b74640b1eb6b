import fs from "node:fs";
import { loadConfig } from "../../../src/config/env";
import { type RunningServer, startServer } from "../../../src/cli/server";
import { tempDataDir } from "./browser";

export interface E2eServer extends RunningServer {
  dataDir: string;
}

/** The real server (as `npm start` runs it) on a new embedded database with the demo, on a free port. */
export async function startE2eServer(): Promise<E2eServer> {
  const dataDir = tempDataDir();
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

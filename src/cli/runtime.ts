/** Composition root shared by CLI commands: config → database (migrated) → service context. */
import type { AppConfig } from "../config/env";
import { createContext, type ServiceContext } from "../services/context";
import { type Database, openDatabase } from "../storage/database";

export interface Runtime {
  database: Database;
  ctx: ServiceContext;
  /** Migrations this start applied (0 when another instance or an earlier start had applied them). */
  migrasiDiterapkan: number;
  close(): Promise<void>;
}

/**
 * Opening the embedded data folder locks it for this process (ADR 0017): a second process — the server and a CLI
 * command — is refused with a message naming the folder and the holder's pid. `onWarning` hears a stale lock of a
 * dead process being taken over (default: standard error).
 */
export async function openRuntime(
  config: AppConfig,
  options: { onWarning?: (message: string) => void } = {},
): Promise<Runtime> {
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    ...(options.onWarning ? { onWarning: options.onWarning } : {}),
  });
  let migrasiDiterapkan: number;
  try {
    migrasiDiterapkan = await database.migrate();
  } catch (error) {
    await database.close();
    throw error;
  }
  const ctx = createContext(database, undefined, config.batasImpor);
  return { database, ctx, migrasiDiterapkan, close: () => database.close() };
}

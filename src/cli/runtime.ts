/** Composition root shared by CLI commands: config → database (migrated) → service context. */
import type { AppConfig } from "../config/env";
import { createContext, type ServiceContext } from "../services/context";
import { type Database, openDatabase } from "../storage/database";

export interface Runtime {
  database: Database;
  ctx: ServiceContext;
  close(): Promise<void>;
}

export async function openRuntime(config: AppConfig): Promise<Runtime> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await database.migrate();
  } catch (error) {
    await database.close();
    throw error;
  }
  const ctx = createContext(database, undefined, config.batasImpor);
  return { database, ctx, close: () => database.close() };
}

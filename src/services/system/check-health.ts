import { ping } from "../../storage/repositories/meta-repository";
import type { ServiceContext } from "../context";

export interface Health {
  status: "ok" | "error";
  database: { engine: string; ok: boolean; latencyMs: number; error?: string };
}

/** Liveness and database reachability for /healthz. Never throws. */
export async function checkHealth(ctx: ServiceContext): Promise<Health> {
  const started = performance.now();
  try {
    await ping(ctx.db);
    return { status: "ok", database: { engine: ctx.engine, ok: true, latencyMs: elapsed(started) } };
  } catch {
    return {
      status: "error",
      database: {
        engine: ctx.engine,
        ok: false,
        latencyMs: elapsed(started),
        error: "basis data tidak dapat dihubungi",
      },
    };
  }
}

function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 10) / 10;
}

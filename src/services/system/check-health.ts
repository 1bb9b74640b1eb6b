import { migrasiSelesai, ping } from "../../storage/repositories/meta-repository";
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

export interface Ready {
  status: "ok" | "error";
  database: boolean;
  migrasi: boolean;
}

/**
 * Readiness for /readyz (a load balancer sends traffic only to ready instances): the database answers and every
 * migration of this build is applied. Never throws.
 */
export async function checkReady(ctx: ServiceContext): Promise<Ready> {
  try {
    await ping(ctx.db);
  } catch {
    return { status: "error", database: false, migrasi: false };
  }
  const migrasi = await migrasiSelesai(ctx.db).catch(() => false);
  return { status: migrasi ? "ok" : "error", database: true, migrasi };
}

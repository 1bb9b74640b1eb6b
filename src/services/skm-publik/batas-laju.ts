/**
 * The public SKM intake's per-address and per-device limits, shared by every app server (issue 16, ADR 0031):
 * on PostgreSQL the events are in the database (batas_laju); on the embedded database, which one process holds,
 * in this process's memory (the same sliding-window rule, JendelaGeser).
 */
import { JendelaGeser, type HasilCoba } from "../../domain/skm-publik/pembatas";
import { cobaBatasLaju, pangkasBatasLaju } from "../../storage/repositories/batas-laju-repository";
import type { ServiceContext } from "../context";

export interface JendelaBersama {
  coba(ctx: ServiceContext, kunci: string, sekarang: number): Promise<HasilCoba>;
}

export function jendelaBersama(batas: number, jendelaMs = 60_000): JendelaBersama {
  const memori = new JendelaGeser(batas, jendelaMs);
  let pangkasTerakhir = 0;
  return {
    async coba(ctx, kunci, sekarang) {
      if (ctx.engine !== "postgres" || batas <= 0) return memori.coba(kunci, sekarang); // 0 = off: no query
      if (sekarang - pangkasTerakhir >= jendelaMs) {
        // other keys' old events, at most once a window per process
        pangkasTerakhir = sekarang;
        await pangkasBatasLaju(ctx.db, sekarang - jendelaMs, "skm:");
      }
      return cobaBatasLaju(ctx.db, `skm:${kunci}`, batas, jendelaMs, sekarang);
    },
  };
}

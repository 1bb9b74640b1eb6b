/**
 * The public SKM duplicate-answer guard (the same answers from the same device under another idempotency key within
 * two minutes → 409; domain/skm-publik/pembatas.ts PenjagaDuplikat) shared by every app server (issue 16,
 * ADR 0038): on PostgreSQL each accepted submission is a row of `batas_laju` keyed "skmdup:<sha-256 of the
 * answers' fingerprint>|<idempotency key>"; on the embedded database (one process) the same rule in memory.
 */
import { createHash } from "node:crypto";
import { PenjagaDuplikat, type PutusanDuplikat } from "../../domain/skm-publik/pembatas";
import { catatBatasLaju, kunciTerbaruAwalan, pangkasBatasLaju } from "../../storage/repositories/batas-laju-repository";
import type { ServiceContext } from "../context";

export interface PenjagaDuplikatBersama {
  periksa(ctx: ServiceContext, sidik: string, kunci: string, sekarang: number): Promise<PutusanDuplikat>;
  /** Records an accepted submission. */
  catat(ctx: ServiceContext, sidik: string, kunci: string, sekarang: number): Promise<void>;
}

const AWALAN = "skmdup:";

export function penjagaDuplikatBersama(jendelaMs = 2 * 60_000): PenjagaDuplikatBersama {
  const memori = new PenjagaDuplikat(jendelaMs);
  let pangkasTerakhir = 0;
  const awalan = (sidik: string) => `${AWALAN}${createHash("sha256").update(sidik).digest("hex")}|`;
  return {
    async periksa(ctx, sidik, kunci, sekarang) {
      if (ctx.engine !== "postgres") return memori.periksa(sidik, kunci, sekarang);
      const a = awalan(sidik);
      // the newest submission inside the window decides, as in memory (a later one replaces the earlier)
      const terbaru = await kunciTerbaruAwalan(ctx.db, a, sekarang - jendelaMs - 1);
      if (terbaru === null) return "baru";
      return terbaru === `${a}${kunci}` ? "ulang" : "duplikat";
    },
    async catat(ctx, sidik, kunci, sekarang) {
      if (ctx.engine !== "postgres") return memori.catat(sidik, kunci, sekarang);
      if (sekarang - pangkasTerakhir >= jendelaMs) {
        pangkasTerakhir = sekarang;
        await pangkasBatasLaju(ctx.db, sekarang - jendelaMs - 1, AWALAN);
      }
      await catatBatasLaju(ctx.db, `${awalan(sidik)}${kunci}`, sekarang);
    },
  };
}

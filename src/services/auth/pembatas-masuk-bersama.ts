/**
 * The per-address sign-in throttle (pembatas-masuk.ts) shared by every app server (issue 16, ADR 0038): on
 * PostgreSQL each failure is a row of `batas_laju` ("masuk:akun:…", "masuk:alamat:…"), so N servers behind one
 * proxy count the same failures; on the embedded database (one process holds the folder) the same rule in memory.
 * One interface for both engines: the sign-in service does not know which one it talks to.
 */
import { catatBatasLaju, pangkasBatasLaju, waktuTerbaru } from "../../storage/repositories/batas-laju-repository";
import type { ServiceContext } from "../context";
import { BATAS_ALAMAT_BAWAAN, type BatasAlamat, type KunciPembatas, PembatasMasuk } from "./pembatas-masuk";

export interface PembatasMasukBersama {
  /** Seconds to wait before this account may be tried again from this address; 0 when it may be tried now. */
  tunggu(ctx: ServiceContext, kunci: KunciPembatas, now: Date): Promise<number>;
  catatGagal(ctx: ServiceContext, kunci: KunciPembatas, now: Date): Promise<void>;
}

const AWALAN = "masuk:";

export function pembatasMasukBersama(batas: BatasAlamat = BATAS_ALAMAT_BAWAAN): PembatasMasukBersama {
  const memori = new PembatasMasuk(batas);
  let pangkasTerakhir = 0;
  const kunciAkun = (k: KunciPembatas) => `${AWALAN}akun:${JSON.stringify([k.alamat, k.identitas])}`;
  const kunciAlamat = (k: KunciPembatas) => `${AWALAN}alamat:${k.alamat}`;

  // the same arithmetic as JendelaGagal.tunggu: the maks-th newest failure inside the window sets the wait
  const tungguKunci = async (ctx: ServiceContext, kunci: string, maks: number, now: number): Promise<number> => {
    const daftar = await waktuTerbaru(ctx.db, kunci, now - batas.jendelaMs, maks);
    if (daftar.length < maks) return 0;
    const tertua = daftar[daftar.length - 1] ?? now;
    return Math.max(1, Math.ceil((tertua + batas.jendelaMs - now) / 1000));
  };

  return {
    async tunggu(ctx, kunci, now) {
      if (ctx.engine !== "postgres") return memori.tunggu(kunci, now);
      const t = now.getTime();
      const [akun, alamat] = await Promise.all([
        tungguKunci(ctx, kunciAkun(kunci), batas.maksPerAkun, t),
        tungguKunci(ctx, kunciAlamat(kunci), batas.maksPerAlamat, t),
      ]);
      return Math.max(akun, alamat);
    },
    async catatGagal(ctx, kunci, now) {
      if (ctx.engine !== "postgres") return memori.catatGagal(kunci, now);
      const t = now.getTime();
      if (t - pangkasTerakhir >= batas.jendelaMs) {
        pangkasTerakhir = t;
        await pangkasBatasLaju(ctx.db, t - batas.jendelaMs, AWALAN);
      }
      await catatBatasLaju(ctx.db, kunciAkun(kunci), t);
      await catatBatasLaju(ctx.db, kunciAlamat(kunci), t);
    },
  };
}

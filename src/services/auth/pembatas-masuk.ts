/**
 * Per-address throttle of failed sign-ins (ADR 0008): at most `maks` failures per address within `jendelaMs`;
 * after that every attempt from the address is refused until the oldest failure leaves the window. In memory, per
 * server process (one process serves a deployment). The per-account lockout lives in the database (masuk.ts).
 */
export interface BatasAlamat {
  maks: number;
  jendelaMs: number;
}

export const BATAS_ALAMAT_BAWAAN: BatasAlamat = { maks: 20, jendelaMs: 15 * 60 * 1000 };

export class PembatasMasuk {
  private readonly gagal = new Map<string, number[]>();

  constructor(private readonly batas: BatasAlamat = BATAS_ALAMAT_BAWAAN) {}

  /** Seconds to wait before the address may try again; 0 when it may try now. */
  tunggu(alamat: string, now: Date): number {
    const daftar = this.segarkan(alamat, now);
    if (daftar.length < this.batas.maks) return 0;
    const tertua = daftar[0] ?? now.getTime();
    return Math.max(1, Math.ceil((tertua + this.batas.jendelaMs - now.getTime()) / 1000));
  }

  catatGagal(alamat: string, now: Date): void {
    const daftar = this.segarkan(alamat, now);
    daftar.push(now.getTime());
    this.gagal.set(alamat, daftar);
    if (this.gagal.size > 10_000) this.bersihkan(now);
  }

  private segarkan(alamat: string, now: Date): number[] {
    const batasBawah = now.getTime() - this.batas.jendelaMs;
    const daftar = (this.gagal.get(alamat) ?? []).filter((t) => t > batasBawah);
    if (daftar.length) this.gagal.set(alamat, daftar);
    else this.gagal.delete(alamat);
    return daftar;
  }

  private bersihkan(now: Date): void {
    for (const alamat of [...this.gagal.keys()]) this.segarkan(alamat, now);
  }
}

/**
 * Per-address throttle of failed sign-ins (ADR 0008, keyed as ADR 0015 says). Two windows of `jendelaMs`:
 * - per (address, account): at most `maksPerAkun` failures; then that account is refused from that address;
 * - per address, over all accounts: at most `maksPerAlamat` failures (password spraying); then every attempt from
 *   the address is refused.
 * One office behind one NAT or reverse proxy shares an address: a colleague who keeps mistyping (or an attacker
 * guessing one account) throttles only that account there, not the office. The per-address ceiling is high enough
 * for a busy office's honest typos. In memory, per server process; the per-account lockout lives in the database
 * (kunci-akun.ts).
 */
export interface BatasAlamat {
  maksPerAkun: number;
  maksPerAlamat: number;
  jendelaMs: number;
}

export const BATAS_ALAMAT_BAWAAN: BatasAlamat = { maksPerAkun: 10, maksPerAlamat: 100, jendelaMs: 15 * 60 * 1000 };

export interface KunciPembatas {
  /** Client address as resolved through the trusted proxies (alamat-klien.ts). */
  alamat: string;
  /** The account tried: normalised email or NIP (or the raw identity, lower-cased, when it is neither). */
  identitas: string;
}

// Bounds memory under a flood of distinct keys: expired entries are dropped first, then the oldest keys.
const KUNCI_BERSIHKAN = 10_000;
const KUNCI_MAKS = 50_000;

export class JendelaGagal {
  private readonly gagal = new Map<string, number[]>();

  constructor(
    private readonly maks: number,
    private readonly jendelaMs: number,
  ) {}

  /** Seconds until the key may try again; 0 when it may try now. */
  tunggu(kunci: string, now: Date): number {
    const daftar = this.segarkan(kunci, now);
    if (daftar.length < this.maks) return 0;
    const tertua = daftar[daftar.length - this.maks] ?? now.getTime();
    return Math.max(1, Math.ceil((tertua + this.jendelaMs - now.getTime()) / 1000));
  }

  catat(kunci: string, now: Date): void {
    const daftar = this.segarkan(kunci, now);
    daftar.push(now.getTime());
    this.gagal.delete(kunci); // re-inserted last, so the map's order is "least recently failed first"
    this.gagal.set(kunci, daftar);
    if (this.gagal.size > KUNCI_BERSIHKAN) this.bersihkan(now);
  }

  private segarkan(kunci: string, now: Date): number[] {
    const batasBawah = now.getTime() - this.jendelaMs;
    const daftar = (this.gagal.get(kunci) ?? []).filter((t) => t > batasBawah);
    if (daftar.length) this.gagal.set(kunci, daftar);
    else this.gagal.delete(kunci);
    return daftar;
  }

  private bersihkan(now: Date): void {
    for (const kunci of [...this.gagal.keys()]) this.segarkan(kunci, now);
    for (const kunci of this.gagal.keys()) {
      if (this.gagal.size <= KUNCI_MAKS) break;
      this.gagal.delete(kunci);
    }
  }
}

export class PembatasMasuk {
  private readonly perAkun: JendelaGagal;
  private readonly perAlamat: JendelaGagal;

  constructor(batas: BatasAlamat = BATAS_ALAMAT_BAWAAN) {
    this.perAkun = new JendelaGagal(batas.maksPerAkun, batas.jendelaMs);
    this.perAlamat = new JendelaGagal(batas.maksPerAlamat, batas.jendelaMs);
  }

  /** Seconds to wait before this account may be tried again from this address; 0 when it may be tried now. */
  tunggu(kunci: KunciPembatas, now: Date): number {
    return Math.max(this.perAkun.tunggu(kunciPasangan(kunci), now), this.perAlamat.tunggu(kunci.alamat, now));
  }

  catatGagal(kunci: KunciPembatas, now: Date): void {
    this.perAkun.catat(kunciPasangan(kunci), now);
    this.perAlamat.catat(kunci.alamat, now);
  }
}

function kunciPasangan(k: KunciPembatas): string {
  // JSON keeps "a" + "b,c" apart from "a,b" + "c", whatever either holds.
  return JSON.stringify([k.alamat, k.identitas]);
}

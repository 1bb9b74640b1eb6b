/**
 * Anti-abuse rules of the public SKM survey (issue 12, ADR 0021), pure: the clock is passed in.
 *
 * - `JendelaGeser`: a sliding one-minute window per key (address, device); `coba` answers whether one more submission
 *   fits, and counts it when it does.
 * - `PenjagaDuplikat`: the same answers from the same device within a short window under a different idempotency key
 *   are a duplicate (a double tap, a reload that made a new key); the same key is a replay and passes (the intake
 *   answers 200 with the stored body).
 * - `sidikJawaban`: the canonical text of one submission's answers, demographics and saran, compared by the guard.
 */

export interface HasilCoba {
  boleh: boolean;
  /** Milliseconds until one more submission fits (0 when allowed). */
  tungguMs: number;
}

/** A sliding window: at most `batas` events per `jendelaMs` per key. `batas` 0 = no limit. */
export class JendelaGeser {
  private readonly catatan = new Map<string, number[]>();
  private pangkas = 0;

  constructor(
    readonly batas: number,
    readonly jendelaMs = 60_000,
    /** Keys kept at most (oldest dropped first) so a flood of fresh keys cannot exhaust memory. */
    readonly maksKunci = 100_000,
  ) {}

  coba(kunci: string, sekarang: number): HasilCoba {
    if (this.batas <= 0) return { boleh: true, tungguMs: 0 };
    this.bersihkan(sekarang);
    const batasBawah = sekarang - this.jendelaMs;
    const waktu = (this.catatan.get(kunci) ?? []).filter((t) => t > batasBawah);
    if (waktu.length >= this.batas) {
      this.catatan.set(kunci, waktu);
      return { boleh: false, tungguMs: Math.max(1, (waktu[0] ?? sekarang) + this.jendelaMs - sekarang) };
    }
    waktu.push(sekarang);
    this.catatan.delete(kunci); // re-insert: Map order = least recently used first
    this.catatan.set(kunci, waktu);
    if (this.catatan.size > this.maksKunci) {
      const tertua = this.catatan.keys().next().value;
      if (tertua !== undefined) this.catatan.delete(tertua);
    }
    return { boleh: true, tungguMs: 0 };
  }

  /** Drops keys with no event inside the window, at most once per window. */
  private bersihkan(sekarang: number): void {
    if (sekarang - this.pangkas < this.jendelaMs) return;
    this.pangkas = sekarang;
    const batasBawah = sekarang - this.jendelaMs;
    for (const [k, waktu] of this.catatan) if ((waktu[waktu.length - 1] ?? 0) <= batasBawah) this.catatan.delete(k);
  }
}

export type PutusanDuplikat = "baru" | "ulang" | "duplikat";

/** Same answers from one device within `jendelaMs` under another key → "duplikat"; same key → "ulang". */
export class PenjagaDuplikat {
  private readonly terakhir = new Map<string, { kunci: string; waktu: number }>();

  constructor(
    readonly jendelaMs = 2 * 60_000,
    readonly maksSidik = 100_000,
  ) {}

  periksa(sidik: string, kunci: string, sekarang: number): PutusanDuplikat {
    const ada = this.terakhir.get(sidik);
    if (!ada || sekarang - ada.waktu > this.jendelaMs) return "baru";
    return ada.kunci === kunci ? "ulang" : "duplikat";
  }

  /** Records an accepted submission. */
  catat(sidik: string, kunci: string, sekarang: number): void {
    this.terakhir.delete(sidik);
    this.terakhir.set(sidik, { kunci, waktu: sekarang });
    while (this.terakhir.size > this.maksSidik) {
      const tertua = this.terakhir.keys().next().value;
      if (tertua === undefined) break;
      this.terakhir.delete(tertua);
    }
  }
}

/** The canonical text of a submission's content (keys sorted), without its key and channel. */
export function sidikJawaban(perangkat: string, layanan: string, isi: unknown): string {
  return `${perangkat}|${layanan}|${kanonik(isi)}`;
}

function kanonik(nilai: unknown): string {
  if (Array.isArray(nilai)) return `[${nilai.map(kanonik).join(",")}]`;
  if (nilai && typeof nilai === "object") {
    const entri = Object.entries(nilai as Record<string, unknown>)
      .filter(([k, v]) => v !== undefined && !["kunci", "saluran", "kodeSekali", "situs"].includes(k))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entri.map(([k, v]) => `${JSON.stringify(k)}:${kanonik(v)}`).join(",")}}`;
  }
  return JSON.stringify(nilai) ?? "null";
}

/** A device id sent by the public page (random, kept in the browser): 8–64 letters, digits or `-`. */
export function perangkatSah(nilai: string | undefined): string | null {
  return nilai && /^[A-Za-z0-9-]{8,64}$/.test(nilai) ? nilai : null;
}

/** The honeypot: a hidden field people never see; a bot filling every input sets it. */
export function isiJebakan(nilai: unknown): boolean {
  return typeof nilai === "string" ? nilai.trim() !== "" : nilai !== undefined && nilai !== null;
}

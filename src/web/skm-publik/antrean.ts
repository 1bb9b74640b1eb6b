/**
 * The outbox of the public survey (ADR 0021): every submission is first written here (localStorage) with its
 * idempotency key, then sent. A sent item leaves the outbox only when the server answered 201 (stored) or 200 (the
 * same key was already stored); a lost connection, a 5xx or a 429 keep it for the next try, so a kiosk that is
 * offline keeps its respondents and a reply lost on the way never makes a second answer.
 */
export interface ItemAntrean {
  url: string;
  kunci: string;
  isi: Record<string, unknown>;
  dibuat: number;
}

const KUNCI_ANTREAN = "sakip-skm-antrean";
const KUNCI_PERANGKAT = "sakip-skm-perangkat";

function baca(): ItemAntrean[] {
  try {
    const isi: unknown = JSON.parse(localStorage.getItem(KUNCI_ANTREAN) ?? "[]");
    return Array.isArray(isi) ? (isi as ItemAntrean[]) : [];
  } catch {
    return [];
  }
}

function tulis(daftar: ItemAntrean[]): void {
  localStorage.setItem(KUNCI_ANTREAN, JSON.stringify(daftar));
}

export function jumlahAntrean(): number {
  return baca().length;
}

export function masukkan(item: ItemAntrean): void {
  const daftar = baca().filter((x) => x.kunci !== item.kunci);
  daftar.push(item);
  tulis(daftar);
}

function keluarkan(kunci: string): void {
  tulis(baca().filter((x) => x.kunci !== kunci));
}

/** A random id (v4 layout) from getRandomValues, which also works outside a secure context. */
export function idAcak(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** This browser's device id (anti-abuse per device; random, no personal data). */
export function idPerangkat(): string {
  let id = localStorage.getItem(KUNCI_PERANGKAT);
  if (!id) {
    id = idAcak();
    localStorage.setItem(KUNCI_PERANGKAT, id);
  }
  return id;
}

export type HasilKirim =
  { jenis: "tersimpan" } | { jenis: "tertunda" } | { jenis: "ditolak"; pesan: string; field?: string };

/** Sends one item; removes it unless it must be tried again. */
export async function kirimSatu(item: ItemAntrean): Promise<HasilKirim> {
  let res: Response;
  try {
    res = await fetch(item.url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-perangkat-skm": idPerangkat() },
      body: JSON.stringify(item.isi),
      credentials: "omit",
    });
  } catch {
    return { jenis: "tertunda" };
  }
  if (res.status === 200 || res.status === 201) {
    keluarkan(item.kunci);
    return { jenis: "tersimpan" };
  }
  if (res.status >= 500 || res.status === 429 || res.status === 408) return { jenis: "tertunda" };
  const masalah = (await res.json().catch(() => ({}))) as {
    title?: string;
    detail?: string;
    errors?: Array<{ field: string; message: string }>;
  };
  keluarkan(item.kunci);
  const pertama = masalah.errors?.[0];
  return {
    jenis: "ditolak",
    pesan: masalah.detail ?? pertama?.message ?? masalah.title ?? `HTTP ${res.status}`,
    ...(pertama ? { field: pertama.field } : {}),
  };
}

let berjalan: Promise<number> | null = null;

/** Sends every queued item in order (one at a time); resolves with the number still waiting. */
export function kirimAntrean(): Promise<number> {
  if (berjalan) return berjalan;
  const jalan = (async () => {
    await Promise.resolve(); // never settle synchronously: `berjalan` is set before it is cleared
    for (const item of baca()) {
      const hasil = await kirimSatu(item);
      if (hasil.jenis === "tertunda") break;
    }
    return jumlahAntrean();
  })();
  berjalan = jalan;
  const selesai = () => {
    if (berjalan === jalan) berjalan = null;
  };
  jalan.then(selesai, selesai);
  return jalan;
}

/**
 * Reads an uploaded file in a worker thread (pekerja-baca.ts), so the server keeps answering (/healthz, every other
 * request) while a file is parsed, and whatever the parse holds is released with the worker (issue 18 findings 2
 * and 12). At most two workers read at once (the machine has two cores; more files wait their turn); each reads one
 * file at a time, has its own heap limit, is stopped when a read takes too long, and ends after a few idle seconds.
 * A worker that runs out of its heap or time is ended; only its own file is refused (413), the server lives on.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { BatasTerlampauiError, DomainError } from "../../domain/shared/errors";
import type { BatasImpor } from "./batas-impor";
import type { BentukBaca, BerkasTerbaca } from "./baca-berkas";
import type { GalatPekerja } from "./pekerja-baca";
import type { SelMentah } from "./sel-mentah";
import { berkasTidakTerbaca } from "./tidak-terbaca";

/** Heap of one reading worker: a file within the SAKIP_IMPOR_* limits needs far less. */
export const MEMORI_PEKERJA_MB = 256;
/** A read that takes longer is stopped (the limits keep a normal file to seconds). */
export const BATAS_WAKTU_BACA_MS = 120_000;
const MAKS_PEKERJA = 2;
/** An idle worker ends after this, giving its memory back. */
const DIAM_MS = 5_000;

interface Tugas {
  isi: Uint8Array;
  batas: BatasImpor;
  bentuk: BentukBaca;
  terima(h: BerkasTerbaca<string> | BerkasTerbaca<SelMentah>): void;
  tolak(e: Error): void;
}

interface Slot {
  worker: Worker;
  /** The worker's own temporary folder (its TMPDIR), removed when it ends, also when it is killed mid-read. */
  tmp: string;
  tugas: Tugas | null;
  jam: NodeJS.Timeout | null;
}

const antrean: Tugas[] = [];
const slot = new Set<Slot>();

function galatDari(g: GalatPekerja): Error {
  let e: DomainError;
  if (g.kelas === "batas") e = new BatasTerlampauiError(g.code, g.message, g.details);
  else if (g.kelas === "domain") e = new DomainError(g.code, g.message, g.details);
  // an unexpected fault of the parser on this file is still the file's problem, never a 500 nor its English text
  else return berkasTidakTerbaca(undefined, g.sebab ?? g.message);
  if (g.sebab !== undefined) e.cause = g.sebab;
  return e;
}

function akhiri(s: Slot): void {
  slot.delete(s);
  if (s.jam) clearTimeout(s.jam);
  void s.worker.terminate().finally(() => hapusTmp(s));
}

function hapusTmp(s: Slot): void {
  fs.rmSync(s.tmp, { recursive: true, force: true });
}

function gagal(s: Slot, e: Error): void {
  const t = s.tugas;
  s.tugas = null;
  akhiri(s);
  t?.tolak(e);
  jalankan();
}

function selesai(s: Slot): void {
  s.tugas = null;
  if (s.jam) clearTimeout(s.jam);
  s.worker.unref(); // an idle worker never keeps the process alive
  s.jam = setTimeout(() => akhiri(s), DIAM_MS);
  s.jam.unref();
  jalankan();
}

function buatSlot(): Slot {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-pekerja-"));
  const worker = new Worker(new URL("./pekerja-baca.mjs", import.meta.url), {
    resourceLimits: { maxOldGenerationSizeMb: MEMORI_PEKERJA_MB },
    workerData: { tmp },
  });
  const s: Slot = { worker, tmp, tugas: null, jam: null };
  worker.on("message", (m: { hasil?: BerkasTerbaca<string>; galat?: GalatPekerja }) => {
    const t = s.tugas;
    if (!t) return;
    if (s.jam) clearTimeout(s.jam);
    if (m.galat) t.tolak(galatDari(m.galat));
    else if (m.hasil) t.terima(m.hasil);
    selesai(s);
  });
  worker.on("error", (e: Error & { code?: string }) => {
    const habis = e.code === "ERR_WORKER_OUT_OF_MEMORY";
    gagal(
      s,
      habis
        ? new BatasTerlampauiError(
            "batas_memori",
            `Berkas terlalu berat untuk dibaca: pembaca berkas kehabisan memori (${MEMORI_PEKERJA_MB} MB); ` +
              "kurangi isi berkas atau pecah menjadi beberapa berkas. Tidak ada yang disimpan",
            { field: "berkas" },
          )
        : berkasTidakTerbaca(undefined, `pembaca berkas gagal: ${e.message}`),
    );
  });
  worker.on("exit", (code) => {
    if (slot.has(s)) gagal(s, berkasTidakTerbaca(undefined, `pembaca berkas berhenti (kode ${code})`));
  });
  slot.add(s);
  return s;
}

function mulai(s: Slot, t: Tugas): void {
  s.tugas = t;
  if (s.jam) clearTimeout(s.jam);
  s.jam = setTimeout(
    () =>
      gagal(
        s,
        new BatasTerlampauiError(
          "batas_waktu",
          `Pembacaan berkas melebihi ${BATAS_WAKTU_BACA_MS / 1000} detik dan dihentikan; tidak ada yang disimpan`,
          { field: "berkas" },
        ),
      ),
    BATAS_WAKTU_BACA_MS,
  );
  s.worker.ref();
  s.worker.postMessage({ isi: t.isi, batas: t.batas, bentuk: t.bentuk });
}

function jalankan(): void {
  while (antrean.length > 0) {
    const bebas = [...slot].find((s) => !s.tugas) ?? (slot.size < MAKS_PEKERJA ? buatSlot() : null);
    if (!bebas) return;
    mulai(bebas, antrean.shift()!);
  }
}

/** Reads the file in a worker; rejects with DomainError (400) or BatasTerlampauiError (413) naming the problem. */
export function bacaBerkasDiPekerja(isi: Uint8Array, batas: BatasImpor, bentuk: "teks"): Promise<BerkasTerbaca<string>>;
export function bacaBerkasDiPekerja(
  isi: Uint8Array,
  batas: BatasImpor,
  bentuk: "nilai",
): Promise<BerkasTerbaca<SelMentah>>;
export function bacaBerkasDiPekerja(
  isi: Uint8Array,
  batas: BatasImpor,
  bentuk: BentukBaca,
): Promise<BerkasTerbaca<string> | BerkasTerbaca<SelMentah>> {
  return new Promise((terima, tolak) => {
    antrean.push({ isi, batas, bentuk, terima, tolak });
    jalankan();
  });
}

/**
 * Ends every reading worker (server shutdown) and refuses every read still waiting in the queue, so no caller waits
 * on a promise that nothing will settle; a later read starts new workers.
 */
export async function hentikanPembaca(): Promise<void> {
  const henti = () => new Error("pembaca berkas dihentikan: server sedang berhenti");
  for (const t of antrean.splice(0)) t.tolak(henti());
  const semua = [...slot];
  for (const s of semua) {
    slot.delete(s);
    if (s.jam) clearTimeout(s.jam);
    const t = s.tugas;
    s.tugas = null;
    t?.tolak(henti());
  }
  await Promise.all(semua.map((s) => s.worker.terminate().finally(() => hapusTmp(s))));
}

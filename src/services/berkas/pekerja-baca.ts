/**
 * Worker thread that reads one uploaded file at a time off the server's event loop (issue 18: a CSV of a million
 * rows froze every request for 53 s). Message { isi, batas, bentuk } → { hasil } or { galat }; a refusal keeps its
 * class (a limit → 413, a bad file → 400) across the boundary.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { BatasTerlampauiError, DomainError } from "../../domain/shared/errors";
import type { BatasImpor } from "./batas-impor";
import { bacaBerkas, type BentukBaca } from "./baca-berkas";

/**
 * The worker's own temporary folder (made by pembaca.ts, removed when the worker ends, also when it is killed
 * mid-read); each read gets a folder inside it. The worker's TMPDIR is left alone outside a read: tsx keeps its
 * compile cache in the usual place.
 */
const TMP_PEKERJA = (workerData as { tmp?: string } | null)?.tmp ?? os.tmpdir();
const TMPDIR_ASAL = process.env.TMPDIR;

/**
 * Runs one read with its own temporary folder, removed afterwards whatever happens. exceljs's streaming reader
 * writes each worksheet that comes before xl/sharedStrings.xml (or every one, when there is none) to a `tmp` file;
 * it skips their clean-up when the read throws (a refused limit), and tmp's own clean-up runs only at process
 * exit, which a terminated worker never reaches: refused files would fill the disk. tmp asks os.tmpdir() on each
 * file, which reads TMPDIR; a worker's process.env is its own copy, and reads in one worker never overlap.
 */
async function denganFolderSementara<T>(baca: () => Promise<T>): Promise<T> {
  const folder = fs.mkdtempSync(path.join(TMP_PEKERJA, "baca-"));
  process.env.TMPDIR = folder;
  try {
    return await baca();
  } finally {
    if (TMPDIR_ASAL === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = TMPDIR_ASAL;
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

export interface GalatPekerja {
  kelas: "batas" | "domain" | "lain";
  code: string;
  message: string;
  details: Record<string, unknown>;
  /** The parser's own message (the error's cause), for the server log only. */
  sebab?: string;
}

parentPort?.on(
  "message",
  async ({ isi, batas, bentuk }: { isi: Uint8Array; batas: BatasImpor; bentuk: BentukBaca }) => {
    try {
      parentPort!.postMessage({ hasil: await denganFolderSementara(() => bacaBerkas(isi, batas, bentuk)) });
    } catch (e) {
      const galat: GalatPekerja =
        e instanceof DomainError
          ? {
              kelas: e instanceof BatasTerlampauiError ? "batas" : "domain",
              code: e.code,
              message: e.message,
              details: { ...e.details },
              ...(e.cause === undefined ? {} : { sebab: String(e.cause) }),
            }
          : {
              kelas: "lain",
              code: "berkas_tidak_terbaca",
              message: "",
              details: {},
              sebab: String((e as Error)?.message ?? e),
            };
      parentPort!.postMessage({ galat });
    }
  },
);

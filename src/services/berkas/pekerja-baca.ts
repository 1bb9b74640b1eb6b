/**
 * Worker thread that reads one uploaded file at a time off the server's event loop (issue 18: a CSV of a million
 * rows froze every request for 53 s). Message { isi, batas, bentuk } → { hasil } or { galat }; a refusal keeps its
 * class (a limit → 413, a bad file → 400) across the boundary.
 */
import { parentPort } from "node:worker_threads";
import { BatasTerlampauiError, DomainError } from "../../domain/shared/errors";
import type { BatasImpor } from "./batas-impor";
import { bacaBerkas, type BentukBaca } from "./baca-berkas";

export interface GalatPekerja {
  kelas: "batas" | "domain" | "lain";
  code: string;
  message: string;
  details: Record<string, unknown>;
}

parentPort?.on(
  "message",
  async ({ isi, batas, bentuk }: { isi: Uint8Array; batas: BatasImpor; bentuk: BentukBaca }) => {
    try {
      parentPort!.postMessage({ hasil: await bacaBerkas(isi, batas, bentuk) });
    } catch (e) {
      const galat: GalatPekerja =
        e instanceof DomainError
          ? {
              kelas: e instanceof BatasTerlampauiError ? "batas" : "domain",
              code: e.code,
              message: e.message,
              details: { ...e.details },
            }
          : { kelas: "lain", code: "berkas_tidak_terbaca", message: String((e as Error)?.message ?? e), details: {} };
      parentPort!.postMessage({ galat });
    }
  },
);

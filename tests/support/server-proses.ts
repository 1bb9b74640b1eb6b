/**
 * A real server process (`sakip serve --demo-pertama-kali` on a fresh embedded data folder) for the import-safety
 * test and benchmark: its URL, the demo operator signed in, its peak memory (VmHWM of /proc/<pid>/status), and
 * the crafted files sent while /healthz is polled; and `jalankanServer`, the spawn-and-wait-for-URL every test that
 * starts a server process uses.
 */
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { signIn } from "./auth";

const ROOT = path.resolve(import.meta.dirname, "../..");

export interface ServerProses {
  url: string;
  pid: number;
  /** The server's TMPDIR: each reading worker keeps its per-read folder (baca-*) inside it while it reads. */
  tmp: string;
  headers: Record<string, string>;
  berhenti(): Promise<void>;
}

export interface ProsesServer {
  child: ChildProcess;
  url: string;
  /** SIGTERM (unless it already exited); resolves with its exit code. */
  berhenti(): Promise<number | null>;
}

/**
 * Spawns a server script (`bin/sakip.mjs serve …` or `scripts/start.mjs …`, paths relative to the repository) with
 * `env` over this process's environment; resolves once it prints its URL ("berjalan di http://…"), rejects with
 * what it printed if it exits first or prints nothing within `batasMs`. The one spawn-and-wait of the test suite.
 */
export async function jalankanServer(
  perintah: string[],
  env: Record<string, string>,
  batasMs = 300_000,
): Promise<ProsesServer> {
  const [skrip = "", ...args] = perintah;
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, skrip), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL printed within ${batasMs / 1000} s:\n${out}`)), batasMs);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /berjalan di (http:\/\/[\d.]+:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code}:\n${out}`));
    });
  });
  const berhenti = () =>
    new Promise<number | null>((resolve) => {
      if (child.exitCode !== null) return resolve(child.exitCode);
      child.once("exit", (code) => resolve(code));
      child.kill("SIGTERM");
    });
  return { child, url, berhenti };
}

/** Starts `sakip serve` on `dataDir`; resolves with the child and its URL once it listens. */
function jalankan(dataDir: string, demo: boolean, env: Record<string, string>): Promise<ProsesServer> {
  return jalankanServer(["bin/sakip.mjs", "serve", "--port", "0", ...(demo ? ["--demo-pertama-kali"] : [])], {
    ...env,
    SAKIP_DATA_DIR: dataDir,
    LOG_LEVEL: "warn",
    DATABASE_URL: "",
  });
}

/**
 * A server as it runs day to day: the demo is loaded by a first start, which is then stopped; the server under test
 * is a second start on that folder (the first start's demo load is not what an import is measured against).
 */
export async function mulaiServer(env: Record<string, string> = {}): Promise<ServerProses> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-impor-server-"));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-impor-tmp-"));
  await (await jalankan(dataDir, true, env)).berhenti();
  const { child, url, berhenti } = await jalankan(dataDir, false, { ...env, TMPDIR: tmp });
  const klien = { request: (p: string, init?: RequestInit) => fetch(`${url}${p}`, init) };
  const { headers } = await signIn(klien, "operator.seibalai@demo.sakip.test", "Demo-Operator-2024");
  return {
    url,
    pid: child.pid!,
    tmp,
    headers,
    berhenti: async () => {
      await berhenti();
      fs.rmSync(dataDir, { recursive: true, force: true });
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/** Resident memory of a process (kB → MB): current (VmRSS) and peak (VmHWM). */
export function memoriProses(pid: number): { rssMb: number; puncakMb: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+)`, "m").exec(status)?.[1] ?? 0);
  return { rssMb: Math.round(kb("VmRSS") / 1024), puncakMb: Math.round(kb("VmHWM") / 1024) };
}

/** Resets the process's peak (VmHWM) to its current resident size (Linux: "5" written to /proc/<pid>/clear_refs). */
export function nolPuncak(pid: number): void {
  fs.writeFileSync(`/proc/${pid}/clear_refs`, "5");
}

export interface HasilKirim {
  status: number;
  detail: string;
  /** /healthz answers (200) received while the import was in flight. */
  sehatSelama: number;
  /**
   * /healthz answers (200) sent and received while the server was reading the file: a reading worker's per-read
   * folder (src/services/berkas/pekerja-baca.ts) existed before the request and still after the answer. Caveat:
   * exceljs's streaming reader yields between chunks, so an XLSX read on the event loop also lets some answers
   * through (checked: the test stays green with an in-thread read); this count proves the read overlapped the
   * answers, not that it ran in a worker.
   */
  sehatSaatBaca: number;
  /** Slowest /healthz answer during the import, in ms (reported by the benchmark, never asserted). */
  sehatTerlambatMs: number;
}

/** True while a reading worker of the server holds a per-read folder (a file is being read). */
function sedangMembaca(tmp: string): boolean {
  for (const d of fs.readdirSync(tmp)) {
    if (!d.startsWith("sakip-pekerja-")) continue;
    try {
      if (fs.readdirSync(path.join(tmp, d)).some((n) => n.startsWith("baca-"))) return true;
    } catch {
      // the worker ended (and removed its folder) between the two listings
    }
  }
  return false;
}

/** Sends one file to the budget import preview (or a table import) while polling /healthz until it answers. */
export async function kirimSambilSehat(
  s: ServerProses,
  isi: Uint8Array,
  nama: string,
  tabel?: string,
): Promise<HasilKirim> {
  let selesai = false;
  let sehatSelama = 0;
  let sehatSaatBaca = 0;
  let sehatTerlambatMs = 0;
  const OPD = "/api/v1/pemda/batu-bara/opd/kecamatan-sei-balai";
  let kirim: Promise<Response>;
  if (tabel) {
    kirim = fetch(`${s.url}${OPD}/tabel/${tabel}/xlsx`, {
      method: "POST",
      headers: { ...s.headers, "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
      body: isi as Uint8Array<ArrayBuffer>,
    });
  } else {
    const form = new FormData();
    form.append("berkas", new File([isi as Uint8Array<ArrayBuffer>], nama));
    kirim = fetch(`${s.url}${OPD}/anggaran/2023/impor/pratinjau`, { method: "POST", headers: s.headers, body: form });
  }
  const jawaban = kirim.then(async (r) => ({ status: r.status, body: (await r.json()) as { detail?: string } }));
  void jawaban.finally(() => (selesai = true));
  while (!selesai) {
    const mulai = performance.now();
    const bacaSebelum = sedangMembaca(s.tmp);
    const r = await fetch(`${s.url}/healthz`);
    await r.arrayBuffer();
    if (!selesai && r.status === 200) {
      sehatSelama++;
      if (bacaSebelum && sedangMembaca(s.tmp)) sehatSaatBaca++;
      sehatTerlambatMs = Math.max(sehatTerlambatMs, performance.now() - mulai);
    }
  }
  const j = await jawaban;
  return {
    status: j.status,
    detail: j.body.detail ?? "",
    sehatSelama,
    sehatSaatBaca,
    sehatTerlambatMs: Math.round(sehatTerlambatMs),
  };
}

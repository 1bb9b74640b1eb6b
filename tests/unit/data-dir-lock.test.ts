/**
 * Staleness of the data-folder lock (ADR 0017, review of issue 18): after a power cut and reboot the pid in an old
 * `sakip.lock` often belongs to another live process; the boot id and the process start time tell it apart, so the
 * server does not refuse to start forever. Where /proc is missing the pid alone decides.
 */
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  acquireDataDirLock,
  FolderDataTerkunciError,
  LOCK_FILE,
  type LockInfo,
  procFs,
  waktuMulaiProses,
} from "../../src/storage/data-dir-lock";

const adaProc = fs.existsSync("/proc/sys/kernel/random/boot_id") && fs.existsSync(`/proc/${process.pid}/stat`);
const bootId = adaProc ? fs.readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim() : "";

let dir: string;
let anak: ChildProcess | undefined;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-kunci-"));
});
afterEach(() => {
  anak?.kill();
  anak = undefined;
  procFs.root = "/proc";
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A live process that is not us: a `sleep` we end in afterEach. */
function prosesHidup(): number {
  anak = spawn("sleep", ["600"], { stdio: "ignore" });
  if (!anak.pid) throw new Error("sleep tidak dapat dijalankan");
  return anak.pid;
}

function tulisKunci(info: Partial<LockInfo> & { pid: number }): void {
  const lengkap: LockInfo = {
    host: os.hostname(),
    sejak: "2026-01-01T00:00:00.000Z",
    perintah: "sakip.mjs serve",
    ...info,
  };
  fs.writeFileSync(path.join(dir, LOCK_FILE), `${JSON.stringify(lengkap)}\n`);
}

function ambil(): { pesan: string[]; lepas: () => void } {
  const pesan: string[] = [];
  const lock = acquireDataDirLock(dir, (m) => pesan.push(m));
  return { pesan, lepas: () => lock.release() };
}

describe.runIf(adaProc)("with /proc", () => {
  it("records the boot id and its own start time in the lock", () => {
    const { lepas } = ambil();
    const info = JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), "utf8")) as LockInfo;
    expect(info).toMatchObject({ pid: process.pid, bootId, mulaiProses: waktuMulaiProses(process.pid) });
    expect(info.mulaiProses).toMatch(/^\d+$/);
    lepas();
  });

  it("takes over a lock written in another boot, even though its pid runs now", () => {
    const pid = prosesHidup();
    tulisKunci({ pid, bootId: "00000000-0000-0000-0000-000000000000", mulaiProses: waktuMulaiProses(pid) });
    const { pesan, lepas } = ambil();
    expect(pesan).toHaveLength(1);
    expect(pesan[0]).toMatch(/dinyalakan ulang.*diambil alih/);
    lepas();
  });

  it("takes over a lock whose pid runs but started at another time (the pid was reused)", () => {
    const pid = prosesHidup();
    const mulai = waktuMulaiProses(pid);
    expect(mulai).toMatch(/^\d+$/);
    tulisKunci({ pid, bootId, mulaiProses: String(Number(mulai) + 12345) });
    const { pesan, lepas } = ambil();
    expect(pesan[0]).toMatch(/pid itu kini dipakai proses lain.*diambil alih/);
    lepas();
  });

  it("refuses a lock of a live process with the recorded start time, naming the file to remove by hand", () => {
    const pid = prosesHidup();
    tulisKunci({ pid, bootId, mulaiProses: waktuMulaiProses(pid) });
    const file = path.join(fs.realpathSync(dir), LOCK_FILE);
    expect(() => ambil()).toThrow(FolderDataTerkunciError);
    expect(() => ambil()).toThrow(`Jika proses pid ${pid} pasti sudah tidak menjalankan SAKIP, hapus berkas ${file}.`);
    expect(fs.existsSync(file)).toBe(true);
  });
});

describe("without /proc (pid only)", () => {
  it("refuses a lock of a live pid and takes over one of a dead pid", () => {
    procFs.root = path.join(dir, "tidak-ada-proc");
    const pid = prosesHidup();
    // a start time recorded on a host with /proc cannot be checked here: the live pid decides
    tulisKunci({ pid, bootId: "lain", mulaiProses: "1" });
    expect(() => ambil()).toThrow(FolderDataTerkunciError);

    anak?.kill("SIGKILL");
    const mati = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
    const pidMati = mati.pid ?? 0;
    return new Promise<void>((resolve) => mati.on("exit", () => resolve())).then(() => {
      tulisKunci({ pid: pidMati });
      const { pesan, lepas } = ambil();
      expect(pesan[0]).toMatch(/sudah tidak berjalan.*diambil alih/);
      const info = JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), "utf8")) as LockInfo;
      expect(info.bootId).toBeUndefined();
      lepas();
    });
  });
});

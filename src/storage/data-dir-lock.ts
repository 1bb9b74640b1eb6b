/**
 * One process per embedded data folder (issue 18, finding 3; ADR 0017). PGlite keeps the database in memory and
 * writes its pages back on its own schedule: a second process opening the same folder works on its own copy, and
 * whichever writes last silently wins. So every process that opens the folder first creates `sakip.lock` in it with
 * O_EXCL (atomic on local file systems), holding pid, host, start time and command; the lock is removed on close and
 * at process exit. A lock whose holder no longer runs on this host (kill -9, power cut) is stale and taken over.
 * Where /proc is readable the lock also records the boot id and the holder's start time (clock ticks since boot):
 * after a reboot the old pid often belongs to another process, and a pid alone would refuse the start forever.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const LOCK_FILE = "sakip.lock";

export interface LockInfo {
  pid: number;
  host: string;
  /** ISO time the lock was taken. */
  sejak: string;
  /** The command line of the holder, to tell the server from a CLI command. */
  perintah: string;
  /** /proc/sys/kernel/random/boot_id when the lock was taken; absent where /proc is missing. */
  bootId?: string;
  /** Field 22 of /proc/<pid>/stat (start time in clock ticks since boot); with bootId it names the process. */
  mulaiProses?: string;
}

/** Where /proc lives; tests point it elsewhere to stand in for a host without /proc. */
export const procFs = { root: "/proc" };

function bacaBootId(): string | undefined {
  try {
    return fs.readFileSync(path.join(procFs.root, "sys/kernel/random/boot_id"), "utf8").trim() || undefined;
  } catch {
    return undefined;
  }
}

/** The start time of a process (stat field 22), or undefined when it cannot be read. */
export function waktuMulaiProses(pid: number): string | undefined {
  let stat: string;
  try {
    stat = fs.readFileSync(path.join(procFs.root, String(pid), "stat"), "utf8");
  } catch {
    return undefined;
  }
  // Field 2 (comm) is in parentheses and may hold spaces or ')': count the fields after its LAST ')'. They start
  // at field 3, so field 22 is the 20th.
  const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const v = rest[19];
  return v && /^\d+$/.test(v) ? v : undefined;
}

/** Thrown when another live process (or this one) already holds the folder; the message is for the user. */
export class FolderDataTerkunciError extends Error {
  constructor(
    message: string,
    readonly pemegang: LockInfo | null,
  ) {
    super(message);
    this.name = "FolderDataTerkunciError";
  }
}

export interface DataDirLock {
  readonly file: string;
  release(): void;
}

// Folders this process holds: a second open in the same process is refused too (two PGlite instances on one
// folder lose writes just the same), and a lock file carrying our own pid that is NOT in this set is a leftover
// of an earlier process that had the same pid (a container restarted as pid 1).
const held = new Set<string>();

export function acquireDataDirLock(dataDir: string, onTakeover: (message: string) => void): DataDirLock {
  const dir = fs.realpathSync(dataDir);
  const file = path.join(dir, LOCK_FILE);
  const info: LockInfo = {
    pid: process.pid,
    host: os.hostname(),
    sejak: new Date().toISOString(),
    perintah: perintahProses(),
    ...identitasProses(process.pid),
  };
  const content = `${JSON.stringify(info)}\n`;
  for (let attempt = 0; ; attempt++) {
    if (tryCreate(file, content)) break;
    if (attempt >= 10) throw new FolderDataTerkunciError(pesanTerkunci(dir, file, null), null);
    const pemegang = readLock(file);
    if (pemegang === undefined) continue; // removed between our create and read: try again
    const basi = isStale(pemegang, dir);
    if (attempt >= 3 || !basi) throw new FolderDataTerkunciError(pesanTerkunci(dir, file, pemegang), pemegang);
    // Stale: move it aside atomically, and only then create ours. If a racer took it over first, what we moved is
    // its fresh lock: put it back and refuse.
    const aside = `${file}.basi-${process.pid}`;
    try {
      fs.renameSync(file, aside);
    } catch {
      continue;
    }
    const moved = readLock(aside);
    if (moved && (moved.pid !== pemegang.pid || moved.sejak !== pemegang.sejak)) {
      try {
        fs.linkSync(aside, file);
      } catch {
        // another racer already holds it: refused below either way
      }
      fs.rmSync(aside, { force: true });
      throw new FolderDataTerkunciError(pesanTerkunci(dir, file, moved), moved);
    }
    fs.rmSync(aside, { force: true });
    onTakeover(
      `Kunci basi di ${file} (pid ${pemegang.pid} di ${pemegang.host} sejak ${pemegang.sejak}: ${basi}) diambil alih.`,
    );
  }
  held.add(dir);
  const onExit = () => removeIfOurs(file, content);
  process.on("exit", onExit);
  let released = false;
  return {
    file,
    release() {
      if (released) return;
      released = true;
      process.off("exit", onExit);
      removeIfOurs(file, content);
      held.delete(dir);
    },
  };
}

function tryCreate(file: string, content: string): boolean {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL, 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
  try {
    fs.writeSync(fd, content);
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

/** The lock's holder; undefined when the file is gone; a holder with pid 0 when it is unreadable. */
function readLock(file: string): LockInfo | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  try {
    const v = JSON.parse(text) as Partial<LockInfo>;
    if (typeof v.pid === "number" && typeof v.host === "string") {
      return {
        pid: v.pid,
        host: v.host,
        sejak: String(v.sejak ?? "?"),
        perintah: String(v.perintah ?? "?"),
        ...(typeof v.bootId === "string" ? { bootId: v.bootId } : {}),
        ...(typeof v.mulaiProses === "string" ? { mulaiProses: v.mulaiProses } : {}),
      };
    }
  } catch {
    // fall through: a half-written or foreign file
  }
  return { pid: 0, host: "?", sejak: "?", perintah: "?" };
}

function identitasProses(pid: number): Pick<LockInfo, "bootId" | "mulaiProses"> {
  const bootId = bacaBootId();
  const mulaiProses = bootId ? waktuMulaiProses(pid) : undefined;
  return { ...(bootId ? { bootId } : {}), ...(mulaiProses ? { mulaiProses } : {}) };
}

/** Why the lock is stale (for the take-over log), or false when its holder may still run. */
function isStale(pemegang: LockInfo, dir: string): string | false {
  // A pid on another host cannot be checked from here: never assume it is dead (a shared volume).
  if (pemegang.host !== os.hostname() || pemegang.pid <= 0) return false;
  // After a reboot every process of the old boot is gone, whatever now runs under that pid.
  const bootId = bacaBootId();
  if (pemegang.bootId && bootId && pemegang.bootId !== bootId) return "ditulis sebelum komputer dinyalakan ulang";
  if (pemegang.pid === process.pid) return held.has(dir) ? false : "pid yang sama milik proses sebelumnya";
  try {
    process.kill(pemegang.pid, 0);
  } catch (error) {
    // EPERM: alive, owned by another user.
    return (error as NodeJS.ErrnoException).code === "ESRCH" ? "prosesnya sudah tidak berjalan" : false;
  }
  // The pid runs: it is the holder only if it started when the holder did. Without a recorded or readable start
  // time (no /proc) the pid alone decides, as before.
  const mulai = pemegang.mulaiProses ? waktuMulaiProses(pemegang.pid) : undefined;
  if (mulai && mulai !== pemegang.mulaiProses) return "pid itu kini dipakai proses lain";
  return false;
}

function removeIfOurs(file: string, content: string): void {
  try {
    if (fs.readFileSync(file, "utf8") === content) fs.rmSync(file, { force: true });
  } catch {
    // already gone
  }
}

/** The script and its subcommand words (`sakip.mjs serve`): never option values, which may be personal data. */
function perintahProses(): string {
  const [script, ...rest] = process.argv.slice(1);
  const words = rest.slice(0, 2).filter((a) => /^[a-z][a-z-]*$/.test(a));
  return [script ? path.basename(script) : "node", ...words].join(" ");
}

function pesanTerkunci(dir: string, file: string, p: LockInfo | null): string {
  if (!p)
    return `Folder data ${dir} sedang direbut beberapa proses sekaligus; coba lagi sebentar lagi. Tidak ada yang ditulis.`;
  const siapa =
    p.pid === process.pid && p.host === os.hostname()
      ? "proses ini sendiri"
      : `proses lain (pid ${p.pid} di host ${p.host}, sejak ${p.sejak}, perintah: ${p.perintah})`;
  const saran =
    p.host === os.hostname()
      ? "Hentikan server SAKIP itu dahulu, atau lakukan perubahan lewat aplikasi web/API server tersebut. " +
        `Jika proses pid ${p.pid} pasti sudah tidak menjalankan SAKIP, hapus berkas ${file}.`
      : `Hentikan server SAKIP di host ${p.host}, atau lakukan perubahan lewat aplikasi web/API-nya. Jika server itu pasti sudah tidak berjalan, hapus berkas ${file}.`;
  return (
    `Folder data ${dir} sedang dipakai oleh ${siapa}. Hanya satu proses boleh membuka folder data tertanam: ` +
    `dua proses yang menulis bersamaan menghilangkan data. ${saran} Tidak ada yang ditulis.`
  );
}

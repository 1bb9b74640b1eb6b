/**
 * Benchmark harness: each case runs several times and reports the median (and min/max) in ms. Numbers are
 * printed, never asserted: these 2-core machines are noisy, so compare cases measured in the same run.
 */
import os from "node:os";

export interface BenchCase {
  name: string;
  /** Number of measured runs (after `warmup` unmeasured ones). */
  runs: number;
  warmup?: number;
  setup?: () => Promise<void>;
  /** One measured run; returns its own duration in ms when it must exclude preparation, else it is timed. */
  run: () => Promise<number | void>;
  teardown?: () => Promise<void>;
  note?: string;
}

export interface BenchResult {
  name: string;
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  note?: string;
}

export async function measure(c: BenchCase): Promise<BenchResult> {
  await c.setup?.();
  try {
    for (let i = 0; i < (c.warmup ?? 0); i++) await c.run();
    const times: number[] = [];
    for (let i = 0; i < c.runs; i++) {
      const started = performance.now();
      const reported = await c.run();
      times.push(typeof reported === "number" ? reported : performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const mid = Math.floor(times.length / 2);
    const median = times.length % 2 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2;
    return {
      name: c.name,
      runs: c.runs,
      medianMs: median,
      minMs: times[0]!,
      maxMs: times[times.length - 1]!,
      ...(c.note ? { note: c.note } : {}),
    };
  } finally {
    await c.teardown?.();
  }
}

export function renderTable(results: BenchResult[]): string {
  const fmt = (n: number) =>
    new Intl.NumberFormat("id-ID", { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(n);
  const header = `SAKIP bench — ${os.cpus().length} core, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${new Date().toISOString()}`;
  const rows = results.map((r) => [r.name, String(r.runs), fmt(r.medianMs), fmt(r.minMs), fmt(r.maxMs), r.note ?? ""]);
  const head = ["pengukuran", "n", "median ms", "min ms", "maks ms", "catatan"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i >= 1 && i <= 4 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(" | ")} |`;
  return [header, "", line(head), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}

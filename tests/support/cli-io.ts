import { afterAll, beforeAll, expect } from "vitest";
import type { CliIO } from "../../src/cli/io";
import { runCli } from "../../src/cli/program";
import { type CliTestEnv, openCliTestEnv } from "./test-database";

/**
 * A CliIO that collects what a command prints (each line ending in one newline, as `processIO` writes it) and
 * gives `stdin` to `--password-stdin`.
 */
export function capture(stdin = ""): CliIO & { stdout: string; stderr: string } {
  const io = {
    stdout: "",
    stderr: "",
    out(text: string) {
      io.stdout += text.endsWith("\n") ? text : `${text}\n`;
    },
    err(text: string) {
      io.stderr += text.endsWith("\n") ? text : `${text}\n`;
    },
    readStdin: async () => stdin,
  };
  return io;
}

/** Runs `sakip <args>` in this process and returns its exit code and what it printed. */
export async function jalankanCli(
  args: string[],
  stdin = "",
): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = capture(stdin);
  const code = await runCli(args, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

/**
 * For a file of `sakip` command tests that start after `sakip demo`: a CLI environment on the engine under test
 * (openCliTestEnv) with the demo loaded by the command before the file's tests, closed after them. Read `env` in
 * the tests (it is set by then).
 */
export function cliSetelahDemo(prefix: string): { readonly env: CliTestEnv } {
  const hasil: { env?: CliTestEnv } = {};
  beforeAll(async () => {
    hasil.env = await openCliTestEnv(prefix);
    const r = await jalankanCli(["demo", "--json"]);
    expect(r.code, r.stderr).toBe(0);
  }, 180_000);
  afterAll(async () => {
    await hasil.env?.close();
  });
  return {
    get env() {
      if (!hasil.env) throw new Error("cliSetelahDemo: env dibaca sebelum beforeAll");
      return hasil.env;
    },
  };
}

import type { CliIO } from "../../src/cli/io";

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

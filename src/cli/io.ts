/**
 * Output conventions every CLI command follows:
 * - `--json`: print exactly one JSON document on stdout and nothing else (logs go to stderr).
 * - Bad input: exit code 2 with an Indonesian message naming the field, row and value; never a stack trace.
 * - Other failures: exit code 1.
 */
import { DomainError } from "../domain/shared/errors";

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_BAD_INPUT = 2;

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** Whole standard input (for `--password-stdin`); tests pass their own. */
  readStdin?(): Promise<string>;
}

export const processIO: CliIO = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
};

/** Thrown by commands for invalid user input; main maps it to exit code 2. */
export class CliInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CliInputError";
  }
}

export function printResult(io: CliIO, json: boolean, data: unknown, human: () => string): void {
  io.out(json ? JSON.stringify(data, null, 2) : human());
}

/** Maps an error to an exit code and a message without internals. */
export function reportError(io: CliIO, error: unknown): number {
  if (error instanceof DomainError || error instanceof CliInputError) {
    io.err(`Kesalahan: ${error.message}`);
    return EXIT_BAD_INPUT;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.err(`Gagal: ${message}`);
  return EXIT_FAILURE;
}

/**
 * Command actions and their exit code. Kept apart from program.ts, which imports every command file, so the command
 * files do not import program.ts back (no import cycle; .dependency-cruiser.cjs `tanpa-siklus`).
 */
import { type CliIO, reportError } from "./io";

// Exit code of the action that ran in the current runCli call (actions cannot return one through commander).
let actionExitCode = 0;

/** Wraps a command action: maps thrown errors to exit codes (2 for bad input) without stack traces. */
export function action<A extends unknown[]>(io: CliIO, fn: (...args: A) => Promise<void> | void) {
  return async (...args: A): Promise<void> => {
    try {
      await fn(...args);
    } catch (error) {
      actionExitCode = reportError(io, error);
    }
  };
}

/** Clears the exit code before a run (runCli). */
export function resetActionExitCode(): void {
  actionExitCode = 0;
}

/** The exit code the last action left (0 when it succeeded or none ran). */
export function lastActionExitCode(): number {
  return actionExitCode;
}

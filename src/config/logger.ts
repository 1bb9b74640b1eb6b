/** Structured JSON logs (pino) on stderr, so stdout stays clean for `--json` CLI output. */
import { pino, type Logger } from "pino";

export function createLogger(level: string = "info"): Logger {
  return pino({ level, base: { app: "sakip" }, timestamp: pino.stdTimeFunctions.isoTime }, pino.destination(2));
}

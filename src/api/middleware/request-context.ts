/**
 * Request id, client address and one structured log line per request (at info; the public SKM intake's accepted
 * submissions at debug, ADR 0055).
 *
 * The request id is always generated here (issue 18, finding 11): it is what the audit log stores, so a client must
 * not be able to choose it (a forged id could point an audit entry at someone else's request). A client's own
 * `x-request-id` is kept only in the log line, beside ours, as `clientRequestId`, cleaned (idKlienBersih).
 */
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context, MiddlewareHandler } from "hono";
import type { Logger } from "pino";
import { type PencocokProxy, tentukanAlamatKlien } from "../alamat-klien";

export interface OpsiRequestContext {
  /** Trusted reverse proxies (alamat-klien.ts); none by default. */
  proxyTepercaya?: PencocokProxy;
  /**
   * High-volume requests whose successful (< 400) line is logged at debug, not info: the public SKM intake, whose
   * trace is its stored row (ADR 0055). Refusals and errors of those requests stay at info.
   */
  logDebug?: (method: string, path: string) => boolean;
}

export function requestContext(logger: Logger, opsi: OpsiRequestContext = {}): MiddlewareHandler {
  const tepercaya = opsi.proxyTepercaya ?? (() => false);
  return async (c, next) => {
    const requestId = crypto.randomUUID();
    const clientRequestId = idKlienBersih(c.req.header("x-request-id"));
    c.set("requestId", requestId);
    c.set("alamatKlien", tentukanAlamatKlien(alamatSoket(c), c.req.header("x-forwarded-for"), tepercaya));
    const started = performance.now();
    await next();
    c.header("x-request-id", requestId);
    const status = c.res.status;
    const tingkat = status < 400 && opsi.logDebug?.(c.req.method, c.req.path) ? "debug" : "info";
    if (!logger.isLevelEnabled(tingkat)) return;
    const durationMs = Math.round((performance.now() - started) * 10) / 10;
    logger[tingkat](
      {
        requestId,
        ...(clientRequestId ? { clientRequestId } : {}),
        method: c.req.method,
        path: c.req.path,
        status,
        durationMs,
      },
      "request",
    );
  };
}

/**
 * A client's request id fit for a log line: at most 64 characters of letters, digits and `-_.:/+=@`; anything else
 * (control characters, spaces, quotes) is dropped, so it cannot forge a line or a field. undefined when nothing is
 * left.
 */
export function idKlienBersih(nilai: string | undefined): string | undefined {
  if (!nilai) return undefined;
  const bersih = nilai
    .slice(0, 256)
    .replace(/[^A-Za-z0-9\-_.:/+=@]/g, "")
    .slice(0, 64);
  return bersih || undefined;
}

function alamatSoket(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    // app.request() in tests and non-Node adapters have no socket.
    return undefined;
  }
}

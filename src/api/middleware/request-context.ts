/** Request id + one structured log line per request. */
import type { MiddlewareHandler } from "hono";
import type { Logger } from "pino";

export function requestContext(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const requestId = c.req.header("x-request-id")?.slice(0, 64) || crypto.randomUUID();
    c.set("requestId", requestId);
    const started = performance.now();
    await next();
    c.header("x-request-id", requestId);
    const durationMs = Math.round((performance.now() - started) * 10) / 10;
    logger.info({ requestId, method: c.req.method, path: c.req.path, status: c.res.status, durationMs }, "request");
  };
}

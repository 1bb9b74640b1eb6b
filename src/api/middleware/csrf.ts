/**
 * CSRF protection for cookie-authenticated mutations (ADR 0008). On every POST/PUT/PATCH/DELETE under /api:
 * 1. a browser's `Sec-Fetch-Site` must be same-origin (or none), and an `Origin` header must equal the server's;
 * 2. when the request carries a valid session cookie, `x-csrf-token` must be the session's token (HMAC of the
 *    session token; given by /api/auth/masuk and /api/auth/sesi).
 * Sign-in has no session yet, so only rule 1 guards it (login CSRF).
 */
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env";
import { problem } from "../problem";

const AMAN = new Set(["GET", "HEAD", "OPTIONS"]);
export const CSRF_HEADER = "x-csrf-token";

export function csrfMiddleware(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (AMAN.has(c.req.method)) return next();
    const site = c.req.header("sec-fetch-site");
    if (site && site !== "same-origin" && site !== "none") return tolak(c, "permintaan berasal dari situs lain");
    const origin = c.req.header("origin");
    if (origin && !asalSama(origin, c.req.url, c.req.header("host"))) {
      return tolak(c, "asal permintaan (Origin) tidak sama dengan server");
    }
    const sesi = c.get("sesi");
    if (sesi && !(await c.get("auth").cekCsrf(sesi.sessionToken, c.req.header(CSRF_HEADER)))) {
      return tolak(c, "token CSRF tidak ada atau tidak cocok; muat ulang halaman lalu coba lagi");
    }
    return next();
  };
}

function asalSama(origin: string, url: string, host: string | undefined): boolean {
  try {
    const o = new URL(origin);
    const u = new URL(url);
    return o.host === (host ?? u.host);
  } catch {
    return false;
  }
}

function tolak(c: Parameters<MiddlewareHandler<AppEnv>>[0], detail: string) {
  return problem(c, 403, "Permintaan ditolak", { detail: `Perlindungan CSRF: ${detail}.` });
}

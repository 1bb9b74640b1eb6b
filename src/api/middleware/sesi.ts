/**
 * Resolves the session cookie to the acting user for every request: `c.get("ctx")` carries `aktor` (null when
 * not signed in, so services answer 401) and the request id. A refreshed session cookie (sliding expiry) is sent
 * back with the response, with `Secure` when the request came over HTTPS. The public routes under /api/v1/publik/
 * (no sign-in) skip the lookup: a signed-in officer filling in the survey is an anonymous respondent there (ADR 0055).
 */
import type { MiddlewareHandler } from "hono";
import type { LayananAuth } from "../../services/auth/layanan-auth";
import { type ServiceContext, withAktor } from "../../services/context";
import type { AppEnv } from "../env";
import { kirimCookie } from "./cookie";

const PUBLIK = "/api/v1/publik/";

export function sesiMiddleware(base: ServiceContext, auth: LayananAuth): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const requestId = c.get("requestId");
    c.set("auth", auth);
    // the public routes (/api/v1/publik/…: the SKM survey) act as nobody: no session lookup, even with a cookie
    const needsSession = c.req.path.startsWith("/api/") && !c.req.path.startsWith(PUBLIK);
    const sesi = needsSession ? await auth.sesi(withAktor(base, null, requestId), c.req.raw.headers) : null;
    c.set("sesi", sesi);
    c.set("ctx", withAktor(base, sesi?.aktor ?? null, requestId));
    await next();
    if (sesi?.setCookie.length) kirimCookie(c, sesi.setCookie);
  };
}

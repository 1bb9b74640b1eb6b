/** Forwards better-auth's Set-Cookie headers, adding `Secure` when the request came over HTTPS. */
import type { Context } from "hono";

export function lewatHttps(c: Context): boolean {
  const proto = c.req.header("x-forwarded-proto")?.split(",")[0]?.trim();
  return proto === "https" || new URL(c.req.url).protocol === "https:";
}

export function kirimCookie(c: Context, setCookie: string[]): void {
  const https = lewatHttps(c);
  for (const cookie of setCookie) {
    const secure = https && !/;\s*secure/i.test(cookie) ? `${cookie}; Secure` : cookie;
    c.header("set-cookie", secure, { append: true });
  }
}

/**
 * CSRF token bound to the session (ADR 0008): HMAC-SHA256(secret, "csrf:" + session token), base64url. The web
 * client receives it from /api/auth/masuk or /api/auth/sesi and sends it as `x-csrf-token` on every mutation;
 * a page on another site can neither read it nor (without a CORS preflight we never grant) send the header.
 */
import { createHmac, timingSafeEqual } from "node:crypto";

export function buatTokenCsrf(secret: string, sessionToken: string): string {
  return createHmac("sha256", secret).update(`csrf:${sessionToken}`).digest("base64url");
}

export function cocokTokenCsrf(secret: string, sessionToken: string, token: string | undefined): boolean {
  if (!token) return false;
  const expected = Buffer.from(buatTokenCsrf(secret, sessionToken));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

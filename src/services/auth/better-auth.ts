/**
 * The better-auth instance (ADR 0008): email + password only, on our own tables through the drizzle adapter,
 * argon2id hashing, no sign-up, no telemetry (works offline). Sessions expire after 8 hours without use (sliding,
 * refreshed every 15 minutes of use); the 7-day absolute limit is checked in sesi.ts.
 */
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import type { Db } from "../../storage/database";
import { authAccount, authSession, authUser, authVerification } from "../../storage/schema";
import { cocokKataSandi, hashKataSandi, PANJANG_MAKS_KATA_SANDI } from "./kata-sandi";
import { COOKIE_PREFIX, SESI_IDLE_DETIK, SESI_REFRESH_DETIK } from "./sesi-konstanta";

export { COOKIE_PREFIX, SESI_ABSOLUT_MS, SESI_IDLE_DETIK, SESI_REFRESH_DETIK, SESSION_COOKIE } from "./sesi-konstanta";

export function createBetterAuth(db: Db, secret: string) {
  return betterAuth({
    appName: "SAKIP",
    secret,
    basePath: "/api/auth",
    // The server answers on whatever host it is given; the handler is mounted only for sign-out (same-origin,
    // checked by our CSRF middleware), so no fixed base URL is needed.
    baseURL: { allowedHosts: ["*"], fallback: "http://localhost" },
    trustedOrigins: (request) => (request ? [new URL(request.url).origin] : []),
    database: drizzleAdapter(db, {
      provider: "pg",
      schema: { user: authUser, session: authSession, account: authAccount, verification: authVerification },
    }),
    telemetry: { enabled: false },
    logger: { disabled: true },
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: 1, // our own rules (kata-sandi.ts) apply when a password is set
      maxPasswordLength: PANJANG_MAKS_KATA_SANDI,
      password: { hash: hashKataSandi, verify: ({ hash, password }) => cocokKataSandi(hash, password) },
    },
    user: {
      additionalFields: {
        nip: { type: "string", required: false, input: false },
        peran: { type: "string", required: true, input: false },
        pemdaId: { type: "string", required: true, input: false },
        opdId: { type: "string", required: false, input: false },
        aktif: { type: "boolean", required: true, input: false },
      },
    },
    session: { expiresIn: SESI_IDLE_DETIK, updateAge: SESI_REFRESH_DETIK },
    rateLimit: { enabled: false }, // our own limiter (pembatas-masuk.ts) guards sign-in
    advanced: {
      cookiePrefix: COOKIE_PREFIX,
      // Secure is added per request when served over HTTPS (cookie.ts), so the cookie name never changes.
      useSecureCookies: false,
      database: { generateId: () => crypto.randomUUID() },
    },
    disabledPaths: [
      "/sign-up/email",
      "/request-password-reset",
      "/reset-password",
      "/verify-email",
      "/send-verification-email",
      "/change-email",
      "/delete-user",
      "/update-user",
      "/change-password",
      "/set-password",
    ],
  });
}

export type BetterAuth = ReturnType<typeof createBetterAuth>;

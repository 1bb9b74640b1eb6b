/**
 * Session lifetimes and the cookie name (ADR 0008), apart from better-auth.ts so that reading them does not load
 * better-auth (issue 16: the package loads after the server listens, not before).
 */
export const SESI_IDLE_DETIK = 8 * 60 * 60;
export const SESI_REFRESH_DETIK = 15 * 60;
export const SESI_ABSOLUT_MS = 7 * 24 * 60 * 60 * 1000;
export const COOKIE_PREFIX = "sakip";
export const SESSION_COOKIE = `${COOKIE_PREFIX}.session_token`;

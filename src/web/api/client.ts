import createClient from "openapi-fetch";
import type { paths } from "./skema";

/**
 * Minimal typed fetch wrapper; errors carry the server's problem+json title/detail (Indonesian).
 * Mutations send the session's CSRF token (`x-csrf-token`, ADR 0008); a 401 from any call tells the auth provider
 * the session is gone (it then shows the sign-in page). Edits of a document or row send the version they were based
 * on (`If-Match`, or `If-None-Match: *` for a new one, ADR 0016); a 409 of a stale version is `konflikVersi`.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly title: string = "",
    readonly detail: string = "",
    readonly errors: Array<{ field: string; message: string }> = [],
    /** On 409 of a stale version: the version the server holds now (the edit was based on an older one). */
    readonly versiTerkini: string | null = null,
  ) {
    super(message);
  }
}

/** The problem type of a stale version (src/api/problem.ts). */
const TYPE_VERSI_KEDALUWARSA = "urn:sakip:problem:versi-kedaluwarsa";

/** True when a save was refused because another user changed the data since it was read (offer to reload). */
export function konflikVersi(e: unknown): e is ApiError {
  return e instanceof ApiError && e.status === 409 && e.versiTerkini !== null;
}

/** The precondition of an edit: the version it was based on, or `baru` for something that must not exist yet. */
export type SyaratTulis = { versi: string } | { baru: true };

let csrfToken: string | null = null;
let onUnauthorized: (() => void) | null = null;

/** Set by the auth provider after sign-in / session check; null after sign-out. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when an API answers 401 (not for the sign-in and session calls themselves). */
export function setOnUnauthorized(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

async function toError(res: Response, path: string): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    // body was not JSON; keep the status
  }
  return problemKeError(res.status, body, path);
}

/** The ApiError of a refused call from its problem+json body (already parsed, or null when it was not JSON). */
function problemKeError(status: number, isi: unknown, path: string): ApiError {
  const body = (isi !== null && typeof isi === "object" ? isi : {}) as {
    type?: string;
    title?: string;
    detail?: string;
    errors?: ApiError["errors"];
    versi?: string;
  };
  const title = body.title ?? "";
  const detail = body.detail ?? "";
  const errors = Array.isArray(body.errors) ? body.errors : [];
  const versi = body.type === TYPE_VERSI_KEDALUWARSA ? (body.versi ?? "") : null;
  if (status === 401 && !path.startsWith("/api/auth/")) onUnauthorized?.();
  const message = [title, detail || errors.map((e) => `${e.field}: ${e.message}`).join("; ")]
    .filter(Boolean)
    .join(": ");
  return new ApiError(status, message || `${status}`, title, detail, errors, versi);
}

/**
 * The typed client (ADR 0034): every path, parameter, body and answer comes from the generated contract
 * (`src/web/api/skema.d.ts`, `npm run api:generate`), so a renamed field fails `npm run typecheck` here in the web.
 * Use it through `jawab`/`jawabVersi`, which keep this file's error handling (problem+json → ApiError, 401 → sign-in):
 *
 *   const pohon = await jawab(klien.GET("/api/v1/pemda/{pemda}/opd/{opd}/anggaran/{tahun}/pohon", {
 *     params: { path: { pemda, opd, tahun } } }));
 *   await jawab(klien.PUT("…", { params, body, headers: syaratHeader(syarat) }));
 */
export const klien = createClient<paths>({
  baseUrl: typeof location !== "undefined" ? location.origin : "http://localhost",
  credentials: "same-origin",
  headers: { accept: "application/json" },
  // read at call time, so a test's stubbed fetch is used
  fetch: (request) => globalThis.fetch(request),
});
klien.use({
  onRequest({ request }) {
    if (request.method !== "GET" && csrfToken) request.headers.set("x-csrf-token", csrfToken);
    return request;
  },
});

type Hasil<D> = { data?: D; error?: unknown; response: Response };

/** The answer of a typed call, or the ApiError of its problem+json (the same errors as getJson/sendJson). */
export async function jawab<D>(panggilan: Promise<Hasil<D>>): Promise<D> {
  const { data, error, response } = await panggilan;
  if (!response.ok) throw problemKeError(response.status, error ?? null, new URL(response.url, "http://x").pathname);
  return data as D;
}

/** A typed GET of one document with its version (the strong ETag, unquoted), to send back when saving it. */
export async function jawabVersi<D>(panggilan: Promise<Hasil<D>>): Promise<{ data: D; versi: string }> {
  const { response } = await panggilan;
  const data = await jawab(panggilan);
  return { data, versi: (response.headers.get("etag") ?? "").replace(/^"|"$/g, "") };
}

/** The headers of an edit's precondition (If-Match of the version it was based on, or If-None-Match: * for new). */
export function syaratHeader(syarat?: SyaratTulis): Record<string, string> {
  if (syarat && "versi" in syarat) return { "if-match": `"${syarat.versi}"` };
  if (syarat && "baru" in syarat) return { "if-none-match": "*" };
  return {};
}

export async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(path, { headers: { accept: "application/json" }, credentials: "same-origin" });
  if (!res.ok) throw await toError(res, path);
  return (await res.json()) as T;
}

/** GET of one document with its version (the strong ETag, unquoted), to send back when saving it. */
export async function getJsonVersi<T>(path: string): Promise<{ data: T; versi: string }> {
  const res = await fetch(path, { headers: { accept: "application/json" }, credentials: "same-origin" });
  if (!res.ok) throw await toError(res, path);
  const etag = res.headers.get("etag") ?? "";
  return { data: (await res.json()) as T, versi: etag.replace(/^"|"$/g, "") };
}

/**
 * POST/PUT/PATCH/DELETE with a JSON body (or none); returns the JSON answer, or undefined for 204. `syarat`: the
 * version the edit was based on (every edit of a versioned document or row passes it).
 */
export async function sendJson<T = unknown>(
  method: string,
  path: string,
  body?: unknown,
  syarat?: SyaratTulis,
): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (body !== undefined) headers["content-type"] = "application/json";
  if (csrfToken) headers["x-csrf-token"] = csrfToken;
  if (syarat && "versi" in syarat) headers["if-match"] = `"${syarat.versi}"`;
  if (syarat && "baru" in syarat) headers["if-none-match"] = "*";
  const res = await fetch(path, {
    method,
    headers,
    credentials: "same-origin",
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  if (!res.ok) throw await toError(res, path);
  return res.status === 204 ? (undefined as T) : ((await res.json()) as T);
}

/** Downloads a file answer (export) and saves it under the server's file name. */
export async function download(path: string): Promise<void> {
  const res = await fetch(path, { credentials: "same-origin" });
  if (!res.ok) throw await toError(res, path);
  const name = /filename="([^"]+)"/.exec(res.headers.get("content-disposition") ?? "")?.[1] ?? "unduhan";
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** POST/PUT a non-JSON body (a multipart form or a file's bytes) with the CSRF token; returns the JSON answer. */
export async function sendBody<T = unknown>(
  method: string,
  path: string,
  body: BodyInit,
  contentType?: string,
): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (contentType) headers["content-type"] = contentType;
  if (csrfToken) headers["x-csrf-token"] = csrfToken;
  const res = await fetch(path, { method, headers, credentials: "same-origin", body });
  if (!res.ok) throw await toError(res, path);
  return (await res.json()) as T;
}

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
  let title = "";
  let detail = "";
  let errors: ApiError["errors"] = [];
  let versi: string | null = null;
  try {
    const body = (await res.json()) as {
      type?: string;
      title?: string;
      detail?: string;
      errors?: ApiError["errors"];
      versi?: string;
    };
    title = body.title ?? "";
    detail = body.detail ?? "";
    errors = body.errors ?? [];
    if (body.type === TYPE_VERSI_KEDALUWARSA) versi = body.versi ?? "";
  } catch {
    // body was not JSON; keep the status
  }
  if (res.status === 401 && !path.startsWith("/api/auth/")) onUnauthorized?.();
  const message = [title, detail || errors.map((e) => `${e.field}: ${e.message}`).join("; ")]
    .filter(Boolean)
    .join(": ");
  return new ApiError(res.status, message || `${res.status}`, title, detail, errors, versi);
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

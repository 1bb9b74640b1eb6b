/**
 * Minimal typed fetch wrapper; errors carry the server's problem+json title/detail (Indonesian).
 * Mutations send the session's CSRF token (`x-csrf-token`, ADR 0008); a 401 from any call tells the auth provider
 * the session is gone (it then shows the sign-in page).
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly title: string = "",
    readonly detail: string = "",
    readonly errors: Array<{ field: string; message: string }> = [],
  ) {
    super(message);
  }
}

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
  try {
    const body = (await res.json()) as { title?: string; detail?: string; errors?: ApiError["errors"] };
    title = body.title ?? "";
    detail = body.detail ?? "";
    errors = body.errors ?? [];
  } catch {
    // body was not JSON; keep the status
  }
  if (res.status === 401 && !path.startsWith("/api/auth/")) onUnauthorized?.();
  const message = [title, detail || errors.map((e) => `${e.field}: ${e.message}`).join("; ")]
    .filter(Boolean)
    .join(": ");
  return new ApiError(res.status, message || `${res.status}`, title, detail, errors);
}

export async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(path, { headers: { accept: "application/json" }, credentials: "same-origin" });
  if (!res.ok) throw await toError(res, path);
  return (await res.json()) as T;
}

/** POST/PUT/PATCH/DELETE with a JSON body (or none); returns the JSON answer, or undefined for 204. */
export async function sendJson<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (body !== undefined) headers["content-type"] = "application/json";
  if (csrfToken) headers["x-csrf-token"] = csrfToken;
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

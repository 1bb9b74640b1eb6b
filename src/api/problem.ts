/**
 * RFC 9457 problem+json responses in Indonesian, without internals (no stack, no SQL).
 */
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { DomainError } from "../domain/shared/errors";
import {
  ConflictError,
  ForbiddenError,
  KredensialSalahError,
  NotFoundError,
  TerlaluBanyakPercobaanError,
  UnauthenticatedError,
} from "../services/errors";

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: Array<{ field: string; message: string }>;
  requestId?: string;
}

export function problem(c: Context, status: ContentfulStatusCode, title: string, extra: Partial<Problem> = {}) {
  const body: Problem = { type: "about:blank", title, status, ...extra, requestId: c.get("requestId") as string };
  return c.body(JSON.stringify(body), status, { "content-type": "application/problem+json; charset=utf-8" });
}

/** Maps any thrown error to a problem response; unknown errors become 500 with a generic message. */
export function problemFromError(c: Context, error: unknown) {
  if (error instanceof DomainError) {
    const field = typeof error.details.field === "string" ? error.details.field : undefined;
    return problem(c, 400, "Data tidak valid", {
      detail: error.message,
      ...(field ? { errors: [{ field, message: error.message }] } : {}),
    });
  }
  if (error instanceof KredensialSalahError) return problem(c, 401, "Gagal masuk", { detail: error.message });
  if (error instanceof UnauthenticatedError) return problem(c, 401, "Belum masuk", { detail: error.message });
  if (error instanceof TerlaluBanyakPercobaanError) {
    c.header("retry-after", String(error.retryAfterDetik));
    const title = error.alasan === "akun-terkunci" ? "Akun dikunci sementara" : "Terlalu banyak percobaan";
    return problem(c, 429, title, { detail: error.message });
  }
  if (error instanceof NotFoundError) return problem(c, 404, "Tidak ditemukan", { detail: error.message });
  if (error instanceof ForbiddenError) return problem(c, 403, "Akses ditolak", { detail: error.message });
  if (error instanceof ConflictError) return problem(c, 409, "Konflik data", { detail: error.message });
  if (isHttpError(error))
    return problem(c, error.status as ContentfulStatusCode, error.message || "Permintaan ditolak");
  return problem(c, 500, "Terjadi kesalahan pada server", { detail: "Silakan coba lagi atau hubungi admin." });
}

function isHttpError(error: unknown): error is { status: number; message: string } {
  return (
    typeof error === "object" &&
    error !== null &&
    "status" in error &&
    typeof (error as { status: unknown }).status === "number" &&
    (error as { status: number }).status < 500
  );
}

/**
 * RFC 9457 problem+json responses in Indonesian, without internals (no stack, no SQL).
 */
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { BatasTerlampauiError, DomainError } from "../domain/shared/errors";
import {
  AjuanDitolakError,
  BerkasKedaluwarsaError,
  ConflictError,
  ForbiddenError,
  KredensialSalahError,
  NotFoundError,
  TerlaluBanyakPercobaanError,
  UnauthenticatedError,
  VersiKedaluwarsaError,
} from "../services/errors";

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: Array<{ field: string; message: string }>;
  /** 409 on a stale version (ADR 0016): the current version (also the ETag header) and the current data. */
  versi?: string;
  terkini?: unknown;
  /** 409 on a refused submission (ADR 0027): the galat of the validator over the OPD-year's data. */
  temuan?: readonly unknown[];
  requestId?: string;
}

/** The problem type of a stale version (the web client recognises it and offers to reload). */
export const TYPE_VERSI_KEDALUWARSA = "urn:sakip:problem:versi-kedaluwarsa";

/** The problem type of a submission refused by the validator over the data (ADR 0027). */
export const TYPE_AJUAN_DITOLAK = "urn:sakip:problem:ajuan-ditolak";

/** The problem type of an XLSX table whose rows were changed by someone else since it was downloaded (ADR 0016). */
export const TYPE_BERKAS_KEDALUWARSA = "urn:sakip:problem:berkas-kedaluwarsa";

export function problem(c: Context, status: ContentfulStatusCode, title: string, extra: Partial<Problem> = {}) {
  const body: Problem = { type: "about:blank", title, status, ...extra, requestId: c.get("requestId") as string };
  return c.body(JSON.stringify(body), status, { "content-type": "application/problem+json; charset=utf-8" });
}

/** Maps any thrown error to a problem response; unknown errors become 500 with a generic message. */
export function problemFromError(c: Context, error: unknown) {
  // A limit of an uploaded file (SAKIP_IMPOR_*): 413, the message names the limit and its setting.
  if (error instanceof BatasTerlampauiError) {
    const field = typeof error.details.field === "string" ? error.details.field : "berkas";
    return problem(c, 413, "Berkas melebihi batas impor", {
      detail: error.message,
      errors: [{ field, message: error.message }],
    });
  }
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
  if (error instanceof VersiKedaluwarsaError) {
    c.header("etag", `"${error.versiTerkini}"`);
    return problem(c, 409, "Data telah diubah pengguna lain", {
      type: TYPE_VERSI_KEDALUWARSA,
      detail: error.message,
      versi: error.versiTerkini,
      terkini: error.terkini,
    });
  }
  if (error instanceof BerkasKedaluwarsaError) {
    return problem(c, 409, "Berkas telah kedaluwarsa", {
      type: TYPE_BERKAS_KEDALUWARSA,
      detail: error.message,
      errors: error.galat,
    });
  }
  if (error instanceof AjuanDitolakError) {
    return problem(c, 409, "Data belum dapat diajukan", {
      type: TYPE_AJUAN_DITOLAK,
      detail: error.message,
      temuan: error.temuan,
    });
  }
  if (error instanceof ConflictError) return problem(c, 409, "Konflik data", { detail: error.message });
  if (isHttpError(error))
    return problem(c, error.status as ContentfulStatusCode, error.message || "Permintaan ditolak");
  // A constraint the database enforces (two saves racing past the service's own check): a conflict, not a 500.
  const kode = sqlState(error);
  if (kode === "23505")
    return problem(c, 409, "Konflik data", {
      detail: "Data dengan kunci yang sama sudah ada; muat ulang lalu coba lagi.",
    });
  // A number or date the column cannot hold (numeric(18,2) overflow, 30 February) is the user's input: 400.
  if (kode === "22003")
    return problem(c, 400, "Data tidak valid", {
      detail: "Angka terlalu besar untuk disimpan; periksa nilai yang diisi.",
    });
  if (kode === "22008")
    return problem(c, 400, "Data tidak valid", { detail: "Tanggal tidak sah; periksa tanggal yang diisi." });
  if (kode === "23503")
    return problem(c, 409, "Konflik data", {
      detail: "Data ini masih dirujuk oleh data lain, atau rujukannya sudah tidak ada; muat ulang lalu coba lagi.",
    });
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

/** The PostgreSQL SQLSTATE of a driver error (pg and PGlite set `code`; drizzle wraps it as `cause`). */
function sqlState(error: unknown): string | undefined {
  for (let e = error, i = 0; typeof e === "object" && e !== null && i < 3; e = (e as { cause?: unknown }).cause, i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

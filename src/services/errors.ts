/** Errors a use case raises; the API maps them to problem+json statuses, the CLI to exit codes. */
export class UnauthenticatedError extends Error {
  constructor(message = "Silakan masuk terlebih dahulu") {
    super(message);
    this.name = "UnauthenticatedError";
  }
}

export class NotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NotFoundError";
  }
}

export class ForbiddenError extends Error {
  constructor(message = "Anda tidak berwenang melakukan tindakan ini") {
    super(message);
    this.name = "ForbiddenError";
  }
}

export class ConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConflictError";
  }
}

/**
 * Optimistic concurrency (ADR 0016): the write was based on a version of the data that is no longer the current one.
 * Carries the current version and content so the client can show them and offer to reload (409).
 */
export class VersiKedaluwarsaError extends ConflictError {
  constructor(
    message: string,
    readonly versiTerkini: string,
    readonly terkini: unknown,
  ) {
    super(message);
    this.name = "VersiKedaluwarsaError";
  }
}

/**
 * An imported XLSX table changes rows that another user has changed since the file was downloaded (ADR 0016): the
 * whole file is refused (409), one entry per sheet row.
 */
export class BerkasKedaluwarsaError extends ConflictError {
  constructor(
    message: string,
    readonly galat: Array<{ field: string; message: string }>,
  ) {
    super(message);
    this.name = "BerkasKedaluwarsaError";
  }
}

/** Wrong email/NIP or password (401); the message never says which of the two was wrong. */
export class KredensialSalahError extends UnauthenticatedError {
  constructor(message = "Email/NIP atau kata sandi salah") {
    super(message);
    this.name = "KredensialSalahError";
  }
}

/** Too many attempts: the account is locked for a while or the address is throttled (429 + Retry-After). */
export class TerlaluBanyakPercobaanError extends Error {
  constructor(
    message: string,
    readonly retryAfterDetik: number,
    readonly alasan: "akun-terkunci" | "batas-alamat",
  ) {
    super(message);
    this.name = "TerlaluBanyakPercobaanError";
  }
}

/**
 * A submission ("ajukan") refused because the validator over the OPD-year's data found galat (issue 14, ADR 0027):
 * 409 with the findings, so the page shows what to fix and where.
 */
export class AjuanDitolakError extends ConflictError {
  constructor(
    message: string,
    readonly temuan: readonly unknown[],
  ) {
    super(message);
    this.name = "AjuanDitolakError";
  }
}

/**
 * The one error type the domain throws. `code` is stable (for API clients and tests); `message` is Indonesian and
 * names the field, row and value at fault so an operator can fix the input.
 */
export class DomainError extends Error {
  readonly code: string;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: string, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = "DomainError";
    this.code = code;
    this.details = details;
  }
}

/**
 * A size limit of an input is exceeded (file size, unpacked size, rows, columns, cell length — the SAKIP_IMPOR_*
 * settings): the API answers 413 (Content Too Large) with the message naming the limit, the CLI exits with 2.
 */
export class BatasTerlampauiError extends DomainError {
  readonly status = 413;

  constructor(code: string, message: string, details: Record<string, unknown> = {}) {
    super(code, message, details);
    this.name = "BatasTerlampauiError";
  }
}

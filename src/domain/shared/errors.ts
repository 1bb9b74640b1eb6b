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

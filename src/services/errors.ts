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

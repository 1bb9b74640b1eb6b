/** A signing that did not happen (wrong passphrase, unknown NIK, gateway timeout): nothing is stored, retry is possible. */
import { DomainError } from "../../domain/shared/errors";
import type { GagalTte } from "../../domain/tte";

export class GagalTteError extends DomainError {
  readonly status: GagalTte["status"];

  constructor(g: GagalTte) {
    super(`tte_${g.sebab}`, g.pesan, { sebab: g.sebab });
    this.name = "GagalTteError";
    this.status = g.status;
  }
}

/**
 * The HTTP side of optimistic concurrency (ADR 0016): reads answer a strong `ETag` (and list items carry the same
 * value as `versi`); writes take the version they were based on in `If-Match`. `If-None-Match: *` asks that the
 * resource not exist yet (a new PK). A write without either is accepted as before (integrators, scripts); the web UI
 * always sends one.
 */
import type { Context } from "hono";
import { VERSI_KOSONG } from "../services/bersama/versi";

/** The base version of a write, from If-Match / If-None-Match; undefined when the client sent no precondition. */
export function syaratVersi(c: Context): string | undefined {
  const cocok = c.req.header("if-match")?.trim();
  if (cocok && cocok !== "*") {
    // a strong tag is "…"; anything else (a weak W/"…" tag, a list) never equals a version and so is refused (409)
    const m = /^"([^"]*)"$/.exec(cocok);
    return m ? m[1] : cocok;
  }
  if (c.req.header("if-none-match")?.trim() === "*") return VERSI_KOSONG;
  return undefined;
}

/** Sets the strong ETag of a single-resource read or write answer. */
export function pasangEtag(c: Context, versi: string): void {
  c.header("etag", `"${versi}"`);
}

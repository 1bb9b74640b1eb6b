/**
 * The HTTP side of optimistic concurrency (ADR 0016): reads answer a strong `ETag` (and list items carry the same
 * value as `versi`); writes take the version they were based on in `If-Match`. `If-None-Match: *` asks that the
 * resource not exist yet (a new PK). A write without either is accepted as before (integrators, scripts); the web UI
 * always sends one.
 */
import type { Context } from "hono";
import { type PrasyaratTulis, VERSI_KOSONG, versiDari, versiSetelahTulis } from "../services/bersama/versi";
import type { ServiceContext } from "../services/context";
import { NotFoundError } from "../services/errors";

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

/** The answer of a single-resource read with its ETag (the hash of exactly this body). */
export function denganEtag<T>(c: Context, isi: T): T {
  pasangEtag(c, versiDari(isi));
  return isi;
}

/** An editable item of a list answer with its version (`versi`, the hash of the item as shown without it). */
export function denganVersi<T extends object>(item: T): T & { versi: string } {
  return { ...item, versi: versiDari(item) };
}

/**
 * A whole-document save guarded by its route's read-back (`baca`, the function the GET of the same path answers
 * with): the context carries the precondition to mutasi; `selesai` gives the stored version (and sets the ETag).
 * The lock name is the resource's path, so two saves of the same document queue on it.
 */
export function simpanBerversi(
  c: Context,
  ctx: ServiceContext,
  uraian: string,
  baca: (ctx: ServiceContext) => Promise<unknown>,
  /** The path of the document when it is saved in parts under other paths (the OPD profile): one lock for all. */
  dokumen: string = c.req.path,
): { ctx: ServiceContext; selesai(): Promise<string> } {
  const prasyarat: PrasyaratTulis = {
    kunci: `dokumen:${dokumen}`,
    versi: syaratVersi(c),
    uraian,
    baca: (db) =>
      baca({ ...ctx, db }).catch((e: unknown) => {
        if (e instanceof NotFoundError) return null;
        throw e;
      }),
  };
  return {
    ctx: { ...ctx, prasyarat },
    async selesai() {
      const versi = await versiSetelahTulis(ctx.db, prasyarat);
      pasangEtag(c, versi);
      return versi;
    },
  };
}

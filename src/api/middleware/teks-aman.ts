/**
 * Text hygiene at the edge (issue 18, finding 6; ADR 0017): a NUL (U+0000) or a lone UTF-16 surrogate anywhere in a
 * JSON body, the query or the path is refused with 400 naming the field, before any route runs. PostgreSQL cannot
 * store either in a text column (NUL: 22021; a lone surrogate cannot be encoded as UTF-8), so without this check
 * such a value reached the database and came back as a 500. Refused rather than cleaned: silently dropping
 * characters changes what the user typed, and no legitimate form produces them.
 */
import type { MiddlewareHandler } from "hono";
import { DomainError } from "../../domain/shared/errors";
import { cacatTeks } from "../../domain/shared/teks-aman";
import type { AppEnv } from "../env";
import { problem } from "../problem";

interface Galat {
  field: string;
  message: string;
}

const MAKS_GALAT = 20;

/**
 * Every string (and object key) of a parsed JSON value that cannot be accepted, with its dotted path. Iterative:
 * a 2 MB body can nest arrays a million deep, which recursion would answer with a stack overflow (a 500).
 */
export function periksaJson(nilai: unknown): Galat[] {
  const galat: Galat[] = [];
  const tumpukan: Array<{ v: unknown; jalur: string[] }> = [{ v: nilai, jalur: [] }];
  while (tumpukan.length && galat.length < MAKS_GALAT) {
    const { v, jalur } = tumpukan.pop()!;
    if (typeof v === "string") {
      const alasan = cacatTeks(v);
      if (alasan) galat.push({ field: nama(jalur), message: `Teks ${alasan}` });
    } else if (Array.isArray(v)) {
      // paths are only built for a few levels; deeper ones are named by their first levels and "…"
      for (let i = v.length - 1; i >= 0; i--) tumpukan.push({ v: v[i], jalur: sambung(jalur, String(i)) });
    } else if (v !== null && typeof v === "object") {
      const isi = Object.entries(v);
      for (let i = isi.length - 1; i >= 0; i--) {
        const [k, x] = isi[i]!;
        const alasan = cacatTeks(k);
        if (alasan) galat.push({ field: nama(sambung(jalur, "(nama kolom)")), message: `Nama kolom ${alasan}` });
        else tumpukan.push({ v: x, jalur: sambung(jalur, k) });
      }
    }
  }
  return galat;
}

const JALUR_MAKS = 12;

function sambung(jalur: string[], bagian: string): string[] {
  if (jalur.length >= JALUR_MAKS)
    return jalur[JALUR_MAKS - 1] === "…" ? jalur : [...jalur.slice(0, JALUR_MAKS - 1), "…"];
  return [...jalur, bagian];
}

function nama(jalur: string[]): string {
  return jalur.join(".") || "(body)";
}

function periksaUrl(url: URL): Galat[] {
  const galat: Galat[] = [];
  url.pathname.split("/").forEach((segmen, i) => {
    if (!segmen) return;
    let teks: string;
    try {
      teks = decodeURIComponent(segmen);
    } catch {
      // %ED%A0%80 (a surrogate in UTF-8) and other malformed escapes
      galat.push({ field: `path.${i}`, message: "Bagian alamat berisi kode persen (%) yang bukan UTF-8 sah" });
      return;
    }
    const alasan = cacatTeks(teks);
    if (alasan) galat.push({ field: `path.${i}`, message: `Bagian alamat "${segmen.slice(0, 60)}" ${alasan}` });
  });
  for (const [k, v] of url.searchParams) {
    const alasan = cacatTeks(k) ?? cacatTeks(v);
    if (alasan) galat.push({ field: `query.${cacatTeks(k) ? "(nama)" : k}`, message: `Parameter ${alasan}` });
  }
  return galat.slice(0, MAKS_GALAT);
}

/**
 * The same check on a parsed multipart form (c.req.parseBody()), which the middleware does not parse: every string
 * field and every uploaded file's name (stored with the file and in the audit entry). A route calls it right after
 * parseBody (pastikanFormAman), before any field is used.
 */
export function periksaForm(form: Record<string, unknown>): Galat[] {
  const galat: Galat[] = [];
  for (const [k, nilai] of Object.entries(form)) {
    for (const v of Array.isArray(nilai) ? nilai : [nilai]) {
      const alasan = cacatTeks(k);
      if (alasan) galat.push({ field: "(nama kolom)", message: `Nama kolom formulir ${alasan}` });
      else if (typeof v === "string") {
        const a = cacatTeks(v);
        if (a) galat.push({ field: k, message: `Teks ${a}` });
      } else if (v instanceof File) {
        const a = cacatTeks(v.name);
        if (a) galat.push({ field: k, message: `Nama berkas ${a}; ganti nama berkasnya lalu unggah ulang` });
      }
    }
  }
  return galat.slice(0, MAKS_GALAT);
}

/** periksaForm as a thrown DomainError (400) naming the first field at fault; the route answers it as any 400. */
export function pastikanFormAman(form: Record<string, unknown>): void {
  const [g] = periksaForm(form);
  if (g) throw new DomainError("teks_tidak_sah", `${g.field}: ${g.message}`, { field: g.field });
}

export function teksAmanMiddleware(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const galat = periksaUrl(new URL(c.req.url));
    if (galat.length) return problem(c, 400, "Permintaan tidak valid", { errors: galat });
    if (/\bjson\b/i.test(c.req.header("content-type") ?? "")) {
      let body: unknown;
      try {
        // Read once through Hono's body cache (c.req.text()): the route's validator and c.req.json() parse the same
        // cached text, and on @hono/node-server the text comes straight from the socket's buffers. (A clone of the
        // raw request built a web ReadableStream and teed it on every JSON request, a measurable share of the
        // public SKM intake's CPU, ADR 0055.) A handler given the raw request itself (better-auth's sign-out) must
        // build it again from the cached text: app.ts, permintaanUtuh.
        body = JSON.parse(await c.req.text());
      } catch {
        return next(); // malformed or empty JSON: the route's validator answers it
      }
      const galatBody = periksaJson(body);
      if (galatBody.length) return problem(c, 400, "Permintaan tidak valid", { errors: galatBody });
    }
    return next();
  };
}

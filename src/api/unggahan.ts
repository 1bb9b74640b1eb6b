/**
 * Reads an upload for a route: a multipart form (its fields, checked for unsafe text and file names by
 * pastikanFormAman, and the file in field `berkas`) or, where the route also takes JSON, an object with the file as
 * `isiBase64` (+ `namaBerkas`). Reading never fails on what the caller sent: the service authorises first and then
 * checks the fields (403 before 400). The size limit is the body limit middleware's; the type is judged by the
 * service that parses the file (services/berkas).
 */
import type { Context } from "hono";
import type { AppEnv } from "./env";
import { pastikanFormAman } from "./middleware/teks-aman";

export interface Unggahan {
  /** The form's fields (multipart parts or the JSON object); {} for another content type. */
  isian: Record<string, unknown>;
  /** The uploaded file, absent when none was sent (JSON: no non-empty `isiBase64`). Its name may be "". */
  berkas?: { nama: string; isi: Uint8Array };
}

/** Reads the request's upload; JSON bodies only when `json` is set (else they count as no upload). */
export async function bacaUnggahan(c: Context<AppEnv>, opsi: { json?: boolean } = {}): Promise<Unggahan> {
  const type = c.req.header("content-type") ?? "";
  if (type.startsWith("multipart/form-data")) {
    const isian = await c.req.parseBody();
    pastikanFormAman(isian);
    const f = isian.berkas;
    return {
      isian,
      berkas: f instanceof File ? { nama: f.name, isi: new Uint8Array(await f.arrayBuffer()) } : undefined,
    };
  }
  if (opsi.json && type.startsWith("application/json")) {
    const j: unknown = await c.req.json().catch(() => ({}));
    const isian = j !== null && typeof j === "object" && !Array.isArray(j) ? (j as Record<string, unknown>) : {};
    const nama = typeof isian.namaBerkas === "string" ? isian.namaBerkas : "";
    const base64 = isian.isiBase64;
    return {
      isian,
      berkas:
        typeof base64 === "string" && base64 !== ""
          ? { nama, isi: new Uint8Array(Buffer.from(base64, "base64")) }
          : undefined,
    };
  }
  return { isian: {} };
}

/** A form field as text: a non-empty string, else undefined. */
export function teksIsian(isian: Record<string, unknown>, kunci: string): string | undefined {
  const v = isian[kunci];
  return typeof v === "string" && v !== "" ? v : undefined;
}

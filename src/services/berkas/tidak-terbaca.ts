/**
 * The one refusal of a file the reader cannot parse (a truncated or garbled zip, a broken XML part, a CSV the parser
 * rejects, a worker that failed on it): a 400 with a fixed Indonesian sentence naming the zip part or the row when
 * known. The parser's own message (English, a library's internals) never reaches the user: it rides along as the
 * error's `cause`, which the API logs server-side (src/api/app.ts onError).
 */
import { DomainError } from "../../domain/shared/errors";

export function berkasTidakTerbaca(tempat: string | undefined, sebab: unknown): DomainError {
  const e = new DomainError(
    "berkas_tidak_terbaca",
    `Berkas tidak dapat dibaca${tempat ? ` (${tempat})` : ""}: isinya rusak atau bukan format yang dikenali. ` +
      "Simpan ulang sebagai Excel .xlsx (atau CSV) lalu unggah lagi; tidak ada yang disimpan",
    { field: "berkas" },
  );
  e.cause = sebab instanceof Error ? sebab.message : String(sebab);
  return e;
}

/**
 * Maps the server's row errors of a table form ("nilai pembanding baris 2, realisasi: …", "Indikator program baris 1:
 * program/kegiatan dan indikator wajib diisi") to the cell they name: key "2.realisasi", or "2" when the message
 * names only the row. `kolom` translates the field word of the message to the form's field key.
 */
import { ApiError } from "../../api/client";

export interface GalatTabel {
  umum: string | null;
  /** By "row.field" or "row" (rows counted from 1, as the server does). */
  sel: Record<string, string>;
}

export function galatTabel(e: unknown, kolom: Record<string, string>): GalatTabel {
  if (!(e instanceof ApiError)) return { umum: String(e), sel: {} };
  const sel: Record<string, string> = {};
  const sisa: string[] = [];
  const daftar = e.errors.length ? e.errors : [{ field: "", message: e.detail || e.message }];
  for (const { field: bidang, message: pesan } of daftar) {
    // "baris 12" must not be read as "baris 1": the number ends at a comma or colon.
    const m = /\bbaris (\d+)(?:, ([a-zA-Z ]+?))?:\s*(.*)$/.exec(pesan);
    if (!m && bidang && bidang in kolom) {
      sel[kolom[bidang]!] = pesan;
      continue;
    }
    if (!m) {
      sisa.push(pesan);
      continue;
    }
    const [, baris, kata, isi] = m;
    const field = kata ? kolom[kata.trim().toLowerCase()] : undefined;
    sel[field ? `${baris}.${field}` : baris!] = isi || pesan;
  }
  return { umum: sisa.length ? [e.title, ...sisa].filter(Boolean).join(" — ") : null, sel };
}

/**
 * The message for the cell (row i counted from 0, `field`): its own, or the row's when `bidangBaris` places a message
 * that names only the row at this field.
 */
export function galatDi(
  g: GalatTabel,
  i: number,
  field: string,
  bidangBaris: (pesan: string) => string,
): string | undefined {
  const sel = g.sel[`${i + 1}.${field}`];
  const baris = g.sel[String(i + 1)];
  return sel ?? (baris && bidangBaris(baris) === field ? baris : undefined);
}

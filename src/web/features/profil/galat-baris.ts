/**
 * Maps a server problem+json (ApiError) of a list save to the row and field it names, so the message is shown at
 * the cell: contract errors name "2.pendudukL" or "dasarHukum.1.teks" (row index from 0); service errors say
 * "Desa baris 3: …" / "dasar hukum nomor 2: …" (row number from 1). What names no row goes to `umum`.
 */
import { ApiError } from "../../api/client";

export interface GalatBaris {
  umum: string | null;
  /** Key `${daftar}.${index}.${field}`, `${daftar}.${index}` when no field is named; daftar "" for a bare array. */
  sel: Record<string, string>;
}

export const TANPA_GALAT: GalatBaris = { umum: null, sel: {} };

/** Key of a cell for `GalatBaris.sel`. */
export const kunciSel = (daftar: string, index: number, field?: string) =>
  [daftar, String(index), field].filter((x) => x !== undefined && x !== "").join(".");

/**
 * `daftarDariField` turns a service error's field ("dasar hukum") into the list key ("dasarHukum"); bare-array
 * bodies use "" as the list key.
 */
export function galatBaris(e: unknown, daftarDariField: (field: string) => string = () => ""): GalatBaris {
  if (!(e instanceof ApiError)) return { umum: String(e), sel: {} };
  const sel: Record<string, string> = {};
  const sisa: string[] = [];
  const daftar = e.errors.length ? e.errors : [{ field: "", message: e.detail || e.message }];
  for (const g of daftar) {
    const jalur = /^(?:([A-Za-z]+)\.)?(\d+)(?:\.([A-Za-z]+))?$/.exec(g.field);
    const nomor = /(?:baris|nomor) (\d+)/.exec(g.message);
    if (jalur) {
      sel[kunciSel(jalur[1] ?? "", Number(jalur[2]), jalur[3])] = g.message;
    } else if (nomor) {
      const bidang = /^[A-Za-z]+$/.test(g.field) && !daftarDariField(g.field) ? g.field : undefined;
      sel[kunciSel(g.field ? daftarDariField(g.field) : "", Number(nomor[1]) - 1, bidang)] = g.message;
    } else {
      sisa.push(g.field && !g.message.includes(g.field) ? `${g.field}: ${g.message}` : g.message);
    }
  }
  const jumlahSel = Object.keys(sel).length;
  const umum = sisa.length
    ? [e.title, ...sisa].filter(Boolean).join(" — ")
    : jumlahSel
      ? `${e.title || "Data tidak valid"}: periksa ${jumlahSel} isian bertanda merah`
      : null;
  return { umum, sel };
}

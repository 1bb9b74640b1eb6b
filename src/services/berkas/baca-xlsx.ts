/**
 * An XLSX read by streaming what is in the file (exceljs stream.xlsx.WorkbookReader), never the sheet's declared
 * range: a file whose only cell is AZ400000 yields one row, not 400 000 × 52 cells (issue 18 finding 1). Rows and
 * columns are checked against the limits as they arrive, cells against the cell length, and all text read against
 * the unpacked-size limit (one long shared string can be referenced by every cell). Run after periksaZip.
 *
 * Merged cells: Excel stores a merged range's value in its first cell only and the hidden cells empty, which is what
 * is read here (the whole-workbook reader used to copy the value into the hidden cells, then drop it again).
 */
import { Readable } from "node:stream";
import type ExcelJS from "exceljs";
import { muatExcelJS } from "../tabel/muat-exceljs";
import { DomainError } from "../../domain/shared/errors";
import { cacatTeks } from "../../domain/shared/teks-aman";
import { type BatasImpor, lampaui } from "./batas-impor";
import { type LembarMentah, panjangSel, type SelMentah, selKosong, selMentah } from "./sel-mentah";
import { hurufKolom } from "./huruf-kolom";
import { berkasTidakTerbaca } from "./tidak-terbaca";

interface LembarAlir {
  name: string;
  [Symbol.asyncIterator](): AsyncIterator<ExcelJS.Row>;
}

/** Every sheet in workbook order, each row as the values of its cells (index 0 = column A). */
export async function bacaXlsxAlir(isi: Uint8Array, b: BatasImpor): Promise<LembarMentah[]> {
  const buf = Buffer.from(isi.buffer, isi.byteOffset, isi.byteLength);
  const reader = new (muatExcelJS().stream.xlsx.WorkbookReader)(Readable.from([buf]), {
    worksheets: "emit",
    sharedStrings: "cache",
    // number formats tell a date from a number, as in the whole-workbook reader
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  const lembar: LembarMentah[] = [];
  const hitung = { karakter: 0 };
  try {
    for await (const ws of reader as unknown as AsyncIterable<LembarAlir>) {
      lembar.push(await bacaLembar(ws, b, hitung));
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    try {
      return await bacaXlsxUtuh(buf, b);
    } catch (lagi) {
      if (lagi instanceof DomainError) throw lagi;
    }
    throw berkasTidakTerbaca(lembar.length ? `setelah lembar "${lembar[lembar.length - 1]!.nama}"` : undefined, error);
  }
  const urutan = ((reader as unknown as { model?: { sheets?: Array<{ name: string }> } }).model?.sheets ?? []).map(
    (s) => s.name,
  );
  const posisi = (n: string | null) => {
    const i = urutan.indexOf(n ?? "");
    return i < 0 ? urutan.length : i;
  };
  return lembar.sort((x, y) => posisi(x.nama) - posisi(y.nama));
}

async function bacaLembar(ws: LembarAlir, b: BatasImpor, hitung: { karakter: number }): Promise<LembarMentah> {
  const nama = ws.name;
  const baris: SelMentah[][] = [];
  let sebelumnya = 0;
  for await (const row of ws) {
    // a row without its number (allowed by the format) follows the previous one
    const r = Number.isInteger(row.number) && row.number > 0 ? row.number : sebelumnya + 1;
    sebelumnya = r;
    const sel: SelMentah[] = [];
    row.eachCell({ includeEmpty: false }, (cell) => {
      const v = selMentah(cell.value);
      if (selKosong(v)) return;
      const c = Number(cell.col);
      const tempat = `Lembar "${nama}", sel ${hurufKolom(c)}${r}`;
      if (r > b.baris) throw lampaui("baris", b, `Baris ${r.toLocaleString("id-ID")}`, tempat);
      if (c > b.kolom) throw lampaui("kolom", b, `Kolom ${hurufKolom(c)} (ke-${c.toLocaleString("id-ID")})`, tempat);
      const n = panjangSel(v);
      if (n > b.panjangSel) throw lampaui("panjangSel", b, `Isi sel ${n.toLocaleString("id-ID")} karakter`, tempat);
      // exceljs turns an `_x0000_` escape into a NUL, which PostgreSQL refuses (a 500 when stored)
      const cacat = typeof v === "string" ? cacatTeks(v) : null;
      if (cacat) {
        throw new DomainError(
          "teks_tidak_sah",
          `Lembar "${nama}", baris ${r}, kolom ${hurufKolom(c)}: Isi sel ${cacat}`,
          {
            field: tempat,
          },
        );
      }
      hitung.karakter += n;
      if (hitung.karakter > b.ukuranIsi) throw lampaui("ukuranIsi", b, "Teks seluruh sel", tempat);
      sel[c - 1] = v;
    });
    if (sel.length === 0) continue;
    while (baris.length < r - 1) baris.push([]);
    // fill the holes: a dense row crosses the worker boundary and is indexed safely
    const padat = Array.from(sel, (v) => v ?? null);
    if (baris.length === r - 1) baris.push(padat);
    else baris[r - 1] = padat; // a row number repeated by a hand-made file: the later one wins, as in Excel
  }
  return { nama, baris };
}

/**
 * Second try when the streaming reader fails on a valid file: exceljs 4.4.0's stream reader depends on the order of
 * the zip's parts (a worksheet after xl/sharedStrings.xml but before xl/workbook.xml crashes it on
 * `this.model.sheets`), and exceljs's own writer produces that order now and then. The whole-workbook reader does not
 * care about the order. It is safe here only because periksaZip has already bounded the unpacked size and ratio and
 * this runs in the reading worker with its capped heap; rows are walked with eachRow (the rows that exist, never the
 * declared range) and go through the same limit checks as the streamed ones.
 */
async function bacaXlsxUtuh(buf: Buffer, b: BatasImpor): Promise<LembarMentah[]> {
  const wb = new (muatExcelJS().Workbook)();
  await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  const hitung = { karakter: 0 };
  const hasil: LembarMentah[] = [];
  for (const ws of wb.worksheets) {
    const baris: ExcelJS.Row[] = [];
    // (a merged range's hidden cells repeat the master's value in this reader; the streamed read leaves them empty)
    ws.eachRow({ includeEmpty: false }, (row) => baris.push(row));
    const alir: LembarAlir = {
      name: ws.name,
      async *[Symbol.asyncIterator]() {
        yield* baris;
      },
    };
    hasil.push(await bacaLembar(alir, b, hitung));
  }
  return hasil;
}

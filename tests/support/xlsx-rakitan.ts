/**
 * Hand-made XLSX files for the import-safety tests (issue 18): a zip written byte by byte (node:zlib), so a test
 * can build what no spreadsheet program writes — one cell at AZ400000, a million rows, an entry that declares a size
 * it does not have — in milliseconds, without committing large fixtures.
 */
import zlib from "node:zlib";

export interface EntriZip {
  nama: string;
  /** Content, or already-deflated data with the sizes to declare (for bombs and liars). */
  isi: string | Uint8Array | { mentah: Uint8Array; ukuranAsli: number; crc?: number };
}

/** `deskriptor`: sizes and CRC after the data (bit 3), as streaming zip writers (LibreOffice, Python) do. */
export function buatZip(entri: EntriZip[], opsi: { deskriptor?: boolean } = {}): Uint8Array {
  const lokal: Buffer[] = [];
  const pusat: Buffer[] = [];
  let posisi = 0;
  for (const e of entri) {
    const nama = Buffer.from(e.nama, "utf8");
    let data: Buffer;
    let ukuran: number;
    let crc: number;
    if (typeof e.isi === "string" || e.isi instanceof Uint8Array) {
      const asli = typeof e.isi === "string" ? Buffer.from(e.isi, "utf8") : Buffer.from(e.isi);
      data = zlib.deflateRawSync(asli);
      ukuran = asli.length;
      crc = zlib.crc32(asli);
    } else {
      data = Buffer.from(e.isi.mentah);
      ukuran = e.isi.ukuranAsli;
      crc = e.isi.crc ?? 0;
    }
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    const bendera = opsi.deskriptor ? 0x8 : 0;
    h.writeUInt16LE(bendera, 6);
    h.writeUInt16LE(8, 8); // deflate
    h.writeUInt32LE(0, 10);
    if (!opsi.deskriptor) {
      h.writeUInt32LE(crc >>> 0, 14);
      h.writeUInt32LE(data.length, 18);
      h.writeUInt32LE(ukuran, 22);
    }
    h.writeUInt16LE(nama.length, 26);
    h.writeUInt16LE(0, 28);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(bendera, 8);
    c.writeUInt16LE(8, 10);
    c.writeUInt32LE(0, 12);
    c.writeUInt32LE(crc >>> 0, 16);
    c.writeUInt32LE(data.length, 20);
    c.writeUInt32LE(ukuran, 24);
    c.writeUInt16LE(nama.length, 28);
    c.writeUInt32LE(posisi, 42);
    const d = Buffer.alloc(opsi.deskriptor ? 16 : 0);
    if (opsi.deskriptor) {
      d.writeUInt32LE(0x08074b50, 0);
      d.writeUInt32LE(crc >>> 0, 4);
      d.writeUInt32LE(data.length, 8);
      d.writeUInt32LE(ukuran, 12);
    }
    lokal.push(h, nama, data, d);
    pusat.push(c, nama);
    posisi += h.length + nama.length + data.length + d.length;
  }
  const cd = Buffer.concat(pusat);
  const akhir = Buffer.alloc(22);
  akhir.writeUInt32LE(0x06054b50, 0);
  akhir.writeUInt16LE(entri.length, 8);
  akhir.writeUInt16LE(entri.length, 10);
  akhir.writeUInt32LE(cd.length, 12);
  akhir.writeUInt32LE(posisi, 16);
  return new Uint8Array(Buffer.concat([...lokal, cd, akhir]));
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A cell as sheet XML: a number, or an inline string. */
export function selXml(ref: string, v: string | number): string {
  return typeof v === "number"
    ? `<c r="${ref}"><v>${v}</v></c>`
    : `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${esc(v)}</t></is></c>`;
}

/** The parts of a one-sheet workbook around the given sheet XML (string or already-deflated bomb). */
export function xlsxDariLembar(
  lembar: EntriZip["isi"],
  namaLembar = "Sheet1",
  opsi: { deskriptor?: boolean } = {},
): Uint8Array {
  return buatZip(
    [
      {
        nama: "[Content_Types].xml",
        isi:
          '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
          "</Types>",
      },
      {
        nama: "_rels/.rels",
        isi:
          '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
          "</Relationships>",
      },
      {
        nama: "xl/workbook.xml",
        isi:
          '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
          `<sheets><sheet name="${esc(namaLembar)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      },
      {
        nama: "xl/_rels/workbook.xml.rels",
        isi:
          '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
          "</Relationships>",
      },
      { nama: "xl/worksheets/sheet1.xml", isi: lembar },
    ],
    opsi,
  );
}

const KEPALA_LEMBAR =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';

/** Sheet XML from rows of cells: `[[row, [[ref, value], …]], …]`, with an optional declared dimension. */
export function lembarXml(baris: Array<[number, Array<[string, string | number]>]>, dimensi?: string): string {
  const isi = baris.map(([r, sel]) => `<row r="${r}">${sel.map(([ref, v]) => selXml(ref, v)).join("")}</row>`);
  return `${KEPALA_LEMBAR}${dimensi ? `<dimension ref="${dimensi}"/>` : ""}<sheetData>${isi.join("")}</sheetData></worksheet>`;
}

/** An XLSX whose only cell is `ref` (AZ400000, XFD1048576): a tiny file declaring a huge range. */
export function xlsxSatuSel(ref: string, nilai: string | number = "x"): Uint8Array {
  const r = Number(/\d+$/.exec(ref)?.[0]);
  return xlsxDariLembar(lembarXml([[r, [[ref, nilai]]]], `A1:${ref}`));
}

/** An XLSX of `n` rows of one number each, deflated in pieces so generation stays cheap. */
export function xlsxBanyakBaris(n: number): Uint8Array {
  const potong: string[] = [KEPALA_LEMBAR, "<sheetData>"];
  for (let r = 1; r <= n; r++) potong.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
  potong.push("</sheetData></worksheet>");
  return xlsxDariLembar(potong.join(""));
}

/**
 * A zip bomb: a sheet of `mb` megabytes of spaces packed to about a thousandth of that, built by repeating one
 * deflated 16 MB block (sync-flushed deflate blocks concatenate into one valid stream). `jujur` declares the real
 * unpacked size; otherwise the entry claims a small size it does not have.
 */
export function xlsxBomZip(mb: number, jujur = true): Uint8Array {
  const blok = zlib.deflateRawSync(Buffer.alloc(16 * 1024 * 1024, 0x20), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
  const kepala = zlib.deflateRawSync(Buffer.from(`${KEPALA_LEMBAR}<sheetData>`), {
    finishFlush: zlib.constants.Z_SYNC_FLUSH,
  });
  const ekor = zlib.deflateRawSync(Buffer.from("</sheetData></worksheet>"));
  const n = Math.ceil(mb / 16);
  const mentah = Buffer.concat([kepala, ...Array.from({ length: n }, () => blok), ekor]);
  const ukuranAsli = jujur ? KEPALA_LEMBAR.length + 11 + n * 16 * 1024 * 1024 + 24 : 4096;
  return xlsxDariLembar({ mentah, ukuranAsli });
}

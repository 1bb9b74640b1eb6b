import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { BatasTerlampauiError, DomainError } from "../../domain/shared/errors";
import { buatZip, lembarXml, xlsxBomZip, xlsxDariLembar, xlsxSatuSel } from "../../../tests/support/xlsx-rakitan";
import { BATAS_IMPOR_BAWAAN, type BatasImpor } from "./batas-impor";
import { bacaBerkas, type BerkasTerbaca } from "./baca-berkas";
import { bacaBerkasDiPekerja } from "./pembaca";
import type { SelMentah } from "./sel-mentah";

const B = BATAS_IMPOR_BAWAAN;
const kecil: BatasImpor = { ...B, baris: 5, kolom: 3, panjangSel: 10 };
const teks = (s: string) => new TextEncoder().encode(s);

async function galat(p: Promise<unknown>): Promise<DomainError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error("tidak ditolak");
}

describe("bacaBerkas: XLSX by streaming what is in the file", { timeout: 120_000 }, () => {
  it("reads values, formula results, rich text and dates as the whole-workbook reader did", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Data");
    ws.getCell("A1").value = "Kode";
    ws.getCell("B1").value = 2999802.5;
    ws.getCell("C1").value = { formula: "B1*2", result: 5999605 };
    ws.getCell("A3").value = { richText: [{ text: "Ura" }, { text: "ian" }] };
    ws.getCell("B3").value = new Date(Date.UTC(2023, 11, 31));
    ws.mergeCells("A5:C5");
    ws.getCell("A5").value = "gabung";
    const isi = new Uint8Array(await wb.xlsx.writeBuffer());
    const t = (await bacaBerkas(isi, B, "teks")) as BerkasTerbaca<string>;
    expect(t.lembar[0]).toEqual({
      nama: "Data",
      baris: [["Kode", "2999802,5", "5999605"], [], ["Uraian", "2023-12-31"], [], ["gabung"]],
    });
    const n = (await bacaBerkas(isi, B, "nilai")) as BerkasTerbaca<SelMentah>;
    expect(n.lembar[0]?.baris[0]).toEqual(["Kode", 2999802.5, 5999605]);
    expect(n.lembar[0]?.baris[2]?.[1]).toEqual(new Date(Date.UTC(2023, 11, 31)));
  });

  it("refuses a cell past the row or column limit, naming the cell and the setting", async () => {
    const e = await galat(bacaBerkas(xlsxSatuSel("AZ400000"), B, "teks"));
    expect(e).toBeInstanceOf(BatasTerlampauiError);
    expect(e.message).toMatch(/sel AZ400000: Baris 400\.000 melebihi batas 20\.000 baris \(SAKIP_IMPOR_MAKS_BARIS\)/);
    const k = await galat(bacaBerkas(xlsxSatuSel("D2"), kecil, "teks"));
    expect(k.message).toContain("SAKIP_IMPOR_MAKS_KOLOM");
  });

  it("refuses a long cell with a 400 naming it", async () => {
    const e = await galat(bacaBerkas(xlsxDariLembar(lembarXml([[2, [["B2", "x".repeat(11)]]]])), kecil, "teks"));
    expect(e).not.toBeInstanceOf(BatasTerlampauiError);
    expect(e.message).toContain('Lembar "Sheet1", sel B2: Isi sel 11 karakter melebihi batas 10 karakter per sel');
  });
});

describe("periksaZip: before exceljs sees the file", { timeout: 120_000 }, () => {
  it("refuses an honest bomb by its declared size, a lying one by its inflated bytes", async () => {
    expect((await galat(bacaBerkas(xlsxBomZip(256), B, "teks"))).message).toContain("SAKIP_IMPOR_MAKS_ISI_MB");
    expect((await galat(bacaBerkas(xlsxBomZip(256, false), B, "teks"))).message).toContain("tidak dapat dibaca");
  });

  it("reads a zip whose sizes follow the data (data descriptors, as streaming writers make them)", async () => {
    const isi = xlsxDariLembar(
      lembarXml([
        [
          1,
          [
            ["A1", "Kode"],
            ["B1", 5],
          ],
        ],
      ]),
      "Sheet1",
      { deskriptor: true },
    );
    expect(((await bacaBerkas(isi, B, "teks")) as BerkasTerbaca<string>).lembar[0]?.baris).toEqual([["Kode", "5"]]);
  });

  it("refuses too many entries and bytes hidden between entries", async () => {
    const banyak = buatZip(Array.from({ length: 20 }, (_, i) => ({ nama: `x${i}.xml`, isi: "<a/>" })));
    expect((await galat(bacaBerkas(banyak, { ...B, entri: 10 }, "teks"))).message).toContain("SAKIP_IMPOR_MAKS_ENTRI");
    const z = Buffer.from(xlsxSatuSel("A1"));
    // a stray local header inserted before the central directory: listed nowhere, yet exceljs would unpack it
    const pusat = z.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    const selip = Buffer.concat([z.subarray(0, pusat), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]), z.subarray(pusat)]);
    selip.writeUInt32LE(selip.readUInt32LE(selip.length - 6) + 6, selip.length - 6);
    expect((await galat(bacaBerkas(new Uint8Array(selip), B, "teks"))).message).toContain("tidak dapat dibaca");
  });
  it("refuses a local header that disagrees with the central directory (local deflate, central stored)", async () => {
    // yauzl (the pre-check) takes method and sizes from the central directory, exceljs (unzipper) from the local
    // header: a part "stored" for the check would be inflated by exceljs, uncounted.
    const z = Buffer.from(xlsxBomZip(64));
    const nama = Buffer.from("xl/worksheets/sheet1.xml");
    let c = z.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    while (!z.subarray(c + 46, c + 46 + nama.length).equals(nama))
      c = z.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), c + 4);
    z.writeUInt16LE(0, c + 10); // central: stored
    z.writeUInt32LE(z.readUInt32LE(c + 20), c + 24); // stored: unpacked size = packed size, within every limit
    const e = await galat(bacaBerkas(new Uint8Array(z), B, "teks"));
    expect(e.message).toContain("metode pemadatan");
  });
});

describe("CSV and TSV with the same limits", { timeout: 120_000 }, () => {
  it("stops at the first row past the limit", async () => {
    const e = await galat(bacaBerkas(teks("a,b\n".repeat(10)), kecil, "teks"));
    expect(e.message).toContain("Baris 6: Baris 6 melebihi batas 5 baris (SAKIP_IMPOR_MAKS_BARIS)");
    const t = await galat(bacaBerkas(teks("a\tb\tc\td\n"), kecil, "teks"));
    expect(t.message).toContain("SAKIP_IMPOR_MAKS_KOLOM");
  });

  it("keeps empty rows and a file within the limits whole", async () => {
    const t = (await bacaBerkas(teks("a;b\n\n;c\n"), kecil, "teks")) as BerkasTerbaca<string>;
    expect(t).toEqual({ jenis: "csv", lembar: [{ nama: null, baris: [["a", "b"], [""], ["", "c"]] }] });
  });
});

describe("what PostgreSQL cannot store, and files the parsers choke on", { timeout: 120_000 }, () => {
  it("a raw NUL byte in a CSV or TSV cell: 400 naming its row and column", async () => {
    const csv = await galat(bacaBerkas(teks("a;b\nc;d\u0000e\n"), B, "teks"));
    expect(csv.message).toBe(
      "Baris 2, kolom B: Isi sel mengandung karakter NUL (U+0000) yang tidak boleh ada dalam teks",
    );
    const tsv = await galat(bacaBerkas(teks("a\tb\n\u0000\n"), B, "teks"));
    expect(tsv.message).toContain("Baris 2, kolom A: Isi sel mengandung karakter NUL");
  });

  it("a garbled sheet: a fixed Indonesian sentence, the parser's English only as the cause", async () => {
    const e = await galat(bacaBerkas(xlsxDariLembar("<worksheet><sheetData><row><c><v>1</row>"), B, "nilai"));
    expect(e.code).toBe("berkas_tidak_terbaca");
    expect(e.message).toMatch(/^Berkas tidak dapat dibaca: isinya rusak atau bukan format yang dikenali\./);
    expect(String(e.cause)).not.toBe("");
  });
});

describe("the reading worker", { timeout: 120_000 }, () => {
  it("returns the same rows and keeps a refusal's class across the thread boundary", async () => {
    const isi = xlsxDariLembar(
      lembarXml([
        [
          1,
          [
            ["A1", "Kode"],
            ["B1", 5],
          ],
        ],
      ]),
    );
    expect((await bacaBerkasDiPekerja(isi, B, "nilai")).lembar[0]?.baris).toEqual([["Kode", 5]]);
    await expect(bacaBerkasDiPekerja(xlsxSatuSel("AZ400000"), B, "teks")).rejects.toBeInstanceOf(BatasTerlampauiError);
    await expect(bacaBerkasDiPekerja(teks("PK\u0003\u0004rusak"), B, "teks")).rejects.toBeInstanceOf(DomainError);
  }, 60_000);
});

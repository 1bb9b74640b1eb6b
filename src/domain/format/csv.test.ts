import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { amankanSel, selCsv, tulisCsv } from "./csv";

describe("CSV writer with the formula-injection guard (OWASP)", () => {
  it("neutralises every cell a spreadsheet would run as a formula", () => {
    for (const s of [
      "=1+1",
      "+SUM(A1)",
      "-2+3",
      "@cmd",
      "\tx",
      "\r=1",
      '=HYPERLINK("http://x","klik")',
      "-",
      "+",
      "=-1",
    ]) {
      expect(amankanSel(s)).toBe(`'${s}`);
    }
  });

  it("keeps plain numbers, negative ones too, and ordinary text", () => {
    for (const s of ["-5", "-12,5", "-1.234.567,89", "+62", "0", "1234.5", "Dinas Kesehatan", "", "a=b", "x-1"]) {
      expect(amankanSel(s)).toBe(s);
    }
    expect(selCsv(-42.5)).toBe("-42.5");
    expect(selCsv(null)).toBe("");
  });

  it("quotes the separator, quotes and line breaks, and round-trips through a CSV parser", () => {
    const rows = [
      ["kode", "uraian", "nilai"],
      ["1.02", 'Belanja "rutin", kantor', -1500],
      ["=cmd|' /C calc'!A0", "baris\ndua", "-3+4"],
    ];
    const text = tulisCsv(rows, { bom: true });
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
    const back = parse(text.slice(1), { relax_column_count: false }) as string[][];
    expect(back).toEqual([
      ["kode", "uraian", "nilai"],
      ["1.02", 'Belanja "rutin", kantor', "-1500"],
      ["'=cmd|' /C calc'!A0", "baris\ndua", "'-3+4"],
    ]);
  });

  it("quotes by the separator in use (semicolon for id-ID Excel)", () => {
    expect(tulisCsv([["a;b", "c,d"]], { pemisah: ";" })).toBe('"a;b";c,d\r\n');
    expect(tulisCsv([["a;b", "c,d"]])).toBe('a;b,"c,d"\r\n');
  });
});

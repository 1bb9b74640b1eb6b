/**
 * exceljs loaded on first use, not when the server starts: the package and its zip/stream dependencies cost a few
 * hundred ms of CPU at start-up that only an export or an upload needs (issue 16: start < 2 s). exceljs is a
 * CommonJS package, so `require` gives the very object `import ExcelJS from "exceljs"` would.
 */
import { createRequire } from "node:module";
import type ExcelJS from "exceljs";

let modul: typeof ExcelJS | undefined;

export function muatExcelJS(): typeof ExcelJS {
  modul ??= createRequire(import.meta.url)("exceljs") as typeof ExcelJS;
  return modul;
}

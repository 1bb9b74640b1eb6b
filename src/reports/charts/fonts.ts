/**
 * Fonts that ship with the project (npm package dejavu-fonts-ttf), so charts and PDFs render text on a machine
 * without system fonts (stack-notes row 6: resvg silently drops text without fonts).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

/** Directory of the DejaVu TTF files. */
export function folderDejaVu(): string {
  return path.join(path.dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
}

export const FONT_GRAFIK = "DejaVu Sans";

const FILES = [
  "DejaVuSans.ttf",
  "DejaVuSans-Bold.ttf",
  "DejaVuSerif.ttf",
  "DejaVuSerif-Bold.ttf",
  "DejaVuSerif-Italic.ttf",
  "DejaVuSerif-BoldItalic.ttf",
];

let cache: Buffer[] | null = null;

/** DejaVu Sans (regular, bold) and DejaVu Serif (regular, bold, italic, bold italic) as buffers, read once. */
export function fontDejaVu(): Buffer[] {
  cache ??= FILES.map((f) => readFileSync(path.join(folderDejaVu(), f)));
  return cache;
}

/** Paths of the sans fonts used in charts (regular and bold). */
export function berkasFontGrafik(): string[] {
  return ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"].map((f) => path.join(folderDejaVu(), f));
}

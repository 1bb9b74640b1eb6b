/** External tools of the docs suite: LibreOffice conversion, pdftoppm pages as PGM, pdftotext per page. */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** DOCX → PDF with LibreOffice in a private profile (HOME in the temp dir). Returns the PDF path. */
export function sofficeKePdf(docx: string, dir: string): string {
  const home = path.join(dir, "home");
  mkdirSync(home, { recursive: true });
  execFileSync("soffice", ["--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir, docx], {
    env: { ...process.env, HOME: home },
    timeout: 150_000,
    stdio: "pipe",
  });
  return path.join(dir, `${path.basename(docx, path.extname(docx))}.pdf`);
}

export function jumlahHalaman(pdf: string): number {
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

export interface HalamanAbu {
  halaman: number;
  lebar: number;
  tinggi: number;
  /** Pixels darker than 200 (0 = black, 255 = white) outside the bottom 10% (the page number). */
  gelap: number;
}

/** Every page rendered in grey at `dpi` (pdftoppm -gray → binary PGM) and its count of dark pixels. */
export function halamanAbu(pdf: string, dir: string, dpi = 30): HalamanAbu[] {
  const prefix = path.join(dir, `${path.basename(pdf, ".pdf")}-abu`);
  execFileSync("pdftoppm", ["-gray", "-r", String(dpi), pdf, prefix], { stdio: "ignore", timeout: 150_000 });
  const files = readdirSync(dir)
    .filter((f) => f.startsWith(path.basename(prefix)) && f.endsWith(".pgm"))
    .sort();
  return files.map((f, i) => {
    const buf = readFileSync(path.join(dir, f));
    const [lebar, tinggi, data] = bacaPgm(buf);
    let gelap = 0;
    const batas = Math.floor(tinggi * 0.9);
    for (let y = 0; y < batas; y++) for (let x = 0; x < lebar; x++) if (data[y * lebar + x]! < 200) gelap++;
    return { halaman: i + 1, lebar, tinggi, gelap };
  });
}

/** Binary PGM (P5, maxval 255): width, height, pixels. */
export function bacaPgm(buf: Buffer): [number, number, Buffer] {
  const tok: string[] = [];
  let pos = 0;
  while (tok.length < 4) {
    while (/\s/.test(String.fromCharCode(buf[pos]!))) pos++;
    if (buf[pos] === 35) {
      while (buf[pos] !== 10) pos++;
      continue;
    }
    let s = "";
    while (!/\s/.test(String.fromCharCode(buf[pos]!))) s += String.fromCharCode(buf[pos++]!);
    tok.push(s);
  }
  if (tok[0] !== "P5") throw new Error(`bukan PGM biner: ${tok[0]}`);
  return [Number(tok[1]), Number(tok[2]), buf.subarray(pos + 1)];
}

/** Text of each page (pdftotext, form feed separated). */
export function teksHalaman(pdf: string): string[] {
  const t = execFileSync("pdftotext", ["-layout", pdf, "-"], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    stdio: ["ignore", "pipe", "ignore"],
  });
  return t.split("\f").slice(0, -1);
}

/** Number of embedded images (pdfimages -list). */
export function jumlahGambar(pdf: string): number {
  const t = execFileSync("pdfimages", ["-list", pdf], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  return t
    .split("\n")
    .slice(2)
    .filter((l) => l.trim() !== "").length;
}

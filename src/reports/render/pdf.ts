/**
 * PDF through Typst (@myriaddreamin/typst-ts-node-compiler): no system dependency, fonts embedded (Typst's bundled
 * Libertinus plus the DejaVu fonts of the npm package). The compiler is created once and reused (warm: tens of ms).
 * NOTE: stack-notes row 11 (errors of .pdf() have an empty message: compile() + diagnostics give the reason).
 */
import { NodeCompiler } from "@myriaddreamin/typst-ts-node-compiler";
import { grafikSvg } from "../charts/render-grafik";
import { fontDejaVu } from "../charts/fonts";
import type { Dokumen } from "../model/dokumen";
import { dokumenTypst } from "./typst/dokumen";

let compiler: NodeCompiler | null = null;

export function kompiler(): NodeCompiler {
  compiler ??= NodeCompiler.create({ workspace: "/", fontArgs: [{ fontBlobs: fontDejaVu() }] });
  return compiler;
}

export class GagalPdf extends Error {
  constructor(
    message: string,
    readonly diagnostik: unknown[],
  ) {
    super(message);
    this.name = "GagalPdf";
  }
}

export interface HasilPdf {
  pdf: Buffer;
  halaman: number;
}

/** Renders a document to PDF; throws GagalPdf with Typst's diagnostics when the source does not compile. */
export function renderPdf(dok: Dokumen, opsi: { sumberTypst?: (s: string) => void } = {}): HasilPdf {
  const { sumber, aset } = dokumenTypst(dok, (g) => grafikSvg(g));
  opsi.sumberTypst?.(sumber);
  const c = kompiler();
  c.resetShadow();
  for (const [path, isi] of aset) c.mapShadow(path, Buffer.from(isi));
  c.addSource("/laporan.typ", sumber);
  const hasil = c.compile({ mainFilePath: "/laporan.typ" });
  const err = hasil.takeDiagnostics();
  const doc = hasil.result;
  if (!doc) {
    const diag = err ? c.fetchDiagnostics(err) : [];
    throw new GagalPdf(`PDF gagal dibuat: ${JSON.stringify(diag).slice(0, 800)}`, diag);
  }
  const pdf = c.pdf(doc, { creationTimestamp: 0 });
  return { pdf: Buffer.from(pdf), halaman: doc.numOfPages };
}

/**
 * `sakip esr --opd <slug> --tahun <yyyy> --out <F.zip> [--pemda <slug>] [--json]`: the ESR bundle of an OPD and year
 * (issue 17, ADR 0039) — Renstra, PK, IKU, LKjIP, signed PDFs and a manifest with SHA-256 per file — written to a
 * ZIP. Missing documents are listed, not fatal. Audited as an export by the system actor.
 */
import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import { buatBundelEsr } from "../../services/esr/bundel-esr";
import { action } from "../action";
import { type CliIO, CliInputError, printResult } from "../io";
import { pasangPenyaji } from "../penyaji";
import { dariBasisData } from "./laporan";

interface OpsiEsr {
  opd?: string;
  tahun?: string;
  out?: string;
  pemda?: string;
  json?: boolean;
}

async function jalankan(io: CliIO, opts: OpsiEsr): Promise<void> {
  const opd = opts.opd?.trim() ?? "";
  if (!opd) throw new CliInputError("opsi --opd wajib diisi (mis. --opd kecamatan-sei-balai)");
  const t = opts.tahun?.trim() ?? "";
  if (!/^\d{4}$/.test(t)) throw new CliInputError(`opsi --tahun "${t}" bukan tahun (4 angka, mis. 2023)`);
  const out = opts.out?.trim() ?? "";
  if (!out.toLowerCase().endsWith(".zip"))
    throw new CliInputError("opsi --out wajib berakhiran .zip (mis. --out esr.zip)");
  pasangPenyaji();
  const b = await dariBasisData(opts.pemda, opd, (ctx, lingkup) => buatBundelEsr(ctx, lingkup, Number(t)));
  try {
    writeFileSync(out, b.isi);
  } catch (error) {
    throw new CliInputError(
      `berkas "${out}" tidak dapat ditulis (${(error as NodeJS.ErrnoException).code ?? "galat"})`,
    );
  }
  const hasil = { berkas: out, ukuran: b.isi.byteLength, manifest: b.manifest };
  printResult(io, opts.json === true, hasil, () =>
    [
      `Bundel ESR ${b.manifest.opd} ${t} ditulis ke ${out} (${b.isi.byteLength} bita)`,
      ...b.manifest.berkas.map((x) => `  ${x.nama}  sha256 ${x.sha256}`),
      ...b.manifest.tidakTersedia.map((x) => `  tidak tersedia: ${x.judul} — ${x.alasan}`),
    ].join("\n"),
  );
}

export function registerEsr(program: Command, io: CliIO): void {
  program
    .command("esr")
    .description(
      "Bundel ESR satu OPD dan tahun (ZIP: Renstra, PK, IKU, LKjIP, versi bertanda tangan, manifest SHA-256)",
    )
    .option("--opd <slug>", "slug OPD")
    .option("--tahun <yyyy>", "tahun laporan")
    .option("--out <F.zip>", "berkas ZIP yang ditulis")
    .option("--pemda <slug>", "slug pemda (bila basis data berisi lebih dari satu)")
    .option("--json", "cetak hasil sebagai satu dokumen JSON")
    .action(action(io, (opts: OpsiEsr) => jalankan(io, opts)));
}

/**
 * `sakip periksa --file <LKjIP.docx|.pdf|.txt> [--json]`: the reviu validator over a published report (issue 14).
 * Lists every finding with its severity, place (page/line, table, row, column), the printed and the expected value,
 * the rule and its source. File limits: the SAKIP_IMPOR_* settings, as for every import.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import type { Command } from "commander";
import type { Temuan } from "../../domain/reviu";
import { loadConfig } from "../../config/env";
import { type HasilPeriksaBerkas, periksaBerkasLaporan } from "../../services/reviu/periksa-berkas";
import { action } from "../action";
import { type CliIO, CliInputError, printResult } from "../io";

interface OpsiPeriksa {
  file?: string;
  json?: boolean;
}

const LABEL = { galat: "GALAT", peringatan: "PERINGATAN", info: "INFO" } as const;

function tempat(t: Temuan): string {
  const l = t.lokasi;
  return [
    l.halaman !== undefined ? `hal. ${l.halaman}` : "",
    l.baris !== undefined ? `baris berkas ${l.baris}` : "",
    l.tabel ?? "",
    l.barisTabel ?? "",
    l.kolom ? `kolom "${l.kolom}"` : "",
  ]
    .filter(Boolean)
    .join(", ");
}

export function teksTemuan(h: HasilPeriksaBerkas): string {
  const baris = [
    `Reviu ${h.berkas} (${h.jenis.toUpperCase()}): ${h.jumlahTabel} tabel terbaca, ${h.tabelDikenali} dikenali`,
    `Temuan: ${h.ringkasan.galat} galat, ${h.ringkasan.peringatan} peringatan, ${h.ringkasan.info} info`,
    "",
  ];
  for (const t of h.temuan) {
    baris.push(`[${LABEL[t.keparahan]}] ${tempat(t)}`);
    baris.push(`  ${t.pesan}`);
    if (t.tertulis !== undefined || t.seharusnya !== undefined) {
      baris.push(`  tertulis: ${t.tertulis ?? "-"}; seharusnya: ${t.seharusnya ?? "-"}`);
    }
    baris.push(`  aturan: ${t.aturan} — ${t.sumber}`);
  }
  return baris.join("\n");
}

async function jalankan(io: CliIO, opts: OpsiPeriksa): Promise<void> {
  if (!opts.file || opts.file.trim() === "")
    throw new CliInputError("opsi --file wajib diisi (mis. --file LKjIP-2023.docx)");
  let isi: Buffer;
  try {
    isi = readFileSync(opts.file);
  } catch (error) {
    const kode = (error as NodeJS.ErrnoException).code;
    const sebab = kode === "ENOENT" ? "tidak ditemukan" : kode === "EISDIR" ? "adalah folder" : "tidak dapat dibaca";
    throw new CliInputError(`berkas "${opts.file}" ${sebab}`);
  }
  const batas = loadConfig(process.env).batasImpor;
  const hasil = await periksaBerkasLaporan(new Uint8Array(isi), basename(opts.file), batas);
  printResult(io, opts.json === true, hasil, () => teksTemuan(hasil));
}

export function registerPeriksa(program: Command, io: CliIO): void {
  program
    .command("periksa")
    .description("Reviu LKjIP terbit: periksa jumlah, persentase, kategori, dan konsistensi tabel (DOCX, PDF, TXT)")
    .option("--file <berkas>", "berkas LKjIP (.docx, .pdf berisi teks, atau .txt dengan tabel dipisah tab)")
    .option("--json", "cetak hasil sebagai satu dokumen JSON")
    .action(action(io, (opts: OpsiPeriksa) => jalankan(io, opts)));
}

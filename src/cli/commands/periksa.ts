/**
 * `sakip periksa --file <LKjIP.docx|.pdf|.txt> [--json]`: the reviu validator over a published report (issue 14);
 * `sakip periksa --opd <slug> --tahun <yyyy> [--pemda <slug>] [--json]`: the validator over our own data (ADR 0027).
 * Lists every finding with its severity, place (page/line, table, row, column), the printed and the expected value,
 * the rule and its source. File limits: the SAKIP_IMPOR_* settings, as for every import.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import type { Command } from "commander";
import type { HasilPeriksaData, Temuan } from "../../domain/reviu";
import { periksaDataOpdTahun } from "../../services/reviu/periksa-data";
import { dariBasisData } from "./laporan";
import { loadConfig } from "../../config/env";
import { type HasilPeriksaBerkas, periksaBerkasLaporan } from "../../services/reviu/periksa-berkas";
import { action } from "../action";
import { type CliIO, CliInputError, printResult } from "../io";

interface OpsiPeriksa {
  file?: string;
  opd?: string;
  tahun?: string;
  pemda?: string;
  batasCapaian?: string;
  json?: boolean;
}

const LABEL = { galat: "GALAT", peringatan: "PERINGATAN", info: "INFO" } as const;

function tempat(t: Temuan): string {
  const l = t.lokasi;
  return [
    l.modul ? `modul ${l.modul}` : "",
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
  cetakTemuan(baris, h.temuan);
  return baris.join("\n");
}

function cetakTemuan(baris: string[], daftar: readonly Temuan[]): void {
  for (const t of daftar) {
    baris.push(`[${LABEL[t.keparahan]}] ${tempat(t)}`);
    baris.push(`  ${t.pesan}`);
    if (t.tertulis !== undefined || t.seharusnya !== undefined) {
      baris.push(`  tertulis: ${t.tertulis ?? "-"}; seharusnya: ${t.seharusnya ?? "-"}`);
    }
    baris.push(`  aturan: ${t.aturan} — ${t.sumber}`);
    if (t.tautan) baris.push(`  perbaiki di: ${t.tautan}`);
  }
}

export function teksTemuanData(h: HasilPeriksaData): string {
  const d = h.diperiksa;
  const baris = [
    `Reviu data ${h.opd} tahun ${h.tahun}: ${d.sasaran} sasaran, ${d.indikator} indikator, ${d.pk} PK, ${d.subKegiatan} sub kegiatan, ${d.desa} desa diperiksa`,
    `Temuan: ${h.ringkasan.galat} galat, ${h.ringkasan.peringatan} peringatan, ${h.ringkasan.info} info`,
    "",
  ];
  cetakTemuan(baris, h.temuan);
  return baris.join("\n");
}

async function jalankanData(io: CliIO, opts: OpsiPeriksa): Promise<void> {
  if (!opts.opd?.trim())
    throw new CliInputError("opsi --opd wajib diisi bersama --tahun (mis. --opd kecamatan-sei-balai)");
  const t = opts.tahun?.trim() ?? "";
  if (!/^\d{4}$/.test(t)) throw new CliInputError(`opsi --tahun "${t}" bukan tahun (4 angka, mis. 2023)`);
  let batas: number | undefined;
  if (opts.batasCapaian !== undefined) {
    batas = Number(opts.batasCapaian.replace(",", "."));
    if (!Number.isFinite(batas) || batas < 100)
      throw new CliInputError(`opsi --batas-capaian "${opts.batasCapaian}" harus angka ≥ 100`);
  }
  const opd = opts.opd.trim();
  const hasil = await dariBasisData(opts.pemda, opd, (ctx, lingkup) =>
    periksaDataOpdTahun(ctx, lingkup, Number(t), batas !== undefined ? { batasCapaian: batas } : {}),
  );
  printResult(io, opts.json === true, hasil, () => teksTemuanData(hasil));
}

async function jalankan(io: CliIO, opts: OpsiPeriksa): Promise<void> {
  if (opts.opd !== undefined || opts.tahun !== undefined) {
    if (opts.file !== undefined) throw new CliInputError("pilih salah satu: --file, atau --opd dengan --tahun");
    return jalankanData(io, opts);
  }
  if (!opts.file || opts.file.trim() === "")
    throw new CliInputError(
      "opsi --file wajib diisi (mis. --file LKjIP-2023.docx), atau --opd dengan --tahun untuk memeriksa data sendiri",
    );
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
    .description(
      "Reviu LKjIP terbit (--file: jumlah, persentase, kategori, konsistensi tabel) atau data OPD (--opd --tahun)",
    )
    .option("--file <berkas>", "berkas LKjIP (.docx, .pdf berisi teks, atau .txt dengan tabel dipisah tab)")
    .option("--opd <slug>", "periksa data OPD ini di basis data (kelengkapan, kewajaran, konsistensi)")
    .option("--tahun <yyyy>", "tahun data yang diperiksa (bersama --opd)")
    .option("--pemda <slug>", "slug pemda (bila basis data berisi lebih dari satu)")
    .option("--batas-capaian <persen>", "capaian di atas batas ini diberi peringatan (bawaan 150)")
    .option("--json", "cetak hasil sebagai satu dokumen JSON")
    .action(action(io, (opts: OpsiPeriksa) => jalankan(io, opts)));
}

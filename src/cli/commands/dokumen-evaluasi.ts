/**
 * `sakip lhe --opd <slug> --tahun <yyyy> --format docx|pdf --out F [--pemda <slug>] [--tempat X] [--tanggal YYYY-MM-DD]`
 * and `sakip rekap-akip --pemda <slug> --tahun <yyyy> --format docx|pdf|xlsx --out F [--nomor N] [--tempat X]
 * [--tanggal YYYY-MM-DD] [--json]`: the evaluation's documents from the database (services/lke/dokumen-evaluasi.ts),
 * as the local operator. A missing evaluation or an unknown OPD/Pemda is exit code 2 with the message.
 */
import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import { loadConfig } from "../../config/env";
import { renderDokumen } from "../../reports/render";
import { NotFoundError } from "../../services/errors";
import { pasangPenyajiDokumen } from "../../services/laporan/penyaji";
import { type BerkasEvaluasi, rekapAkipJson, unduhLhe, unduhRekapAkip } from "../../services/lke/dokumen-evaluasi";
import { listPemda } from "../../storage/repositories/organisasi-repository";
import { action } from "../action";
import { type CliIO, CliInputError, printResult } from "../io";
import { openRuntime, type Runtime } from "../runtime";

interface Opsi {
  opd?: string;
  pemda?: string;
  tahun?: string;
  format?: string;
  out?: string;
  nomor?: string;
  tempat?: string;
  tanggal?: string;
  json?: boolean;
}

function wajib(nilai: string | undefined, opsi: string, contoh: string): string {
  if (!nilai || nilai.trim() === "") throw new CliInputError(`opsi ${opsi} wajib diisi (mis. ${opsi} ${contoh})`);
  return nilai.trim();
}

function tahun(t: string | undefined): number {
  const s = wajib(t, "--tahun", "2023");
  if (!/^\d{4}$/.test(s)) throw new CliInputError(`--tahun "${s}" bukan tahun (4 angka, mis. 2023)`);
  return Number(s);
}

function format<T extends string>(f: string | undefined, boleh: readonly T[]): T {
  const s = wajib(f, "--format", boleh[0]!).toLowerCase();
  if (!(boleh as readonly string[]).includes(s))
    throw new CliInputError(`--format "${s}" tidak dikenal (pilihan: ${boleh.join(", ")})`);
  return s as T;
}

function surat(o: Opsi) {
  if (o.tanggal !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(o.tanggal))
    throw new CliInputError(`--tanggal "${o.tanggal}" harus berformat YYYY-MM-DD`);
  return { nomor: o.nomor, tempat: o.tempat, tanggal: o.tanggal };
}

async function denganRuntime<T>(pemda: string | undefined, kerja: (r: Runtime, pemda: string) => Promise<T>) {
  pasangPenyajiDokumen((d, f) => renderDokumen(d, f));
  const runtime = await openRuntime(loadConfig());
  try {
    let slug = pemda?.trim();
    if (!slug) {
      const semua = await listPemda(runtime.ctx.db);
      if (semua.length !== 1)
        throw new CliInputError(`opsi --pemda wajib diisi (basis data berisi ${semua.length} pemda)`);
      slug = semua[0]!.slug;
    }
    return await kerja(runtime, slug);
  } catch (e) {
    if (e instanceof NotFoundError) throw new CliInputError(e.message);
    throw e;
  } finally {
    await runtime.close();
  }
}

function tulis(out: string, b: BerkasEvaluasi): void {
  try {
    writeFileSync(out, b.isi);
  } catch (error) {
    throw new CliInputError(
      `berkas keluaran "${out}" tidak dapat ditulis (${(error as NodeJS.ErrnoException).code ?? "galat"})`,
    );
  }
}

export function registerDokumenEvaluasi(program: Command, io: CliIO): void {
  program
    .command("lhe")
    .description("buat Laporan Hasil Evaluasi (LHE) AKIP satu OPD untuk satu tahun")
    .option("--opd <slug>", "slug OPD, mis. kecamatan-sei-balai")
    .option("--pemda <slug>", "slug pemda (bila basis data berisi lebih dari satu)")
    .option("--tahun <yyyy>", "tahun evaluasi")
    .option("--format <format>", "format: docx | pdf")
    .option("--out <berkas>", "berkas keluaran")
    .option("--tempat <tempat>", "tempat penandatanganan")
    .option("--tanggal <yyyy-mm-dd>", "tanggal penandatanganan (bawaan: hari ini)")
    .option("--json", "keluaran JSON")
    .action(
      action(io, async (o: Opsi) => {
        const opd = wajib(o.opd, "--opd", "kecamatan-sei-balai");
        const t = tahun(o.tahun);
        const f = format(o.format, ["docx", "pdf"] as const);
        const out = wajib(o.out, "--out", `lhe.${f}`);
        const b = await denganRuntime(o.pemda, (r, pemda) => unduhLhe(r.ctx, { pemda, opd }, t, f, surat(o)));
        tulis(out, b);
        printResult(
          io,
          Boolean(o.json),
          { berkas: out, format: f, ukuran: b.isi.length },
          () => `LHE ${opd} ${t} ditulis ke ${out} (${f}, ${Math.round(b.isi.length / 1024)} KB).`,
        );
      }),
    );
  program
    .command("rekap-akip")
    .description("buat rekap evaluasi AKIP seluruh OPD (surat Inspektorat dan lampirannya)")
    .option("--pemda <slug>", "slug pemda")
    .option("--tahun <yyyy>", "tahun evaluasi")
    .option("--format <format>", "format: docx | pdf | xlsx")
    .option("--out <berkas>", "berkas keluaran")
    .option("--nomor <nomor>", "nomor surat, mis. 700/656/2023")
    .option("--tempat <tempat>", "tempat penandatanganan")
    .option("--tanggal <yyyy-mm-dd>", "tanggal surat (bawaan: hari ini)")
    .option("--json", "keluaran JSON: juga setiap OPD dengan total, predikat, peringkat")
    .action(
      action(io, async (o: Opsi) => {
        const t = tahun(o.tahun);
        const f = format(o.format, ["docx", "pdf", "xlsx"] as const);
        const out = wajib(o.out, "--out", `rekap-akip.${f}`);
        const { b, rekap } = await denganRuntime(o.pemda, async (r, pemda) => ({
          b: await unduhRekapAkip(r.ctx, pemda, t, f, surat(o)),
          rekap: await rekapAkipJson(r.ctx, pemda, t),
        }));
        tulis(out, b);
        printResult(io, Boolean(o.json), { berkas: out, format: f, ukuran: b.isi.length, rekap }, () =>
          [
            `Rekap evaluasi AKIP ${t} ditulis ke ${out} (${f}, ${Math.round(b.isi.length / 1024)} KB).`,
            `${rekap.opd.filter((x) => x.total !== null).length} dari ${rekap.opd.length} OPD dievaluasi; rata-rata ${rekap.rataRata?.replace(".", ",") ?? "–"}.`,
          ].join("\n"),
        );
      }),
    );
}

/**
 * `sakip lkjip-pemda --pemda <slug> --tahun <yyyy> --format docx|pdf|html|xlsx --out F [--tempat X]
 * [--tanggal YYYY-MM-DD] [--json]`: the Kabupaten/Kota LKjIP (issue 15, ADR 0036) from the database, as the local
 * operator (services/rpjmd/lkjip-pemda.ts). No RPJMD for the year or an unknown Pemda is exit code 2 with the message.
 */
import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import { loadConfig } from "../../config/env";
import { renderDokumen } from "../../reports/render";
import { NotFoundError } from "../../services/errors";
import { pasangPenyajiDokumen } from "../../services/laporan/penyaji";
import { unduhLkjipPemda } from "../../services/rpjmd/lkjip-pemda";
import { action } from "../action";
import { type CliIO, CliInputError, printResult } from "../io";
import { openRuntime } from "../runtime";

interface Opsi {
  pemda?: string;
  tahun?: string;
  format?: string;
  out?: string;
  tempat?: string;
  tanggal?: string;
  json?: boolean;
}

const FORMAT = ["docx", "pdf", "html", "xlsx"] as const;

function wajib(nilai: string | undefined, opsi: string, contoh: string): string {
  if (!nilai || nilai.trim() === "") throw new CliInputError(`opsi ${opsi} wajib diisi (mis. ${opsi} ${contoh})`);
  return nilai.trim();
}

export function registerLkjipPemda(program: Command, io: CliIO): void {
  program
    .command("lkjip-pemda")
    .description("buat LKjIP Kabupaten/Kota (IKU RPJMD, ditandatangani Bupati) untuk satu tahun")
    .option("--pemda <slug>", "slug pemda, mis. batu-bara")
    .option("--tahun <yyyy>", "tahun laporan")
    .option("--format <format>", "format: docx | pdf | html | xlsx")
    .option("--out <berkas>", "berkas keluaran")
    .option("--tempat <tempat>", "tempat penandatanganan")
    .option("--tanggal <yyyy-mm-dd>", "tanggal penandatanganan (bawaan: hari ini)")
    .option("--json", "keluaran JSON")
    .action(
      action(io, async (o: Opsi) => {
        const pemda = wajib(o.pemda, "--pemda", "batu-bara");
        const th = wajib(o.tahun, "--tahun", "2023");
        if (!/^\d{4}$/.test(th)) throw new CliInputError(`--tahun "${th}" bukan tahun (4 angka, mis. 2023)`);
        const f = wajib(o.format, "--format", "docx").toLowerCase();
        if (!(FORMAT as readonly string[]).includes(f))
          throw new CliInputError(`--format "${f}" tidak dikenal (pilihan: ${FORMAT.join(", ")})`);
        if (o.tanggal !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(o.tanggal))
          throw new CliInputError(`--tanggal "${o.tanggal}" harus berformat YYYY-MM-DD`);
        const out = wajib(o.out, "--out", `lkjip-${pemda}.${f}`);
        pasangPenyajiDokumen((d, fm) => renderDokumen(d, fm));
        const runtime = await openRuntime(loadConfig());
        let isi: Buffer;
        try {
          isi = (
            await unduhLkjipPemda(runtime.ctx, pemda, Number(th), f as (typeof FORMAT)[number], {
              tempat: o.tempat,
              tanggal: o.tanggal,
            })
          ).isi;
        } catch (e) {
          if (e instanceof NotFoundError) throw new CliInputError(e.message);
          throw e;
        } finally {
          await runtime.close();
        }
        try {
          writeFileSync(out, isi);
        } catch (error) {
          throw new CliInputError(
            `berkas keluaran "${out}" tidak dapat ditulis (${(error as NodeJS.ErrnoException).code ?? "galat"})`,
          );
        }
        printResult(
          io,
          Boolean(o.json),
          { berkas: out, format: f, ukuran: isi.length },
          () => `LKjIP ${pemda} ${th} ditulis ke ${out} (${f}, ${Math.round(isi.length / 1024)} KB).`,
        );
      }),
    );
}

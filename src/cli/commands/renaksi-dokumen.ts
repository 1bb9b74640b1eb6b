/**
 * `sakip renaksi dokumen --opd <slug> --tahun <yyyy> --triwulan <1-4> --format docx|pdf|xlsx --out F [--pk <id>]
 * [--pemda <slug>] [--json]` (issue #19): the quarterly Laporan Capaian Kinerja (or with --pk the Rencana Aksi
 * document of that PK) from the database, as the local operator. Bad input or an unknown OPD is exit code 2.
 * The options shared with `sakip renaksi` are read with optsWithGlobals (the parent command parses them first).
 */
import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import { loadConfig } from "../../config/env";
import { DomainError } from "../../domain/shared/errors";
import { renderDokumen } from "../../reports/render";
import { NotFoundError } from "../../services/errors";
import { pasangPenyajiDokumen } from "../../services/laporan/penyaji";
import { listPemdaWithOpd } from "../../services/organisasi/list-opd";
import { type FormatDokumenRenaksi, unduhDokumenRenaksi } from "../../services/renaksi/dokumen-renaksi";
import { action } from "../action";
import { type CliIO, CliInputError, printResult } from "../io";
import { openRuntime } from "../runtime";

interface Opsi {
  opd?: string;
  tahun?: string;
  triwulan?: string;
  format?: string;
  out?: string;
  pk?: string;
  pemda?: string;
  json?: boolean;
}

function wajib(nilai: string | undefined, opsi: string, contoh: string): string {
  if (!nilai || nilai.trim() === "") throw new CliInputError(`opsi ${opsi} wajib diisi (mis. ${opsi} ${contoh})`);
  return nilai.trim();
}

export function registerRenaksiDokumen(renaksi: Command, io: CliIO): void {
  renaksi
    .command("dokumen")
    .description("buat Laporan Capaian Kinerja triwulanan (atau dengan --pk: dokumen Rencana Aksi satu PK)")
    .option("--opd <slug>", "slug perangkat daerah, mis. kecamatan-sei-balai")
    .option("--tahun <yyyy>", "tahun")
    .option("--triwulan <1-4>", "triwulan laporan (capaian s.d. triwulan ini)")
    .option("--format <format>", "format: docx | pdf | xlsx")
    .option("--out <berkas>", "berkas keluaran")
    .option("--pk <id>", "id PK: dokumen Rencana Aksi PK itu (docx | pdf)")
    .option("--pemda <slug>", "slug Pemda (bawaan: satu-satunya Pemda)")
    .option("--json", "keluaran JSON")
    .action(
      action(io, async (_o: Opsi, cmd: Command) => {
        // --opd, --tahun, --pemda and --json are also options of `sakip renaksi`, which parses them first
        const o = cmd.optsWithGlobals<Opsi>();
        const opd = wajib(o.opd, "--opd", "kecamatan-sei-balai");
        const t = wajib(o.tahun, "--tahun", "2023");
        if (!/^\d{4}$/.test(t)) throw new CliInputError(`--tahun "${t}" bukan tahun (4 angka, mis. 2023)`);
        const tw = wajib(o.triwulan, "--triwulan", "2");
        if (!/^[1-4]$/.test(tw)) throw new CliInputError(`--triwulan "${tw}" harus 1, 2, 3 atau 4`);
        const f = wajib(o.format, "--format", "docx").toLowerCase();
        if (!["docx", "pdf", "xlsx"].includes(f))
          throw new CliInputError(`--format "${f}" tidak dikenal (pilihan: docx, pdf, xlsx)`);
        const out = wajib(o.out, "--out", `laporan-tw${tw}.${f}`);
        pasangPenyajiDokumen((d, fmt) => renderDokumen(d, fmt));
        const runtime = await openRuntime(loadConfig());
        let b: Awaited<ReturnType<typeof unduhDokumenRenaksi>>;
        try {
          let pemda = o.pemda?.trim();
          if (!pemda) {
            const semua = await listPemdaWithOpd(runtime.ctx);
            if (semua.length !== 1 || !semua[0])
              throw new CliInputError(`--pemda: wajib diisi (ada ${semua.length} Pemda)`);
            pemda = semua[0].slug;
          }
          b = await unduhDokumenRenaksi(runtime.ctx, { pemda, opd }, Number(t), {
            triwulan: Number(tw),
            format: f as FormatDokumenRenaksi,
            pkId: o.pk,
          });
        } catch (e) {
          if (e instanceof NotFoundError || e instanceof DomainError) throw new CliInputError(e.message);
          throw e;
        } finally {
          await runtime.close();
        }
        try {
          writeFileSync(out, b.isi);
        } catch (error) {
          throw new CliInputError(
            `berkas keluaran "${out}" tidak dapat ditulis (${(error as NodeJS.ErrnoException).code ?? "galat"})`,
          );
        }
        printResult(io, Boolean(o.json), { berkas: out, format: f, ukuran: b.isi.length, hilang: b.hilang }, () =>
          [
            `${b.namaBerkas} ditulis ke ${out} (${f}, ${Math.round(b.isi.length / 1024)} KB).`,
            ...(b.hilang.length ? [`Data belum tersedia (${b.hilang.length}):`] : []),
            ...b.hilang.map((x) => `  - ${x.teks}`),
          ].join("\n"),
        );
      }),
    );
}

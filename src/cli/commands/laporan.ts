/**
 * `sakip lkjip --opd <slug> --tahun <yyyy> --format docx|pdf|html|xlsx --out F [--sumber basis-data|demo] [--json]`
 * and `sakip pk --opd <slug> --tahun <yyyy> [--pejabat <nip>] [--versi awal|perubahan] --format docx|pdf --out F`.
 * Data source: `--sumber basis-data` (default, `--pemda <slug>` when the database holds several) assembles from the
 * database with the report's stored texts, signatures and edited paragraphs (services/laporan); for the demo
 * (`sakip demo`) it gives the same document as `--sumber demo`, which builds straight from the demo dataset (38 OPD of
 * Kabupaten Batu Bara, 2023; complete for kecamatan-sei-balai) and refuses other OPDs/years with exit code 2.
 */
import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import { bangunDokumenPk, bangunLkjip } from "../../reports/model";
import { FORMAT_LAPORAN, type FormatLaporan, renderDokumen } from "../../reports/render";
import { loadConfig } from "../../config/env";
import type { SumberLkjip } from "../../reports/model/sumber";
import { NotFoundError } from "../../services/errors";
import { kumpulkanLkjip } from "../../services/laporan/kumpulkan-lkjip";
import { susunLaporan } from "../../services/laporan/susun-laporan";
import type { HasilLkjip } from "../../reports/model";
import { OPD_DEMO, sumberDariDemo, TAHUN_DEMO } from "../../demo";
import { listPemda } from "../../storage/repositories/organisasi-repository";
import { type CliIO, CliInputError, printResult } from "../io";
import { action } from "../action";
import { openRuntime, type Runtime } from "../runtime";

interface OpsiUmum {
  opd?: string;
  pemda?: string;
  sumber?: string;
  tahun?: string;
  format?: string;
  out?: string;
  json?: boolean;
}

function wajib(nilai: string | undefined, opsi: string, contoh: string): string {
  if (!nilai || nilai.trim() === "") throw new CliInputError(`opsi ${opsi} wajib diisi (mis. ${opsi} ${contoh})`);
  return nilai.trim();
}

function bacaTahun(t: string | undefined): number {
  const s = wajib(t, "--tahun", String(TAHUN_DEMO));
  if (!/^\d{4}$/.test(s)) throw new CliInputError(`--tahun "${s}" bukan tahun (4 angka, mis. ${TAHUN_DEMO})`);
  return Number(s);
}

function bacaFormat(f: string | undefined, boleh: readonly FormatLaporan[]): FormatLaporan {
  const s = wajib(f, "--format", boleh[0]!).toLowerCase();
  if (!(boleh as readonly string[]).includes(s))
    throw new CliInputError(`--format "${s}" tidak dikenal (pilihan: ${boleh.join(", ")})`);
  return s as FormatLaporan;
}

function asalData(o: OpsiUmum): "basis-data" | "demo" {
  const asal = o.sumber ?? "basis-data";
  if (asal !== "basis-data" && asal !== "demo")
    throw new CliInputError(`--sumber "${asal}" tidak dikenal (pilihan: basis-data, demo)`);
  return asal;
}

/** The PK documents' data: from the database or the demo dataset. */
async function sumber(o: OpsiUmum, opd: string, tahun: number): Promise<SumberLkjip> {
  if (asalData(o) === "demo") return dariDemo(opd, tahun);
  return dariBasisData(o.pemda, opd, (ctx, lingkup) => kumpulkanLkjip(ctx, lingkup, tahun));
}

/** The LKjIP model: from the database (with the stored edits of generated paragraphs) or the demo dataset. */
async function lkjip(o: OpsiUmum, opd: string, tahun: number): Promise<HasilLkjip> {
  if (asalData(o) === "demo") return bangunLkjip(dariDemo(opd, tahun));
  return dariBasisData(o.pemda, opd, async (ctx, lingkup) => (await susunLaporan(ctx, lingkup, tahun)).hasil);
}

export async function dariBasisData<T>(
  pemda: string | undefined,
  opd: string,
  baca: (ctx: Runtime["ctx"], lingkup: { pemda: string; opd: string }) => Promise<T>,
): Promise<T> {
  const runtime = await openRuntime(loadConfig());
  try {
    let slug = pemda;
    if (!slug) {
      const semua = await listPemda(runtime.ctx.db);
      if (semua.length === 0)
        throw new CliInputError(
          "basis data belum berisi data pemda: muat data (mis. `sakip demo`) atau buat dari data demo dengan --sumber demo",
        );
      if (semua.length > 1)
        throw new CliInputError(`opsi --pemda wajib diisi (basis data berisi ${semua.length} pemda)`);
      slug = semua[0]!.slug;
    }
    return await baca(runtime.ctx, { pemda: slug, opd });
  } catch (error) {
    if (error instanceof NotFoundError) throw new CliInputError(error.message);
    throw error;
  } finally {
    await runtime.close();
  }
}

function dariDemo(opd: string, tahun: number): SumberLkjip {
  const s = sumberDariDemo(opd, tahun);
  if (!s) {
    throw new CliInputError(
      `data laporan OPD "${opd}" tahun ${tahun} belum tersedia: --sumber demo hanya berisi data demo (OPD Kabupaten Batu Bara, tahun ${TAHUN_DEMO}; data lengkap untuk ${OPD_DEMO}); tanpa --sumber demo laporan dibuat dari basis data`,
    );
  }
  return s;
}

function tulis(out: string, isi: Buffer): void {
  try {
    writeFileSync(out, isi);
  } catch (error) {
    throw new CliInputError(
      `berkas keluaran "${out}" tidak dapat ditulis (${(error as NodeJS.ErrnoException).code ?? "galat"})`,
    );
  }
}

export function registerLaporan(program: Command, io: CliIO): void {
  program
    .command("lkjip")
    .description("buat Laporan Kinerja (LKjIP) satu OPD untuk satu tahun")
    .option("--opd <slug>", "slug OPD, mis. kecamatan-sei-balai")
    .option("--tahun <yyyy>", "tahun laporan")
    .option("--format <format>", `format: ${FORMAT_LAPORAN.join(" | ")}`)
    .option("--sumber <sumber>", "basis-data (bawaan) | demo")
    .option("--pemda <slug>", "slug pemda (bila basis data berisi lebih dari satu)")
    .option("--out <berkas>", "berkas keluaran")
    .option("--json", "keluaran JSON")
    .action(
      action(io, async (o: OpsiUmum) => {
        const opd = wajib(o.opd, "--opd", OPD_DEMO);
        const tahun = bacaTahun(o.tahun);
        const format = bacaFormat(o.format, FORMAT_LAPORAN);
        const out = wajib(o.out, "--out", `lkjip.${format}`);
        const hasil = await lkjip(o, opd, tahun);
        const isi = await renderDokumen(hasil.dokumen, format, { nomorHalaman: true });
        tulis(out, isi);
        const data = {
          berkas: out,
          format,
          ukuran: isi.length,
          dataBelumTersedia: hasil.hilang,
          peringatanNarasi: hasil.peringatan,
        };
        printResult(io, Boolean(o.json), data, () =>
          [
            `LKjIP ${hasil.dokumen.judul} ditulis ke ${out} (${format}, ${Math.round(isi.length / 1024)} KB).`,
            hasil.hilang.length === 0 ? "Semua data tersedia." : `Data belum tersedia (${hasil.hilang.length}):`,
            ...hasil.hilang.map((h) => `  - ${h.teks}`),
          ].join("\n"),
        );
      }),
    );

  program
    .command("pk")
    .description("buat dokumen Perjanjian Kinerja (pernyataan dan lampiran)")
    .option("--opd <slug>", "slug OPD, mis. kecamatan-sei-balai")
    .option("--tahun <yyyy>", "tahun PK")
    .option("--pejabat <nip>", "NIP pihak pertama (tanpa: semua pejabat)")
    .option("--versi <versi>", "awal | perubahan (tanpa: versi terakhir)")
    .option("--format <format>", "format: docx | pdf")
    .option("--sumber <sumber>", "basis-data (bawaan) | demo")
    .option("--pemda <slug>", "slug pemda (bila basis data berisi lebih dari satu)")
    .option("--out <berkas>", "berkas keluaran")
    .option("--json", "keluaran JSON")
    .action(
      action(io, async (o: OpsiUmum & { pejabat?: string; versi?: string }) => {
        const opd = wajib(o.opd, "--opd", OPD_DEMO);
        const tahun = bacaTahun(o.tahun);
        const format = bacaFormat(o.format, ["docx", "pdf"]);
        const out = wajib(o.out, "--out", `pk.${format}`);
        if (o.versi !== undefined && o.versi !== "awal" && o.versi !== "perubahan") {
          throw new CliInputError(`--versi "${o.versi}" tidak dikenal (pilihan: awal, perubahan)`);
        }
        const hasil = bangunDokumenPk(await sumber(o, opd, tahun), {
          ...(o.pejabat ? { nip: o.pejabat } : {}),
          ...(o.versi ? { versi: o.versi as "awal" | "perubahan" } : {}),
        });
        const isi = await renderDokumen(hasil.dokumen, format, { nomorHalaman: true });
        tulis(out, isi);
        const data = {
          berkas: out,
          format,
          ukuran: isi.length,
          pk: hasil.pk.map((p) => ({ kode: p.kode, versi: p.versi, level: p.level })),
          dataBelumTersedia: hasil.hilang,
        };
        printResult(
          io,
          Boolean(o.json),
          data,
          () =>
            `${hasil.pk.length} Perjanjian Kinerja ditulis ke ${out} (${format}, ${Math.round(isi.length / 1024)} KB).`,
        );
      }),
    );
}

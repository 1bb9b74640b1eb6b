/**
 * `sakip pemda buat` and `sakip pemda tambah-opd`: installation steps for production (PostgreSQL), where no demo is
 * loaded — create the Pemda and its OPD, then `sakip user create` makes the first admin.
 */
import type { Command } from "commander";
import { loadConfig } from "../../config/env";
import { simpanDaftarOpd, simpanPemda } from "../../services/organisasi/simpan-pemda";
import { CliInputError, type CliIO, printResult } from "../io";
import { action } from "../action";
import { openRuntime } from "../runtime";

const JENIS_OPD = [
  "sekretariat",
  "inspektorat",
  "dinas",
  "badan",
  "satpol",
  "kecamatan",
  "kelurahan",
  "lainnya",
] as const;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function slug(value: string, option: string): string {
  if (!SLUG.test(value)) throw new CliInputError(`${option}: "${value}" bukan slug (huruf kecil, angka, tanda hubung)`);
  return value;
}

const SINGKATAN_ZONA: Record<string, string> = { WIB: "Asia/Jakarta", WITA: "Asia/Makassar", WIT: "Asia/Jayapura" };

/** --zona-waktu and --aturan area=versi as a settings input (checked again by the service). */
function pengaturanDariOpsi(zona: string | undefined, aturan: string[]) {
  if (zona === undefined && aturan.length === 0) return undefined;
  const pilihan: Record<string, string> = {};
  for (const a of aturan) {
    const m = /^([a-z-]+)=(\S+)$/.exec(a.trim());
    if (!m) throw new CliInputError(`--aturan: "${a}" bukan bentuk area=versi (mis. ikm=ikm-14-2017-bobot-1-9)`);
    pilihan[m[1]!] = m[2]!;
  }
  return {
    ...(zona !== undefined ? { zonaWaktu: SINGKATAN_ZONA[zona.toUpperCase()] ?? zona } : {}),
    ...(aturan.length ? { aturan: pilihan } : {}),
  };
}

export function registerPemda(program: Command, io: CliIO): void {
  const pemda = program.command("pemda").description("kelola Pemda (tenant) dan daftar perangkat daerahnya");
  pemda
    .command("buat")
    .description("buat atau perbarui Pemda (Kabupaten/Kota)")
    .requiredOption("--slug <slug>", "slug stabil, mis. batu-bara")
    .requiredOption("--nama <nama>", 'nama resmi, mis. "Kabupaten Batu Bara"')
    .requiredOption("--jenis <jenis>", "kabupaten | kota")
    .requiredOption("--provinsi <provinsi>", "nama provinsi")
    .option("--ibu-kota <ibuKota>", "ibu kota kabupaten/kota")
    .option(
      "--zona-waktu <zona>",
      "Asia/Jakarta (WIB, bawaan) | Asia/Makassar (WITA) | Asia/Jayapura (WIT), atau WIB/WITA/WIT",
    )
    .option(
      "--aturan <area=versi>",
      "pilihan versi aturan per area, boleh berulang, mis. ikm=ikm-14-2017-bobot-1-9 (lihat `sakip aturan`)",
      (v: string, acc: string[]) => [...acc, v],
      [] as string[],
    )
    .option("--json", "keluaran JSON")
    .action(
      action(
        io,
        async (opts: {
          slug: string;
          nama: string;
          jenis: string;
          provinsi: string;
          ibuKota?: string;
          zonaWaktu?: string;
          aturan: string[];
          json?: boolean;
        }) => {
          if (opts.jenis !== "kabupaten" && opts.jenis !== "kota") {
            throw new CliInputError(`--jenis: "${opts.jenis}" tidak dikenal; pilih kabupaten atau kota`);
          }
          const pengaturan = pengaturanDariOpsi(opts.zonaWaktu, opts.aturan);
          const runtime = await openRuntime(loadConfig());
          try {
            const hasil = await simpanPemda(runtime.ctx, {
              slug: slug(opts.slug, "--slug"),
              nama: opts.nama.trim(),
              jenis: opts.jenis,
              provinsi: opts.provinsi.trim(),
              ibuKota: opts.ibuKota ?? null,
              ...(pengaturan ? { pengaturan } : {}),
            });
            printResult(io, Boolean(opts.json), { slug: opts.slug, ...hasil }, () =>
              hasil.diubah ? `Pemda ${opts.slug} disimpan.` : `Pemda ${opts.slug} tidak berubah.`,
            );
          } finally {
            await runtime.close();
          }
        },
      ),
    );
  pemda
    .command("tambah-opd")
    .description("tambah atau perbarui satu perangkat daerah")
    .requiredOption("--pemda <slug>", "slug Pemda")
    .requiredOption("--slug <slug>", "slug OPD, mis. kecamatan-sei-balai")
    .requiredOption("--nama <nama>", "nama OPD")
    .requiredOption("--jenis <jenis>", JENIS_OPD.join(" | "))
    .option("--kode <kode>", "kode unit SIPD, mis. 7.01.0.00.0.00.03.0000")
    .option("--json", "keluaran JSON")
    .action(
      action(
        io,
        async (opts: { pemda: string; slug: string; nama: string; jenis: string; kode?: string; json?: boolean }) => {
          const jenis = JENIS_OPD.find((j) => j === opts.jenis);
          if (!jenis) throw new CliInputError(`--jenis: "${opts.jenis}" tidak dikenal; pilih ${JENIS_OPD.join(", ")}`);
          const runtime = await openRuntime(loadConfig());
          try {
            const hasil = await simpanDaftarOpd(runtime.ctx, opts.pemda, [
              { slug: slug(opts.slug, "--slug"), nama: opts.nama.trim(), jenis, kode: opts.kode ?? null },
            ]);
            printResult(io, Boolean(opts.json), { pemda: opts.pemda, opd: opts.slug, ...hasil }, () =>
              hasil.diubah ? `OPD ${opts.slug} disimpan.` : `OPD ${opts.slug} tidak berubah.`,
            );
          } finally {
            await runtime.close();
          }
        },
      ),
    );
}

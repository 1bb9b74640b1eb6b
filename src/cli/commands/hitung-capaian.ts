/**
 * `sakip hitung capaian --target 85 --realisasi 80.5 [--polaritas positif|negatif] [--rumus 2t-r|t/r] [--json]`:
 * capaian (%) of one indicator and its kategori (regulations.md §4).
 */
import type { Command } from "commander";
import {
  type HasilCapaian,
  KATEGORI_PERMENDAGRI_86_2017,
  type NilaiRealisasi,
  POLARITAS,
  type Polaritas,
  RUMUS_NEGATIF,
  type RumusNegatif,
  type Target,
  VERSI_KATEGORI_CAPAIAN,
  hitungCapaian,
  kategoriCapaian,
  parseRealisasi,
  parseTarget,
  selisihTargetRealisasi,
  versiKategoriCapaian,
} from "../../domain/capaian";
import { formatAngka, formatPersen } from "../../domain/format";
import { type Dec, toFixed } from "../../domain/shared/decimal";
import { DomainError } from "../../domain/shared/errors";
import { type CliIO, CliInputError, printResult } from "../io";
import { action } from "../action";

interface OpsiCapaian {
  target?: string;
  realisasi?: string;
  polaritas?: string;
  rumus?: string;
  skala?: string;
  json?: boolean;
}

const LABEL_RUMUS: Record<HasilCapaian["rumus"], string> = {
  "r/t": "Realisasi / Target × 100",
  "2t-r": "(2 × Target − Realisasi) / Target × 100",
  "t/r": "Target / Realisasi × 100",
  "dalam-rentang": "realisasi di dalam rentang target = 100",
};

function wajib(value: string | undefined, opsi: string, contoh: string): string {
  if (value === undefined || value.trim() === "")
    throw new CliInputError(`opsi --${opsi} wajib diisi (mis. --${opsi} ${contoh})`);
  return value;
}

function pilihan<T extends string>(value: string, opsi: string, daftar: readonly T[]): T {
  const v = value.trim().toLowerCase();
  const cocok = daftar.find((d) => d === v);
  if (!cocok) throw new CliInputError(`opsi --${opsi} "${value}" tidak dikenal (pilihan: ${daftar.join(", ")})`);
  return cocok;
}

/** Re-labels a DomainError of the computation with the CLI option at fault and the value typed. */
function denganOpsi<T>(nilai: { target: string; realisasi: string }, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof DomainError) {
      const opsi = error.details.field === "realisasi" ? "realisasi" : "target";
      throw new CliInputError(`opsi --${opsi} "${nilai[opsi]}": ${error.message}`);
    }
    throw error;
  }
}

function angka(d: Dec): string {
  return formatAngka(d, { desimal: Math.max(2, d.decimalPlaces()) });
}

function teksTarget(t: Target): string {
  if (t.jenis === "rentang") return `${angka(t.bawah)} – ${angka(t.atas)}`;
  if (t.jenis === "predikat") return `${t.huruf} (${angka(t.nilai)})`;
  return angka(t.nilai);
}

function jsonTarget(t: Target): Record<string, string> {
  if (t.jenis === "rentang") return { jenis: t.jenis, bawah: t.bawah.toString(), atas: t.atas.toString() };
  if (t.jenis === "predikat") return { jenis: t.jenis, huruf: t.huruf, nilai: t.nilai.toString() };
  return { jenis: t.jenis, nilai: t.nilai.toString() };
}

function jalankan(io: CliIO, opts: OpsiCapaian): void {
  const targetTeks = wajib(opts.target, "target", "85,00");
  const realisasiTeks = wajib(opts.realisasi, "realisasi", "80,50");
  const polaritas: Polaritas = pilihan(opts.polaritas ?? "positif", "polaritas", POLARITAS);
  if (opts.rumus !== undefined && polaritas !== "negatif") {
    throw new CliInputError(`opsi --rumus "${opts.rumus}" hanya berlaku dengan --polaritas negatif`);
  }
  const rumusNegatif: RumusNegatif = pilihan(opts.rumus ?? "2t-r", "rumus", RUMUS_NEGATIF);
  const idSkala = VERSI_KATEGORI_CAPAIAN.map((v) => v.id);
  const skala = versiKategoriCapaian(pilihan(opts.skala ?? KATEGORI_PERMENDAGRI_86_2017.id, "skala", idSkala));

  // Parse errors already name the option and the value: 'opsi --target: "abc" bukan angka'.
  const target = parseTarget(targetTeks, "opsi --target");
  const realisasi: NilaiRealisasi = parseRealisasi(realisasiTeks, "opsi --realisasi");
  const hasil = denganOpsi({ target: targetTeks, realisasi: realisasiTeks }, () =>
    hitungCapaian({ target, realisasi, polaritas, rumusNegatif }),
  );
  const kategori = kategoriCapaian(hasil.capaian, skala);
  const selisih = selisihTargetRealisasi(hasil.targetDipakai, hasil.realisasi);

  const data = {
    target: jsonTarget(target),
    realisasi: hasil.realisasi.toString(),
    ...(hasil.hurufRealisasi ? { hurufRealisasi: hasil.hurufRealisasi } : {}),
    polaritas,
    rumus: hasil.rumus,
    targetDipakai: hasil.targetDipakai.toString(),
    ...(hasil.posisiRentang ? { posisiRentang: hasil.posisiRentang } : {}),
    capaian: toFixed(hasil.capaianDibulatkan, 2),
    capaianEksak: hasil.capaian.toString(),
    kategori: kategori.label,
    skalaKategori: kategori.versiId,
    selisihTargetRealisasi: toFixed(selisih.selisihDibulatkan, 2),
  };
  printResult(io, opts.json === true, data, () =>
    [
      `Target     : ${teksTarget(target)}${hasil.posisiRentang ? ` (dipakai ${angka(hasil.targetDipakai)}, realisasi ${hasil.posisiRentang.replace("-", " ")} rentang)` : ""}`,
      `Realisasi  : ${hasil.hurufRealisasi ? `${hasil.hurufRealisasi} (${angka(hasil.realisasi)})` : angka(hasil.realisasi)}`,
      `Polaritas  : ${polaritas}`,
      `Rumus      : ${LABEL_RUMUS[hasil.rumus]}`,
      `Capaian    : ${formatPersen(hasil.capaianDibulatkan)} (eksak ${hasil.capaian.toString()})`,
      `Kategori   : ${kategori.label} — skala ${skala.label}`,
      `Selisih    : target − realisasi = ${formatAngka(selisih.selisihDibulatkan)}`,
    ].join("\n"),
  );
}

/** Adds `capaian` under the `hitung` command. */
export function registerHitungCapaian(hitung: Command, io: CliIO): void {
  hitung
    .command("capaian")
    .description("hitung capaian (%) satu indikator dan kategorinya (Permendagri 86/2017)")
    .option("--target <target>", 'target: "85", "85,00", rentang "80-90" atau predikat "BB (75,00)"')
    .option("--realisasi <realisasi>", 'realisasi seperti dilaporkan (mis. "80,50" atau "BB (70,15)")')
    .option("--polaritas <polaritas>", "positif (makin tinggi makin baik) atau negatif", "positif")
    .option("--rumus <rumus>", "rumus indikator negatif: 2t-r = (2T − R)/T × 100 (bawaan) atau t/r = T/R × 100")
    .option("--skala <id>", `skala kategori capaian: ${VERSI_KATEGORI_CAPAIAN.map((v) => v.id).join(" | ")}`)
    .option("--json", "cetak hasil sebagai satu dokumen JSON")
    .action(action(io, (opts: OpsiCapaian) => jalankan(io, opts)));
}

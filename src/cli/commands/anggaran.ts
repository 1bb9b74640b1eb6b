/**
 * `sakip anggaran …` (issue 6): import the DPA tree and its realisasi from the files operators already have
 * (preview by default, `--konfirmasi` to write), the summary per program and per belanja class, the computed LKjIP
 * tables, the OPD breakdown by class, sasaran links, the import template and XLSX exports.
 * Bad input (unknown OPD/Pemda, malformed file, bad option) exits with code 2 and an Indonesian message.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import { loadConfig } from "../../config/env";
import type { KesalahanBaris, PilihanFormat } from "../../domain/anggaran";
import { formatRupiah } from "../../domain/anggaran";
import { DomainError } from "../../domain/shared/errors";
import {
  type BerkasUnduhan,
  eksporAnggaran,
  TABEL_EKSPOR,
  type TabelEkspor,
  unduhTemplat,
} from "../../services/anggaran/ekspor";
import { konfirmasiImpor, type PratinjauImpor, pratinjauImpor } from "../../services/anggaran/impor";
import { simpanKelasOpd } from "../../services/anggaran/kelas-opd";
import { bacaRingkasanAnggaran } from "../../services/anggaran/ringkasan";
import { aturSasaranAnggaran } from "../../services/anggaran/sasaran-anggaran";
import { bacaTabelAnggaran } from "../../services/anggaran/tabel";
import type { ServiceContext } from "../../services/context";
import { NotFoundError } from "../../services/errors";
import { type CliIO, CliInputError, printResult } from "../io";
import { action } from "../action";
import { openRuntime } from "../runtime";

interface OpsiLingkup {
  pemda?: string;
  opd: string;
  tahun: string;
  bulan?: string;
  json?: boolean;
}

const rpTampil = (v: string | null): string => (v === null ? "—" : formatRupiah(v));
const persenTampil = (v: string | null): string => (v === null ? "—" : `${v.replace(".", ",")}%`);

function angkaBulat(nama: string, v: string | undefined, min: number, max: number): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!/^\d+$/.test(v.trim()) || n < min || n > max)
    throw new CliInputError(`--${nama}: "${v}" harus bilangan bulat ${min}–${max}`);
  return n;
}

/** --bulan 1..12 or a triwulan TW1..TW4 (= month 3, 6, 9, 12). */
function bacaBulan(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const tw = /^tw([1-4])$/i.exec(v.trim());
  if (tw) return Number(tw[1]) * 3;
  return angkaBulat("bulan", v, 1, 12);
}

function lingkup(o: OpsiLingkup) {
  return {
    pemda: o.pemda,
    opd: o.opd,
    tahun: angkaBulat("tahun", o.tahun, 2000, 2100) as number,
    bulan: bacaBulan(o.bulan),
  };
}

/** Runs `fn` with a service context; unknown slugs and malformed files are bad input (exit 2). */
async function denganRuntime<T>(io: CliIO, fn: (ctx: ServiceContext) => Promise<T>): Promise<T> {
  const runtime = await openRuntime(loadConfig());
  try {
    return await fn(runtime.ctx);
  } catch (error) {
    if (error instanceof NotFoundError) throw new CliInputError(error.message);
    if (error instanceof DomainError && Array.isArray(error.details.errors)) {
      const errors = error.details.errors as KesalahanBaris[];
      for (const e of errors.slice(0, 50)) io.err(`  ${e.pesan}`);
      if (errors.length > 50) io.err(`  … dan ${errors.length - 50} kesalahan lain`);
      throw new CliInputError(`${error.message.split(" (")[0]}; tidak ada yang disimpan`);
    }
    throw error;
  } finally {
    await runtime.close();
  }
}

function bacaBerkasBiner(berkas: string | undefined): { nama: string; isi: Uint8Array } {
  if (!berkas) throw new CliInputError("opsi --file wajib diisi (mis. --file anggaran.xlsx)");
  try {
    return { nama: path.basename(berkas), isi: new Uint8Array(readFileSync(berkas)) };
  } catch (error) {
    const kode = (error as NodeJS.ErrnoException).code;
    const sebab = kode === "ENOENT" ? "tidak ditemukan" : kode === "EISDIR" ? "adalah folder" : "tidak dapat dibaca";
    throw new CliInputError(`berkas "${berkas}" ${sebab}`);
  }
}

function bacaFormat(v: string | undefined): PilihanFormat {
  const f = (v ?? "auto").toLowerCase();
  if (f === "auto" || f === "pengawasan") return f;
  if (f === "template" || f === "templat") return "templat";
  throw new CliInputError(`--format: "${v}" tidak dikenal (pilihan: auto, pengawasan, template)`);
}

function tulisBerkas(io: CliIO, out: string | undefined, b: BerkasUnduhan, json: boolean): void {
  const tujuan = out ?? b.namaBerkas;
  try {
    writeFileSync(tujuan, b.isi);
  } catch {
    throw new CliInputError(`--out: berkas "${tujuan}" tidak dapat ditulis`);
  }
  printResult(io, json, { berkas: tujuan, ukuran: b.isi.length }, () => `Ditulis: ${tujuan} (${b.isi.length} bita)`);
}

function teksPratinjau(p: PratinjauImpor): string {
  const s = p.sesudah;
  const lines = [
    `Berkas ${p.berkas.nama} (${p.berkas.jenis}${p.berkas.lembar ? `, lembar "${p.berkas.lembar}"` : ""}, format ${p.berkas.format}) untuk ${p.opd.nama} tahun ${p.tahun}, realisasi s.d. bulan ${p.bulan}`,
    `Isi: ${s.program} program, ${s.kegiatan} kegiatan, ${s.subKegiatan} sub-kegiatan; anggaran ${formatRupiah(s.anggaran)}, realisasi ${formatRupiah(s.realisasi.total)} (pegawai ${formatRupiah(s.realisasi.pegawai)}, barang dan jasa ${formatRupiah(s.realisasi.barangJasa)}, modal ${formatRupiah(s.realisasi.modal)})`,
    `Perubahan: ${p.perubahan.buat} dibuat, ${p.perubahan.ubah} diubah, ${p.perubahan.hapus} dihapus, ${p.perubahan.tetap} tetap`,
  ];
  for (const e of p.perubahan.entri.filter((x) => x.aksi !== "buat").slice(0, 30)) {
    const kolom = e.kolom.map((k) => `${k.label}: ${k.sebelum ?? "—"} → ${k.sesudah ?? "—"}`).join("; ");
    lines.push(`  ${e.aksi} ${e.kode} ${e.uraian}${kolom ? ` (${kolom})` : ""}`);
  }
  const { temuan, catatan } = p.rekonsiliasi;
  lines.push(
    temuan.length === 0 ? "Rekonsiliasi: semua total tercetak cocok" : `Rekonsiliasi: ${temuan.length} temuan`,
  );
  for (const t of temuan) lines.push(`  - ${t.pesan}`);
  for (const c of catatan) lines.push(`  · ${c.pesan}`);
  if (!p.bolehDiubah)
    lines.push(`Perhatian: data anggaran tahun ${p.tahun} berstatus "${p.statusPeriode}"; konfirmasi akan ditolak.`);
  return lines.join("\n");
}

export function registerAnggaran(program: Command, io: CliIO): void {
  const anggaran = program
    .command("anggaran")
    .description("anggaran (DPA) dan realisasi: impor, ringkasan, tabel LKjIP, ekspor");
  const scope = (c: Command): Command =>
    c
      .requiredOption("--opd <slug>", "slug perangkat daerah, mis. kecamatan-sei-balai")
      .requiredOption("--tahun <yyyy>", "tahun anggaran")
      .option("--pemda <slug>", "slug Pemda (bawaan: satu-satunya Pemda)")
      .option("--json", "keluaran JSON");

  scope(
    anggaran
      .command("impor")
      .description("impor DPA dan realisasi dari XLSX/CSV/TSV (pratinjau; --konfirmasi untuk menyimpan)"),
  )
    .requiredOption("--file <berkas>", "berkas .xlsx, .csv atau .tsv")
    .option("--format <format>", "auto | pengawasan | template", "auto")
    .option(
      "--bulan <n>",
      'realisasi kumulatif s.d. bulan 1–12 atau TW1–TW4 (bawaan: tanggal "per" di berkas, atau 12)',
    )
    .option("--konfirmasi", "terapkan perubahan (satu transaksi, satu entri audit)")
    .action(
      action(io, async (o: OpsiLingkup & { file?: string; format?: string; konfirmasi?: boolean }) => {
        const p = { ...lingkup(o), berkas: bacaBerkasBiner(o.file), format: bacaFormat(o.format) };
        await denganRuntime(io, async (ctx) => {
          if (!o.konfirmasi) {
            const pr = await pratinjauImpor(ctx, p);
            printResult(
              io,
              Boolean(o.json),
              pr,
              () => `${teksPratinjau(pr)}\nPratinjau saja; jalankan lagi dengan --konfirmasi untuk menyimpan.`,
            );
            return;
          }
          const h = await konfirmasiImpor(ctx, p);
          printResult(io, Boolean(o.json), h, () => `${teksPratinjau(h.pratinjau)}\n${h.pesan}`);
        });
      }),
    );

  scope(
    anggaran.command("ringkasan").description("total per program dan per kelas belanja: anggaran, realisasi, %, sisa"),
  )
    .option("--bulan <n>", "realisasi s.d. bulan 1–12 atau TW1–TW4 (bawaan: terakhir)")
    .action(
      action(io, async (o: OpsiLingkup) => {
        const r = await denganRuntime(io, (ctx) => bacaRingkasanAnggaran(ctx, lingkup(o)));
        printResult(io, Boolean(o.json), r, () => {
          const row = (
            label: string,
            b: { anggaran: string | null; realisasi: string | null; serapan: string | null; sisa: string | null },
          ) =>
            `${label.padEnd(62).slice(0, 62)} ${rpTampil(b.anggaran).padStart(20)} ${rpTampil(b.realisasi).padStart(20)} ${persenTampil(b.serapan).padStart(8)} ${rpTampil(b.sisa).padStart(18)}`;
          return [
            `Anggaran ${r.opd} ${r.tahun}${r.bulan ? `, realisasi s.d. bulan ${r.bulan}` : ""}`,
            `${"".padEnd(62)} ${"anggaran".padStart(20)} ${"realisasi".padStart(20)} ${"%".padStart(8)} ${"sisa".padStart(18)}`,
            ...r.program.map((p) => row(`${p.kode} ${p.uraian}`, p)),
            row("JUMLAH", r.total),
            "",
            ...r.kelas.map((k) => row(k.uraian, k)),
            ...r.temuan.map((t) => `Catatan: ${t.pesan}`),
          ].join("\n");
        });
      }),
    );

  scope(
    anggaran
      .command("tabel")
      .description("tabel LKjIP: 2.3/3.17, 2.4/3.18, lampiran, serapan dan efisiensi per sasaran (JSON)"),
  )
    .option("--bulan <n>", "realisasi s.d. bulan 1–12 atau TW1–TW4")
    .option("--capaian <kode=persen...>", "capaian kinerja per sasaran untuk efisiensi, mis. S1=94.71 S2=93.53")
    .action(
      action(io, async (o: OpsiLingkup & { capaian?: string[] }) => {
        const capaian = bacaPasangan("capaian", o.capaian ?? []);
        const t = await denganRuntime(io, (ctx) => bacaTabelAnggaran(ctx, { ...lingkup(o), capaian }));
        printResult(io, true, t, () => "");
      }),
    );

  scope(anggaran.command("kelas").description("simpan rincian anggaran OPD per kode rekening (mis. Tabel 2.3 DPPA)"))
    .requiredOption(
      "--akun <akun=anggaran...>",
      "AKUN=ANGGARAN[:REALISASI], mis. 5.1.01=2013689173 5.2.02=42500000:11000000",
    )
    .option("--sumber <teks>", "sumber angka, mis. DPPA Tahun Anggaran 2023")
    .action(
      action(io, async (o: OpsiLingkup & { akun: string[]; sumber?: string }) => {
        const baris = o.akun.map((a) => {
          const m = /^([\d.]+)=([^:]+)(?::(.+))?$/.exec(a.trim());
          if (!m) throw new CliInputError(`--akun: "${a}" harus berbentuk AKUN=ANGGARAN atau AKUN=ANGGARAN:REALISASI`);
          return { akun: m[1] ?? "", anggaran: m[2] ?? "", realisasi: m[3] ?? null };
        });
        const h = await denganRuntime(io, (ctx) => simpanKelasOpd(ctx, { ...lingkup(o), baris, sumber: o.sumber }));
        printResult(io, Boolean(o.json), h, () =>
          [h.tanpaPerubahan ? "Tanpa perubahan." : "Disimpan.", ...h.temuan.map((t) => `Catatan: ${t.pesan}`)].join(
            "\n",
          ),
        );
      }),
    );

  scope(anggaran.command("sasaran").description("tautkan program/kegiatan/sub-kegiatan ke sasaran Renstra"))
    .requiredOption("--sasaran <kode>", "kode sasaran Renstra, mis. S1")
    .requiredOption("--kode <kode...>", "kode program/kegiatan/sub-kegiatan pendukung")
    .action(
      action(io, async (o: OpsiLingkup & { sasaran: string; kode: string[] }) => {
        const h = await denganRuntime(io, (ctx) =>
          aturSasaranAnggaran(ctx, { ...lingkup(o), sasaranKode: o.sasaran, kode: o.kode }),
        );
        printResult(
          io,
          Boolean(o.json),
          h,
          () => `${h.tanpaPerubahan ? "Tanpa perubahan" : "Disimpan"}: ${h.sasaranKode} ← ${h.kode.join(", ")}`,
        );
      }),
    );

  anggaran
    .command("templat")
    .description("tulis templat impor (XLSX/CSV), kosong atau berisi data OPD")
    .option("--opd <slug>", "isi dengan data OPD ini (bersama --tahun)")
    .option("--tahun <yyyy>", "tahun anggaran")
    .option("--pemda <slug>", "slug Pemda")
    .option("--format <xlsx|csv>", "format berkas", "xlsx")
    .option("--out <berkas>", "berkas tujuan")
    .option("--json", "keluaran JSON")
    .action(
      action(io, async (o: Partial<OpsiLingkup> & { format: string; out?: string }) => {
        if (o.format !== "xlsx" && o.format !== "csv")
          throw new CliInputError(`--format: "${o.format}" harus xlsx atau csv`);
        if (Boolean(o.opd) !== Boolean(o.tahun)) throw new CliInputError("--opd dan --tahun dipakai bersama");
        const scopeOpt = o.opd && o.tahun ? lingkup({ opd: o.opd, tahun: o.tahun, pemda: o.pemda }) : null;
        const b = await denganRuntime(io, (ctx) => unduhTemplat(ctx, scopeOpt, o.format as "xlsx" | "csv"));
        tulisBerkas(io, o.out, b, Boolean(o.json));
      }),
    );

  scope(
    anggaran
      .command("ekspor")
      .description("ekspor XLSX: pohon, lampiran, program, kelas, sasaran, efisiensi atau semua"),
  )
    .option("--tabel <nama>", TABEL_EKSPOR.join(" | "), "semua")
    .option("--bulan <n>", "realisasi s.d. bulan 1–12 atau TW1–TW4")
    .option("--capaian <kode=persen...>", "capaian kinerja per sasaran untuk efisiensi")
    .option("--out <berkas>", "berkas tujuan")
    .action(
      action(io, async (o: OpsiLingkup & { tabel: string; out?: string; capaian?: string[] }) => {
        if (!(TABEL_EKSPOR as readonly string[]).includes(o.tabel)) {
          throw new CliInputError(`--tabel: "${o.tabel}" tidak dikenal (pilihan: ${TABEL_EKSPOR.join(", ")})`);
        }
        const capaian = bacaPasangan("capaian", o.capaian ?? []);
        const b = await denganRuntime(io, (ctx) =>
          eksporAnggaran(ctx, { ...lingkup(o), tabel: o.tabel as TabelEkspor, capaian }),
        );
        tulisBerkas(io, o.out, b, Boolean(o.json));
      }),
    );
}

function bacaPasangan(nama: string, list: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const x of list) {
    const m = /^([^=]+)=(-?\d+(?:[.,]\d+)?)$/.exec(x.trim());
    if (!m) throw new CliInputError(`--${nama}: "${x}" harus berbentuk KODE=ANGKA, mis. S1=94.71`);
    out[(m[1] ?? "").trim()] = (m[2] ?? "").replace(",", ".");
  }
  return out;
}

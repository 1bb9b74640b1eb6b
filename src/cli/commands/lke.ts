/**
 * `sakip lke …` (issue 13): the Pemda's recap of a year (every OPD: komponen, total, predikat, rank; printed
 * differences), an OPD's LKE values (both sides and their differences) and the import of a filled LKE worksheet
 * (preview by default, `--konfirmasi` to write the side the evaluation's status allows).
 * Bad input (unknown OPD/Pemda, malformed file, errors in the worksheet) exits with code 2 and an Indonesian message.
 */
import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { loadConfig } from "../../config/env";
import { DomainError } from "../../domain/shared/errors";
import type { ServiceContext } from "../../services/context";
import { NotFoundError } from "../../services/errors";
import { bacaNilaiLke } from "../../services/lke/baca-lke";
import { rekapLke } from "../../services/lke/rekap";
import { konfirmasiImporLke, pratinjauImporLke } from "../../services/lke/xlsx-lke";
import { listPemdaWithOpd } from "../../services/organisasi/list-opd";
import { action } from "../action";
import { type CliIO, CliInputError, printResult } from "../io";
import { openRuntime } from "../runtime";

function tahunDari(v: string): number {
  const n = Number(v);
  if (!/^\d{4}$/.test(v.trim()) || n < 2000 || n > 2100)
    throw new CliInputError(`--tahun: "${v}" harus tahun 2000–2100`);
  return n;
}

async function pemdaBawaan(ctx: ServiceContext, slug: string | undefined): Promise<string> {
  if (slug) return slug;
  const semua = await listPemdaWithOpd(ctx);
  if (semua.length === 1 && semua[0]) return semua[0].slug;
  throw new CliInputError(`--pemda: wajib diisi (ada ${semua.length} Pemda)`);
}

async function denganRuntime<T>(io: CliIO, fn: (ctx: ServiceContext) => Promise<T>): Promise<T> {
  const runtime = await openRuntime(loadConfig());
  try {
    return await fn(runtime.ctx);
  } catch (error) {
    if (error instanceof NotFoundError) throw new CliInputError(error.message);
    if (error instanceof DomainError && Array.isArray(error.details.galat)) {
      const galat = error.details.galat as Array<{ message: string }>;
      for (const g of galat.slice(0, 50)) io.err(`  ${g.message}`);
      throw new CliInputError("Berkas LKE ditolak; tidak ada yang disimpan");
    }
    throw error;
  } finally {
    await runtime.close();
  }
}

export function registerLke(program: Command, io: CliIO): void {
  const lke = program.command("lke").description("evaluasi AKIP (LKE 80 kriteria): rekap, nilai, impor lembar kerja");

  lke
    .command("rekap")
    .description("rekap evaluasi AKIP seluruh OPD: empat komponen, total, predikat, peringkat")
    .requiredOption("--tahun <yyyy>", "tahun evaluasi")
    .option("--pemda <slug>", "slug Pemda (bawaan: satu-satunya Pemda)")
    .option("--json", "keluaran JSON")
    .action(
      action(io, async (o: { pemda?: string; tahun: string; json?: boolean }) => {
        const tahun = tahunDari(o.tahun);
        const r = await denganRuntime(io, async (ctx) => rekapLke(ctx, await pemdaBawaan(ctx, o.pemda), tahun));
        printResult(io, Boolean(o.json), r, () =>
          [
            `Rekap evaluasi AKIP ${r.pemda.nama} tahun ${r.tahun} (${r.jumlahOpd} OPD; ${r.jumlahModeKomponen} mode komponen)`,
            ...r.baris.map(
              (b) =>
                `${String(b.peringkat).padStart(3)}. ${b.opd.nama.padEnd(60).slice(0, 60)} ${b.komponen.map((k) => k.nilai.tampil.padStart(6)).join(" ")}  ${b.total.tampil.padStart(6)} ${b.predikat.kode.padEnd(2)}${b.catatan && b.catatan.includes("berbeda") ? `  ! ${b.catatan.split("; ").slice(1).join("; ")}` : ""}`,
            ),
            ...(r.tanpaEvaluasi.length ? [`Tanpa evaluasi: ${r.tanpaEvaluasi.map((o) => o.slug).join(", ")}`] : []),
          ].join("\n"),
        );
      }),
    );

  lke
    .command("nilai")
    .description("nilai LKE satu OPD: sub-komponen, komponen, total, predikat (mandiri dan evaluator), selisih")
    .requiredOption("--opd <slug>", "slug perangkat daerah")
    .requiredOption("--tahun <yyyy>", "tahun evaluasi")
    .option("--pemda <slug>", "slug Pemda (bawaan: satu-satunya Pemda)")
    .option("--json", "keluaran JSON")
    .action(
      action(io, async (o: { pemda?: string; opd: string; tahun: string; json?: boolean }) => {
        const tahun = tahunDari(o.tahun);
        const n = await denganRuntime(io, async (ctx) =>
          bacaNilaiLke(ctx, { pemda: await pemdaBawaan(ctx, o.pemda), opd: o.opd }, tahun),
        );
        printResult(io, Boolean(o.json), n, () =>
          [
            `LKE ${n.opd.nama} ${n.tahun} (kerangka ${n.kerangka}, status ${n.status})`,
            ...(["mandiri", "evaluator"] as const).map((s) => {
              const v = n[s];
              return `${s.padEnd(9)}: ${v.komponen.map((k) => `${k.kunci} ${k.nilai.tampil}`).join(", ")}; total ${v.total.tampil} (${v.predikat.kode}); ${v.terisi}/${v.jumlahKriteria} kriteria`;
            }),
            `selisih : ${n.selisih.length} kriteria${
              n.selisih.length
                ? ` (${n.selisih
                    .map((x) => `${x.kode} ${x.mandiri}→${x.evaluator}`)
                    .slice(0, 20)
                    .join(", ")})`
                : ""
            }`,
          ].join("\n"),
        );
      }),
    );

  lke
    .command("impor")
    .description("impor lembar LKE (XLSX; pratinjau, --konfirmasi untuk menyimpan)")
    .requiredOption("--opd <slug>", "slug perangkat daerah")
    .requiredOption("--tahun <yyyy>", "tahun evaluasi")
    .requiredOption("--file <berkas>", "berkas .xlsx (unduhan lembar LKE)")
    .option("--pemda <slug>", "slug Pemda (bawaan: satu-satunya Pemda)")
    .option("--konfirmasi", "simpan (semua atau tidak sama sekali)")
    .option("--json", "keluaran JSON")
    .action(
      action(
        io,
        async (o: {
          pemda?: string;
          opd: string;
          tahun: string;
          file: string;
          konfirmasi?: boolean;
          json?: boolean;
        }) => {
          const tahun = tahunDari(o.tahun);
          let isi: Uint8Array;
          try {
            isi = new Uint8Array(readFileSync(o.file));
          } catch {
            throw new CliInputError(`--file: berkas "${o.file}" tidak dapat dibaca`);
          }
          await denganRuntime(io, async (ctx) => {
            const lingkup = { pemda: await pemdaBawaan(ctx, o.pemda), opd: o.opd };
            if (!o.konfirmasi) {
              const p = await pratinjauImporLke(ctx, lingkup, tahun, { isi });
              if (p.galat.length) {
                for (const g of p.galat.slice(0, 50)) io.err(`  ${g.message}`);
                throw new CliInputError(`Berkas LKE berisi ${p.galat.length} kesalahan; tidak ada yang disimpan`);
              }
              printResult(
                io,
                Boolean(o.json),
                p,
                () =>
                  `Pratinjau (${p.sisi}): ${p.berubah.length} kriteria berubah; total setelah impor ${p.nilaiSetelah.total.tampil} (${p.nilaiSetelah.predikat.kode}).` +
                  `${p.diabaikan.length ? ` Kolom diabaikan: ${p.diabaikan.join(", ")}.` : ""}\nJalankan lagi dengan --konfirmasi untuk menyimpan.`,
              );
              return;
            }
            const h = await konfirmasiImporLke(ctx, lingkup, tahun, { isi });
            printResult(
              io,
              Boolean(o.json),
              h,
              () =>
                `Tersimpan (${h.sisi}): ${h.diubah} kriteria diubah; total ${h.nilai[h.sisi].total.tampil} (${h.nilai[h.sisi].predikat.kode}).`,
            );
          });
        },
      ),
    );
}

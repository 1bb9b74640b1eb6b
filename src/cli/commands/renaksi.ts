/**
 * `sakip renaksi --opd <slug> --tahun <yyyy> [--json]` (issue #19): per PK indicator the quarterly targets,
 * realisasi, capaian per triwulan and cumulative, and the early-warning flags. Bad input exits with code 2.
 */
import type { Command } from "commander";
import { loadConfig } from "../../config/env";
import type { ServiceContext } from "../../services/context";
import { NotFoundError } from "../../services/errors";
import { listPemdaWithOpd } from "../../services/organisasi/list-opd";
import { bacaRenaksi, type RenaksiTampil } from "../../services/renaksi/baca-renaksi";
import { action } from "../action";
import { type CliIO, CliInputError, printResult } from "../io";
import { openRuntime } from "../runtime";
import { registerRenaksiDokumen } from "./renaksi-dokumen";

const TW = ["TW I", "TW II", "TW III", "TW IV"];
const p = (v: string | null) => (v === null ? "—" : v.replace(".", ","));

export function teksRenaksi(r: RenaksiTampil): string {
  const baris: string[] = [`Rencana Aksi ${r.opd.nama} ${r.tahun} (ambang: ${r.ambang.label})`];
  for (const pk of r.pk) {
    baris.push("", `PK ${pk.kode} (${pk.jenis}) — ${pk.jabatan} ${pk.pihakPertama}`.trim());
    for (const i of pk.indikator) {
      baris.push(
        `  ${i.indikator} [target ${i.targetTahunan} ${i.satuan}]${i.rencana ? ` (${i.rencana.sifat})` : " (belum ada rencana)"}`,
      );
      for (const q of i.triwulan) {
        baris.push(
          `    ${TW[q.triwulan - 1]}: target ${p(q.target)}, realisasi ${p(q.realisasi)}, capaian ${p(q.capaian)}%, ` +
            `kumulatif ${p(q.capaianKumulatif)}%${q.peringatan.length ? "  ⚠ " + q.peringatan.map((w) => w.jenis).join(", ") : ""}`,
        );
      }
    }
  }
  baris.push("", `Peringatan: ${r.peringatan.length}`);
  for (const w of r.peringatan) baris.push(`  ${TW[w.triwulan - 1]}: ${w.pesan}`);
  return baris.join("\n");
}

async function pemdaBawaan(ctx: ServiceContext, slug: string | undefined): Promise<string> {
  if (slug) return slug;
  const semua = await listPemdaWithOpd(ctx);
  if (semua.length === 1 && semua[0]) return semua[0].slug;
  throw new CliInputError(`--pemda: wajib diisi (ada ${semua.length} Pemda)`);
}

export function registerRenaksi(program: Command, io: CliIO): void {
  const renaksi = program
    .command("renaksi")
    .description("Rencana Aksi: target per triwulan, realisasi, capaian per triwulan dan kumulatif, peringatan")
    .requiredOption("--opd <slug>", "slug perangkat daerah, mis. kecamatan-sei-balai")
    .requiredOption("--tahun <yyyy>", "tahun")
    .option("--pemda <slug>", "slug Pemda (bawaan: satu-satunya Pemda)")
    .option("--json", "keluaran JSON")
    .action(
      action(io, async (o: { opd: string; tahun: string; pemda?: string; json?: boolean }) => {
        const tahun = Number(o.tahun);
        if (!/^\d{4}$/.test(o.tahun.trim()) || tahun < 2000 || tahun > 2100) {
          throw new CliInputError(`--tahun: "${o.tahun}" harus tahun 2000–2100`);
        }
        const runtime = await openRuntime(loadConfig());
        try {
          const r = await bacaRenaksi(
            runtime.ctx,
            { pemda: await pemdaBawaan(runtime.ctx, o.pemda), opd: o.opd },
            tahun,
          );
          printResult(io, Boolean(o.json), r, () => teksRenaksi(r));
        } catch (error) {
          if (error instanceof NotFoundError) throw new CliInputError(error.message);
          throw error;
        } finally {
          await runtime.close();
        }
      }),
    );
  // `sakip renaksi dokumen …`: the quarterly report and the Rencana Aksi document
  registerRenaksiDokumen(renaksi, io);
}

/**
 * `sakip skm …` (issue 12): `layanan` (services with their kode and periods with their kode), `impor` (XLSX/CSV, one
 * row per respondent with u1…u9; preview by default, `--konfirmasi` to write) and `hasil` (IKM, mutu, respondents,
 * NRR per unsur). Bad input (unknown OPD/layanan/periode, malformed file) exits with code 2 and an Indonesian message.
 * (`sakip skm poster` is registered by the public-survey module.)
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import { loadConfig } from "../../config/env";
import { DomainError } from "../../domain/shared/errors";
import type { ServiceContext } from "../../services/context";
import { ConflictError, NotFoundError } from "../../services/errors";
import { listPemdaWithOpd } from "../../services/organisasi/list-opd";
import { konfirmasiImporSkm, pratinjauImporSkm } from "../../services/skm/entri";
import { hasilSkmOpd } from "../../services/skm/hasil";
import { daftarLayananSkm } from "../../services/skm/layanan";
import { type CliIO, CliInputError, printResult } from "../io";
import { action } from "../action";
import { openRuntime } from "../runtime";

async function pemdaBawaan(ctx: ServiceContext, slug: string | undefined): Promise<string> {
  if (slug) return slug;
  const semua = await listPemdaWithOpd(ctx);
  if (semua.length === 1 && semua[0]) return semua[0].slug;
  if (semua.length === 0) throw new CliInputError("--pemda: belum ada Pemda di basis data (jalankan `sakip demo`)");
  throw new CliInputError(`--pemda: wajib diisi, ada ${semua.length} Pemda (${semua.map((p) => p.slug).join(", ")})`);
}

async function denganRuntime<T>(io: CliIO, fn: (ctx: ServiceContext) => Promise<T>): Promise<T> {
  const runtime = await openRuntime(loadConfig());
  try {
    return await fn(runtime.ctx);
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ConflictError) throw new CliInputError(error.message);
    if (error instanceof DomainError && Array.isArray(error.details.errors)) {
      const errors = error.details.errors as Array<{ pesan: string }>;
      for (const e of errors.slice(0, 50)) io.err(`  ${e.pesan}`);
      if (errors.length > 50) io.err(`  … dan ${errors.length - 50} kesalahan lain`);
      throw new CliInputError(`${error.message.split(" (")[0]}; tidak ada yang disimpan`);
    }
    throw error;
  } finally {
    await runtime.close();
  }
}

function bacaBerkas(berkas: string | undefined): { nama: string; isi: Uint8Array } {
  if (!berkas) throw new CliInputError("opsi --file wajib diisi (mis. --file skm.xlsx)");
  try {
    return { nama: path.basename(berkas), isi: new Uint8Array(readFileSync(berkas)) };
  } catch (error) {
    const kode = (error as NodeJS.ErrnoException).code;
    const sebab = kode === "ENOENT" ? "tidak ditemukan" : kode === "EISDIR" ? "adalah folder" : "tidak dapat dibaca";
    throw new CliInputError(`berkas "${berkas}" ${sebab}`);
  }
}

interface Opsi {
  pemda?: string;
  opd: string;
  layanan?: string;
  periode?: string;
  file?: string;
  konfirmasi?: boolean;
  json?: boolean;
}

export function registerSkm(program: Command, io: CliIO): void {
  const skm = program.command("skm").description("Survei Kepuasan Masyarakat: layanan, impor jawaban, hasil IKM");

  skm
    .command("layanan")
    .description("unit layanan (kode tautan publik /s/{kode}) dan periode survei perangkat daerah")
    .requiredOption("--opd <slug>", "slug perangkat daerah")
    .option("--pemda <slug>", "slug Pemda (bawaan: satu-satunya Pemda)")
    .option("--json", "keluaran JSON")
    .action(
      action(io, async (o: Opsi) => {
        const d = await denganRuntime(io, async (ctx) =>
          daftarLayananSkm(ctx, { pemda: await pemdaBawaan(ctx, o.pemda), opd: o.opd }),
        );
        printResult(io, Boolean(o.json), d, () =>
          [
            `${d.opd.nama}`,
            "Layanan:",
            ...d.layanan.map((l) => `  ${l.kode.padEnd(20)} ${l.nama}${l.aktif ? "" : " (nonaktif)"}  ${l.tautan}`),
            "Periode:",
            ...d.periode.map((p) => `  ${p.kode.padEnd(12)} ${p.jenis} ${p.mulai} s.d. ${p.selesai} (${p.status})`),
          ].join("\n"),
        );
      }),
    );

  skm
    .command("impor")
    .description(
      "impor jawaban responden dari XLSX/CSV (kolom u1…u9, opsional umur, jenis_kelamin, pendidikan, pekerjaan, saran, kunci)",
    )
    .requiredOption("--opd <slug>", "slug perangkat daerah")
    .requiredOption("--layanan <kode>", "kode layanan")
    .requiredOption("--periode <kode>", "kode periode survei")
    .requiredOption("--file <berkas>", "berkas XLSX atau CSV")
    .option("--pemda <slug>", "slug Pemda (bawaan: satu-satunya Pemda)")
    .option("--konfirmasi", "simpan (satu transaksi); tanpa opsi ini hanya pratinjau")
    .option("--json", "keluaran JSON")
    .action(
      action(io, async (o: Opsi) => {
        const berkas = bacaBerkas(o.file);
        const hasil = await denganRuntime(io, async (ctx) => {
          const p = {
            pemda: await pemdaBawaan(ctx, o.pemda),
            opd: o.opd,
            layanan: o.layanan!,
            periode: o.periode!,
            berkas,
          };
          return o.konfirmasi
            ? { konfirmasi: true as const, ...(await konfirmasiImporSkm(ctx, p)) }
            : { konfirmasi: false as const, pratinjau: await pratinjauImporSkm(ctx, p) };
        });
        printResult(io, Boolean(o.json), hasil, () => {
          const p = hasil.pratinjau;
          const ikm = p.hasil ? `IKM berkas ${p.hasil.ikm.tampil} (mutu ${p.hasil.mutu.mutu})` : "";
          return hasil.konfirmasi
            ? `Tersimpan: ${hasil.disimpan} responden (${hasil.sudahAda} sudah ada) ke layanan ${hasil.layanan} periode ${hasil.periode}; ${ikm}`
            : `Pratinjau ${p.berkas.nama}: ${p.responden} responden (${p.sudahAda} sudah ada); ${ikm}. Tambahkan --konfirmasi untuk menyimpan.`;
        });
      }),
    );

  skm
    .command("hasil")
    .description("IKM, mutu, responden dan NRR per unsur suatu periode (seluruh layanan atau satu)")
    .requiredOption("--opd <slug>", "slug perangkat daerah")
    .requiredOption("--periode <kode>", "kode periode survei")
    .option("--layanan <kode>", "hanya satu layanan")
    .option("--pemda <slug>", "slug Pemda (bawaan: satu-satunya Pemda)")
    .option("--json", "keluaran JSON")
    .action(
      action(io, async (o: Opsi) => {
        const h = await denganRuntime(io, async (ctx) =>
          hasilSkmOpd(ctx, { pemda: await pemdaBawaan(ctx, o.pemda), opd: o.opd }, o.periode!, o.layanan),
        );
        const t = h.total;
        const data = {
          opd: h.opd.slug,
          periode: h.periode.kode,
          layanan: o.layanan ?? null,
          metode: h.metode,
          responden: t?.responden ?? 0,
          ikm: t?.ikm.nilai ?? null,
          ikmRinci: t?.ikm.rinci ?? null,
          mutu: t?.mutu.mutu ?? null,
          kinerja: t?.mutu.kinerja ?? null,
          unsurTerlemah: t?.unsurTerlemah.kode ?? null,
          nrr: Object.fromEntries((t?.unsur ?? []).map((u) => [u.kode, u.nrr.nilai])),
          perLayanan: h.layanan.map((l) => ({
            kode: l.kode,
            responden: l.hasil?.responden ?? 0,
            ikm: l.hasil?.ikm.nilai ?? null,
            mutu: l.hasil?.mutu.mutu ?? null,
            sampel: l.sampel,
          })),
        };
        printResult(io, Boolean(o.json), data, () =>
          t
            ? [
                `${h.opd.nama}, periode ${h.periode.kode}: ${t.responden} responden, IKM ${t.ikm.tampil} — mutu ${t.mutu.mutu} (${t.mutu.kinerja})`,
                ...t.unsur.map((u) => `  ${u.kode} ${u.nama.padEnd(42)} NRR ${u.nrr.tampil}  ${u.mutu.mutu}`),
                `Unsur terlemah: ${t.unsurTerlemah.kode} ${t.unsurTerlemah.nama}`,
              ].join("\n")
            : `${h.opd.nama}, periode ${h.periode.kode}: belum ada responden`,
        );
      }),
    );
}

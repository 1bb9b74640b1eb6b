/**
 * `sakip skm poster --opd <slug> --layanan <kode> --out F.pdf [--pemda <slug>] [--url <base>] [--json]`: the A4 QR
 * poster of a service (ADR 0021). The link's base is --url, else SAKIP_URL_PUBLIK, else http://localhost:<PORT>.
 * Attaches to the `skm` command group when another module already made it.
 */
import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import { loadConfig } from "../../config/env";
import { buatPosterSkm } from "../../services/skm-publik/poster";
import { listPemda } from "../../storage/repositories/organisasi-repository";
import { action } from "../action";
import { CliInputError, type CliIO, printResult } from "../io";
import { pasangPenyaji } from "../penyaji";
import { openRuntime } from "../runtime";

interface OpsiPoster {
  opd?: string;
  layanan?: string;
  out?: string;
  pemda?: string;
  url?: string;
  json?: boolean;
}

function wajib(nilai: string | undefined, opsi: string, contoh: string): string {
  if (!nilai?.trim()) throw new CliInputError(`opsi ${opsi} wajib diisi (mis. ${opsi} ${contoh})`);
  return nilai.trim();
}

export function registerSkmPoster(program: Command, io: CliIO): void {
  const skm =
    program.commands.find((c) => c.name() === "skm") ??
    program.command("skm").description("Survei Kepuasan Masyarakat (SKM)");
  skm
    .command("poster")
    .description("buat poster QR A4 (PDF) untuk satu unit layanan SKM")
    .option("--opd <slug>", "slug OPD, mis. kecamatan-sei-balai")
    .option("--layanan <kode>", "kode layanan (tautan /s/{kode})")
    .option("--out <berkas>", "berkas PDF keluaran")
    .option("--pemda <slug>", "slug pemda (bila basis data berisi lebih dari satu)")
    .option("--url <base>", "alamat publik server, mis. https://sakip.batubarakab.go.id (bawaan: SAKIP_URL_PUBLIK)")
    .option("--json", "keluaran JSON")
    .action(
      action(io, async (o: OpsiPoster) => {
        const opd = wajib(o.opd, "--opd", "kecamatan-sei-balai");
        const layanan = wajib(o.layanan, "--layanan", "sb-umum");
        const out = wajib(o.out, "--out", "poster.pdf");
        if (o.url !== undefined && !/^https?:\/\/[^\s/]+/.test(o.url))
          throw new CliInputError(`--url "${o.url}" harus diawali http:// atau https://`);
        const config = loadConfig();
        const runtime = await openRuntime(config);
        try {
          pasangPenyaji();
          let pemda = o.pemda;
          if (!pemda) {
            const semua = await listPemda(runtime.ctx.db);
            if (semua.length !== 1)
              throw new CliInputError(
                `basis data berisi ${semua.length} Pemda; pilih dengan --pemda (${semua.map((p) => p.slug).join(", ")})`,
              );
            pemda = semua[0]?.slug ?? "";
          }
          const urlPublik = o.url ?? config.skmPublik.urlPublik ?? `http://localhost:${config.port}`;
          const hasil = await buatPosterSkm(runtime.ctx, { pemda, opd, layanan, urlPublik });
          writeFileSync(out, hasil.pdf);
          printResult(
            io,
            Boolean(o.json),
            { berkas: out, ukuran: hasil.pdf.length, tautan: hasil.tautan, tautanQr: hasil.tautanQr },
            () => `Poster SKM ditulis ke ${out} (${Math.round(hasil.pdf.length / 1024)} KB); tautan: ${hasil.tautan}`,
          );
        } finally {
          await runtime.close();
        }
      }),
    );
}

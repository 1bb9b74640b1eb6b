/**
 * `sakip tte …` (issue 17, ADR 0032):
 * - `tandatangani --file F.pdf --nip <NIP> --penyedia register|bsre --out G.pdf [--json]`: signs as the official with
 *   that NIP. For BSrE the NIK and the passphrase are asked on the terminal (hidden) or read from stdin with
 *   `--kredensial-stdin` (line 1 NIK, line 2 passphrase) — never taken from an argument, never printed.
 * - `verifikasi --file G.pdf [--json]`: valid true/false, signer and time (the signing log; for BSrE also the gateway
 *   when TTE_URL is set).
 * Bad input and a failed signing exit with code 2 and an Indonesian message; nothing is written then.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import type { Command } from "commander";
import { loadConfig } from "../../config/env";
import { DomainError } from "../../domain/shared/errors";
import type { ServiceContext } from "../../services/context";
import { NotFoundError } from "../../services/errors";
import { listPemdaWithOpd } from "../../services/organisasi/list-opd";
import { JENIS_DOKUMEN_TTE, type JenisDokumenTte, tandatanganiDokumen } from "../../services/tte/tandatangani-dokumen";
import { verifikasiBerkas } from "../../services/tte/verifikasi-dokumen";
import { action } from "../action";
import { type CliIO, CliInputError, printResult } from "../io";
import { openRuntime } from "../runtime";
import { tanyaTersembunyi } from "./kata-sandi-prompt";

function bacaBerkas(file: string | undefined): Uint8Array {
  if (!file || file.trim() === "") throw new CliInputError("opsi --file wajib diisi (mis. --file PK-2023.pdf)");
  try {
    return new Uint8Array(readFileSync(file));
  } catch (error) {
    const kode = (error as NodeJS.ErrnoException).code;
    const sebab = kode === "ENOENT" ? "tidak ditemukan" : kode === "EISDIR" ? "adalah folder" : "tidak dapat dibaca";
    throw new CliInputError(`berkas "${file}" ${sebab}`);
  }
}

async function kredensial(io: CliIO, dariStdin: boolean): Promise<{ nik: string; passphrase: string }> {
  if (dariStdin) {
    const teks = io.readStdin
      ? await io.readStdin()
      : await (async () => {
          const bagian: Buffer[] = [];
          for await (const b of process.stdin) bagian.push(Buffer.from(b as Buffer));
          return Buffer.concat(bagian).toString("utf8");
        })();
    const [nik = "", passphrase = ""] = teks.split(/\r?\n/);
    if (!nik || !passphrase)
      throw new CliInputError("--kredensial-stdin: baris 1 NIK dan baris 2 passphrase wajib ada di stdin");
    return { nik, passphrase };
  }
  if (!process.stdin.isTTY)
    throw new CliInputError(
      "penyedia bsre: bukan terminal; kirim NIK dan passphrase lewat stdin dengan --kredensial-stdin",
    );
  const nik = await tanyaTersembunyi("NIK: ");
  const passphrase = await tanyaTersembunyi("Passphrase: ");
  return { nik, passphrase };
}

async function pemdaBawaan(ctx: ServiceContext, slug: string | undefined): Promise<string> {
  if (slug) return slug;
  const semua = await listPemdaWithOpd(ctx);
  if (semua.length === 1 && semua[0]) return semua[0].slug;
  throw new CliInputError(`--pemda: wajib diisi (ada ${semua.length} Pemda)`);
}

interface OpsiTandatangani {
  file?: string;
  nip?: string;
  penyedia?: string;
  out?: string;
  pemda?: string;
  jenis?: string;
  judul?: string;
  kredensialStdin?: boolean;
  json?: boolean;
}

export function registerTte(program: Command, io: CliIO): void {
  const tte = program.command("tte").description("tanda tangan elektronik: tandatangani dan verifikasi PDF");

  tte
    .command("tandatangani")
    .description(
      "tandatangani PDF sebagai pejabat (register SAKIP atau BSrE); NIK dan passphrase tidak pernah disimpan",
    )
    .option("--file <pdf>", "PDF yang ditandatangani")
    .option("--nip <nip>", "NIP penanda tangan")
    .option("--penyedia <register|bsre>", "penyedia (bawaan: pilihan Pemda, atau register)")
    .option("--out <pdf>", "berkas hasil")
    .option("--pemda <slug>", "slug Pemda (bawaan: satu-satunya Pemda)")
    .option("--jenis <pk|lkjip|lhe|lain>", "jenis dokumen", "lain")
    .option("--judul <teks>", "judul dokumen pada halaman verifikasi")
    .option("--kredensial-stdin", "BSrE: baca NIK (baris 1) dan passphrase (baris 2) dari stdin")
    .option("--json", "keluaran JSON")
    .action(
      action(io, async (o: OpsiTandatangani) => {
        const berkas = bacaBerkas(o.file);
        if (!o.nip) throw new CliInputError("opsi --nip wajib diisi (NIP penanda tangan)");
        if (!o.out) throw new CliInputError("opsi --out wajib diisi (berkas PDF hasil)");
        if (o.penyedia !== undefined && o.penyedia !== "register" && o.penyedia !== "bsre")
          throw new CliInputError(`--penyedia: "${o.penyedia}" tidak dikenal; pilih register atau bsre`);
        const jenis = (o.jenis ?? "lain") as JenisDokumenTte;
        if (!JENIS_DOKUMEN_TTE.includes(jenis))
          throw new CliInputError(`--jenis: "${o.jenis}" tidak dikenal; pilih ${JENIS_DOKUMEN_TTE.join(", ")}`);
        const config = loadConfig();
        const runtime = await openRuntime(config);
        try {
          const pemda = await pemdaBawaan(runtime.ctx, o.pemda);
          const kr = o.penyedia === "bsre" ? await kredensial(io, o.kredensialStdin === true) : undefined;
          const h = await tandatanganiDokumen(
            runtime.ctx,
            { pemda },
            {
              berkas,
              namaBerkas: basename(o.file ?? "dokumen.pdf"),
              jenisDokumen: jenis,
              judul: o.judul,
              nip: o.nip,
              penyedia: o.penyedia,
              ...(kr ?? {}),
            },
            {
              urlPublik: config.skmPublik.urlPublik ?? `http://localhost:${config.port}`,
              tteUrl: config.tte.url,
              ttePengguna: config.tte.pengguna,
              tteSandi: config.tte.sandi,
              batasWaktuDetik: config.tte.batasWaktuDetik,
            },
          );
          writeFileSync(o.out, h.pdf);
          const { pdf: _pdf, ...ringkas } = h;
          void _pdf;
          printResult(io, o.json === true, { ...ringkas, berkas: o.out }, () =>
            [
              `Ditandatangani (${h.penyedia}): ${h.penandatangan.nama}, ${h.penandatangan.jabatan}`,
              `Waktu: ${h.ditandatanganiPada}`,
              `Kode verifikasi: ${h.kode} — ${h.urlVerifikasi}`,
              `SHA-256: ${h.sha256}`,
              `Berkas: ${o.out}`,
            ].join("\n"),
          );
        } catch (e) {
          if (e instanceof NotFoundError || e instanceof DomainError) throw new CliInputError(e.message);
          throw e;
        } finally {
          await runtime.close();
        }
      }),
    );

  tte
    .command("verifikasi")
    .description("verifikasi PDF bertanda tangan: valid, penanda tangan, waktu")
    .option("--file <pdf>", "PDF yang diperiksa")
    .option("--json", "keluaran JSON")
    .action(
      action(io, async (o: { file?: string; json?: boolean }) => {
        const berkas = bacaBerkas(o.file);
        const config = loadConfig();
        const runtime = await openRuntime(config);
        try {
          const h = await verifikasiBerkas(runtime.ctx.db, berkas, {
            tteUrl: config.tte.url,
            ttePengguna: config.tte.pengguna,
            tteSandi: config.tte.sandi,
            batasWaktuDetik: config.tte.batasWaktuDetik,
          });
          const hasil = {
            valid: h.sah,
            signer: h.penandatangan,
            time: h.waktu,
            kode: h.tercatat?.kode ?? null,
            penyedia: h.tercatat?.penyedia ?? null,
            jabatan: h.tercatat?.penandatangan.jabatan ?? null,
            sha256: h.sha256,
            keterangan: h.keterangan,
          };
          printResult(io, o.json === true, hasil, () =>
            [`${h.sah ? "SAH" : "TIDAK SAH"}: ${h.keterangan}`, `SHA-256: ${h.sha256}`].join("\n"),
          );
        } catch (e) {
          if (e instanceof DomainError) throw new CliInputError(e.message);
          throw e;
        } finally {
          await runtime.close();
        }
      }),
    );
}

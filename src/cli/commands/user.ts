/**
 * `sakip user create|reset-password|list`: accounts from the command line, as the local system operator (ADR 0008).
 * This is how production gets its first admin (no default password exists there). The password is read from
 * standard input with --password-stdin (one line) or typed at a hidden prompt; it never appears in argv.
 */
import type { Command } from "commander";
import { loadConfig } from "../../config/env";
import { buatPengguna } from "../../services/pengguna/buat-pengguna";
import { cariPenggunaUntukCli, daftarPengguna, resetKataSandi } from "../../services/pengguna/kelola-pengguna";
import { listPemdaWithOpd } from "../../services/organisasi/list-opd";
import type { ServiceContext } from "../../services/context";
import { CliInputError, type CliIO, printResult } from "../io";
import { action } from "../action";
import { openRuntime } from "../runtime";
import { bacaKataSandi } from "./kata-sandi-prompt";

async function pemdaBawaan(ctx: ServiceContext, slug: string | undefined): Promise<string> {
  if (slug) return slug;
  const semua = await listPemdaWithOpd(ctx);
  if (semua.length === 1 && semua[0]) return semua[0].slug;
  if (semua.length === 0) {
    throw new CliInputError("--pemda: belum ada Pemda di basis data; buat Pemda terlebih dahulu (atau `sakip demo`)");
  }
  throw new CliInputError(`--pemda: wajib diisi, ada ${semua.length} Pemda (${semua.map((p) => p.slug).join(", ")})`);
}

export function registerUser(program: Command, io: CliIO): void {
  const user = program.command("user").description("kelola akun pengguna (buat admin pertama, atur ulang kata sandi)");

  user
    .command("create")
    .description("buat pengguna; kata sandi dari --password-stdin atau ditanyakan")
    .requiredOption("--email <email>", "alamat email (untuk masuk)")
    .requiredOption("--nama <nama>", "nama lengkap")
    .requiredOption(
      "--peran <peran>",
      "admin_pemda | operator_opd | pimpinan_opd | evaluator | petugas_skm | viewer | ketua_tim_evaluator",
    )
    .option("--pemda <slug>", "slug Pemda (bawaan: satu-satunya Pemda)")
    .option("--opd <slug>", "slug OPD (kosong = seluruh Pemda)")
    .option("--nip <nip>", "NIP 18 digit (untuk masuk dengan NIP)")
    .option("--password-stdin", "baca kata sandi dari stdin")
    .option("--json", "keluaran JSON")
    .action(
      action(
        io,
        async (opts: {
          email: string;
          nama: string;
          peran: string;
          pemda?: string;
          opd?: string;
          nip?: string;
          passwordStdin?: boolean;
          json?: boolean;
        }) => {
          const kataSandi = await bacaKataSandi(io, Boolean(opts.passwordStdin), true);
          const runtime = await openRuntime(loadConfig());
          try {
            const profil = await buatPengguna(runtime.ctx, {
              email: opts.email,
              nama: opts.nama,
              peran: opts.peran,
              pemdaSlug: await pemdaBawaan(runtime.ctx, opts.pemda),
              opdSlug: opts.opd ?? null,
              nip: opts.nip ?? null,
              kataSandi,
            });
            printResult(
              io,
              Boolean(opts.json),
              profil,
              () =>
                `Pengguna dibuat: ${profil.nama} <${profil.email}> — ${profil.labelPeran}, ${profil.opd?.nama ?? profil.pemda.nama}.`,
            );
          } finally {
            await runtime.close();
          }
        },
      ),
    );

  user
    .command("reset-password")
    .description("atur ulang kata sandi pengguna (mengakhiri sesinya dan membuka kunci)")
    .requiredOption("--email <email>", "email pengguna")
    .option("--password-stdin", "baca kata sandi baru dari stdin")
    .option("--json", "keluaran JSON")
    .action(
      action(io, async (opts: { email: string; passwordStdin?: boolean; json?: boolean }) => {
        const kataSandi = await bacaKataSandi(io, Boolean(opts.passwordStdin), true);
        const runtime = await openRuntime(loadConfig());
        try {
          const target = await cariPenggunaUntukCli(runtime.ctx, opts.email);
          const profil = await resetKataSandi(runtime.ctx, target.pemdaSlug, target.id, kataSandi);
          printResult(io, Boolean(opts.json), profil, () => `Kata sandi ${profil.email} diatur ulang.`);
        } finally {
          await runtime.close();
        }
      }),
    );

  user
    .command("list")
    .description("daftar pengguna satu Pemda")
    .option("--pemda <slug>", "slug Pemda (bawaan: satu-satunya Pemda)")
    .option("--json", "keluaran JSON")
    .action(
      action(io, async (opts: { pemda?: string; json?: boolean }) => {
        const runtime = await openRuntime(loadConfig());
        try {
          const rows = await daftarPengguna(runtime.ctx, await pemdaBawaan(runtime.ctx, opts.pemda));
          printResult(io, Boolean(opts.json), rows, () =>
            rows
              .map(
                (p) =>
                  `${p.aktif ? " " : "x"} ${p.email.padEnd(36)} ${p.labelPeran.padEnd(24)} ${p.opd?.nama ?? "(seluruh Pemda)"}`,
              )
              .join("\n"),
          );
        } finally {
          await runtime.close();
        }
      }),
    );
}

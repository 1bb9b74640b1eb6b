import type { Command } from "commander";
import { AREA_ATURAN, DAFTAR_ATURAN } from "../../domain/aturan/daftar";
import { profilAturan } from "../../domain/aturan/profil";
import { CliInputError, type CliIO, printResult } from "../io";
import { action } from "../action";

export function registerAturan(program: Command, io: CliIO): void {
  program
    .command("aturan")
    .description("daftar versi aturan (kategori capaian, IKM, LKE, predikat) dan yang berlaku untuk suatu tahun")
    .option("--tahun <yyyy>", "tahun anggaran untuk profil aturan")
    .option("--json", "keluaran JSON")
    .action(
      action(io, (opts: { tahun?: string; json?: boolean }) => {
        const tahun = opts.tahun === undefined ? undefined : Number(opts.tahun);
        if (tahun !== undefined && !(Number.isInteger(tahun) && tahun >= 2000 && tahun <= 2100)) {
          throw new CliInputError(`--tahun: "${opts.tahun}" bukan tahun (2000–2100)`);
        }
        const profil = tahun === undefined ? undefined : profilAturan(tahun);
        const data = AREA_ATURAN.map((area) => ({
          area,
          versi: DAFTAR_ATURAN[area].map((v) => ({
            id: v.id,
            label: v.label,
            sumber: v.source,
            berlakuMulai: v.berlakuMulai ?? null,
            berlakuSampai: v.berlakuSampai ?? null,
            ...(profil ? { dipakai: profil.versi[area].id === v.id } : {}),
          })),
        }));
        printResult(
          io,
          Boolean(opts.json),
          profil ? { tahun, aturan: data, peringatan: profil.peringatan } : { aturan: data },
          () =>
            data
              .map((a) =>
                [
                  `${a.area}:`,
                  ...a.versi.map(
                    (v) =>
                      `  ${"dipakai" in v && v.dipakai ? "*" : "-"} ${v.id} — ${v.label} (${v.sumber.regulasi}${v.sumber.pasal ? `, ${v.sumber.pasal}` : ""})`,
                  ),
                ].join("\n"),
              )
              .join("\n"),
        );
      }),
    );
}

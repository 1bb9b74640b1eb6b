/**
 * `sakip hitung ...`: the rules core from the command line (issue M1-02).
 * Sub-commands are added by the rules-core work: capaian, ikm, akip, predikat, sampel.
 */
import type { Command } from "commander";
import type { CliIO } from "../io";
import { registerHitungCapaian } from "./hitung-capaian";
import { registerHitungIkm } from "./hitung-ikm";
import { registerHitungAkip } from "./hitung-akip";

export function registerHitung(program: Command, io: CliIO): void {
  const hitung = program.command("hitung").description("hitung capaian, IKM, nilai AKIP, predikat dan ukuran sampel");
  registerHitungCapaian(hitung, io);
  registerHitungIkm(hitung, io);
  registerHitungAkip(hitung, io);
}

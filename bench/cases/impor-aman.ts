/**
 * Crafted imports against a real server process (issue 18 acceptance, measured, not asserted): the files of the
 * issue's table (tests/support/xlsx-rakitan.ts) sent one after another to the budget preview and a table import,
 * /healthz polled throughout. Reports the slowest /healthz answer and the process's peak resident memory during the
 * imports (VmHWM, reset after start-up), and its resident memory at idle before and after.
 */
import { setTimeout as tunggu } from "node:timers/promises";
import {
  kirimSambilSehat,
  memoriProses,
  mulaiServer,
  nolPuncak,
  type ServerProses,
} from "../../tests/support/server-proses";
import { xlsxBanyakBaris, xlsxBomZip, xlsxSatuSel } from "../../tests/support/xlsx-rakitan";
import type { BenchCase } from "../harness";

export function imporAmanCases(): BenchCase[] {
  let s: ServerProses | null = null;
  const c: BenchCase = {
    name: "impor berkas rakitan ke server (AZ400000, XFD1048576, CSV 1 jt baris, XLSX 1 jt baris, lembar jarang, bom zip)",
    runs: 1,
    setup: async () => {
      s = await mulaiServer();
    },
    teardown: async () => {
      await s?.berhenti();
    },
    run: async () => {
      const srv = s!;
      const diamAwal = memoriProses(srv.pid).rssMb;
      nolPuncak(srv.pid);
      const berkas: Array<[string, () => Uint8Array, string?]> = [
        ["az.xlsx", () => xlsxSatuSel("AZ400000")],
        ["xfd.xlsx", () => xlsxSatuSel("XFD1048576")],
        ["sejuta.csv", () => new TextEncoder().encode("x;y;z\n".repeat(1_000_000))],
        ["sejuta.xlsx", () => xlsxBanyakBaris(1_000_000)],
        ["jarang.xlsx", () => xlsxSatuSel("AZ400000"), "desa/0"],
        ["bom.xlsx", () => xlsxBomZip(1024)],
      ];
      let sehatMaks = 0;
      const mulai = performance.now();
      for (const [nama, isi, tabel] of berkas) {
        const h = await kirimSambilSehat(srv, isi(), nama, tabel);
        sehatMaks = Math.max(sehatMaks, h.sehatTerlambatMs);
      }
      const ms = performance.now() - mulai;
      const puncak = memoriProses(srv.pid).puncakMb;
      // the reading workers end after 5 idle seconds; then the resident size at idle again
      await tunggu(7_000);
      const diamAkhir = memoriProses(srv.pid).rssMb;
      c.note = `/healthz maks ${sehatMaks} ms; RSS puncak ${puncak} MB; diam ${diamAwal} → ${diamAkhir} MB`;
      return ms;
    },
  };
  return [c];
}

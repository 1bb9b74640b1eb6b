/**
 * parsePengawasan at the scale of a whole Pemda (10.000 sub-kegiatan): the tree, the roll-up and the reconciliation
 * stay exact. Its speed is measured by `npm run bench -- parsePengawasan` (bench/cases/anggaran.ts), never asserted
 * here: a wall-clock bound fails on a busy machine.
 */
import { describe, expect, it } from "vitest";
import { formatSen, generatePengawasanRows } from "../../../tests/fixtures/anggaran/generate";
import { parsePengawasan } from "./pengawasan";
import { ringkasanPerProgram } from "./ringkasan-program";
import { formatRupiah } from "./format-id";

describe("parsePengawasan at scale (10.000 sub-kegiatan)", () => {
  it("parses, rolls up and reconciles 10.000 sub-kegiatan rows exactly", () => {
    const synth = generatePengawasanRows({ subKegiatan: 10_000, seed: 7 });
    const hasil = parsePengawasan(synth.rows);
    const ringkasan = ringkasanPerProgram(hasil.pohon);
    expect(hasil.pohon.program).toHaveLength(synth.program);
    expect(ringkasan).toHaveLength(synth.program + 1); // and JUMLAH
    expect(ringkasan.at(-1)?.anggaran?.toFixed(2)).toBe(hasil.pohon.anggaran.toFixed(2));
    expect(hasil.pohon.program.flatMap((p) => p.kegiatan)).toHaveLength(synth.kegiatan);
    expect(hasil.temuan).toEqual([]);
    expect(formatRupiah(hasil.pohon.anggaran)).toBe(formatSen(synth.total.anggaran));
    expect(formatRupiah(hasil.pohon.realisasi.pegawai)).toBe(formatSen(synth.total.pegawai));
    expect(formatRupiah(hasil.pohon.realisasi.barangJasa)).toBe(formatSen(synth.total.barangJasa));
    expect(formatRupiah(hasil.pohon.realisasi.modal)).toBe(formatSen(synth.total.modal));
  });
});

/**
 * Acceptance of issue 14: `sakip periksa --file <seed> --json` lists the published LKjIP's arithmetic and
 * consistency errors with printed and expected values. The expected list below was made by reading the seed
 * (LKjIP 2023 Kecamatan Sei Balai) by hand; each entry cites its SEED lines and the arithmetic.
 */
import { describe, expect, it } from "vitest";
import type { Temuan } from "../../src/domain/reviu";
import { runCli } from "../../src/cli/program";
import { capture } from "../support/cli-io";
import { BERKAS_SEED } from "./reviu-seed";

interface Harapan {
  aturan: string;
  tertulis: string;
  seharusnya?: string;
  tabel?: string;
  baris?: number;
  mengapa: string;
}

const GALAT: Harapan[] = [
  {
    aturan: "kategori-capaian",
    tabel: "Tabel 3.5",
    tertulis: "Baik",
    seharusnya: "Sangat Tinggi",
    mengapa: "SEED 608: 94,71% ≥ 91 → Sangat Tinggi in the report's own Tabel 3.1 (SEED 453-459)",
  },
  {
    aturan: "capaian-persen",
    tabel: "Tabel 3.9",
    tertulis: "112,25%",
    seharusnya: "112,63%",
    mengapa: "SEED 712: 90,10 / 80,00 × 100 = 112,625",
  },
  {
    aturan: "capaian-persen",
    tabel: "Tabel 3.10",
    tertulis: "112,25%",
    seharusnya: "112,63%",
    mengapa: "SEED 738: same figures for 2022",
  },
  {
    aturan: "jumlah-kolom",
    tabel: "Tabel 3.18",
    tertulis: "3.135.926.319",
    seharusnya: "2.933.929.410",
    mengapa: "SEED 1017-1023: realisasi of the six programs",
  },
  {
    aturan: "serapan-persen",
    tabel: "Tabel 3.18",
    tertulis: "93,56",
    seharusnya: "100,00",
    mengapa: "SEED 1023: the JUMLAH row's own realisasi / anggaran",
  },
  {
    aturan: "jumlah-baris",
    tertulis: "69,77",
    seharusnya: "72,26",
    mengapa: "SEED 1927 (LHE rekap, Nibung Hangus): 22,58 + 24,03 + 9,9 + 15,75",
  },
  {
    aturan: "jumlah-baris",
    tertulis: "71,4",
    seharusnya: "71,9",
    mengapa: "SEED 1937 (LHE rekap, Laut Tador): 24,3 + 23,1 + 9,7 + 14,8",
  },
  {
    aturan: "narasi-tabel",
    tabel: "Tabel 3.2",
    tertulis: "72,16",
    seharusnya: "70,15",
    mengapa: "SEED 492: narrative AKIP realisasi vs Tabel 3.2 (SEED 485)",
  },
  {
    aturan: "narasi-tabel",
    tabel: "Tabel 3.2",
    tertulis: "72,16",
    seharusnya: "75,00",
    mengapa: "SEED 492: narrative AKIP target vs Tabel 3.2 (SEED 485)",
  },
  // issue 14 session 7: Tabel 3.13 (SEED 803-806) and its narrative (SEED 829-833), Tabel 3.18 (SEED 1014-1025)
  {
    aturan: "narasi-tabel",
    tabel: "Tabel 3.13",
    tertulis: "83,00",
    seharusnya: "83,64",
    mengapa: "SEED 829: Datuk Tanah Datar realisasi 2022",
  },
  {
    aturan: "narasi-tabel",
    tabel: "Tabel 3.13",
    tertulis: "7,10",
    seharusnya: "6,46",
    mengapa: "SEED 829: 90,10 − 83,64",
  },
  {
    aturan: "narasi-tabel",
    tabel: "Tabel 3.13",
    tertulis: "83,64",
    seharusnya: "83,00",
    mengapa: "SEED 830: Datuk Tanah Datar target 2023",
  },
  {
    aturan: "narasi-tabel",
    tabel: "Tabel 3.13",
    tertulis: "3,50",
    seharusnya: "3,60",
    mengapa: "SEED 833: 73,65 − 70,05",
  },
  {
    aturan: "klaim-semua",
    tabel: "Tabel 3.18",
    tertulis: "semua di atas 95%",
    seharusnya: "1 dari 6 di atas 95%",
    mengapa: "SEED 1025: only 100,00 is above 95",
  },
  {
    aturan: "klaim-rata-rata",
    tabel: "Tabel 3.18",
    tertulis: "98,12%",
    seharusnya: "93,56% (total) atau 91,79% (rata-rata)",
    mengapa: "SEED 1025: 550,75 / 6; 2.933.929.410 / 3.135.926.319",
  },
];

const PERINGATAN: Harapan[] = [
  { aturan: "selisih-narasi", tertulis: "3,50 poin", seharusnya: "3,00 poin", mengapa: "SEED 748: 80,50 − 77,50" },
  { aturan: "nomor-keterangan-ganda", tertulis: "Tabel 3.4", mengapa: "SEED 549 and 588: two captions 'Tabel 3.4'" },
  { aturan: "nomor-keterangan-urut", tertulis: "Tabel 3.3", mengapa: "SEED 563: Tabel 3.3 after the first Tabel 3.4" },
  {
    aturan: "nomor-baris",
    tabel: "Tabel 1.3",
    tertulis: "(kosong)",
    seharusnya: "7.",
    mengapa: "SEED 227: row 7 without its number",
  },
  {
    aturan: "nomor-kolom",
    tabel: "Tabel 3.11",
    tertulis: "(11)",
    seharusnya: "(12)",
    mengapa: "SEED 765: column numbers (11) (11)",
  },
  {
    aturan: "rujukan-tabel",
    tertulis: "tabel 3.4",
    seharusnya: "Tabel 3.5",
    mengapa: "SEED 612: 'Tabel 3.4 di atas' under Tabel 3.5",
  },
  { aturan: "rujukan-tabel", tertulis: "tabel 3.6", seharusnya: "Tabel 3.7", mengapa: "SEED 676" },
  { aturan: "rujukan-tabel", tertulis: "tabel 3.8", seharusnya: "Tabel 3.9", mengapa: "SEED 717" },
  { aturan: "rujukan-tabel", tertulis: "tabel 3.10", seharusnya: "Tabel 3.11", mengapa: "SEED 768" },
  { aturan: "rujukan-tabel", tertulis: "tabel 3.15", seharusnya: "Tabel 3.16", mengapa: "SEED 990" },
  { aturan: "rujukan-tabel", tertulis: "tabel 3.6", seharusnya: "Tabel 3.17", mengapa: "SEED 1009" },
  { aturan: "halaman-daftar", tertulis: "12", mengapa: "SEED 73-74: Gambar 3.5 and 3.6 on page 12 after page 21" },
];

describe("sakip periksa --file <published LKjIP> --json", () => {
  let hasil: { ringkasan: Record<string, number>; temuan: Temuan[] };

  it("runs and prints one JSON document", async () => {
    const io = capture();
    const code = await runCli(["periksa", "--file", BERKAS_SEED, "--json"], io);
    expect(code, io.stderr).toBe(0);
    hasil = JSON.parse(io.stdout) as typeof hasil;
    expect(hasil.temuan.length).toBeGreaterThan(0);
  }, 120_000);

  it.each(GALAT.map((h) => [h.mengapa, h] as const))("finds the galat: %s", (_m, h) => {
    const cocok = hasil.temuan.filter(
      (t) =>
        t.keparahan === "galat" &&
        t.aturan === h.aturan &&
        t.tertulis === h.tertulis &&
        (h.seharusnya === undefined || t.seharusnya === h.seharusnya) &&
        (h.tabel === undefined || t.lokasi.tabel === h.tabel),
    );
    expect(cocok, JSON.stringify(h)).toHaveLength(1);
  });

  it.each(PERINGATAN.map((h) => [h.mengapa, h] as const))("finds the peringatan: %s", (_m, h) => {
    const cocok = hasil.temuan.filter(
      (t) =>
        t.keparahan === "peringatan" &&
        t.aturan === h.aturan &&
        t.tertulis === h.tertulis &&
        (h.seharusnya === undefined || t.seharusnya === h.seharusnya) &&
        (h.tabel === undefined || t.lokasi.tabel === h.tabel),
    );
    expect(cocok.length, JSON.stringify(h)).toBeGreaterThanOrEqual(1);
  });

  it("raises no galat beyond the hand-made list (no false alarm)", () => {
    expect(hasil.temuan.filter((t) => t.keparahan === "galat")).toHaveLength(GALAT.length);
  });

  it("gives every finding a place, a rule and a source; galat carry printed and expected values", () => {
    for (const t of hasil.temuan) {
      expect(t.sumber.length).toBeGreaterThan(3);
      expect(t.lokasi.baris ?? t.lokasi.tabel).toBeDefined();
      if (t.keparahan === "galat") {
        expect(t.tertulis).toBeDefined();
        expect(t.seharusnya).toBeDefined();
      }
    }
  });
});

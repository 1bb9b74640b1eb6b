import { beforeAll, describe, expect, it } from "vitest";
import {
  seiBalaiTsv,
  TABEL_2_3_RINCIAN,
  TABEL_2_4_CETAK,
  TABEL_3_17_CETAK,
  TABEL_3_18_CETAK,
} from "../../../tests/fixtures/anggaran/sei-balai";
import { toFixed } from "../shared/decimal";
import { DomainError } from "../shared/errors";
import { bandingkanRingkasan } from "./bandingkan-ringkasan";
import { parsePengawasan } from "./pengawasan";
import type { PohonAnggaran } from "./pohon-types";
import { ringkasanPerKelas } from "./ringkasan-kelas";
import { ringkasanPerProgram } from "./ringkasan-program";
import { splitTsv } from "./tsv";

let pohon: PohonAnggaran;
beforeAll(() => {
  pohon = parsePengawasan(splitTsv(seiBalaiTsv())).pohon;
});

const show = (v: { toString(): string } | null): string | null => (v === null ? null : toFixed(v.toString(), 2));

describe("ringkasanPerKelas (Tabel 2.3 / 3.17)", () => {
  it("computes Tabel 3.17 from the report's realisasi columns and the DPPA anggaran of Tabel 2.3", () => {
    const r = ringkasanPerKelas(pohon, TABEL_2_3_RINCIAN);
    expect(r.baris.map((b) => [b.id, show(b.anggaran), show(b.realisasi), show(b.serapan)])).toEqual([
      // SEED 1000-1005
      ["operasi", "3093426319.00", "2922929410.00", "94.49"],
      ["pegawai", "2013689173.00", "1948820960.00", "96.78"],
      ["barangJasa", "1079737146.00", "974108450.00", "90.22"],
      ["modal", "42500000.00", "11000000.00", "25.88"],
      ["5.2.02", "42500000.00", "11000000.00", "25.88"],
      ["JUMLAH", "3135926319.00", "2933929410.00", "93.56"],
    ]);
    expect(r.selisihAnggaran?.isZero()).toBe(true);
    expect(r.baris.find((b) => b.id === "5.2.02")?.uraian).toBe("Belanja Modal Peralatan dan Mesin");
  });

  it("agrees with every printed figure of Tabel 3.17 (SEED 1000-1005)", () => {
    expect(
      bandingkanRingkasan("Tabel 3.17", TABEL_3_17_CETAK, ringkasanPerKelas(pohon, TABEL_2_3_RINCIAN).baris),
    ).toEqual([]);
  });

  it("leaves anggaran per class unknown without the DPA detail", () => {
    const r = ringkasanPerKelas(pohon);
    expect(r.baris.find((b) => b.id === "pegawai")?.anggaran).toBeNull();
    expect(r.baris.find((b) => b.id === "pegawai")?.serapan).toBeNull();
    expect(r.selisihAnggaran).toBeNull();
  });

  it("reports a DPA detail that does not add up to the report's anggaran", () => {
    const r = ringkasanPerKelas(pohon, [{ akun: "5.1.01", anggaran: "1" }]);
    expect(r.selisihAnggaran?.toString()).toBe("-3135926318");
  });

  it("rejects an account with no realisasi column (e.g. hibah 5.1.05)", () => {
    expect(() => ringkasanPerKelas(pohon, [{ akun: "5.1.05", anggaran: "1" }])).toThrow(DomainError);
  });
});

describe("ringkasanPerProgram (Tabel 2.4 / 3.18)", () => {
  it("computes one row per program and JUMLAH", () => {
    expect(ringkasanPerProgram(pohon).map((b) => [b.id, show(b.anggaran), show(b.realisasi), show(b.serapan)])).toEqual(
      [
        ["X.XX.01", "2650313819.00", "2476764410.00", "93.45"],
        ["7.01.02", "13000000.00", "13000000.00", "100.00"],
        ["7.01.03", "268352500.00", "254945000.00", "95.00"],
        ["7.01.04", "18800000.00", "15050000.00", "80.05"],
        ["7.01.05", "175460000.00", "165370000.00", "94.25"],
        ["7.01.06", "10000000.00", "8800000.00", "88.00"],
        ["JUMLAH", "3135926319.00", "2933929410.00", "93.56"],
      ],
    );
  });

  it("agrees with every printed anggaran of Tabel 2.4 (SEED 416-422)", () => {
    expect(bandingkanRingkasan("Tabel 2.4", TABEL_2_4_CETAK, ringkasanPerProgram(pohon))).toEqual([]);
  });

  it("shows the printed Tabel 3.18 JUMLAH realisasi 3.135.926.319 disagrees with the computed 2.933.929.410 (SEED 1023)", () => {
    const temuan = bandingkanRingkasan("Tabel 3.18", TABEL_3_18_CETAK, ringkasanPerProgram(pohon));
    expect(temuan).toEqual([
      {
        jenis: "tabel_berbeda",
        baris: 1023,
        kolom: "Realisasi (Rp)",
        kode: "JUMLAH",
        nilaiCetak: "3.135.926.319,00",
        nilaiHitung: "2.933.929.410,00",
        pesan: "Tabel 3.18, JUMLAH: Realisasi (Rp) tercetak 3.135.926.319,00, hasil hitung 2.933.929.410,00",
      },
    ]);
  });

  it("rejects a printed row id with no computed row", () => {
    expect(() =>
      bandingkanRingkasan("Tabel 3.18", [{ id: "7.01.09", anggaran: 1 }], ringkasanPerProgram(pohon)),
    ).toThrow(DomainError);
  });
});

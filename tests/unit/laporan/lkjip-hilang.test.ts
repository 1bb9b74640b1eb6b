/**
 * Missing data: a clearly marked placeholder in the document and an entry in the list returned with the model —
 * never a crash, never a silent zero (issue 7, Acceptance).
 */
import { describe, expect, it } from "vitest";
import { bangunLkjip } from "../../../src/reports/model";
import { daftarOpdDemo, sumberDariDemo } from "../../../src/demo/laporan/sumber-dari-demo";
import { lkjipDemo, semuaTeks, sumberSeiBalai, tabel } from "../../support/laporan";

describe("missing data", () => {
  it("the complete demo lacks only the program/kegiatan indicators' target and realisasi", () => {
    expect(lkjipDemo().hilang.map((x) => x.kunci)).toEqual(["program-kegiatan:realisasi:2023"]);
  });

  it("without the SKM the IKM realisasi is a placeholder, listed, and its capaian is not computed", () => {
    const h = bangunLkjip({ ...sumberSeiBalai(), skm: null });
    expect(h.hilang).toContainEqual({
      kunci: "realisasi:ikm:2023",
      teks: "realisasi Indeks Kepuasan Masyarakat (IKM) 2023",
    });
    const r = tabel(h, "tabel-capaian").baris.find((x) => x.includes("Indeks Kepuasan Masyarakat (IKM)"))!;
    expect(r.slice(4)).toEqual([
      "85,00",
      "[Data belum tersedia: realisasi Indeks Kepuasan Masyarakat (IKM) 2023]",
      "–",
      "–",
    ]);
    expect(semuaTeks(h)).toContain(
      "[Data belum tersedia: hasil Survei Kepuasan Masyarakat 2023 (jumlah nilai per unsur dan responden)]",
    );
  });

  it.each([
    ["peer", { peer: null }, "perangkat daerah pembanding (setara/sekelas) beserta target dan realisasinya"],
    ["anggaran:2023", { anggaran: null }, "anggaran dan realisasi per sub-kegiatan 2023"],
    ["pk:2023", { pk: [] }, "Perjanjian Kinerja 2023 kepala perangkat daerah"],
    ["teks:kata-pengantar", { teks: [] }, "kata pengantar"],
  ])("%s", (kunci, ubah, teks) => {
    const h = bangunLkjip({ ...sumberSeiBalai(), ...ubah });
    expect(h.hilang).toContainEqual({ kunci, teks });
    expect(semuaTeks(h)).toContain(`[Data belum tersedia: ${teks}]`);
  });

  it("a budget that cannot be rolled up is reported, not thrown", () => {
    const s = sumberSeiBalai();
    const rusak = { ...s.anggaran!, subKegiatan: [...s.anggaran!.subKegiatan, s.anggaran!.subKegiatan[0]!] };
    const h = bangunLkjip({ ...s, anggaran: rusak });
    expect(h.hilang.find((x) => x.kunci === "anggaran:2023")?.teks).toMatch(
      /anggaran dan realisasi per sub-kegiatan 2023 \(.*muncul lebih dari sekali\)/,
    );
  });

  it("every demo OPD (38) builds; the OPD without data get placeholders, not zeros", () => {
    const slugs = daftarOpdDemo();
    expect(slugs).toHaveLength(38);
    for (const slug of slugs) {
      const h = bangunLkjip(sumberDariDemo(slug, 2023)!);
      expect(h.dokumen.bagian.length).toBeGreaterThan(5);
      if (slug !== "kecamatan-sei-balai") {
        expect(h.hilang.length).toBeGreaterThan(10);
        expect(semuaTeks(h)).not.toMatch(/Capaian kinerja sebesar 0,00%/);
      }
    }
  });
});

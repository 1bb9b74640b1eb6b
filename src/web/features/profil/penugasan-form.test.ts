import { describe, expect, it } from "vitest";
import { ISIAN_KOSONG, type PenugasanAda, periksaAkhir, periksaIsian, statusPada } from "./penugasan-form";

const ADA: PenugasanAda[] = [
  {
    id: "a",
    pejabatId: "p1",
    jenis: "plt",
    jabatanDiisi: "Camat Sei Balai",
    nomorSk: "800/12/2024",
    mulai: "2024-10-01",
    selesai: "2024-12-31",
  },
];
const SAH = {
  ...ISIAN_KOSONG,
  pejabatId: "p1",
  jabatanDiisi: "Camat Sei Balai",
  nomorSk: "800/99/2025",
  mulai: "2025-01-02",
  selesai: "2025-03-31",
};

describe("Plt./Plh. form checks", () => {
  it("accepts a complete assignment after the recorded one", () => {
    expect(periksaIsian(SAH, ADA)).toEqual({});
  });

  it("names every missing field in Indonesian", () => {
    const g = periksaIsian({ ...ISIAN_KOSONG, jenis: null }, ADA);
    expect(Object.keys(g).sort()).toEqual(["jabatanDiisi", "jenis", "mulai", "nomorSk", "pejabatId"]);
    expect(g.pejabatId).toBe("Pilih pejabat yang ditugaskan");
    expect(g.nomorSk).toBe("Nomor SK penunjukan wajib diisi");
  });

  it("refuses a typed prefix, a reversed period, an impossible date", () => {
    expect(periksaIsian({ ...SAH, jabatanDiisi: "Plt. Camat" }, ADA).jabatanDiisi).toMatch(/tanpa "Plt."/);
    expect(periksaIsian({ ...SAH, selesai: "2024-12-31" }, ADA).selesai).toBe(
      "Tanggal selesai tidak boleh sebelum tanggal mulai",
    );
    expect(periksaIsian({ ...SAH, mulai: "2025-02-30" }, ADA).mulai).toBe("Tanggal mulai tidak sah");
  });

  it("refuses an overlap with the same official's assignment of the same kind, not of another kind", () => {
    const g = periksaIsian({ ...SAH, mulai: "2024-12-15", selesai: "" }, ADA);
    expect(g.mulai).toContain("Plt. Camat Sei Balai (SK 800/12/2024)");
    expect(periksaIsian({ ...SAH, jenis: "plh", mulai: "2024-12-15" }, ADA)).toEqual({});
    expect(periksaIsian({ ...SAH, pejabatId: "p2", mulai: "2024-12-15" }, ADA)).toEqual({});
  });

  it("ends only inside the period and never later than an end already set", () => {
    expect(periksaAkhir(ADA[0]!, "2024-11-30")).toBeNull();
    expect(periksaAkhir(ADA[0]!, "2024-09-30")).toMatch(/sebelum tanggal mulai/);
    expect(periksaAkhir(ADA[0]!, "2025-01-31")).toMatch(/penugasan baru/);
    expect(periksaAkhir({ mulai: "2024-10-01", selesai: null }, "2025-01-31")).toBeNull();
  });

  it("status on a day", () => {
    expect(statusPada(ADA[0]!, "2024-09-30")).toBe("akan");
    expect(statusPada(ADA[0]!, "2024-12-31")).toBe("berlaku");
    expect(statusPada(ADA[0]!, "2025-01-01")).toBe("berakhir");
  });
});

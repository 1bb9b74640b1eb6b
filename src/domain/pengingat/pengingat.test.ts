/**
 * Reminder days and recipients (issue 15, ADR 0035). The deadlines are the defaults of domain/tenggat
 * (regulations.md §3.5: LKjIP two months after the year; realisasi TW I on 10 April as Pemda practice); the days are
 * the rule's defaults (7, 3, 1, 0 before; day 1 after and every 7 days).
 */
import { describe, expect, it } from "vitest";
import { tenggatBawaan } from "../tenggat";
import { ATURAN_PENGINGAT_BAWAAN, bacaDaftarHari, daftarPengingat, jenisPengingat, kunciPengingat } from ".";

describe("jenisPengingat", () => {
  it.each([
    [8, null],
    [7, "segera"],
    [6, null],
    [3, "segera"],
    [2, null],
    [1, "segera"],
    [0, "segera"],
    [-1, "lewat"],
    [-2, null],
    [-7, null],
    [-8, "lewat"],
    [-15, "lewat"],
  ] as const)("%i days left → %s", (sisa, hasil) => {
    expect(jenisPengingat(sisa, ATURAN_PENGINGAT_BAWAAN)).toBe(hasil);
  });

  it("follows a configured list", () => {
    const aturan = { hariSebelum: [14, 5], ulangLewatHari: 1 };
    expect([14, 13, 5, 0].map((s) => jenisPengingat(s, aturan))).toEqual(["segera", null, "segera", null]);
    expect([-1, -2, -3].map((s) => jenisPengingat(s, aturan))).toEqual(["lewat", "lewat", "lewat"]);
  });
});

describe("daftarPengingat", () => {
  const tw1 = tenggatBawaan(2026)["realisasi-tw1"]; // 2026-04-10
  const pengguna = [
    { id: "op-a", peran: "operator_opd", opdId: "opd-a", aktif: true },
    { id: "op-b", peran: "operator_opd", opdId: "opd-b", aktif: true },
    { id: "pim-a", peran: "pimpinan_opd", opdId: "opd-a", aktif: true },
    { id: "skm-a", peran: "petugas_skm", opdId: "opd-a", aktif: true },
    { id: "admin", peran: "admin_pemda", opdId: null, aktif: true },
    { id: "mati-a", peran: "operator_opd", opdId: "opd-a", aktif: false },
  ] as const;

  it("reminds the acting users of the OPDs still open, once per (kind, deadline, recipient, day)", () => {
    const r = daftarPengingat({
      hariIni: "2026-04-07",
      tenggat: [{ jenis: "realisasi-tw1", tahunData: 2026, tanggal: tw1, opdTerbuka: ["opd-a"] }],
      pengguna,
    });
    expect(r.map((p) => [p.penggunaId, p.jenis, p.sisaHari])).toEqual([["op-a", "segera", 3]]);
    expect(r[0]!.kunci).toBe("tenggat-segera:realisasi-tw1:2026:op-a:2026-04-07");
    expect(r[0]!.judul).toBe("Realisasi triwulan I 2026: tenggat 3 hari lagi");
  });

  it("nothing on a day without a reminder, nor when every OPD has submitted", () => {
    const t = { jenis: "realisasi-tw1" as const, tahunData: 2026, tanggal: tw1 };
    expect(daftarPengingat({ hariIni: "2026-04-08", tenggat: [{ ...t, opdTerbuka: ["opd-a"] }], pengguna })).toEqual(
      [],
    );
    expect(daftarPengingat({ hariIni: "2026-04-07", tenggat: [{ ...t, opdTerbuka: [] }], pengguna })).toEqual([]);
  });

  it("overdue LKjIP of the year before (due end of February, §3.5) reaches who writes the report (operator, pimpinan)", () => {
    const lkjip = tenggatBawaan(2025).lkjip; // 2026-02-28
    const r = daftarPengingat({
      hariIni: "2026-03-01",
      tenggat: [{ jenis: "lkjip", tahunData: 2025, tanggal: lkjip, opdTerbuka: ["opd-a", "opd-b"] }],
      pengguna,
    });
    expect(r.map((p) => [p.penggunaId, p.jenis, p.sisaHari]).sort()).toEqual([
      ["op-a", "lewat", -1],
      ["op-b", "lewat", -1],
      ["pim-a", "lewat", -1],
    ]);
    expect(r[0]!.judul).toBe("LKjIP 2025: tenggat terlewat 1 hari");
  });

  it("the SKM period reaches the SKM officer", () => {
    const r = daftarPengingat({
      hariIni: "2026-12-31",
      tenggat: [{ jenis: "skm", tahunData: 2026, tanggal: tenggatBawaan(2026).skm, opdTerbuka: ["opd-a"] }],
      pengguna,
    });
    expect(r.map((p) => p.penggunaId).sort()).toEqual(["op-a", "skm-a"]);
    expect(r.every((p) => p.judul === "Periode SKM 2026: tenggat hari ini")).toBe(true);
  });

  it("the key changes with the day, the kind and the recipient", () => {
    const dasar = { jenis: "segera", tenggat: "pk", tahunData: 2026, penggunaId: "u", hari: "2026-01-24" } as const;
    const kunci = new Set([
      kunciPengingat(dasar),
      kunciPengingat({ ...dasar, hari: "2026-01-28" }),
      kunciPengingat({ ...dasar, jenis: "lewat" }),
      kunciPengingat({ ...dasar, penggunaId: "v" }),
      kunciPengingat({ ...dasar, tahunData: 2027 }),
    ]);
    expect(kunci.size).toBe(5);
  });
});

describe("bacaDaftarHari", () => {
  it.each([
    ["7,3,1,0", [7, 3, 1, 0]],
    [" 14 , 7 ", [14, 7]],
    ["3,3", [3]],
    ["", null],
    ["7,-1", null],
    ["a", null],
  ] as const)("%j → %j", (teks, hasil) => {
    expect(bacaDaftarHari(teks)).toEqual(hasil);
  });
});

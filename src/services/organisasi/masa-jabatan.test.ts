/** One head at a time: overlapping terms of two Kepala OPD / Kepala Daerah are found; a one-day handover is not. */
import { describe, expect, it } from "vitest";
import { kepalaTumpangTindih, masaTumpangTindih, pesanTumpangTindih } from "./masa-jabatan";
import { tanggalWib } from "./profil-pemda";

const k = (mulai: string | null, selesai: string | null, peran = "kepala-opd", nama = "A") => ({
  peran,
  nama,
  mulai,
  selesai,
});

describe("masaTumpangTindih", () => {
  it.each([
    // reviewer's case: the stored Camat without dates and a second one added without Selesai
    [k(null, null), k("2023-01-01", null), true],
    [k("2021-01-04", null), k("2019-01-02", "2020-12-31"), false],
    // handover on one day: the former head's last day is the new head's first
    [k("2019-01-02", "2021-01-04"), k("2021-01-04", null), false],
    [k("2019-01-02", "2021-06-30"), k("2021-01-04", null), true],
    [k(null, "2024-02-17"), k("2024-02-18", null), false],
  ])("%o vs %o → %s", (a, b, hasil) => {
    expect(masaTumpangTindih(a, b)).toBe(hasil);
    expect(masaTumpangTindih(b, a)).toBe(hasil);
  });
});

describe("kepalaTumpangTindih", () => {
  it("pairs only heads of the same peran; other pejabat may overlap freely", () => {
    const rows = [
      k(null, null, "kepala-opd", "Camat"),
      k(null, null, "pejabat", "Sekcam"),
      k(null, null, "pejabat", "Kasi"),
      k("2023-01-01", null, "kepala-opd", "Camat Kedua"),
    ];
    expect(kepalaTumpangTindih(rows)).toEqual([[0, 3]]);
    expect(pesanTumpangTindih(rows[3]!, rows[0]!)).toBe(
      'kepala-opd "Camat Kedua" (2023-01-01 s.d. sekarang) tumpang tindih masa jabatannya dengan Camat (… s.d. ' +
        "sekarang); hanya satu kepala-opd boleh menjabat pada satu waktu: isi tanggal Selesai pejabat lama dan Mulai " +
        "pejabat baru",
    );
  });
});

describe("tanggalWib", () => {
  it.each([
    // 2024-02-18 09:00 WIB = 02:00 UTC; 23:30 UTC is already the next day in WIB
    ["2024-02-18T02:00:00Z", 0, "2024-02-18"],
    ["2024-02-18T02:00:00Z", -1, "2024-02-17"],
    ["2024-02-17T23:30:00Z", 0, "2024-02-18"],
    ["2024-03-01T02:00:00Z", -1, "2024-02-29"],
  ])("%s %+d → %s", (iso, hari, hasil) => {
    expect(tanggalWib(new Date(iso), hari)).toBe(hasil);
  });
});

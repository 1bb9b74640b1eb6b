import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors";
import { berlakuPada, jabatanTercetak, type Penugasan, penugasanPada, periksaPenugasan } from "./penugasan";

// "Plt." / "Plh." before the position filled (Surat Edaran Kepala BKN Nomor 1/SE/I/2021).
const PLT: Penugasan = {
  jenis: "plt",
  jabatanDiisi: "Camat Sei Balai",
  nomorSk: "800/123/BKPSDM/2023",
  mulai: "2023-01-01",
  selesai: "2023-12-31",
};
const PLH: Penugasan = { ...PLT, jenis: "plh", nomorSk: "800/9/2023", mulai: "2023-06-05", selesai: "2023-06-09" };

describe("acting officials: period, assignment in force, printed position", () => {
  it.each([
    ["Sekretaris Camat", null, "Sekretaris Camat"],
    ["Sekretaris Camat", PLT, "Plt. Camat Sei Balai"],
    ["Sekretaris Camat", PLH, "Plh. Camat Sei Balai"],
  ] as const)("jabatanTercetak(%s, %j) = %s", (sendiri, p, hasil) => {
    expect(jabatanTercetak(sendiri, p)).toBe(hasil);
  });

  it.each([
    ["2022-12-31", false],
    ["2023-01-01", true],
    ["2023-12-31", true],
    ["2024-01-01", false],
  ])("a period includes both ends: %s → %s", (hari, hasil) => {
    expect(berlakuPada(PLT, hari)).toBe(hasil);
  });

  it("an open-ended assignment holds from its start", () => {
    expect(berlakuPada({ mulai: "2023-01-01", selesai: null }, "2030-01-01")).toBe(true);
  });

  it.each([
    ["2023-03-01", "plt"],
    ["2023-06-07", "plh"], // a Plh. during the Plt. period: the later start wins
    ["2024-02-01", null],
  ] as const)("penugasanPada(%s) = %s", (hari, jenis) => {
    expect(penugasanPada([PLT, PLH], hari)?.jenis ?? null).toBe(jenis);
  });

  it.each([
    [{ ...PLT, nomorSk: "  " }, "nomorSk"],
    [{ ...PLT, jabatanDiisi: "" }, "jabatanDiisi"],
    [{ ...PLT, jabatanDiisi: "Plt. Camat Sei Balai" }, "jabatanDiisi"],
    [{ ...PLT, mulai: "1-1-2023" }, "mulai"],
    [{ ...PLT, selesai: "2022-12-31" }, "selesai"],
  ])("refuses %j naming the field %s", (p, field) => {
    try {
      periksaPenugasan(p);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).details.field).toBe(field);
    }
  });

  it("normalises spaces", () => {
    expect(periksaPenugasan({ ...PLT, jabatanDiisi: "  Camat   Sei Balai " }).jabatanDiisi).toBe("Camat Sei Balai");
  });
});

import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors";
import { kodeInduk, parseKode, potongKode } from "./kode";
import { parseKodeUnit } from "./kode-unit";

describe("parseKode", () => {
  it.each([
    // SEED 1763 / regulations.md §5: seed print of sub-kegiatan 3 of kegiatan 2.02 of program 02 (Kecamatan)
    ["7.01 . 7-01.0-00.0-00.03.0.0 . 2.2.02.3", false, "sub-kegiatan", "7.01.02.2.02.0003"],
    // SEED 1722: penunjang line, 0.00 = X.XX (regulations.md §5 row A)
    ["0.00 . 7-01.0-00.0-00.03.0.0 . 1.2.01.1", false, "sub-kegiatan", "X.XX.01.2.01.0001"],
    // SEED 1748: 2-digit sub-kegiatan number
    ["0.00 . 7-01.0-00.0-00.03.0.0 . 1.2.07.10", false, "sub-kegiatan", "X.XX.01.2.07.0010"],
    // SEED 1721: kegiatan row carries the same short code as the PROGRAM row (SEED 1720)
    ["0.00 . 7-01.0-00.0-00.03.0.0 . 1.2.01", false, "kegiatan", "X.XX.01.2.01"],
    ["0.00 . 7-01.0-00.0-00.03.0.0 . 1.2.01", true, "program", "X.XX.01"],
    ["7.01 . 7-01.0-00.0-00.03.0.0 . 6.2.01.18", false, "sub-kegiatan", "7.01.06.2.01.0018"],
    // seed print with the unit in SIPD form (regulations.md §5 row B)
    ["7.01 . 7.01.0.00.0.00.03.0000 . 2.2.02.3", false, "sub-kegiatan", "7.01.02.2.02.0003"],
    // full nomenclature (regulations.md §5, gh-id:24108825359)
    ["7.01.02.2.02.0003", false, "sub-kegiatan", "7.01.02.2.02.0003"],
    ["X.XX.01.2.01.0001", false, "sub-kegiatan", "X.XX.01.2.01.0001"],
    ["x.xx.01.2.01.0001", false, "sub-kegiatan", "X.XX.01.2.01.0001"],
    ["0.00.01.2.01.0001", false, "sub-kegiatan", "X.XX.01.2.01.0001"],
    // original 90/2019 2-digit sub-kegiatan → 4 digits (regulations.md §5)
    ["7.01.02.2.02.03", false, "sub-kegiatan", "7.01.02.2.02.0003"],
    ["7.01.02.2.02", false, "kegiatan", "7.01.02.2.02"],
    ["7.01.02", false, "program", "7.01.02"],
    ["7.01.02.2.02", true, "program", "7.01.02"],
    // SIPD pair: unit then full code
    ["7.01.0.00.0.00.03.0000 7.01.02.2.02.0003", false, "sub-kegiatan", "7.01.02.2.02.0003"],
    // kegiatan at provinsi level (kegiatanLevel 1)
    ["1.02.03.1.01.0002", false, "sub-kegiatan", "1.02.03.1.01.0002"],
  ])("%s (program=%s) → %s %s", (raw, program, level, canonical) => {
    const k = parseKode(raw, { program });
    expect(k.level).toBe(level);
    expect(k.canonical).toBe(canonical);
    expect(k.raw).toBe(raw);
  });

  it("decodes the structured parts of the seed code (regulations.md §5 table)", () => {
    const k = parseKode("7.01 . 7-01.0-00.0-00.03.0.0 . 2.2.02.3");
    expect(k).toMatchObject({
      urusan: "7",
      bidang: "01",
      program: "02",
      kegiatanLevel: 2,
      kegiatan: "02",
      subKegiatan: "0003",
    });
    expect(k.unit?.canonical).toBe("7.01.0.00.0.00.03.0000");
    expect(k.unit?.unit).toBe("03");
    const p = parseKode("0.00 . 7-01.0-00.0-00.03.0.0 . 1.2.01", { program: true });
    expect(p).toMatchObject({ urusan: "X", bidang: "XX", program: "01" });
    expect(p.kegiatan).toBeUndefined();
    expect(p.kegiatanLevel).toBeUndefined();
  });

  it.each([
    ["abc"],
    [""],
    ["7.01 . 7-01.0-00.0-00.03.0.0"], // two segments
    ["7.01 . 7-01.0-00.0-00.03.0.0 . 2.3.02.3"], // kegiatan level 3
    ["7.01 . 7-01 . 2.2.02.3"], // unknown unit
    ["7.01.0.00.0.00.03.0000"], // a unit code, not a program code
    ["7.01.00.2.02.0003"], // program 00
    ["0.05.01.2.01.0001"], // urusan 0 with a bidang
    ["7.1.02.2.02.0003"], // 1-digit bidang
    ["7.01.02.2.02.003"], // 3-digit sub-kegiatan
  ])("rejects %j with DomainError naming the value", (raw) => {
    expect(() => parseKode(raw)).toThrow(DomainError);
    try {
      parseKode(raw);
    } catch (e) {
      expect((e as DomainError).code).toBe("kode_tidak_valid");
      expect((e as DomainError).message).toContain(`"${raw}"`);
      expect((e as DomainError).details).toMatchObject({ field: "kode", value: raw });
    }
  });

  it("gives parent codes", () => {
    const k = parseKode("7.01.02.2.02.0003");
    expect(kodeInduk(k)).toBe("7.01.02.2.02");
    expect(kodeInduk(potongKode(k, "kegiatan"))).toBe("7.01.02");
    expect(kodeInduk(potongKode(k, "program"))).toBeUndefined();
    expect(() => potongKode(potongKode(k, "program"), "kegiatan")).toThrow(DomainError);
  });
});

describe("parseKodeUnit", () => {
  it.each([
    // regulations.md §5 row B: seed print and SIPD form of the same unit
    ["7-01.0-00.0-00.03.0.0", "7.01.0.00.0.00.03.0000"],
    ["7.01.0.00.0.00.03.0000", "7.01.0.00.0.00.03.0000"],
    // multi-urusan OPD (regulations.md §5)
    ["5.03.5.04.0.00.01.0000", "5.03.5.04.0.00.01.0000"],
  ])("%s → %s", (raw, canonical) => {
    expect(parseKodeUnit(raw).canonical).toBe(canonical);
  });

  it("reads the slots", () => {
    const u = parseKodeUnit("5.03.5.04.0.00.01.0000");
    expect(u.bidang[1]).toEqual({ urusan: "5", bidang: "04" });
    expect(u.unit).toBe("01");
    expect(u.subUnit).toBe("0000");
  });

  it("rejects garbage", () => {
    expect(() => parseKodeUnit("7.01.02.2.02.0003")).toThrow(/tidak dapat dibaca/);
  });
});

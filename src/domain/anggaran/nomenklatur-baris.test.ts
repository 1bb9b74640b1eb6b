import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors";
import { kodeLengkap, periksaBarisNomenklatur, urusanBidangOpd } from "./nomenklatur-baris";

describe("codes of hand-entered budget rows", () => {
  it("urusan.bidang from the unit code, else from the OPD's kind", () => {
    expect(urusanBidangOpd("5.03.5.04.0.00.01.0000", "badan")).toBe("5.03");
    expect(urusanBidangOpd(null, "kecamatan")).toBe("7.01");
    expect(urusanBidangOpd(null, "inspektorat")).toBe("6.01");
    expect(urusanBidangOpd("bukan kode", "dinas")).toBeNull();
  });

  it("short forms are completed (program 01 = X.XX.01), full forms kept", () => {
    expect(kodeLengkap("2.2.02.3", "sub-kegiatan", "7.01")).toBe("7.01.02.2.02.0003");
    expect(kodeLengkap("1.2.09.10", "sub-kegiatan", "7.01")).toBe("X.XX.01.2.09.0010");
    expect(kodeLengkap("2", "program", "7.01")).toBe("7.01.02");
    expect(kodeLengkap(" 7.01.02.2.02.0003 ", "sub-kegiatan", null)).toBe("7.01.02.2.02.0003");
    expect(() => kodeLengkap("2.2.02.3", "sub-kegiatan", null)).toThrow(DomainError);
  });

  it("rows without a code are not counted; no version before TA 2022", () => {
    const b = [{ ref: "1", tingkat: "program" as const, kode: " ", uraian: "x" }];
    expect(periksaBarisNomenklatur(b, 2024, "7.01")).toMatchObject({ diperiksa: 0, temuan: [] });
    expect(periksaBarisNomenklatur([{ ...b[0]!, kode: "7.01.99" }], 2021, "7.01").versi).toBeNull();
    const r = periksaBarisNomenklatur([{ ...b[0]!, kode: "7.01.99" }], 2024, "7.01");
    expect(r.temuan.map((x) => [x.jenis, x.kode])).toEqual([["kode_tidak_dikenal", "7.01.99"]]);
  });
});

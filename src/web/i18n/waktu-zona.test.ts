import { describe, expect, it } from "vitest";
import { pemformatWaktu } from "./waktu-zona";

describe("times in the Pemda's zone (reminder page, bell)", () => {
  it("show in the Pemda's zone with its abbreviation, not in Jakarta time", () => {
    const iso = "2026-12-08T02:05:00.000Z";
    expect(pemformatWaktu({ zonaWaktu: "Asia/Jakarta", singkatanZona: "WIB" }, "id")(iso)).toBe(
      "8 Des 2026, 09.05 WIB",
    );
    expect(pemformatWaktu({ zonaWaktu: "Asia/Makassar", singkatanZona: "WITA" }, "id")(iso)).toBe(
      "8 Des 2026, 10.05 WITA",
    );
    expect(pemformatWaktu({ zonaWaktu: "Asia/Jayapura", singkatanZona: "WIT" }, "en")(iso)).toBe(
      "8 Dec 2026, 11:05 WIT",
    );
  });
});

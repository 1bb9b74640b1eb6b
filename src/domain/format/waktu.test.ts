import { describe, expect, it } from "vitest";
import { formatWaktuZona } from "./waktu";

describe("formatWaktuZona", () => {
  it("shows an instant on the Pemda's own clock, named after the time", () => {
    // 31 March 16:30 UTC is already 1 April in WITA (UTC+8) and WIT (UTC+9), still 31 March 23:30 in WIB
    expect(formatWaktuZona("2024-03-31T16:30:00Z", "Asia/Makassar")).toBe("1 April 2024 00.30 WITA");
    expect(formatWaktuZona(new Date("2024-03-31T16:30:00Z"), "Asia/Jakarta")).toBe("31 Maret 2024 23.30 WIB");
    expect(formatWaktuZona("2024-03-31T16:30:00Z", "Asia/Jayapura")).toBe("1 April 2024 01.30 WIT");
  });

  it("English keeps the zone's name and uses a colon", () => {
    expect(formatWaktuZona("2024-03-31T16:30:00Z", "Asia/Makassar", "en-US")).toBe("1 April 2024 00:30 WITA");
  });
});

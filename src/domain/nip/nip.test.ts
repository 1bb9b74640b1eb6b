import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors";
import { formatNip, normalisasiNip, parseNip, validasiNip } from "./nip";

function kodeError(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof DomainError ? error.code : `bukan DomainError: ${String(error)}`;
  }
  return undefined;
}

describe("parseNip, NIPs printed in the seed", () => {
  it.each([
    // SEED 1084 (Camat, penandatangan PK)
    ["19770515 201001 1 013", "197705152010011013", [1977, 5, 15], [2010, 1], "laki-laki", 13],
    // SEED 1166
    ["19720614 200801 1 001", "197206142008011001", [1972, 6, 14], [2008, 1], "laki-laki", 1],
    // SEED 1243
    ["19680927 199402 2 001", "196809271994022001", [1968, 9, 27], [1994, 2], "perempuan", 1],
    // SEED 1364
    ["19820727 200502 2 003", "198207272005022003", [1982, 7, 27], [2005, 2], "perempuan", 3],
    // SEED 1541
    ["19850114 201101 1 008", "198501142011011008", [1985, 1, 14], [2011, 1], "laki-laki", 8],
    // SEED 1634
    ["19730314 200901 1 001", "197303142009011001", [1973, 3, 14], [2009, 1], "laki-laki", 1],
    // SEED 1887
    ["19831215 200804 1 001", "198312152008041001", [1983, 12, 15], [2008, 4], "laki-laki", 1],
    // SEED 33: extra space "0 13" → accepted once spaces are removed
    ["19770515 201001 1 0 13", "197705152010011013", [1977, 5, 15], [2010, 1], "laki-laki", 13],
    // SEED 1084 as printed with its label "NIP. "
    ["NIP. 19770515 201001 1 013", "197705152010011013", [1977, 5, 15], [2010, 1], "laki-laki", 13],
    // SEED 1813: label and digits without spaces
    ["NIP197705152010011013", "197705152010011013", [1977, 5, 15], [2010, 1], "laki-laki", 13],
  ] as const)("%s", (input, nip, [y, m, d], [ty, tm], jk, urut) => {
    const p = parseNip(input);
    expect(p.nip).toBe(nip);
    expect(p.tanggalLahir).toEqual({ year: y, month: m, day: d });
    expect(p.tmtCpns).toEqual({ year: ty, month: tm });
    expect(p.jenisKelamin).toBe(jk);
    expect(p.nomorUrut).toBe(urut);
  });
});

describe("parseNip errors name the part at fault", () => {
  it.each([
    // SEED 1457 and 1495: "NIP.19721122 2011011 2 002" has 19 digits (TMT written with 7 digits)
    ["NIP.19721122 2011011 2 002", "nip_panjang", "harus 18 digit, tertulis 19 digit"],
    ["19770515 201001 1 01", "nip_panjang", "tertulis 17 digit"],
    ["", "nip_kosong", "kosong"],
    ["NIP.", "nip_kosong", "kosong"],
    ["19770515-201001-1-013", "nip_bukan_digit", 'karakter "-"'],
    ["19770515 201001 1 O13", "nip_bukan_digit", 'karakter "O"'],
    ["19770231 201001 1 013", "nip_tanggal_lahir", 'tanggal lahir (digit 1–8) "19770231"'], // 31 Feb
    ["19771315 201001 1 013", "nip_tanggal_lahir", "tanggal lahir"], // month 13
    ["19770500 201001 1 013", "nip_tanggal_lahir", "tanggal lahir"], // day 00
    ["19770515 201013 1 013", "nip_tmt", 'TMT CPNS (digit 9–14) "201013"'],
    ["19770515 201000 1 013", "nip_tmt", "TMT CPNS"],
    ["19770515 197001 1 013", "nip_tmt_sebelum_lahir", 'tidak setelah tanggal lahir "19770515"'],
    ["19770515 197705 1 013", "nip_tmt_sebelum_lahir", "TMT CPNS"], // same month as birth
    ["19770515 201001 3 013", "nip_jenis_kelamin", 'kode jenis kelamin (digit 15) "3"'],
    ["19770515 201001 0 013", "nip_jenis_kelamin", "harus 1 (laki-laki) atau 2 (perempuan)"],
    ["19770515 201001 1 000", "nip_nomor_urut", 'nomor urut (digit 16–18) "000"'],
  ])("%j → %s", (input, code, pesan) => {
    expect(kodeError(() => parseNip(input))).toBe(code);
    expect(() => parseNip(input)).toThrow(pesan);
  });

  it("quotes the field and the input as written", () => {
    expect(() => parseNip("NIP.19721122 2011011 2 002", "NIP Sekretaris")).toThrow(
      'NIP Sekretaris "NIP.19721122 2011011 2 002": NIP harus 18 digit, tertulis 19 digit',
    );
  });
});

describe("formatNip / normalisasiNip / validasiNip", () => {
  it.each([
    ["197705152010011013", "19770515 201001 1 013"], // SEED 1813 → SEED 1084 form
    ["19770515 201001 1 0 13", "19770515 201001 1 013"], // SEED 33
    ["  19680927 199402 2 001 ", "19680927 199402 2 001"], // SEED 1243
  ])("%j → %s", (input, expected) => {
    expect(formatNip(input)).toBe(expected);
    expect(formatNip(parseNip(input))).toBe(expected);
  });

  it("normalises to 18 digits", () => {
    expect(normalisasiNip("NIP: 19850114 201101 1 008")).toBe("198501142011011008");
  });

  it("validasiNip does not throw", () => {
    expect(validasiNip("19770515 201001 1 013").valid).toBe(true);
    const v = validasiNip("NIP.19721122 2011011 2 002");
    expect(v.valid).toBe(false);
    if (!v.valid) expect(v.kode).toBe("nip_panjang");
  });

  it("round-trips every valid NIP (fast-check)", () => {
    const nip = fc
      .record({
        lahir: fc.date({
          min: new Date("1950-01-01T00:00:00Z"),
          max: new Date("2005-12-31T00:00:00Z"),
          noInvalidDate: true,
        }),
        tmtTahun: fc.integer({ min: 2006, max: 2030 }),
        tmtBulan: fc.integer({ min: 1, max: 12 }),
        jk: fc.constantFrom("1", "2"),
        urut: fc.integer({ min: 1, max: 999 }),
      })
      .map(({ lahir, tmtTahun, tmtBulan, jk, urut }) => {
        const tgl = lahir.toISOString().slice(0, 10).replace(/-/g, "");
        return `${tgl}${tmtTahun}${String(tmtBulan).padStart(2, "0")}${jk}${String(urut).padStart(3, "0")}`;
      });
    fc.assert(
      fc.property(nip, (n) => {
        const spaced = formatNip(n);
        return /^\d{8} \d{6} [12] \d{3}$/.test(spaced) && parseNip(spaced).nip === n;
      }),
    );
  });
});

import { describe, expect, it } from "vitest";
import { kodeDariAcak, kodeVerifikasiSah, periksaNik, periksaPassphrase, tafsirGagalBsre } from "./index";

describe("TTE rules", () => {
  it("a NIK is 16 digits and the message never repeats it", () => {
    expect(periksaNik("3201 0123 4567 8901")).toBe("3201012345678901");
    for (const salah of ["123", "320101234567890A", ""]) {
      try {
        periksaNik(salah);
        expect.unreachable();
      } catch (e) {
        expect((e as Error).message).toMatch(/NIK/);
        if (salah) expect((e as Error).message).not.toContain(salah);
      }
    }
  });

  it("a passphrase is required", () => {
    expect(() => periksaPassphrase("")).toThrow(/wajib/);
    expect(periksaPassphrase("rahasia")).toBe("rahasia");
  });

  // Error codes of the Esign Client Service API (2011 NIK not registered, 2031 wrong passphrase).
  it.each([
    [400, 2031, "Passphrase anda salah", "passphrase_salah", 400],
    [400, 2011, "Pengguna tidak terdaftar", "nik_tidak_terdaftar", 400],
    [400, undefined, "NIK user tidak terdaftar", "nik_tidak_terdaftar", 400],
    [400, 2021, "Sertifikat tidak aktif", "sertifikat_tidak_aktif", 400],
    [500, 5000, "internal", "gerbang_menolak", 502],
  ] as const)("gateway %i/%s %s → %s", (http, kode, teks, sebab, status) => {
    const g = tafsirGagalBsre(http, kode, teks);
    expect(g.sebab).toBe(sebab);
    expect(g.status).toBe(status);
    expect(g.pesan).toMatch(/belum ditandatangani/);
  });

  it("the code has 12 characters without look-alikes", () => {
    const k = kodeDariAcak(new Uint8Array(Array.from({ length: 12 }, (_, i) => i * 37)));
    expect(kodeVerifikasiSah(k)).toBe(true);
    expect(kodeVerifikasiSah("O0I1L0000000")).toBe(false);
  });
});

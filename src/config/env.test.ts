import { describe, expect, it } from "vitest";
import { loadConfig, peringatanProxyLuas } from "./env";

describe("accounts settings (ADR 0015)", () => {
  it("trusts no proxy by default", () => {
    expect(loadConfig({}).akun).toEqual({ proxyTepercaya: [], maksGagalPerAlamat: undefined });
  });

  it("reads a list of addresses and CIDR ranges", () => {
    const config = loadConfig({
      SAKIP_PROXY_TEPERCAYA: " 127.0.0.1, ::1,10.0.0.0/8 ,",
      SAKIP_MASUK_MAKS_PER_ALAMAT: "250",
    });
    expect(config.akun).toEqual({ proxyTepercaya: ["127.0.0.1", "::1", "10.0.0.0/8"], maksGagalPerAlamat: 250 });
  });

  it("names the variable and the entry at fault", () => {
    expect(() => loadConfig({ SAKIP_PROXY_TEPERCAYA: "10.0.0.0/33" })).toThrow(
      /SAKIP_PROXY_TEPERCAYA: "10\.0\.0\.0\/33": panjang prefiks CIDR harus 0–32/,
    );
    expect(() => loadConfig({ SAKIP_PROXY_TEPERCAYA: "proxy.lokal" })).toThrow(
      /SAKIP_PROXY_TEPERCAYA: "proxy\.lokal": bukan alamat IPv4\/IPv6/,
    );
    expect(() => loadConfig({ SAKIP_MASUK_MAKS_PER_ALAMAT: "3" })).toThrow(/SAKIP_MASUK_MAKS_PER_ALAMAT minimal 10/);
  });
});

describe("SAKIP_IMPOR_* limits", () => {
  it("default to the documented values, in bytes and counts", () => {
    expect(loadConfig({}).batasImpor).toEqual({
      ukuranBerkas: 20 * 1024 * 1024,
      ukuranIsi: 100 * 1024 * 1024,
      rasio: 200,
      entri: 1000,
      baris: 20_000,
      kolom: 200,
      panjangSel: 32_767,
    });
  });

  it("are read from the environment and refused with the variable named when invalid", () => {
    expect(loadConfig({ SAKIP_IMPOR_MAKS_BARIS: "500", SAKIP_IMPOR_MAKS_BERKAS_MB: "5" }).batasImpor).toMatchObject({
      baris: 500,
      ukuranBerkas: 5 * 1024 * 1024,
    });
    expect(() => loadConfig({ SAKIP_IMPOR_MAKS_BARIS: "banyak" })).toThrow(/SAKIP_IMPOR_MAKS_BARIS/);
    expect(() => loadConfig({ SAKIP_IMPOR_MAKS_KOLOM: "0" })).toThrow(/SAKIP_IMPOR_MAKS_KOLOM minimal 10/);
  });
});

describe("trusted proxy ranges (review of issue 18)", () => {
  it("warns about ranges wider than /24 (IPv4) or /64 (IPv6), naming them", () => {
    const pesan = peringatanProxyLuas(["127.0.0.1", "10.0.0.0/8", "192.168.1.0/24", "fd00::/48", "fd00:1::/64"]);
    expect(pesan).toMatch(/rentang yang luas \(10\.0\.0\.0\/8, fd00::\/48;/);
    expect(pesan).toMatch(/memalsukan X-Forwarded-For/);
    expect(pesan).not.toMatch(/192\.168\.1\.0\/24|fd00:1::\/64/);
  });

  it("says nothing for exact addresses or narrow ranges", () => {
    expect(peringatanProxyLuas([])).toBeNull();
    expect(
      peringatanProxyLuas(["127.0.0.1", "::1", "10.20.0.5", "10.20.0.0/29", "10.20.0.0/24", "fd00::/64"]),
    ).toBeNull();
    expect(peringatanProxyLuas(["10.20.0.5/32", "fd00::1/128"])).toBeNull();
  });
});

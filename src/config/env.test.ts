import { describe, expect, it } from "vitest";
import { loadConfig } from "./env";

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

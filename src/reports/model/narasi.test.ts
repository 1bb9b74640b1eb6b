/** Generated paragraphs: quoted numbers recorded; operator overrides kept, and flagged when the numbers changed. */
import { describe, expect, it } from "vitest";
import { Narator, v } from "./narasi";

describe("Narator", () => {
  it("records the key and the quoted values", () => {
    const n = new Narator();
    const p = n.paragraf("uji.capaian", ["Capaian ", v("capaian", "94,71%"), "."]);
    expect(p.isi).toEqual(["Capaian ", "94,71%", "."]);
    expect(p.narasi).toEqual({ kunci: "uji.capaian", angka: { capaian: "94,71%" }, status: "dihasilkan" });
    expect(n.tercatat[0]?.teksDihasilkan).toBe("Capaian 94,71%.");
  });

  it.each([
    // same numbers as when edited → "disunting", no warning
    [{ capaian: "94,71%" }, "disunting", 0],
    // numbers changed since the edit → flagged
    [{ capaian: "93,00%" }, "disunting-basi", 1],
    // a number the edit did not know about → flagged
    [{}, "disunting-basi", 1],
  ])("override quoting %j → %s", (angka, status, peringatan) => {
    const n = new Narator({ "uji.capaian": { teks: "Teks operator.", angka } });
    const p = n.paragraf("uji.capaian", ["Capaian ", v("capaian", "94,71%"), "."]);
    expect(p.isi).toEqual(["Teks operator."]);
    expect(p.narasi?.status).toBe(status);
    expect(n.peringatan).toHaveLength(peringatan);
    if (peringatan) expect(n.peringatan[0]?.pesan).toMatch(/^angka berubah sejak disunting/);
  });

  it("writes cross-references as {{ref:…}} in the generated text and reads them back from an override", () => {
    const n = new Narator({ "uji.ref": { teks: "Lihat {{ref:tabel-capaian}}.", angka: {} } });
    const p = n.paragraf("uji.ref", ["Dari ", { t: "ref", ke: "tabel-capaian" }, " tercapai."]);
    expect(n.tercatat[0]?.teksDihasilkan).toBe("Dari {{ref:tabel-capaian}} tercapai.");
    expect(p.isi).toEqual(["Lihat ", { t: "ref", ke: "tabel-capaian" }, "."]);
  });

  it("refuses a key used twice", () => {
    const n = new Narator();
    n.paragraf("k", ["a"]);
    expect(() => n.paragraf("k", ["b"])).toThrow(/ganda/);
  });
});

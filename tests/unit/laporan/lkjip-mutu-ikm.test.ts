/**
 * Issue 11 (b): the LKjIP's IKM mutu table and the Lampiran's note name the mutu table of the Pemda's rule for the
 * year (the classification already used it). KEP/25/2004 is in force only up to 2013, so the demo's year is moved.
 */
import { describe, expect, it } from "vitest";
import { sumberDariDemo } from "../../../src/demo/laporan/sumber-dari-demo";
import { bangunLkjip } from "../../../src/reports/model";
import { renderHtml } from "../../../src/reports/render";

const asli = sumberDariDemo("kecamatan-sei-balai", 2023)!;

function html(tahun: number, aturan: Record<string, string>): string {
  const s = structuredClone(asli);
  s.tahun = tahun;
  if (s.skm) s.skm.tahun = tahun;
  s.aturan = aturan;
  return renderHtml(bangunLkjip(s).dokumen);
}

describe("the LKjIP's IKM mutu table follows the Pemda's rule", () => {
  it("14/2017 by default; KEP/25/2004 when chosen for a year it is in force", () => {
    const baku = html(2023, {});
    expect(baku).toContain("Interval mutu hasil IKM menurut Peraturan Menteri PANRB Nomor 14 Tahun 2017");
    expect(baku).toContain("88,31 – 100,00");
    const lama = html(2012, { "ikm-mutu": "ikm-mutu-kep25-2004" });
    expect(lama).toContain("Interval mutu hasil IKM menurut Keputusan Menpan Nomor KEP/25/M.PAN/2/2004");
    expect(lama).toContain("81,26 – 100,00");
    expect(lama).not.toContain("88,31 – 100,00");
    expect(lama).toContain("mutu menurut Keputusan Menpan Nomor KEP/25/M.PAN/2/2004");
  });
});

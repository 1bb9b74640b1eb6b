/**
 * `sakip periksa --opd --tahun` (the validator over our own data, ADR 0027) from the database after `sakip demo`:
 * the demo's complete year (Kecamatan Sei Balai 2023, LKjIP 2023) has no galat; the JSON carries the counts that the
 * findings add up to and what was checked; the text form prints the same counts; input errors exit with code 2.
 */
import { describe, expect, it } from "vitest";
import { cliSetelahDemo, jalankanCli } from "../support/cli-io";

cliSetelahDemo("sakip-cli-reviu-data");
const run = (...args: string[]) => jalankanCli(args);

interface Hasil {
  opd: string;
  tahun: number;
  temuan: { keparahan: "galat" | "peringatan" | "info" }[];
  ringkasan: Record<"galat" | "peringatan" | "info", number>;
  diperiksa: Record<"sasaran" | "indikator" | "pk" | "subKegiatan" | "desa", number>;
}

describe("sakip periksa --opd --tahun", () => {
  it("the demo year has no galat; the JSON counts equal its findings", async () => {
    const r = await run("periksa", "--opd", "kecamatan-sei-balai", "--tahun", "2023", "--json");
    expect(r.code).toBe(0);
    const h = JSON.parse(r.stdout) as Hasil;
    expect(h.opd).toBe("kecamatan-sei-balai");
    expect(h.tahun).toBe(2023);
    expect(h.ringkasan.galat).toBe(0);
    for (const k of ["galat", "peringatan", "info"] as const)
      expect(h.ringkasan[k]).toBe(h.temuan.filter((t) => t.keparahan === k).length);
    // something was checked: the LKjIP 2023 has sasaran, indicators, PK and DPA sub-kegiatan
    expect(h.diperiksa.sasaran).toBeGreaterThan(0);
    expect(h.diperiksa.indikator).toBeGreaterThan(0);
    expect(h.diperiksa.pk).toBeGreaterThan(0);
    expect(h.diperiksa.subKegiatan).toBeGreaterThan(0);
  }, 180_000);

  it("prints the same counts as text", async () => {
    const j = JSON.parse(
      (await run("periksa", "--opd", "kecamatan-sei-balai", "--tahun", "2023", "--json")).stdout,
    ) as Hasil;
    const r = await run("periksa", "--opd", "kecamatan-sei-balai", "--tahun", "2023");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      `Temuan: ${j.ringkasan.galat} galat, ${j.ringkasan.peringatan} peringatan, ${j.ringkasan.info} info`,
    );
  }, 180_000);

  it("input errors exit with code 2 and name the option", async () => {
    const tanpaTahun = await run("periksa", "--opd", "kecamatan-sei-balai");
    expect(tanpaTahun.code).toBe(2);
    expect(tanpaTahun.stderr).toContain("--tahun");
    const tahunSalah = await run("periksa", "--opd", "kecamatan-sei-balai", "--tahun", "23");
    expect(tahunSalah.code).toBe(2);
    expect(tahunSalah.stderr).toContain("--tahun");
    const keduanya = await run("periksa", "--file", "x.docx", "--opd", "kecamatan-sei-balai", "--tahun", "2023");
    expect(keduanya.code).toBe(2);
    expect(keduanya.stderr).toContain("--file");
  }, 60_000);

  it("an unknown OPD is refused, naming it", async () => {
    const r = await run("periksa", "--opd", "tidak-ada", "--tahun", "2023");
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("tidak-ada");
  }, 60_000);
});

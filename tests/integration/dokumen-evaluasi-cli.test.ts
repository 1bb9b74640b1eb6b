/**
 * `sakip lhe` and `sakip rekap-akip` from the database after `sakip demo`: files written (DOCX/PDF/XLSX), the JSON
 * recap with the totals the rules core computes from the seed's components, and the input errors (exit code 2).
 * NOTE: SEED 1895-1937 (the recap of 38 OPD).
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { hitungNilaiKomponen } from "../../src/domain/akip";
import { opdList } from "../../src/demo/data/opd-list";
import { cliSetelahDemo, jalankanCli } from "../support/cli-io";

const cli = cliSetelahDemo("sakip-cli-lhe");
const run = (...args: string[]) => jalankanCli(args);

describe("sakip lhe / rekap-akip", () => {
  it("writes the LHE of Sei Balai 2023 as PDF", async () => {
    const out = path.join(cli.env.dir, "lhe.pdf");
    const r = await run("lhe", "--opd", "kecamatan-sei-balai", "--tahun", "2023", "--format", "pdf", "--out", out);
    expect(r.code).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 5).toString()).toBe("%PDF-");
  }, 120_000);

  it("writes the recap XLSX and prints every OPD's computed total as JSON", async () => {
    const out = path.join(cli.env.dir, "rekap.xlsx");
    const r = await run(
      "rekap-akip",
      "--pemda",
      "batu-bara",
      "--tahun",
      "2023",
      "--format",
      "xlsx",
      "--out",
      out,
      "--json",
    );
    expect(r.code).toBe(0);
    expect(fs.statSync(out).size).toBeGreaterThan(1000);
    const j = JSON.parse(r.stdout) as { rekap: { opd: { slug: string; total: string; predikat: string }[] } };
    for (const o of opdList) {
      const { kerangka: _k, ...komponen } = o.akip2023;
      const h = hitungNilaiKomponen(komponen);
      expect(j.rekap.opd.find((x) => x.slug === o.slug)).toMatchObject({
        total: h.totalTampil,
        predikat: h.predikat.kode,
      });
    }
  }, 120_000);

  it("refuses a bad format, a missing year and an unknown OPD with exit code 2", async () => {
    const out = path.join(cli.env.dir, "x.docx");
    const f = await run("lhe", "--opd", "kecamatan-sei-balai", "--tahun", "2023", "--format", "odt", "--out", out);
    expect(f.code).toBe(2);
    expect(f.stderr).toContain('--format "odt"');
    const t = await run("rekap-akip", "--pemda", "batu-bara", "--tahun", "2011", "--format", "docx", "--out", out);
    expect(t.code).toBe(2);
    expect(t.stderr).toContain("2011");
    const o = await run("lhe", "--opd", "tidak-ada", "--tahun", "2023", "--format", "docx", "--out", out);
    expect(o.code).toBe(2);
  }, 120_000);
});

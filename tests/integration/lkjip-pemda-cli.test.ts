/**
 * `sakip lkjip-pemda --pemda batu-bara --tahun 2023 --format docx --out F` (issue 15, ADR 0036) after `sakip demo`:
 * writes a DOCX (a zip, "PK"); an unknown format, a year without RPJMD or a missing option exit with code 2 and an
 * Indonesian message.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cliSetelahDemo, jalankanCli } from "../support/cli-io";

const cli = cliSetelahDemo("sakip-cli-lkjip-pemda");
const run = (...args: string[]) => jalankanCli(args);

describe("sakip lkjip-pemda", () => {
  it("writes the Kabupaten LKjIP DOCX", async () => {
    const out = path.join(cli.env.dir, "lkjip-pemda.docx");
    const r = await run("lkjip-pemda", "--pemda", "batu-bara", "--tahun", "2023", "--format", "docx", "--out", out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("LKjIP batu-bara 2023");
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  }, 180_000);

  it("refuses bad input with exit code 2 and an Indonesian message", async () => {
    const out = path.join(cli.env.dir, "x.odt");
    const f = await run("lkjip-pemda", "--pemda", "batu-bara", "--tahun", "2023", "--format", "odt", "--out", out);
    expect(f.code).toBe(2);
    expect(f.stderr).toContain('--format "odt" tidak dikenal');
    const t = await run("lkjip-pemda", "--pemda", "batu-bara", "--tahun", "2030", "--format", "docx", "--out", out);
    expect(t.code).toBe(2);
    expect(t.stderr).toContain("Tidak ada RPJMD yang periodenya mencakup tahun 2030");
    const p = await run("lkjip-pemda", "--tahun", "2023", "--format", "docx", "--out", out);
    expect(p.code).toBe(2);
    expect(p.stderr).toContain("--pemda wajib diisi");
  }, 180_000);
});

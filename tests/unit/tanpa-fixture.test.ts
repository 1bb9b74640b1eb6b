/**
 * Nothing the product runs reads the test fixtures: the demo budget comes from the demo dataset in src/ and the
 * database path from what the budget module imported (issue 7). Guards every non-test source file under src/.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const SRC = path.resolve(import.meta.dirname, "../../src");

function tanpaKomentar(kode: string): string {
  return kode.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
}

describe("src/ does not read tests/fixtures at runtime", () => {
  it("has no reference to the fixtures outside comments and tests", () => {
    const salah = fs
      .readdirSync(SRC, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.(ts|tsx|mjs)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
      .map((e) => path.join(e.parentPath, e.name))
      .filter((f) => /fixtures/.test(tanpaKomentar(fs.readFileSync(f, "utf8"))));
    expect(salah.map((f) => path.relative(SRC, f))).toEqual([]);
  });
});

/**
 * Issue 11, acceptance: "Renaming a field in a route's response schema makes `npm run typecheck` fail in the web
 * code" (ADR 0034). A copy of the web (and the domain it imports) is type-checked with a contract in which one field
 * of the budget tree's answer (`PohonAnggaran.tahunTersedia`, read by the budget page) is renamed, as
 * `npm run api:generate` would write it after the rename in src/api/routes/skema-anggaran.ts. tsc must fail with
 * TS2339 ("Property … does not exist"; TS2551 when tsc guesses a near name) naming the web file, and with nothing else (so the copy itself is sound).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const TMP = path.join(ROOT, ".tmp", `kontrak-api-${process.pid}`);

afterAll(() => fs.rmSync(TMP, { recursive: true, force: true }));

function salin(rel: string): void {
  fs.cpSync(path.join(ROOT, rel), path.join(TMP, rel), {
    recursive: true,
    filter: (f) => !/\.test\.tsx?$/.test(f),
  });
}

describe("kontrak API: nama field berubah → typecheck web gagal", () => {
  it("PohonAnggaran.tahunTersedia diganti nama: tsc gagal TS2339 di AnggaranPage.tsx", { timeout: 180_000 }, () => {
    salin("src/web");
    salin("src/domain");
    const berkas = path.join(TMP, "src/web/api/skema.d.ts");
    const asli = fs.readFileSync(berkas, "utf8");
    // the field inside the PohonAnggaran component (the generated file lists schemas alphabetically)
    const awal = asli.indexOf("\n    PohonAnggaran: {");
    const akhir = asli.indexOf("\n    };", awal);
    expect(awal).toBeGreaterThan(0);
    const blok = asli.slice(awal, akhir);
    expect(blok).toContain("tahunTersedia: number[];");
    fs.writeFileSync(
      berkas,
      asli.slice(0, awal) + blok.replace("tahunTersedia: number[];", "daftarTahunData: number[];") + asli.slice(akhir),
    );
    fs.writeFileSync(
      path.join(TMP, "tsconfig.json"),
      JSON.stringify({
        extends: path.join(ROOT, "tsconfig.json"),
        compilerOptions: { types: ["vite/client"], incremental: false },
        include: ["src/web"],
      }),
    );

    const r = spawnSync(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", TMP], {
      cwd: TMP,
      encoding: "utf8",
    });
    const galat = r.stdout.split("\n").filter((l) => /error TS\d+/.test(l));
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toMatch(
      /^src\/web\/features\/anggaran\/AnggaranPage\.tsx\(\d+,\d+\): error TS(2339|2551): Property 'tahunTersedia' does not exist/m,
    );
    expect(galat.filter((l) => !l.includes("tahunTersedia"))).toEqual([]);
  });
});

/**
 * The architecture boundaries (.dependency-cruiser.cjs, ADR 0018) must fail on each kind of forbidden import and pass
 * on the real tree. The forbidden imports are written as small files into a temporary copy of the layout (unique per
 * run, outside the work tree), which dependency-cruiser's CLI then checks with the project's own configuration,
 * exactly as `npm run lint:deps` does. The ESLint rules that guard what dependency-cruiser cannot see (hooks, a
 * computed import()) are checked on virtual files.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ESLint } from "eslint";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const DEPCRUISE = path.join(ROOT, "node_modules/dependency-cruiser/bin/dependency-cruise.mjs");

interface Pelanggaran {
  from: string;
  to: string;
  rule: { name: string };
}

/** Runs the CLI in `cwd` on `src` and returns its violations (JSON reporter). */
function cruise(cwd: string, config: string): Pelanggaran[] {
  const r = spawnSync(process.execPath, [DEPCRUISE, "src", "--config", config, "--output-type", "json"], {
    cwd,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  if (!r.stdout) throw new Error(`dependency-cruiser gagal: ${r.stderr}`);
  return (JSON.parse(r.stdout) as { summary: { violations: Pelanggaran[] } }).summary.violations;
}

/** Targets the forbidden imports point at: they exist, so only the rule under test can fire. */
const SASARAN: Record<string, string> = {
  "src/domain/shared/angka.ts": "export const satu = 1;\n",
  "src/storage/database.ts": "export const buka = () => 1;\n",
  "src/services/layanan.ts": "export const layanan = 1;\n",
  "src/reports/render/docx.ts": "export const tataLetak = 1;\n",
  "src/api/app.ts": "export const app = 1;\n",
  "tests/support/alat.ts": "export const alat = 1;\n",
  "src/demo/index.ts": 'export { muat } from "./muat";\n',
  "src/demo/muat.ts": "export const muat = 1;\n",
};

/** File → the rules it must break (exactly); files with [] show what the rules allow. */
const KASUS: Record<string, { kode: string; aturan: string[] }> = {
  // layers
  "src/domain/impor-storage.ts": {
    kode: 'import { buka } from "../storage/database";\nexport const f = buka;\n',
    aturan: ["lapisan-domain"],
  },
  "src/web/impor-api.ts": {
    kode: 'import { app } from "../api/app";\nexport const f = app;\n',
    aturan: ["lapisan-web"],
  },
  "src/api/impor-storage.ts": {
    kode: 'import { buka } from "../storage/database";\nexport const f = buka;\n',
    aturan: ["lapisan-api"],
  },
  "src/reports/model/impor-render.ts": {
    kode: 'import { tataLetak } from "../render/docx";\nexport const f = tataLetak;\n',
    aturan: ["lapisan-reports-model"],
  },
  "src/services/impor-render.ts": {
    kode: 'import { tataLetak } from "../reports/render/docx";\nexport const f = tataLetak;\n',
    aturan: ["lapisan-services"],
  },
  "src/lain/folder-baru.ts": {
    kode: 'import { satu } from "../domain/shared/angka";\nexport const f = satu;\n',
    aturan: ["lapisan-dikenal"],
  },
  // type-only and dynamic imports count like any other
  "src/domain/impor-tipe.ts": {
    kode: 'import type { buka } from "../storage/database";\nexport type F = typeof buka;\n',
    aturan: ["lapisan-domain"],
  },
  "src/domain/impor-dinamis.ts": {
    kode: 'export const f = () => import("../services/layanan");\n',
    aturan: ["lapisan-domain"],
  },
  // npm packages per layer
  "src/domain/paket-zod.ts": { kode: 'import { z } from "zod";\nexport const f = z;\n', aturan: ["paket-domain"] },
  "src/reports/model/paket-decimal.ts": {
    kode: 'import Decimal from "decimal.js";\nexport const f = Decimal;\n',
    aturan: ["paket-reports-model"],
  },
  "src/api/paket-drizzle.ts": {
    kode: 'import { sql } from "drizzle-orm";\nexport const f = sql;\n',
    aturan: ["paket-basis-data-hanya-storage"],
  },
  "src/services/paket-pg-dinamis.ts": {
    kode: 'export const f = () => import("pg");\n',
    aturan: ["paket-basis-data-hanya-storage"],
  },
  "src/api/paket-docx.ts": {
    kode: 'import { Document } from "docx";\nexport const f = Document;\n',
    aturan: ["paket-tata-letak-hanya-render"],
  },
  "src/api/paket-exceljs.ts": {
    kode: 'import ExcelJS from "exceljs";\nexport const f = ExcelJS;\n',
    aturan: ["paket-xlsx-svg-hanya-render-dan-services"],
  },
  "src/web/paket-hono.ts": {
    kode: 'import { Hono } from "hono";\nexport const f = Hono;\n',
    aturan: ["paket-web-tanpa-server"],
  },
  "src/web/paket-pino-tipe.ts": {
    kode: 'import type { Logger } from "pino";\nexport type F = Logger;\n',
    aturan: ["paket-web-tanpa-server"],
  },
  "src/config/paket-hono.ts": {
    kode: 'import { Hono } from "hono";\nexport const f = Hono;\n',
    aturan: ["paket-config"],
  },
  "src/services/paket-dev.ts": {
    kode: 'import { expect } from "vitest";\nexport const f = expect;\n',
    aturan: ["paket-dev-di-produk"],
  },
  "src/storage/paket-tak-terdaftar.ts": {
    kode: 'import Pool from "pg-pool";\nexport const f = Pool;\n',
    aturan: ["paket-tak-terdaftar"],
  },
  // Node built-ins
  "src/domain/bawaan-fs.ts": { kode: 'import fs from "node:fs";\nexport const f = fs;\n', aturan: ["bawaan-node"] },
  "src/web/bawaan-path.ts": { kode: 'import path from "path";\nexport const f = path;\n', aturan: ["bawaan-node"] },
  "src/reports/model/bawaan-crypto.ts": {
    kode: 'import crypto from "node:crypto";\nexport const f = crypto;\n',
    aturan: ["bawaan-node"],
  },
  // cycles, unresolved imports, product code importing test code
  // A cycle is reported once, on one of its files; only the type-only import closes this one.
  "src/services/siklus-a.ts": {
    kode: 'import { b } from "./siklus-b";\nexport const a = () => b;\n',
    aturan: ["tanpa-siklus"],
  },
  "src/services/siklus-b.ts": {
    kode: 'import type { a } from "./siklus-a";\nexport const b = 1;\nexport type A = typeof a;\n',
    aturan: ["tanpa-siklus"],
  },
  "src/services/tak-ada.ts": {
    kode: 'import { x } from "./tidak-ada";\nexport const f = x;\n',
    aturan: ["impor-tak-terselesaikan"],
  },
  "src/services/impor-tests.ts": {
    kode: 'import { alat } from "../../tests/support/alat";\nexport const f = alat;\n',
    aturan: ["produk-tanpa-kode-uji"],
  },
  // the demo apart (ADR 0049): product code never imports it; the CLI only through src/demo/index.ts
  "src/services/impor-demo.ts": {
    kode: 'import { muat } from "../demo";\nexport const f = muat;\n',
    aturan: ["produk-tanpa-demo"],
  },
  "src/api/impor-demo-dinamis.ts": {
    kode: 'export const f = () => import("../demo/muat");\n',
    aturan: ["produk-tanpa-demo"],
  },
  "src/web/impor-demo-tipe.ts": {
    kode: 'import type { muat } from "../demo/muat";\nexport type F = typeof muat;\n',
    aturan: ["produk-tanpa-demo"],
  },
  "src/cli/impor-demo-dalam.ts": {
    kode: 'import { muat } from "../demo/muat";\nexport const f = muat;\n',
    aturan: ["demo-satu-pintu"],
  },
  "src/demo/impor-api.ts": {
    kode: 'import { app } from "../api/app";\nexport const f = app;\n',
    aturan: ["lapisan-demo"],
  },
  // allowed
  "src/cli/boleh-demo.ts": { kode: 'import { muat } from "../demo";\nexport const f = muat;\n', aturan: [] },
  "src/demo/boleh-services.ts": {
    kode: 'import { layanan } from "../services/layanan";\nimport { buka } from "../storage/database";\nexport const f = [layanan, buka];\n',
    aturan: [],
  },
  "src/services/boleh-demo.test.ts": {
    kode: 'import { it } from "vitest";\nimport { muat } from "../demo/muat";\nit("x", () => void muat);\n',
    aturan: [],
  },
  "src/domain/boleh-decimal.ts": { kode: 'import Decimal from "decimal.js";\nexport const f = Decimal;\n', aturan: [] },
  "src/domain/boleh.test.ts": {
    kode: 'import fs from "node:fs";\nimport { it } from "vitest";\nimport { alat } from "../../tests/support/alat";\nit("x", () => void [fs, alat]);\n',
    aturan: [],
  },
  "src/storage/boleh-drizzle.ts": { kode: 'import { sql } from "drizzle-orm";\nexport const f = sql;\n', aturan: [] },
  "src/services/boleh-exceljs.ts": {
    kode: 'import ExcelJS from "exceljs";\nimport { buka } from "../storage/database";\nexport const f = [ExcelJS, buka];\n',
    aturan: [],
  },
  "src/reports/render/boleh-docx.ts": {
    kode: 'import { Document } from "docx";\nexport const f = Document;\n',
    aturan: [],
  },
  "src/web/boleh-mantine.ts": {
    kode: 'import { Button } from "@mantine/core";\nimport { satu } from "../domain/shared/angka";\nexport const f = [Button, satu];\n',
    aturan: [],
  },
  "src/cli/boleh-semua.ts": {
    kode: 'import { app } from "../api/app";\nimport { tataLetak } from "../reports/render/docx";\nexport const f = [app, tataLetak];\n',
    aturan: [],
  },
};

describe("dependency-cruiser boundaries", () => {
  let dir: string;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-arsitektur-"));
    for (const [file, isi] of [
      ...Object.entries(SASARAN),
      ...Object.entries(KASUS).map(([f, k]) => [f, k.kode] as const),
    ]) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), isi);
    }
    fs.copyFileSync(path.join(ROOT, "package.json"), path.join(dir, "package.json"));
    fs.copyFileSync(path.join(ROOT, "tsconfig.json"), path.join(dir, "tsconfig.json"));
    fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
    // The project's rules as they are; only the symlinked node_modules must keep its name in resolved paths.
    fs.writeFileSync(
      path.join(dir, ".dependency-cruiser.cjs"),
      `const c = require(${JSON.stringify(path.join(ROOT, ".dependency-cruiser.cjs"))});\n` +
        "module.exports = { ...c, options: { ...c.options, preserveSymlinks: true } };\n",
    );
  });
  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("reports every kind of forbidden import, and only those", () => {
    const violations = cruise(dir, ".dependency-cruiser.cjs");
    const perBerkas = new Map<string, Set<string>>();
    const siklus = (f: string) => f.replace(/siklus-[ab]/, "siklus-a");
    for (const v of violations) {
      const set = perBerkas.get(siklus(v.from)) ?? new Set<string>();
      set.add(v.rule.name);
      perBerkas.set(siklus(v.from), set);
    }
    const berkas = [...new Set(Object.keys(KASUS).map(siklus))];
    const dilihat = Object.fromEntries(berkas.map((f) => [f, [...(perBerkas.get(f) ?? [])].sort()]));
    const diharapkan = Object.fromEntries(berkas.map((f) => [f, [...KASUS[f]!.aturan].sort()]));
    expect(dilihat).toEqual(diharapkan);
    // the stub targets break nothing themselves
    expect(violations.filter((v) => !(v.from in KASUS))).toEqual([]);
  }, 120_000);

  it("lists every folder of src/ as a layer with its own rule", async () => {
    const config = (await import(path.join(ROOT, ".dependency-cruiser.cjs"))) as {
      default: { forbidden: Array<{ name: string }> };
    };
    const nama = new Set(config.default.forbidden.map((r) => r.name));
    const lapisan = fs
      .readdirSync(path.join(ROOT, "src"), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .flatMap((e) =>
        e.name === "reports" ? fs.readdirSync(path.join(ROOT, "src/reports")).map((sub) => `reports-${sub}`) : [e.name],
      );
    expect(lapisan.filter((l) => !nama.has(`lapisan-${l}`))).toEqual([]);
  });

  it("passes on the real tree", () => {
    expect(cruise(ROOT, ".dependency-cruiser.cjs")).toEqual([]);
  }, 120_000);
});

describe("ESLint rules the import graph cannot see", () => {
  const eslint = new ESLint({ cwd: ROOT });
  const aturan = async (filePath: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, filePath) });
    return (result?.messages ?? []).map((m) => m.ruleId);
  };

  it("refuses an import() whose module name is computed", async () => {
    expect(await aturan("src/services/x.ts", "export const f = (m: string) => import(m);\n")).toContain(
      "no-restricted-syntax",
    );
    expect(await aturan("src/services/x.ts", 'export const f = () => import("./y");\n')).toEqual([]);
  }, 60_000);

  it("checks the rules of hooks and their dependencies in src/web", async () => {
    const bersyarat =
      'import { useState } from "react";\nexport function A(p: { x: boolean }) {\n  if (p.x) useState(0);\n  return null;\n}\n';
    expect(await aturan("src/web/features/x/A.tsx", bersyarat)).toContain("react-hooks/rules-of-hooks");
    const tanpaDep =
      'import { useEffect } from "react";\nexport function A(p: { n: number }) {\n  useEffect(() => console.info(p.n), []);\n  return null;\n}\n';
    expect(await aturan("src/web/features/x/A.tsx", tanpaDep)).toContain("react-hooks/exhaustive-deps");
  }, 60_000);
});

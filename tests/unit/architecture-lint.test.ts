/**
 * The import-direction rule (eslint.config.js, ADR 0001) must fail on forbidden imports and pass on allowed ones.
 * Files are linted by virtual path with ESLint's API, exactly as `npm run lint` would see them.
 */
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, "../..") });

async function restrictedImportMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

describe("import direction", () => {
  it.each([
    [
      "src/domain/capaian/x.ts",
      'import { openDatabase } from "../../storage/database";\nexport const f = openDatabase;\n',
    ],
    ["src/domain/x.ts", 'import { createApp } from "../api/app";\nexport const f = createApp;\n'],
    ["src/domain/ikm/x.ts", 'import fs from "node:fs";\nexport const f = fs;\n'],
    [
      "src/storage/repositories/x.ts",
      'import { checkHealth } from "../../services/system/check-health";\nexport const f = checkHealth;\n',
    ],
    [
      "src/api/routes/x.ts",
      'import { ping } from "../../storage/repositories/meta-repository";\nexport const f = ping;\n',
    ],
    [
      "src/reports/model/x.ts",
      'import { loadDemo } from "../../services/demo/load-demo";\nexport const f = loadDemo;\n',
    ],
    ["src/web/pages/x.tsx", 'import { createApp } from "../../api/app";\nexport const f = createApp;\n'],
  ])("forbids %s", async (file, code) => {
    const messages = await restrictedImportMessages(file, code);
    expect(messages.join("\n")).toMatch(/Arah impor dilanggar|tanpa I\/O/);
  });

  it.each([
    ["src/services/x.ts", 'import { ping } from "../storage/repositories/meta-repository";\nexport const f = ping;\n'],
    ["src/web/pages/x.tsx", 'import { getJson } from "../api/client";\nexport const f = getJson;\n'],
    [
      "src/api/routes/x.ts",
      'import { checkHealth } from "../../services/system/check-health";\nexport const f = checkHealth;\n',
    ],
    ["src/domain/capaian/x.ts", 'import { dec } from "../shared/decimal";\nexport const f = dec;\n'],
  ])("allows %s", async (file, code) => {
    expect(await restrictedImportMessages(file, code)).toEqual([]);
  });
});

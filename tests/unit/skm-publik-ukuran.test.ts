/**
 * The public SKM page's JavaScript stays within 60 KB compressed (issue 12: fast on a slow 3G connection). Builds the
 * page's own bundle (vite.skm-publik.config.ts, about a second) into a temporary folder and gzips every script it
 * ships, the service worker included. Byte sizes are deterministic for a given source.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const BATAS = 60 * 1024;
const out = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-skm-publik-"));
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

it("ships at most 60 KB of gzip-compressed JavaScript and no React", () => {
  const r = spawnSync(
    process.execPath,
    [
      path.join(ROOT, "node_modules/vite/bin/vite.js"),
      "build",
      "-c",
      "vite.skm-publik.config.ts",
      "--outDir",
      out,
      "--logLevel",
      "warn",
    ],
    { cwd: ROOT, encoding: "utf8" },
  );
  expect(r.status, r.stderr).toBe(0);
  const skrip = fs
    .readdirSync(out, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".js"))
    .map((e) => path.join(e.parentPath, e.name));
  expect(skrip.map((f) => path.basename(f))).toContain("sw.js");
  expect(skrip.length).toBeGreaterThanOrEqual(2);
  const gzip = skrip.reduce((n, f) => n + gzipSync(fs.readFileSync(f), { level: 9 }).length, 0);
  console.info(`skm-publik: ${skrip.length} berkas JS, ${gzip} byte gzip (batas ${BATAS})`);
  expect(gzip).toBeLessThanOrEqual(BATAS);
  for (const f of skrip)
    expect(fs.readFileSync(f, "utf8")).not.toMatch(/react\.development|__SECRET_INTERNALS|react-dom/);
  const html = fs.readFileSync(path.join(out, "index.html"), "utf8");
  expect(html).toContain('src="/s/assets/');
}, 120_000);

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/** Builds the web UI once so the server under test serves the same files `npm start` would. */
export default function setup(): void {
  const root = path.resolve(import.meta.dirname, "../..");
  // CI builds (`npm run build`) just before this suite: the same vite builds into the same folders, not done twice.
  if (process.env.SAKIP_E2E_PAKAI_BUILD === "1" && fs.existsSync(path.join(root, "dist/web/index.html"))) return;
  const result = spawnSync(
    process.execPath,
    [path.join(root, "node_modules/vite/bin/vite.js"), "build", "--logLevel", "warn"],
    {
      cwd: root,
      stdio: "inherit",
    },
  );
  if (result.status !== 0) throw new Error("vite build failed");
  // The public SKM survey page: its own bundle (ADR 0021).
  const publik = spawnSync(
    process.execPath,
    [
      path.join(root, "node_modules/vite/bin/vite.js"),
      "build",
      "-c",
      "vite.skm-publik.config.ts",
      "--logLevel",
      "warn",
    ],
    { cwd: root, stdio: "inherit" },
  );
  if (publik.status !== 0) throw new Error("vite build (skm-publik) failed");
}

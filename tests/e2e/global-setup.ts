import { spawnSync } from "node:child_process";
import path from "node:path";

/** Builds the web UI once so the server under test serves the same files `npm start` would. */
export default function setup(): void {
  const root = path.resolve(import.meta.dirname, "../..");
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

#!/usr/bin/env node
// `npm start`: build the web UI if it is missing or older than its sources, then serve (migrating, and loading
// the demo on the first start of the embedded database). Prints the URL when ready.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const webSrc = path.join(root, "src/web");
const builtIndex = path.join(root, "dist/web/index.html");

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

const needsBuild = !fs.existsSync(builtIndex) || fs.statSync(builtIndex).mtimeMs < newestMtime(webSrc);
if (needsBuild) {
  process.stderr.write("Membangun antarmuka web…\n");
  const result = spawnSync(
    process.execPath,
    [path.join(root, "node_modules/vite/bin/vite.js"), "build", "--logLevel", "warn"],
    {
      cwd: root,
      stdio: "inherit",
    },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// The public SKM survey page (/s/…) is its own small bundle (vite.skm-publik.config.ts, ADR 0021).
const publikSrc = path.join(root, "src/web/skm-publik");
const publikIndex = path.join(root, "dist/skm-publik/index.html");
if (!fs.existsSync(publikIndex) || fs.statSync(publikIndex).mtimeMs < newestMtime(publikSrc)) {
  const result = spawnSync(
    process.execPath,
    [
      path.join(root, "node_modules/vite/bin/vite.js"),
      "build",
      "-c",
      path.join(root, "vite.skm-publik.config.ts"),
      "--logLevel",
      "warn",
    ],
    { cwd: root, stdio: "inherit" },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}

process.argv = [process.argv[0], process.argv[1], "serve", "--demo-pertama-kali", ...process.argv.slice(2)];
await import("../bin/sakip.mjs");

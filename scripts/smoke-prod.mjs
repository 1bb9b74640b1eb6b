#!/usr/bin/env node
// Start-up smoke of the built server (ADR 0031), used by .ci/run on each Node version: `node dist/server/sakip.mjs
// serve` on a fresh embedded data folder (no TypeScript transpiler), then /healthz and /readyz answer 200, the web
// page is served, and a hashed asset comes precompressed (brotli) with an immutable cache header. Exits non-zero
// with what the server printed otherwise. Needs `npm run build` first.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-smoke-"));
const child = spawn(process.execPath, [path.join(root, "dist/server/sakip.mjs"), "serve", "--port", "0"], {
  cwd: root,
  env: { ...process.env, SAKIP_DATA_DIR: dataDir, DATABASE_URL: "", LOG_LEVEL: "warn", NODE_ENV: "production" },
  stdio: ["ignore", "pipe", "pipe"],
});
let out = "";
const gagal = (pesan) => {
  process.stderr.write(`smoke gagal (Node ${process.version}): ${pesan}\n${out}\n`);
  child.kill("SIGKILL");
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(1);
};
const timer = setTimeout(() => gagal("server tidak siap dalam 180 detik"), 180_000);
const url = await new Promise((resolve) => {
  const onData = (c) => {
    out += c.toString();
    const m = /berjalan di (http:\/\/[\d.]+:\d+)/.exec(out);
    if (m) resolve(m[1]);
  };
  child.stdout.on("data", onData);
  child.stderr.on("data", onData);
  child.once("exit", (code) => gagal(`server berhenti dengan kode ${code}`));
});
clearTimeout(timer);
try {
  for (const p of ["/healthz", "/readyz", "/"]) {
    const res = await fetch(url + p);
    if (res.status !== 200) gagal(`${p} menjawab ${res.status}`);
  }
  const aset = fs.readdirSync(path.join(root, "dist/web/assets")).find((f) => f.endsWith(".js"));
  const res = await fetch(`${url}/assets/${aset}`, { headers: { "accept-encoding": "br, gzip" } });
  await res.arrayBuffer();
  if (
    res.status !== 200 ||
    res.headers.get("content-encoding") !== "br" ||
    !/immutable/.test(res.headers.get("cache-control") ?? "")
  )
    gagal(`aset ${aset}: ${res.status} ${res.headers.get("content-encoding")} ${res.headers.get("cache-control")}`);
} catch (e) {
  gagal(String(e));
}
child.removeAllListeners("exit");
child.kill("SIGTERM");
await new Promise((r) => child.once("exit", r));
fs.rmSync(dataDir, { recursive: true, force: true });
process.stdout.write(`smoke: server hasil build siap di Node ${process.version}\n`);

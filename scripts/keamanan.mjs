#!/usr/bin/env node
// `npm run security` (ADR 0031), run by .ci/run:
// 1. dependency audit: `npm audit --omit=dev --audit-level=high` fails the run on a known high/critical advisory when
//    the registry answers; when it cannot be reached, a warning and the run goes on (offline-tolerant);
// 2. SBOM: `npm sbom --sbom-format cyclonedx` (built into npm ≥ 10) into dist/sbom.cdx.json;
// 3. secret scan: every file git tracks, against patterns of private keys and tokens; a hit fails the run.
//    A line may carry "secret-scan: allow" when it is a known example (e.g. a test fixture).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
let gagal = false;

// 1. audit
const audit = spawnSync(npm, ["audit", "--omit=dev", "--audit-level=high", "--json"], {
  cwd: root,
  encoding: "utf8",
  timeout: 120_000,
});
let laporan = null;
try {
  laporan = JSON.parse(audit.stdout || "null");
} catch {
  laporan = null;
}
if (!laporan || laporan.error) {
  const sebab =
    laporan?.message ?? laporan?.error?.summary ?? (audit.stderr || "").split("\n")[0] ?? "tidak ada jawaban";
  process.stderr.write(`PERINGATAN: audit dependensi dilewati, registry tidak terjangkau (${sebab.trim()})\n`);
} else {
  const v = laporan.metadata?.vulnerabilities ?? {};
  const tinggi = (v.high ?? 0) + (v.critical ?? 0);
  process.stdout.write(
    `audit: ${v.critical ?? 0} critical, ${v.high ?? 0} high, ${v.moderate ?? 0} moderate, ${v.low ?? 0} low (dependensi produksi)\n`,
  );
  if (tinggi > 0) {
    for (const [nama, isi] of Object.entries(laporan.vulnerabilities ?? {}))
      if (isi.severity === "high" || isi.severity === "critical") process.stderr.write(`  ${isi.severity}: ${nama}\n`);
    gagal = true;
  }
}

// 2. SBOM
const sbom = spawnSync(npm, ["sbom", "--sbom-format", "cyclonedx", "--omit", "dev", "--package-lock-only"], {
  cwd: root,
  encoding: "utf8",
  maxBuffer: 64 * 1024 * 1024,
});
if (sbom.status !== 0) {
  process.stderr.write(`SBOM gagal: ${sbom.stderr}\n`);
  gagal = true;
} else {
  const doc = JSON.parse(sbom.stdout);
  fs.mkdirSync(path.join(root, "dist"), { recursive: true });
  fs.writeFileSync(path.join(root, "dist/sbom.cdx.json"), sbom.stdout);
  process.stdout.write(
    `SBOM: dist/sbom.cdx.json (CycloneDX ${doc.specVersion}, ${doc.components?.length ?? 0} komponen)\n`,
  );
}

// 3. secret scan
export const POLA_RAHASIA = [
  ["kunci privat", /-----BEGIN (?:RSA |EC |OPENSSH |DSA |PGP )?PRIVATE KEY( BLOCK)?-----/],
  ["AWS access key", /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/],
  ["token GitHub", /\bgh[pousr]_[A-Za-z0-9]{36,}\b/],
  ["token GitLab", /\bglpat-[A-Za-z0-9_-]{20,}\b/],
  ["token Slack", /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/],
  ["kunci API Google", /\bAIza[0-9A-Za-z_-]{35}\b/],
  ["token npm", /\bnpm_[A-Za-z0-9]{36}\b/],
  ["kunci Stripe", /\b[sr]k_live_[0-9A-Za-z]{24,}\b/],
  ["URL dengan kata sandi", /\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@'"`]+:(?!postgres@|password@|\$\{)[^\s@'"`]{8,}@[^\s'"`]+/],
];
const berkas = spawnSync("git", ["ls-files", "-z"], { cwd: root, encoding: "utf8" }).stdout.split("\0").filter(Boolean);
const temuan = [];
for (const f of berkas) {
  const p = path.join(root, f);
  let isi;
  try {
    const st = fs.statSync(p);
    if (!st.isFile() || st.size > 2 * 1024 * 1024) continue;
    isi = fs.readFileSync(p);
  } catch {
    continue;
  }
  if (isi.includes(0)) continue; // binary
  const baris = isi.toString("utf8").split("\n");
  baris.forEach((b, i) => {
    if (b.includes("secret-scan: allow")) return;
    for (const [nama, re] of POLA_RAHASIA) if (re.test(b)) temuan.push(`${f}:${i + 1}: ${nama}`);
  });
}
if (temuan.length) {
  process.stderr.write(`Pemindaian rahasia: ${temuan.length} temuan\n${temuan.map((t) => `  ${t}`).join("\n")}\n`);
  gagal = true;
} else process.stdout.write(`pemindaian rahasia: ${berkas.length} berkas, 0 temuan\n`);

process.exit(gagal ? 1 : 0);

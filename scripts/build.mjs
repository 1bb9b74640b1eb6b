#!/usr/bin/env node
// `npm run build`: everything production runs, into dist/ (ADR 0031).
//   dist/web          the main web UI (vite.config.ts)
//   dist/skm-publik   the public SKM survey page (vite.skm-publik.config.ts)
//   dist/server       the compiled server and CLI (esbuild, one ES module per entry; packages stay in node_modules)
//     sakip.mjs          `node dist/server/sakip.mjs serve` (npm run start:prod), every `sakip` command
//     penyaji-kerja.mjs  the document renderer's worker thread
//     pekerja-baca.mjs   the upload reader's worker thread
//     chunk-*.mjs        code shared by the entries, and what they load on first use (import())
//     migrations/        the SQL migrations (read at start-up)
// Hashed static assets get .gz and .br siblings, served by serveStatic({ precompressed: true }).
// Options: --server (server only), --web (web only).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = new Set(process.argv.slice(2));
const semua = !args.has("--server") && !args.has("--web");

function vite(config) {
  const argv = [path.join(root, "node_modules/vite/bin/vite.js"), "build", "--logLevel", "warn"];
  if (config) argv.push("-c", path.join(root, config));
  const r = spawnSync(process.execPath, argv, { cwd: root, stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const KOMPRES = /\.(js|mjs|css|html|svg|json|txt|map|woff|ttf)$/;

/** Writes name.gz and name.br next to every compressible file of at least 1 KiB under dir. */
export function praKompres(dir) {
  let n = 0;
  if (!fs.existsSync(dir)) return n;
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || !KOMPRES.test(e.name)) continue;
    const file = path.join(e.parentPath, e.name);
    const isi = fs.readFileSync(file);
    if (isi.length < 1024) continue;
    fs.writeFileSync(`${file}.gz`, zlib.gzipSync(isi, { level: 9 }));
    fs.writeFileSync(
      `${file}.br`,
      zlib.brotliCompressSync(isi, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: isi.length,
        },
      }),
    );
    n++;
  }
  return n;
}

async function server() {
  const esbuild = await import("esbuild");
  const out = path.join(root, "dist/server");
  fs.rmSync(out, { recursive: true, force: true });
  const hasil = await esbuild.build({
    absWorkingDir: root,
    entryPoints: {
      sakip: "src/cli/main.ts",
      "penyaji-kerja": "src/cli/penyaji-kerja.ts",
      "pekerja-baca": "src/services/berkas/pekerja-baca.ts",
    },
    outdir: out,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    format: "esm",
    // Shared code in chunk-*.mjs next to the entries (same folder, so import.meta.url paths stay the same), and a
    // dynamic import() of a module (the DOCX renderer) stays lazy with its packages: loaded on first use, not at
    // start-up (issue 16: start < 2 s).
    splitting: true,
    target: "node20",
    packages: "external",
    sourcemap: "linked",
    legalComments: "none",
    logLevel: "warning",
    metafile: true,
  });
  fs.cpSync(path.join(root, "src/storage/migrations"), path.join(out, "migrations"), { recursive: true });
  // The packages the compiled server imports: each must be a "dependencies" entry (npm ci --omit=dev).
  const paket = new Set();
  for (const berkas of Object.values(hasil.metafile.outputs))
    for (const imp of berkas.imports)
      if (imp.external && !imp.path.startsWith("node:")) {
        const p = imp.path.split("/");
        paket.add(p[0].startsWith("@") ? `${p[0]}/${p[1]}` : p[0]);
      }
  // …and those it loads on first use through createRequire(import.meta.url)("…") (exceljs, echarts, nodemailer)
  for (const nama of Object.keys(hasil.metafile.outputs).filter((f) => f.endsWith(".mjs")))
    for (const m of fs
      .readFileSync(path.join(root, nama), "utf8")
      .matchAll(/createRequire\d*\(import\.meta\.url\)\("([^".][^"]*)"\)/g)) {
      const p = m[1].split("/");
      paket.add(p[0].startsWith("@") ? `${p[0]}/${p[1]}` : p[0]);
    }
  const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
  const kurang = [...paket].filter((p) => !(p in (pkg.dependencies ?? {})));
  if (kurang.length) {
    console.error(`Paket yang dipakai server tetapi bukan "dependencies": ${kurang.join(", ")}`);
    process.exit(1);
  }
  fs.writeFileSync(path.join(out, "paket-runtime.json"), `${JSON.stringify([...paket].sort(), null, 2)}\n`);
}

if (semua || args.has("--web")) {
  vite(null);
  vite("vite.skm-publik.config.ts");
  const n = praKompres(path.join(root, "dist/web/assets")) + praKompres(path.join(root, "dist/skm-publik/assets"));
  process.stderr.write(`Aset dikompres (gzip + brotli): ${n} berkas\n`);
}
if (semua || args.has("--server")) await server();

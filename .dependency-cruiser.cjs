// Architecture boundaries, enforced by dependency-cruiser (`npm run lint:deps`, part of `npm run lint`; ADR 0018).
// Every layer of ARCHITECTURE.md is listed in LAPISAN with the layers it may import; the other rules limit npm
// packages and Node built-ins per layer, forbid cycles, and refuse imports that resolve to nothing. Type-only
// imports and dynamic import() count like any other import (tsPreCompilationDeps). Test files next to the code
// (*.test.ts) follow the layer rules but may use test tools, fixtures and Node built-ins.
// tests/unit/architecture-lint.test.ts proves each rule kind fails on a forbidden import.

/** Layer (folder under src/) → the other layers it may import. Adding a folder under src/ means adding a row. */
const LAPISAN = {
  domain: [],
  storage: ["domain"],
  // services/laporan assembles the report's plain data with reports/model (pure); never with reports/render.
  services: ["domain", "storage", "reports/model"],
  "reports/model": ["domain"],
  // The charts are drawn for the renderers only (SVG → PNG); they read the model's chart data types.
  "reports/charts": ["domain", "reports/model"],
  "reports/render": ["domain", "reports/model", "reports/charts"],
  api: ["domain", "services", "config"],
  web: ["domain"],
  // The composition root: config → database → services → api, and the report renderers for `sakip laporan`.
  cli: ["domain", "storage", "services", "reports/model", "reports/charts", "reports/render", "api", "config"],
  // the settings build their defaults from the pure domain values they configure (the import limits, ADR 0014)
  config: ["domain"],
  // The demo (loader and data) drives the product through its own use cases, as an operator would (ADR 0049).
  // Who may import src/demo is not a layer list: only the CLI, through src/demo/index.ts (rules below).
  demo: ["domain", "storage", "services", "reports/model"],
};

const NAMA_LAPISAN = Object.keys(LAPISAN);
const folder = (lapisan) => `^src/${lapisan}/`;
const salahSatu = (daftar) => `^src/(${daftar.join("|")})/`;
const UJI = "\\.test\\.tsx?$";
/** An npm package (or its @types) by name, as resolved under node_modules. */
const paket = (daftar) => `^node_modules/(@types/)?(${daftar.map((p) => p.replace(".", "\\.")).join("|")})/`;

const aturanLapisan = NAMA_LAPISAN.map((lapisan) => ({
  name: `lapisan-${lapisan.replace("/", "-")}`,
  severity: "error",
  comment:
    `Arah impor dilanggar: src/${lapisan} hanya boleh mengimpor ` +
    `${LAPISAN[lapisan].length ? LAPISAN[lapisan].map((l) => `src/${l}`).join(", ") : "dirinya sendiri"} ` +
    "(ARCHITECTURE.md, ADR 0018).",
  from: { path: folder(lapisan) },
  // imports of src/demo are judged by "produk-tanpa-demo" and "demo-satu-pintu"
  to: { path: "^src/", pathNot: salahSatu([lapisan, ...LAPISAN[lapisan], "demo"]) },
}));

/** The demo's one entry point: the composition root loads the demo on request through it (ADR 0049). */
const PINTU_DEMO = "^src/demo/index[.]ts$";

/** npm packages of the server side: the web (bundled for the browser) imports none of them. */
const PAKET_SERVER = [
  "hono",
  "@hono/[^/]+",
  "drizzle-orm",
  "drizzle-kit",
  "pg",
  "@electric-sql/pglite",
  "pino",
  "better-auth",
  "@node-rs/[^/]+",
  "commander",
  "csv-parse",
  "exceljs",
  "docx",
  "@myriaddreamin/[^/]+",
  "@resvg/resvg-js",
  "echarts",
  "jpeg-js",
  "tsx",
  "dejavu-fonts-ttf",
  // M2-07 SKM: QR code of the poster (services/skm-publik), ADR 0021
  "qrcode",
  // M2-12 TTE: stamping the verification QR on a PDF (services/tte), ADR 0032
  "pdf-lib",
  // M2 issue 15: job queue (storage/antrian-tugas) and SMTP mail (services/tugas), ADR 0035
  "pg-boss",
  "nodemailer",
  // issue 17 ESR bundle: writing the ZIP (services/esr), ADR 0039
  "fflate",
];

module.exports = {
  forbidden: [
    ...aturanLapisan,
    {
      name: "lapisan-dikenal",
      severity: "error",
      comment:
        "Folder src/ yang tidak terdaftar di .dependency-cruiser.cjs (LAPISAN): tambahkan barisnya dan aturannya.",
      from: { path: "^src/", pathNot: salahSatu(NAMA_LAPISAN) },
      to: {},
    },
    {
      name: "produk-tanpa-demo",
      severity: "error",
      comment:
        "Kode produk tidak boleh mengimpor src/demo (tanpa cabang demo di produk); hanya src/cli yang memuat demo " +
        "atas permintaan, lewat src/demo/index.ts (ADR 0049).",
      // test files next to the code may read the demo dataset as a fixture
      from: { path: "^src/", pathNot: [folder("demo"), folder("cli"), UJI] },
      to: { path: folder("demo") },
    },
    {
      name: "demo-satu-pintu",
      severity: "error",
      comment: "src/cli memuat demo hanya lewat src/demo/index.ts, satu pintu masuknya (ADR 0049).",
      from: { path: folder("cli"), pathNot: UJI },
      to: { path: folder("demo"), pathNot: PINTU_DEMO },
    },
    {
      name: "tanpa-siklus",
      severity: "error",
      comment: "Impor melingkar: pindahkan bagian bersama ke berkas sendiri yang diimpor kedua pihak.",
      from: { path: "^src/" },
      to: { circular: true },
    },
    {
      name: "impor-tak-terselesaikan",
      severity: "error",
      comment: "Impor yang tidak menunjuk ke berkas atau paket mana pun.",
      from: { path: "^src/" },
      to: { couldNotResolve: true },
    },
    {
      name: "paket-tak-terdaftar",
      severity: "error",
      comment: "Paket npm yang tidak tercantum di package.json (hanya ikut terpasang sebagai dependensi lain).",
      from: { path: "^src/" },
      to: { dependencyTypes: ["npm-no-pkg", "npm-unknown"] },
    },
    {
      name: "paket-dev-di-produk",
      severity: "error",
      comment: "Kode produk tidak boleh mengimpor devDependencies (tidak terpasang di produksi).",
      // ADR 0031: src/web is bundled by `npm run build` (its packages are build inputs), and the two .mjs worker
      // shims register tsx only when running from source; the compiled server (dist/server) uses neither.
      from: {
        path: "^src/",
        pathNot: [UJI, "^src/web/", "^src/(cli/penyaji-kerja|services/berkas/pekerja-baca)[.]mjs$"],
      },
      to: { dependencyTypes: ["npm-dev"], dependencyTypesNot: ["type-only"] },
    },
    {
      name: "produk-tanpa-kode-uji",
      severity: "error",
      comment: "Kode produk tidak boleh mengimpor tests/ atau bench/.",
      from: { path: "^src/", pathNot: UJI },
      to: { path: "^(tests|bench)/" },
    },
    // npm packages per layer.
    {
      name: "paket-domain",
      severity: "error",
      comment: "src/domain murni: paket npm yang boleh hanya decimal.js.",
      from: { path: folder("domain"), pathNot: UJI },
      to: { path: "^node_modules/", pathNot: paket(["decimal.js"]) },
    },
    {
      name: "paket-reports-model",
      severity: "error",
      comment: "src/reports/model murni: tanpa paket npm (angka lewat src/domain).",
      from: { path: folder("reports/model"), pathNot: UJI },
      to: { path: "^node_modules/" },
    },
    {
      name: "paket-config",
      severity: "error",
      comment: "src/config hanya memakai zod (validasi lingkungan) dan pino (logger).",
      from: { path: folder("config"), pathNot: UJI },
      to: { path: "^node_modules/", pathNot: paket(["zod", "pino"]) },
    },
    {
      name: "paket-basis-data-hanya-storage",
      severity: "error",
      comment:
        "Hanya src/storage yang boleh mengimpor drizzle-orm, pg dan @electric-sql/pglite (satu-satunya tempat SQL).",
      from: { path: "^src/", pathNot: folder("storage") },
      to: { path: paket(["drizzle-orm", "pg", "@electric-sql/pglite"]) },
    },
    {
      name: "paket-tata-letak-hanya-render",
      severity: "error",
      comment:
        "Hanya src/reports/render (dan grafiknya, src/reports/charts) yang boleh mengimpor docx, typst dan echarts.",
      from: { path: "^src/", pathNot: salahSatu(["reports/render", "reports/charts"]) },
      to: { path: paket(["docx", "@myriaddreamin/[^/]+", "echarts"]) },
    },
    {
      // Deliberate exception (ADR 0018): services read and write XLSX tables (tabel, anggaran, audit export) and
      // rasterise an uploaded SVG logo; that is data exchange, not report layout.
      name: "paket-xlsx-svg-hanya-render-dan-services",
      severity: "error",
      comment: "exceljs dan @resvg/resvg-js hanya di src/reports/render, src/reports/charts dan src/services.",
      from: { path: "^src/", pathNot: salahSatu(["reports/render", "reports/charts", "services"]) },
      to: { path: paket(["exceljs", "@resvg/resvg-js"]) },
    },
    {
      name: "paket-web-tanpa-server",
      severity: "error",
      comment: "src/web berjalan di peramban: tidak boleh mengimpor paket server.",
      from: { path: folder("web") },
      to: { path: paket(PAKET_SERVER) },
    },
    {
      name: "bawaan-node",
      severity: "error",
      comment: "src/domain, src/web dan src/reports/model tanpa modul bawaan Node (tanpa I/O, jalan di peramban).",
      from: { path: salahSatu(["domain", "web", "reports/model"]), pathNot: UJI },
      to: { dependencyTypes: ["core"] },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    combinedDependencies: false,
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      mainFields: ["module", "main", "types", "typings"],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};

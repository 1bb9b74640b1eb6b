// Lint rules, including the architecture: imports point inward (ADR 0001).
//   domain   ← nothing (pure: no I/O, no other layer)
//   storage  ← domain
//   services ← domain, storage
//   reports  ← domain (model is pure; renderers only lay out)
//   api      ← domain, services, config
//   cli      ← everything but web
//   web      ← domain (shared validation), its own files
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const LAYERS = ["domain", "storage", "services", "reports", "api", "cli", "web", "config"];

const MAX_DEPTH = 6;

/**
 * no-restricted-imports rules that forbid a layer from importing other layers by relative path. The number of
 * "../" that leaves src/<from> depends on the file's depth, so one override is generated per depth; a folder
 * inside a layer that shares a layer's name (e.g. src/web/api) is therefore not confused with that layer.
 */
function layerRules(from, forbidden, extraPatterns = []) {
  return Array.from({ length: MAX_DEPTH }, (_, depth) => ({
    files: [`src/${from}/${"*/".repeat(depth)}*.{ts,tsx}`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...forbidden.map((layer) => ({
              regex: `^(\\.\\./){${depth + 1}}(${layer})(/|$)`,
              message: `Arah impor dilanggar: src/${from} tidak boleh mengimpor src/${layer} (lihat ARCHITECTURE.md).`,
            })),
            ...extraPatterns,
          ],
        },
      ],
    },
  }));
}

const NODE_IO = ["fs", "path", "os", "child_process", "http", "https", "net", "worker_threads", "pg"];

export default tseslint.config(
  { ignores: ["dist/**", "data/**", ".tmp/**", "node_modules/**", "coverage/**", "tests/fixtures/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: "readonly",
        console: "readonly",
        URL: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        performance: "readonly",
        crypto: "readonly",
        fetch: "readonly",
        document: "readonly",
        window: "readonly",
        localStorage: "readonly",
        Buffer: "readonly",
        TextEncoder: "readonly",
        TextDecoder: "readonly",
      },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  ...layerRules(
    "domain",
    LAYERS.filter((l) => l !== "domain"),
    [
      {
        regex: `^(node:)?(${NODE_IO.join("|")})(/.*)?$`,
        message: "src/domain murni: tanpa I/O (berkas, jaringan, basis data).",
      },
    ],
  ),
  ...layerRules("storage", ["services", "reports", "api", "cli", "web"]),
  ...layerRules("services", ["api", "cli", "web", "reports/render"]),
  ...layerRules("reports", ["storage", "services", "api", "cli", "web"]),
  ...layerRules("api", ["storage", "cli", "web", "reports/render"]),
  ...layerRules("cli", ["web"]),
  ...layerRules("web", ["storage", "services", "api", "cli", "reports", "config"]),
);

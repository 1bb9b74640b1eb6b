import path from "node:path";
import { defineConfig } from "vite";

// The public SKM survey page (/s/…): its own small bundle, plain TypeScript, no React (ADR 0021). Built into
// dist/skm-publik and served by the API server; the service worker is built as /s/sw.js (scope /s/).
export default defineConfig({
  root: path.resolve(import.meta.dirname, "src/web/skm-publik"),
  base: "/s/",
  build: {
    outDir: path.resolve(import.meta.dirname, "dist/skm-publik"),
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: {
        index: path.resolve(import.meta.dirname, "src/web/skm-publik/index.html"),
        sw: path.resolve(import.meta.dirname, "src/web/skm-publik/sw.ts"),
      },
      output: {
        entryFileNames: (chunk) => (chunk.name === "sw" ? "sw.js" : "assets/[name]-[hash].js"),
      },
    },
  },
});

#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader so no separate compile step is needed. Where tsx is not installed
// (a production install, `npm ci --omit=dev`), runs the compiled CLI from `npm run build` instead (ADR 0031).
let tsx;
try {
  tsx = await import("tsx/esm/api");
} catch {
  tsx = null;
}
if (tsx) {
  tsx.register();
  await import("../src/cli/main.ts");
} else {
  await import("../dist/server/sakip.mjs");
}

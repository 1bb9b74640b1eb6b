import { defineConfig } from "vitest/config";

// Document round-trips that need LibreOffice (soffice) and poppler (pdftoppm, pdftotext, pdfimages): `npm run test:docs`.
// .ci/run installs libreoffice-writer-nogui, poppler-utils and fonts-liberation before running it.
export default defineConfig({
  test: {
    include: ["tests/docs/**/*.test.ts"],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    env: { TZ: "Asia/Jakarta" },
  },
});

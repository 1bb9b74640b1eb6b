/**
 * Accessibility of the main app pages (issue 15 acceptance: axe-core in Chromium, 0 serious or critical
 * violations): for the demo admin, operator, evaluator and Petugas SKM, each main page at 1366 px is checked
 * against WCAG 2.1 A/AA once its heading is shown and no loader is left. The portal and the public SKM page have
 * their own axe checks (portal.test.ts, skm-publik.test.ts).
 *
 * One test per (role, page), each role signed in once. Why the first version timed out (session 9, measured by
 * hand): the Laporan page's preview is an iframe with `sandbox=""` (no scripts), where axe-core/playwright cannot
 * run; it waited on that frame for 30–40 s on a loaded machine. The preview is the generated report (a document,
 * not the app's UI), so it is excluded here. The rest is axe itself: 2–6 s a page, 10–15 s on the largest
 * (Perjanjian Kinerja ~1 800 elements, Monitoring ~1 500).
 */
import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Peran } from "../../src/domain/akses/izin";
import { launchBrowser } from "./support/browser";
import { masukSebagai } from "./support/masuk";
import { type E2eServer, startE2eServer } from "./support/server";

let server: E2eServer;
let browser: Browser;

beforeAll(async () => {
  server = await startE2eServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/**
 * The pages of each role: every main page once, and the pages where a role sees its own controls (the operator's
 * input forms, the evaluator's review pages, the Petugas SKM's survey).
 */
const HALAMAN: Record<string, { peran: Peran; halaman: string[] }> = {
  admin: {
    peran: "admin_pemda",
    halaman: [
      "/",
      "/perencanaan",
      "/perjanjian-kinerja",
      "/pengukuran?tahun=2023",
      "/anggaran",
      "/laporan?tahun=2023",
      "/skm",
      "/evaluasi",
      "/monitoring?tahun=2023",
      "/audit",
      "/pengingat",
      "/admin/pengaturan",
    ],
  },
  operator: {
    peran: "operator_opd",
    halaman: [
      "/",
      "/profil",
      "/perencanaan",
      "/perjanjian-kinerja",
      "/pengukuran?tahun=2023",
      "/anggaran",
      "/rencana-aksi",
    ],
  },
  evaluator: { peran: "evaluator", halaman: ["/", "/evaluasi", "/reviu", "/iku-rpjmd"] },
  "petugas SKM": { peran: "petugas_skm", halaman: ["/", "/skm"] },
};

/** The serious and critical violations of `page` as "rule: target…" lines (empty when none). */
async function pelanggaran(page: Page): Promise<string[]> {
  const hasil = await new AxeBuilder({ page })
    // the report preview: a sandboxed document without scripts, where axe cannot run (see above)
    .exclude('[data-testid="pratinjau"]')
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return hasil.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => `${n.target.join(" ")} — ${n.failureSummary?.split("\n")[1]?.trim() ?? ""}`)
          .slice(0, 5)
          .join(" | ")}`,
    );
}

for (const [nama, { peran, halaman }] of Object.entries(HALAMAN)) {
  describe(`axe-core at 1366 px, signed in as the demo ${nama}`, () => {
    let konteks: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      // AxeBuilder needs a page of an explicit context (browser.newPage is refused)
      konteks = await browser.newContext({ viewport: { width: 1366, height: 900 } });
      page = await konteks.newPage();
      await masukSebagai(page, server.url, peran);
    });
    afterAll(async () => {
      await konteks?.close();
    });

    it.each(halaman)(
      "%s has no serious or critical violation",
      async (alamat) => {
        await page.goto(`${server.url}${alamat}`);
        await page.getByRole("heading", { level: 2 }).first().waitFor({ timeout: 60_000 });
        // the page's data: no loader left
        await page.waitForFunction(() => !document.querySelector(".mantine-Loader-root"), undefined, {
          timeout: 60_000,
        });
        expect(await pelanggaran(page)).toEqual([]);
      },
      120_000,
    );
  });
}

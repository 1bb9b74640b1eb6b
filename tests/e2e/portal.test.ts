/**
 * The public portal in Chromium (issue 15, ADR 0029) on the real server's first start with the demo (which publishes
 * Kecamatan Sei Balai 2023): axe-core (WCAG 2.1 A/AA) on the portal pages and the 404 page finds no serious or
 * critical violation, the pages work without JavaScript, and each page is at most 100 KB transferred (bytes, not time).
 */
import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "./support/browser";
import { type E2eServer, startE2eServer } from "./support/server";

let server: E2eServer;
let browser: Browser;
const P = "/p/batu-bara/kecamatan-sei-balai/2023";

async function periksaAxe(page: Page, nama: string): Promise<void> {
  const hasil = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const berat = hasil.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    berat.map((v) => `${nama}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
  ).toEqual([]);
}

beforeAll(async () => {
  server = await startE2eServer();
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("public portal in Chromium", () => {
  let context: BrowserContext;
  let tanpaJs: BrowserContext;
  afterAll(async () => {
    await context?.close();
    await tanpaJs?.close();
  });

  it("has no serious or critical axe violation and works without JavaScript", async () => {
    // axe runs as a script in the page; the pages themselves carry none (the walk below has JavaScript off)
    context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    for (const [alamat, status] of [
      ["/p/batu-bara", 200],
      ["/p/batu-bara/kecamatan-sei-balai", 200],
      [P, 200],
      [`${P}?lang=en`, 200],
      ["/p/batu-bara/kecamatan-sei-balai/2022", 404],
    ] as const) {
      const res = await page.goto(`${server.url}${alamat}`);
      expect(res?.status(), alamat).toBe(status);
      await expect(page.locator("main h1").count()).resolves.toBe(1);
      await periksaAxe(page, alamat);
    }
    // following links, without script: OPD list → Sei Balai → 2023 → the LKjIP section is there
    tanpaJs = await browser.newContext({ javaScriptEnabled: false });
    const p2 = await tanpaJs.newPage();
    await p2.goto(`${server.url}/p/batu-bara`);
    await p2.getByRole("link", { name: "2023" }).first().click();
    await p2.waitForURL(/\/2023$/);
    await expect(p2.getByRole("heading", { level: 2, name: "Laporan Kinerja (LKjIP)" }).count()).resolves.toBe(1);
  }, 180_000);

  it("keeps every portal page within 100 KB transferred", async () => {
    for (const alamat of ["/p/batu-bara", "/p/batu-bara/kecamatan-sei-balai", P, `${P}?lang=en`]) {
      const res = await fetch(`${server.url}${alamat}`, { headers: { "accept-encoding": "identity" } });
      expect(res.status).toBe(200);
      const bytes = (await res.arrayBuffer()).byteLength;
      expect(bytes, alamat).toBeLessThanOrEqual(100 * 1024);
    }
  }, 60_000);
});

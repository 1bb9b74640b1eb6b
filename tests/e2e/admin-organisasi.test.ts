/**
 * Pemda administration in Chromium (issue M1-04 "Organisation"): the demo admin edits the Pemda's address, uploads
 * a logo (preview, then the stored image), is told at the field why a text file named .png is refused, edits an
 * OPD's kode in the table (an unreadable code is refused at its cell) and adds an OPD (a taken slug is refused at
 * the slug field). No CSP violations (the preview is a blob: URL, the stored logo a same-origin image).
 */
import { Resvg } from "@resvg/resvg-js";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, screenshotPath } from "./support/browser";
import { masukSebagai } from "./support/masuk";
import { type E2eServer, startE2eServer } from "./support/server";

let server: E2eServer;
let browser: Browser;
let page: Page;
const cspErrors: string[] = [];

beforeAll(async () => {
  server = await startE2eServer();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
  });
  await masukSebagai(page, server.url, "admin_pemda");
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const png = Buffer.from(
  new Resvg(
    `<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128"><rect width="100%" height="100%" fill="#2b8a3e"/><circle cx="64" cy="64" r="40" fill="#ffd43b"/></svg>`,
  )
    .render()
    .asPng(),
);

describe("Pemda administration in Chromium", () => {
  it("edits the Pemda profile and uploads a logo with a preview", async () => {
    await page.goto(`${server.url}/admin/pemda`);
    const form = page.getByRole("form", { name: "Identitas" });
    await form.getByLabel("Alamat kantor").fill("Jl. Access Road Inalum No. 1, Lima Puluh");
    await form.getByRole("button", { name: "Simpan" }).click();
    await page.getByText("Profil Pemda tersimpan.").waitFor();

    const berkas = page.locator('input[type="file"]');
    await berkas.setInputFiles({ name: "bukan-logo.png", mimeType: "image/png", buffer: Buffer.from("teks biasa\n") });
    await page.getByRole("button", { name: "Unggah logo" }).click();
    await page.getByText(/bukan gambar PNG atau JPEG/).waitFor();

    await berkas.setInputFiles({ name: "logo-batu-bara.png", mimeType: "image/png", buffer: png });
    await page.getByRole("img", { name: "Pratinjau logo yang akan diunggah" }).waitFor();
    await page.getByRole("button", { name: "Unggah logo" }).click();
    await page.getByText("Logo tersimpan (128 × 128 piksel).").waitFor();
    const logo = page.getByRole("img", { name: "Logo Pemda" });
    await logo.waitFor();
    await expect.poll(() => logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(128);
    expect(await page.getByTestId("info-logo").innerText()).toContain("image/png · 128 × 128 px");
    await page.screenshot({ path: screenshotPath("admin-pemda"), fullPage: true });
  });

  it("edits an OPD's kode in the table and adds an OPD", async () => {
    await page.getByRole("tab", { name: "Perangkat Daerah" }).click();
    await page.waitForURL(/\/admin\/opd$/);
    const baris = page.getByTestId("tabel-opd").locator('tr[data-opd="kecamatan-sei-balai"]');
    await baris.getByRole("button", { name: "Ubah Kecamatan Sei Balai" }).click();
    const kode = baris.getByLabel("Kode unit");
    await kode.fill("7.01.03");
    await baris.getByRole("button", { name: "Simpan" }).click();
    await baris.getByText(/tidak dapat dibaca/).waitFor();
    await kode.fill("7-01.0-00.0-00.03.0.0");
    await baris.getByLabel("Alamat").fill("Jl. Lintas Sumatera, Sei Balai");
    await baris.getByRole("button", { name: "Simpan" }).click();
    await page.getByText("Kecamatan Sei Balai tersimpan.").waitFor();
    expect(await baris.innerText()).toContain("7.01.0.00.0.00.03.0000");
    expect(await baris.innerText()).toContain("Jl. Lintas Sumatera, Sei Balai");

    await page.getByRole("button", { name: "Tambah OPD" }).click();
    const dialog = page.getByRole("dialog", { name: "Tambah OPD" });
    await dialog.getByLabel("Slug").fill("kecamatan-sei-balai");
    await dialog.getByLabel("Nama perangkat daerah").fill("Kecamatan Baru");
    await dialog.getByRole("button", { name: "Simpan" }).click();
    await dialog.getByText(/Slug "kecamatan-sei-balai" sudah dipakai/).waitFor();
    await dialog.getByLabel("Slug").fill("dinas-uji-e2e");
    await dialog.getByLabel("Nama perangkat daerah").fill("Dinas Uji E2E");
    await dialog.getByRole("button", { name: "Simpan" }).click();
    await page.getByText("Dinas Uji E2E ditambahkan.").waitFor();
    await page.getByTestId("tabel-opd").locator('tr[data-opd="dinas-uji-e2e"]').waitFor();
    await page.screenshot({ path: screenshotPath("admin-opd"), fullPage: true });
    expect(cspErrors).toEqual([]);
  });
});

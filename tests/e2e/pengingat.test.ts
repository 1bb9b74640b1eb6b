/**
 * Reminders in Chromium (issue 15 acceptance, ADR 0035/0044), on a real `sakip serve` process with the job queue on
 * and SMTP_URL pointing at a real SMTP server started here (tests/support/smtp-uji.ts):
 * - the Admin Pemda sets one deadline of this year to today on the reminder page (a deadline with no reminder today
 *   under its default date, so the key of today's reminder is new) and runs the reminders while the SMTP server is
 *   down: the delivery waits, with the server's error on the page;
 * - the server process is stopped and started again on the same data folder (the delivery written, not sent), the
 *   SMTP server comes back: the reminder arrives exactly once, also after another "run now";
 * - the operator's bell shows the notification, and marking it read clears the count;
 * - an operator submits the PK and the pimpinan's home page (BerandaPage) shows it waiting for approval.
 * The app has no test clock: "today" is the real date in WIB (the demo Pemda's zone), as the server computes it.
 */
import fs from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pasangPenyaji } from "../../src/cli/penyaji";
import { jenisPengingat, judulPengingat } from "../../src/domain/pengingat";
import { JENIS_TENGGAT, LABEL_TENGGAT, sisaHari, tenggatBawaan } from "../../src/domain/tenggat";
import { jalankanServer, type ProsesServer } from "../support/server-proses";
import { bukaServerSmtpUji, type ServerSmtpUji } from "../support/smtp-uji";
import { salinDemoPglite } from "../support/test-database";
import { launchBrowser, screenshotPath, tempDataDir } from "./support/browser";
import { akunDemo, masukSebagai } from "./support/masuk";

const hariIni = new Date().toLocaleDateString("sv-SE", { timeZone: "Asia/Jakarta" });
const tahun = Number(hariIni.slice(0, 4));
// the operator acts on these (pengukuran.ubah, pk.ubah); the first one not reminded today under its default date
const jenis = (["realisasi-tw1", "realisasi-tw2", "realisasi-tw3", "realisasi-tw4", "pk"] as const).find(
  (j) => jenisPengingat(sisaHari(tenggatBawaan(tahun)[j], hariIni)) === null,
)!;
const judul = judulPengingat("segera", jenis, tahun, 0);
const operator = akunDemo("operator_opd").email;

let smtp: ServerSmtpUji;
let server: ProsesServer | null = null;
let browser: Browser;
const dataDir = tempDataDir();

function mulaiServer(): Promise<ProsesServer> {
  return jalankanServer(["bin/sakip.mjs", "serve", "--port", "0", "--demo-pertama-kali"], {
    SAKIP_DATA_DIR: dataDir,
    SMTP_URL: smtp.url,
    SMTP_DARI: "SAKIP Uji <sakip@uji.local>",
    SAKIP_ANTREAN: "hidup",
    LOG_LEVEL: "warn",
    DATABASE_URL: "",
    NODE_ENV: "test",
  });
}

async function halamanBaru(): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  return ctx.newPage();
}

const suratPengingat = () => smtp.surat.filter((s) => s.kepada.includes(operator) && s.subjek.includes(judul));

beforeAll(async () => {
  expect(jenis).toBeDefined();
  smtp = await bukaServerSmtpUji();
  pasangPenyaji();
  await salinDemoPglite(dataDir, new Date(`${hariIni}T00:00:00+07:00`));
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.berhenti();
  await smtp?.hentikan();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("reminders in Chromium with a real SMTP server", () => {
  it("delivers a reminder due today once across a server restart, and shows it on the bell", async () => {
    // the SMTP server is down for the first run: the delivery is written and waits
    await smtp.hentikan();
    server = await mulaiServer();
    const admin = await halamanBaru();
    await masukSebagai(admin, server.url, "admin_pemda");
    await admin.getByRole("navigation", { name: "Navigasi modul" }).getByText("Pengingat", { exact: true }).click();
    await admin.waitForURL(/\/pengingat$/);
    const tanggal = admin.getByLabel(LABEL_TENGGAT[jenis], { exact: true });
    await expect.poll(() => tanggal.inputValue(), { timeout: 30_000 }).toBe(tenggatBawaan(tahun)[jenis]);
    await tanggal.fill(hariIni);
    await admin.getByRole("button", { name: "Simpan tenggat" }).click();
    await admin.getByText("Tenggat tersimpan").waitFor();
    // the save is kept as a version, with the date it replaced
    expect(await admin.getByTestId("riwayat-tenggat").innerText()).toContain(LABEL_TENGGAT[jenis]);

    await admin.getByRole("button", { name: "Jalankan sekarang" }).click();
    // "run now" computes every OPD's reminders in the request while the queue's own start-up run may hold the one
    // embedded connection: over 30 s once on a clean-clone CI run (session 8); wait for the answer, not for a time
    await admin.getByTestId("hasil-jalankan").waitFor({ timeout: 180_000 });
    const hasil = await admin.getByTestId("hasil-jalankan").innerText();
    expect(hasil).toContain(`Dijalankan untuk ${hariIni}`);
    // the worker tries, finds no SMTP server, and leaves it waiting with the error
    await expect
      .poll(
        async () => {
          await admin.reload();
          await admin.getByTestId("jumlah-kiriman").waitFor();
          const baris = admin.locator("[data-testid=daftar-kiriman] tr", { hasText: judul }).filter({
            hasText: operator,
          });
          return (await baris.count()) ? baris.first().innerText() : "";
        },
        { timeout: 120_000, interval: 2000 },
      )
      .toMatch(/Menunggu[\s\S]*(ECONNREFUSED|ECONNECTION|connect)/i);
    await admin.screenshot({ path: screenshotPath("pengingat-admin-menunggu"), fullPage: true });
    expect(suratPengingat()).toHaveLength(0);

    // restart: the process stops with the delivery not sent; the SMTP server is back before the new process starts
    expect(await server.berhenti()).toBe(0);
    server = null;
    await smtp.mulai();
    server = await mulaiServer();
    await expect.poll(() => suratPengingat().length, { timeout: 240_000, interval: 1000 }).toBe(1);
    const [surat] = suratPengingat();
    expect(surat!.teks).toContain(`belum mengajukan ${LABEL_TENGGAT[jenis]} ${tahun}`);

    // run again after the restart: nothing new, still one mail
    const admin2 = await halamanBaru();
    await masukSebagai(admin2, server.url, "admin_pemda");
    await admin2.goto(`${server.url}/pengingat`);
    await admin2.getByRole("button", { name: "Jalankan sekarang" }).click();
    await admin2.getByTestId("hasil-jalankan").waitFor({ timeout: 180_000 });
    expect(await admin2.getByTestId("hasil-jalankan").innerText()).toContain("0 pemberitahuan baru, 0 surel baru");
    await admin2.locator('label[for$="-terkirim"]').click(); // the "Terkirim" segment of the filter
    await admin2.locator("[data-testid=daftar-kiriman] tr[data-status=terkirim]", { hasText: judul }).first().waitFor();
    await new Promise((r) => setTimeout(r, 3000));
    expect(suratPengingat()).toHaveLength(1);

    // the operator's bell: the unread count and the notification; marking it read clears it
    const op = await halamanBaru();
    await masukSebagai(op, server.url, "operator_opd");
    const lonceng = op.getByTestId("lonceng");
    await expect
      .poll(async () => Number(await lonceng.getAttribute("data-belum-dibaca")), { timeout: 30_000 })
      .toBeGreaterThan(0);
    const belum = Number(await lonceng.getAttribute("data-belum-dibaca"));
    await lonceng.click();
    const item = op.getByTestId("pemberitahuan").filter({ hasText: judul });
    await item.waitFor();
    expect(await item.getAttribute("data-dibaca")).toBe("false");
    await op.screenshot({ path: screenshotPath("pengingat-lonceng"), fullPage: true });
    await item.getByRole("button", { name: "Tandai dibaca" }).click();
    await expect.poll(() => item.getAttribute("data-dibaca"), { timeout: 30_000 }).toBe("true");
    expect(Number(await lonceng.getAttribute("data-belum-dibaca"))).toBe(belum - 1);
    expect(JENIS_TENGGAT).toContain(jenis);
  }, 900_000);

  it("puts an operator's submitted PK on the pimpinan's home page", async () => {
    const op = await halamanBaru();
    await masukSebagai(op, server!.url, "operator_opd");
    // 2023 holds the demo's PK of Kecamatan Sei Balai (an empty year cannot be submitted, ADR 0027)
    await op.goto(`${server!.url}/perjanjian-kinerja?tahun=2023`);
    const kartu = op.getByTestId("status-periode");
    await kartu.getByTestId("status-pk").waitFor();
    await kartu.getByRole("button", { name: "Ajukan" }).first().click();
    await op.getByTestId("cek-ajukan").waitFor();
    await op.getByTestId("konfirmasi-tindakan").click();
    await expect.poll(() => kartu.getByTestId("status-pk").innerText(), { timeout: 30_000 }).toMatch(/Diajukan/i);

    const pim = await halamanBaru();
    await masukSebagai(pim, server!.url, "pimpinan_opd");
    const kerja = pim.getByTestId("kerja-setujui");
    await kerja.waitFor();
    expect(await kerja.innerText()).toContain("Perjanjian Kinerja 2023");
    await pim.screenshot({ path: screenshotPath("pengingat-beranda-pimpinan"), fullPage: true });
  }, 300_000);
});

import type { Page } from "playwright-core";
import { AKUN_DEMO } from "../../../src/demo/demo-accounts";
import type { Peran } from "../../../src/domain/akses/izin";

/** The demo account of a role (README "Demo"). */
export function akunDemo(peran: Peran) {
  const akun = AKUN_DEMO.find((a) => a.peran === peran);
  if (!akun) throw new Error(`no demo account for ${peran}`);
  return akun;
}

/** Signs in through the sign-in page and waits for the app shell. */
export async function masukSebagai(page: Page, baseUrl: string, peran: Peran, identitas?: string): Promise<void> {
  const akun = akunDemo(peran);
  await page.goto(`${baseUrl}/masuk`);
  await page.getByLabel("Email atau NIP").fill(identitas ?? akun.email);
  await page.getByLabel("Kata sandi").fill(akun.kataSandi);
  await page.getByRole("button", { name: "Masuk" }).click();
  await page.getByRole("navigation", { name: "Navigasi modul" }).waitFor();
}

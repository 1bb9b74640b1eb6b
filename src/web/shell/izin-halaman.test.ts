import { describe, expect, it } from "vitest";
import { IZIN, IZIN_PERAN, PERAN, type Peran } from "../../domain/akses/izin";
import { LABEL_IZIN, pesanTanpaIzin } from "../../domain/akses/label-izin";
import { halamanDari, izinKurang } from "./izin-halaman";
import { NAV_ITEMS } from "./nav-items";

function navUntuk(peran: Peran): string[] {
  const punya = (i: string) => (IZIN_PERAN[peran] as readonly string[]).includes(i);
  return NAV_ITEMS.filter((item) => izinKurang(item, punya) === null).map((i) => i.path);
}

describe("navigation per role (issue 12: each role sees only the pages it may open)", () => {
  it("the Petugas SKM sees the home page and the survey only", () => {
    expect(navUntuk("petugas_skm")).toEqual(["/", "/skm"]);
  });

  it("the admin sees every page", () => {
    expect(navUntuk("admin_pemda")).toEqual(NAV_ITEMS.map((i) => i.path));
  });

  it("only the Admin Pemda sees the reminder page (issue 15)", () => {
    expect(PERAN.filter((p) => navUntuk(p).includes("/pengingat"))).toEqual(["admin_pemda"]);
  });

  it("no role sees a page whose permission it lacks", () => {
    for (const peran of PERAN) {
      const izin = IZIN_PERAN[peran] as readonly string[];
      for (const path of navUntuk(peran)) {
        const item = NAV_ITEMS.find((i) => i.path === path)!;
        expect(izinKurang(item, (i) => izin.includes(i))).toBeNull();
      }
    }
  });

  it("finds the page of a deep address", () => {
    expect(halamanDari(NAV_ITEMS, "/anggaran/impor")?.path).toBe("/anggaran");
    expect(halamanDari(NAV_ITEMS, "/")?.path).toBe("/");
    expect(halamanDari(NAV_ITEMS, "/masuk-lain")).toBeNull();
  });
});

describe("403 messages in words", () => {
  it("every permission has a label in both languages and the message never shows the code", () => {
    for (const izin of IZIN) {
      expect(LABEL_IZIN[izin].id.length).toBeGreaterThan(5);
      expect(LABEL_IZIN[izin].en.length).toBeGreaterThan(5);
      expect(pesanTanpaIzin(izin)).not.toContain(izin);
      expect(pesanTanpaIzin(izin, "en")).not.toContain(izin);
    }
    expect(pesanTanpaIzin("anggaran.baca")).toBe("Peran Anda tidak memiliki izin untuk melihat data anggaran.");
  });
});

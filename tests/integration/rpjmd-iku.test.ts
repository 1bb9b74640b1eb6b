/**
 * The Pemda's RPJMD IKU and the Kabupaten LKjIP over HTTP (issue 15, ADR 0036): the demo's IKU read back; capaian per
 * IKU = the rules core over the linked Sei Balai measurement and the entered values; the admin replaces the document
 * (versioned with If-Match: a stale version is 409; audited); a reader (Pembaca/Bupati) may read but not write, an
 * OPD account is refused; bad input answers 4xx with an Indonesian message naming the row; the report downloads in
 * every format.
 */
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { pasangPenyaji } from "../../src/cli/penyaji";
import { hitungCapaian } from "../../src/domain/capaian";
import { createUserAndSignIn, type SignedIn } from "../support/auth";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

const P = "/api/v1/pemda/batu-bara";
const IKU = `${P}/rpjmd/2019/iku`;
let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let admin: SignedIn;
let pembaca: SignedIn;
let operator: SignedIn;

interface Dok {
  tujuan: Array<{
    kode: string;
    teks: string;
    sasaran: Array<{ kode: string; teks: string; iku: Array<Record<string, unknown>> }>;
  }>;
}

beforeAll(async () => {
  pasangPenyaji();
  t = await openDemoDatabase();
  app = createApp({
    ctx: t.ctx,
    logger: pino({ level: process.env.LOG_TEST ?? "silent" }),
    version: "0",
    auth: { rahasia: "s".repeat(40) },
  });
  admin = await createUserAndSignIn(app, t.ctx, { peran: "admin_pemda", pemdaSlug: "batu-bara", opdSlug: null });
  pembaca = await createUserAndSignIn(app, t.ctx, { peran: "viewer", pemdaSlug: "batu-bara", opdSlug: null });
  operator = await createUserAndSignIn(app, t.ctx, {
    peran: "operator_opd",
    pemdaSlug: "batu-bara",
    opdSlug: "kecamatan-sei-balai",
  });
}, 180_000);
afterAll(async () => {
  await t?.close();
});

/** The input shape of what was read (display-only link fields dropped). */
function masukan(d: Dok) {
  return {
    tujuan: d.tujuan.map((x) => ({
      ...x,
      sasaran: x.sasaran.map((s) => ({
        ...s,
        iku: s.iku.map((i) => ({
          ...i,
          tautan: (i.tautan as Array<{ opd: string; indikator: string; utama: boolean }>).map((l) => ({
            opd: l.opd,
            indikator: l.indikator,
            utama: l.utama,
          })),
        })),
      })),
    })),
  };
}

const put = (as: SignedIn, body: unknown, versi?: string) =>
  app.request(IKU, {
    method: "PUT",
    headers: { ...as.headers, "content-type": "application/json", ...(versi ? { "if-match": `"${versi}"` } : {}) },
    body: JSON.stringify(body),
  });

describe("RPJMD IKU of the demo Pemda", () => {
  it("reads the demo IKU; capaian = rules core over the Sei Balai measurement and the entered values", async () => {
    const r = await app.request(IKU, { headers: pembaca.headers });
    expect(r.status).toBe(200);
    const d = (await r.json()) as Dok;
    expect(d.tujuan[0]!.sasaran.flatMap((s) => s.iku)).toHaveLength(4);
    const c = await app.request(`${P}/capaian-iku/2023`, { headers: pembaca.headers });
    expect(c.status).toBe(200);
    const cap = (await c.json()) as {
      baris: Array<{
        kode: string;
        polaritas: "positif" | "negatif";
        ini: { target: string; realisasi: { nilai: string } | null; capaian: { nilai: string } | null };
      }>;
    };
    const ukur = (await (
      await app.request(`${P}/opd/kecamatan-sei-balai/pengukuran/2023`, { headers: admin.headers })
    ).json()) as { sasaran: Array<{ indikator: Array<{ kode: string; realisasi: { nilai: string } | null }> }> };
    const ikm = ukur.sasaran.flatMap((s) => s.indikator).find((i) => i.kode === "ikm")!;
    const iku1 = cap.baris.find((b) => b.kode === "IKU-1")!;
    expect(Number(iku1.ini.realisasi!.nilai)).toBe(Number(ikm.realisasi!.nilai));
    for (const b of cap.baris) {
      expect(b.ini.capaian).not.toBeNull();
      const h = hitungCapaian({ target: b.ini.target, realisasi: b.ini.realisasi!.nilai, polaritas: b.polaritas });
      expect(b.ini.capaian!.nilai).toBe(h.capaianDibulatkan.toFixed(2));
    }
  });

  it("admin replaces the document with If-Match; a stale version is 409; the reader and an OPD account may not", async () => {
    const r = await app.request(IKU, { headers: admin.headers });
    const versi = r.headers.get("etag")!.replaceAll('"', "");
    const d = masukan((await r.json()) as Dok);
    d.tujuan[0]!.teks = "Tujuan diubah dalam uji";
    expect((await put(pembaca, d, versi)).status).toBe(403);
    expect((await put(operator, d, versi)).status).toBe(403);
    const ok = await put(admin, d, versi);
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { diubah: boolean }).diubah).toBe(true);
    const basi = await put(admin, { ...d, tujuan: [{ ...d.tujuan[0]!, teks: "Lagi" }] }, versi);
    expect(basi.status).toBe(409);
    const audit = await app.request(`${P}/audit?entity=rpjmd_iku`, { headers: admin.headers });
    if (audit.status === 200) expect(await audit.text()).toContain("rpjmd_iku");
  });

  it("bad input: 4xx with an Indonesian message naming the row and field", async () => {
    const r = await app.request(IKU, { headers: admin.headers });
    const d = masukan((await r.json()) as Dok);
    const iku = d.tujuan[0]!.sasaran[0]!.iku[0]!;
    const kasus: Array<[Record<string, unknown>, RegExp]> = [
      [{ target: { "2030": "10" } }, /IKU-1.*2030.*di luar periode RPJMD 2019–2023/],
      [
        { tautan: [{ opd: "kecamatan-sei-balai", indikator: "tidak-ada", utama: true }] },
        /IKU IKU-1.*"tidak-ada".*tidak ditemukan/,
      ],
      [{ tautan: [] }, /IKU IKU-1.*minimal satu indikator/],
      [{ target: { "2023": "abc" } }, /IKU IKU-1.*target 2023/],
      [{ tautan: [{ opd: "kecamatan-sei-balai", indikator: "ikm", utama: false }] }, /IKU IKU-1.*tepat satu/],
    ];
    for (const [ubah, pesan] of kasus) {
      const body = {
        tujuan: [{ ...d.tujuan[0]!, sasaran: [{ ...d.tujuan[0]!.sasaran[0]!, iku: [{ ...iku, ...ubah }] }] }],
      };
      const res = await put(admin, body);
      expect(res.status, JSON.stringify(ubah)).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(((await res.json()) as { title?: string; detail?: string }).detail ?? "").toMatch(pesan);
    }
    const tanpaRpjmd = await app.request(`${P}/rpjmd/2030/iku`, { headers: admin.headers });
    expect(tanpaRpjmd.status).toBe(404);
    const format = await app.request(`${P}/lkjip/2023?format=odt`, { headers: admin.headers });
    expect(format.status).toBe(400);
    expect((await app.request(`${P}/lkjip/2023`, { headers: operator.headers })).status).toBe(403);
  });

  it("the Kabupaten LKjIP downloads in every format for a reader", async () => {
    for (const f of ["docx", "pdf", "html", "xlsx"]) {
      const res = await app.request(`${P}/lkjip/2023?format=${f}`, { headers: pembaca.headers });
      expect(res.status, f).toBe(200);
      expect(res.headers.get("content-disposition")).toContain(`LKjIP-batu-bara-2023.${f}`);
      expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
    // four documents rendered in the request: over 30 s on a 2-core box at load 20 (two npm test side by side)
  }, 120_000);
});

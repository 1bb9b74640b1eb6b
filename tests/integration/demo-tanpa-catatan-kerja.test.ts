/**
 * Source notes shown to users cite the document (issue 11: "LKjIP 2023 Kecamatan Sei Balai, Tabel 3.13"), never our
 * working files: every GET route of /api/openapi.json is called on the demo with the demo's own ids, as the admin
 * and as an operator of Kecamatan Sei Balai, and no response may contain "SEED", "regulations.md" or the name of one
 * of our files. JSON, HTML and CSV bodies are read as text, XLSX files cell by cell; the DOCX/PDF downloads are laid
 * out from the same report model as the HTML download walked here, and images carry no text.
 * A new GET route fails this test until URLS below says which demo values to call it with.
 */
import ExcelJS from "exceljs";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { pasangPenyaji } from "../../src/cli/penyaji";
import { createUserAndSignIn, type SignedIn } from "../support/auth";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

/** Our working notes and file names; none may reach a user. */
const CATATAN_KERJA: Array<[string, RegExp]> = [
  ["baris seed", /SEED/],
  ["regulations.md", /regulations\.md/],
  ["berkas seed", /lkjip-2023-kecamatan-sei-balai/],
  ["folder shared/", /\bshared\/[\w./-]+/],
  ["berkas .txt", /\b[\w-]+\.txt\b/],
  ["berkas .md", /\b[\w-]+\.md\b/],
  ["folder seed/", /\bseed\//i],
  ["berkas kode", /\b[\w-]+\.(ts|tsx|mjs|cjs)\b/],
  ["kode demo", /\bsrc\/(demo|services\/demo)\b|konflik\.ts/],
];

const PEMDA = "batu-bara";
const OPD = "kecamatan-sei-balai";
const TAHUN = 2023;
const O = `/api/v1/pemda/${PEMDA}/opd/${OPD}`;
/** Tables whose XLSX has no year (tahun 0), as the route's contract says. */
const TABEL_TANPA_TAHUN = new Set(["desa", "pejabat", "unit-kerja", "dasar-hukum", "inovasi"]);

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let admin: SignedIn;
let operator: SignedIn;

async function json<T>(url: string): Promise<T> {
  const res = await app.request(url, { headers: admin.headers });
  if (res.status !== 200) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** OpenAPI path → the demo URLs to call for it (params filled from the demo; [] = nothing of the demo to show). */
const URLS: Record<string, () => Promise<string[]>> = {
  "/healthz": async () => ["/healthz"],
  // Produksi (#16)
  "/readyz": async () => ["/readyz"],
  "/api/v1/sistem/info": async () => ["/api/v1/sistem/info"],
  "/api/auth/sesi": async () => ["/api/auth/sesi"],
  "/api/auth/opsi": async () => ["/api/auth/opsi"],
  "/api/v1/pemda": async () => ["/api/v1/pemda"],
  "/api/v1/peran": async () => ["/api/v1/peran"],
  "/api/v1/pemda/{pemda}/opd": async () => [`/api/v1/pemda/${PEMDA}/opd`],
  "/api/v1/pemda/{pemda}/profil": async () => [`/api/v1/pemda/${PEMDA}/profil`],
  // an image; the demo has no logo
  "/api/v1/pemda/{pemda}/logo": async () => [],
  "/api/v1/pemda/{pemda}/pengguna": async () => [`/api/v1/pemda/${PEMDA}/pengguna`],
  "/api/v1/pemda/{pemda}/pengguna/kata-sandi-demo": async () => [`/api/v1/pemda/${PEMDA}/pengguna/kata-sandi-demo`],
  "/api/v1/pemda/{pemda}/audit": async () => [`/api/v1/pemda/${PEMDA}/audit?limit=500`],
  "/api/v1/pemda/{pemda}/audit/opsi": async () => [`/api/v1/pemda/${PEMDA}/audit/opsi`],
  "/api/v1/pemda/{pemda}/audit/ekspor": async () => [
    `/api/v1/pemda/${PEMDA}/audit/ekspor?format=csv`,
    `/api/v1/pemda/${PEMDA}/audit/ekspor?format=xlsx`,
  ],
  "/api/v1/pemda/{pemda}/opd/{opd}/status-periode/{tahun}": async () => [`${O}/status-periode/${TAHUN}`],
  "/api/v1/pemda/{pemda}/opd/{opd}/profil": async () => [`${O}/profil`],
  "/api/v1/pemda/{pemda}/opd/{opd}/perencanaan/{tahun}": async () => [`${O}/perencanaan/${TAHUN}`],
  "/api/v1/pemda/{pemda}/rpjmd/{tahunAwal}": async () => {
    const p = await json<{ periode: { rpjmd: Array<{ tahunAwal: number }> } }>(`${O}/perencanaan/${TAHUN}`);
    return p.periode.rpjmd.map((r) => `/api/v1/pemda/${PEMDA}/rpjmd/${r.tahunAwal}`);
  },
  "/api/v1/pemda/{pemda}/opd/{opd}/renstra/{tahunAwal}": async () => {
    const p = await json<{ periode: { renstra: Array<{ tahunAwal: number }> } }>(`${O}/perencanaan/${TAHUN}`);
    return p.periode.renstra.map((r) => `${O}/renstra/${r.tahunAwal}`);
  },
  "/api/v1/pemda/{pemda}/opd/{opd}/pk/{tahun}": async () => [`${O}/pk/${TAHUN}`],
  "/api/v1/pemda/{pemda}/opd/{opd}/pk/{tahun}/kaskade": async () => [`${O}/pk/${TAHUN}/kaskade`],
  "/api/v1/pemda/{pemda}/opd/{opd}/pk-dokumen/{kode}": async () => {
    const d = await json<{ pk: Array<{ kode: string }> }>(`${O}/pk/${TAHUN}`);
    return d.pk.map((p) => `${O}/pk-dokumen/${encodeURIComponent(p.kode)}`);
  },
  "/api/v1/pemda/{pemda}/opd/{opd}/pk/{tahun}/induk-kaskade": async () =>
    ["kepala-opd", "eselon-iii", "eselon-iv"].map((level) => `${O}/pk/${TAHUN}/induk-kaskade?level=${level}`),
  "/api/v1/pemda/{pemda}/opd/{opd}/pengukuran/{tahun}": async () => [`${O}/pengukuran/${TAHUN}`],
  "/api/v1/pemda/{pemda}/opd/{opd}/pengukuran/{tahun}/analisis": async () => [`${O}/pengukuran/${TAHUN}/analisis`],
  "/api/v1/pemda/{pemda}/opd/{opd}/pengukuran/{tahun}/indikator-program": async () => [
    `${O}/pengukuran/${TAHUN}/indikator-program`,
  ],
  "/api/v1/pemda/{pemda}/opd/{opd}/pembanding": async () => [`${O}/pembanding`],
  "/api/v1/pemda/{pemda}/opd/{opd}/pembanding/kandidat": async () => [`${O}/pembanding/kandidat`],
  "/api/v1/pemda/{pemda}/opd/{opd}/catatan-sumber": async () => [`${O}/catatan-sumber`],
  // an uploaded file; the demo uploads none
  "/api/v1/pemda/{pemda}/opd/{opd}/bukti/{id}": async () => [],
  "/api/v1/pemda/{pemda}/opd/{opd}/tabel/{tabel}/{tahun}/xlsx": async () => tabelXlsx("xlsx"),
  "/api/v1/pemda/{pemda}/opd/{opd}/tabel/{tabel}/{tahun}/templat": async () => tabelXlsx("templat"),
  "/api/v1/pemda/{pemda}/opd/{opd}/hasil-survei": async () => [`${O}/hasil-survei`],
  "/api/v1/pemda/{pemda}/opd/{opd}/hasil-survei/{kode}": async () => {
    const d = await json<Array<{ kode: string }>>(`${O}/hasil-survei`);
    return d.map((s) => `${O}/hasil-survei/${encodeURIComponent(s.kode)}`);
  },
  "/api/v1/pemda/{pemda}/opd/{opd}/hasil-akip": async () => [`${O}/hasil-akip`],
  "/api/v1/pemda/{pemda}/opd/{opd}/hasil-akip/{tahun}": async () => {
    const d = await json<Array<{ tahun: number; jenis: string }>>(`${O}/hasil-akip`);
    return d.map((h) => `${O}/hasil-akip/${h.tahun}?jenis=${h.jenis}`);
  },
  "/api/v1/pemda/{pemda}/opd/{opd}/anggaran/{tahun}/pohon": async () => [`${O}/anggaran/${TAHUN}/pohon`],
  "/api/v1/pemda/{pemda}/opd/{opd}/anggaran/{tahun}/ringkasan": async () => [`${O}/anggaran/${TAHUN}/ringkasan`],
  "/api/v1/pemda/{pemda}/opd/{opd}/anggaran/{tahun}/tabel": async () => [`${O}/anggaran/${TAHUN}/tabel`],
  "/api/v1/pemda/{pemda}/opd/{opd}/anggaran/{tahun}/templat": async () => [
    `${O}/anggaran/${TAHUN}/templat?format=csv`,
    `${O}/anggaran/${TAHUN}/templat?format=xlsx`,
  ],
  "/api/v1/pemda/{pemda}/opd/{opd}/anggaran/{tahun}/ekspor": async () => [`${O}/anggaran/${TAHUN}/ekspor?tabel=semua`],
  "/api/v1/pemda/{pemda}/opd/{opd}/laporan/{tahun}": async () => [`${O}/laporan/${TAHUN}`],
  "/api/v1/pemda/{pemda}/opd/{opd}/laporan/{tahun}/pratinjau": async () => [`${O}/laporan/${TAHUN}/pratinjau`],
  "/api/v1/pemda/{pemda}/opd/{opd}/laporan/{tahun}/unduh": async () => [
    `${O}/laporan/${TAHUN}/unduh?format=html`,
    `${O}/laporan/${TAHUN}/unduh?format=xlsx`,
  ],
  // DOCX/PDF only: laid out from the same model as the LKjIP's appendix in the HTML download above
  "/api/v1/pemda/{pemda}/opd/{opd}/laporan/{tahun}/pk": async () => [],
  "/api/v1/pemda/{pemda}/opd/{opd}/laporan/{tahun}/teks": async () => [`${O}/laporan/${TAHUN}/teks`],
  "/api/v1/pemda/{pemda}/opd/{opd}/laporan/{tahun}/narasi": async () => [`${O}/laporan/${TAHUN}/narasi`],
  // issue 18 / issue 11 (m2-house): versioned budget inputs, Pemda settings
  "/api/v1/pemda/{pemda}/opd/{opd}/anggaran/{tahun}/kelas": async () => [`${O}/anggaran/${TAHUN}/kelas`],
  "/api/v1/pemda/{pemda}/opd/{opd}/anggaran/{tahun}/sasaran/{sasaran}": async () => [
    `${O}/anggaran/${TAHUN}/sasaran/S1`,
  ],
  "/api/v1/pemda/{pemda}/pengaturan": async () => [`/api/v1/pemda/${PEMDA}/pengaturan`],
  // M2-07 SKM survey: the demo layanan "sei-balai", period 2023 (closed, 96 rows) and the open current-year period
  "/api/v1/pemda/{pemda}/opd/{opd}/skm/layanan": async () => [`${O}/skm/layanan`],
  "/api/v1/pemda/{pemda}/opd/{opd}/skm/layanan/{layanan}": async () => [`${O}/skm/layanan/sei-balai`],
  "/api/v1/pemda/{pemda}/opd/{opd}/skm/layanan/{layanan}/kuesioner": async () => [
    `${O}/skm/layanan/sei-balai/kuesioner`,
  ],
  "/api/v1/pemda/{pemda}/opd/{opd}/skm/periode/{periode}": async () => [`${O}/skm/periode/2023`],
  "/api/v1/pemda/{pemda}/opd/{opd}/skm/periode/{periode}/hasil": async () => [`${O}/skm/periode/2023/hasil`],
  "/api/v1/pemda/{pemda}/opd/{opd}/skm/periode/{periode}/saran": async () => [`${O}/skm/periode/2023/saran`],
  "/api/v1/pemda/{pemda}/opd/{opd}/skm/rtl": async () => [`${O}/skm/rtl`],
  // the demo has no RTL item
  "/api/v1/pemda/{pemda}/opd/{opd}/skm/rtl/{id}": async () => [],
  "/api/v1/pemda/{pemda}/skm/periode/{periode}/hasil": async () => [`/api/v1/pemda/${PEMDA}/skm/periode/2023/hasil`],
  "/api/v1/publik/skm/{pemda}/{layanan}": async () => [`/api/v1/publik/skm/${PEMDA}/sei-balai`],
  // M4 SKM stored answers: the demo's 2023 rows (one answer read back through the list's first row)
  "/api/v1/pemda/{pemda}/opd/{opd}/skm/periode/{periode}/responden": async () => [
    `${O}/skm/periode/2023/responden`,
    `${O}/skm/periode/2023/responden?layanan=sei-balai&saluran=kertas&halaman=2&ukuran=10`,
  ],
  "/api/v1/pemda/{pemda}/opd/{opd}/skm/responden/{id}": async () => [],
  // SKM documents (issue 12): DOCX/PDF/PNG only, laid out from the SKM report model (texts checked in
  // tests/integration/skm-dokumen.test.ts); nothing to read as text here
  "/api/v1/pemda/{pemda}/opd/{opd}/skm/periode/{periode}/laporan": async () => [],
  "/api/v1/pemda/{pemda}/opd/{opd}/skm/periode/{periode}/publikasi": async () => [],
  // M2-08 evaluasi AKIP (LKE): the 2024 example evaluation of Sei Balai; 2023 is component-only
  "/api/v1/pemda/{pemda}/opd/{opd}/lke/{tahun}": async () => [`${O}/lke/2024`, `${O}/lke/${TAHUN}`],
  "/api/v1/pemda/{pemda}/opd/{opd}/lke/{tahun}/nilai": async () => [`${O}/lke/2024/nilai`],
  "/api/v1/pemda/{pemda}/opd/{opd}/lke/{tahun}/rekomendasi": async () => [`${O}/lke/2024/rekomendasi`],
  "/api/v1/pemda/{pemda}/opd/{opd}/lke/{tahun}/xlsx": async () => [`${O}/lke/2024/xlsx`],
  // the demo's evidence are links (shown in the worksheet above); an uploaded file is the operator's own
  "/api/v1/pemda/{pemda}/opd/{opd}/lke-bukti/{id}": async () => [],
  // M2-12 TTE: the demo's signing log (empty until someone signs)
  "/api/v1/pemda/{pemda}/opd/{opd}/tte": async () => [`${O}/tte`],
  // M2-08 LHE (DOCX/PDF only, texts checked in tests/integration/dokumen-evaluasi-api.test.ts) and the AKIP recap
  "/api/v1/pemda/{pemda}/opd/{opd}/lhe/{tahun}": async () => [],
  "/api/v1/pemda/{pemda}/rekap-akip/{tahun}": async () => [`/api/v1/pemda/${PEMDA}/rekap-akip/${TAHUN}`],
  "/api/v1/pemda/{pemda}/rekap-akip/{tahun}/unduh": async () => [
    `/api/v1/pemda/${PEMDA}/rekap-akip/${TAHUN}/unduh?format=xlsx`,
  ],
  // M2-07 SKM publik: the poster is a PDF; the one-time codes of the demo service (none made: counts only)
  "/api/v1/pemda/{pemda}/opd/{opd}/skm/layanan/{layanan}/poster": async () => [],
  "/api/v1/pemda/{pemda}/opd/{opd}/skm/layanan/{layanan}/kode-sekali": async () => [
    `${O}/skm/layanan/sei-balai/kode-sekali`,
  ],
  // ADR 0033: the 2023 recap letter's number as printed
  "/api/v1/pemda/{pemda}/rekap-akip/{tahun}/surat": async () => [`/api/v1/pemda/${PEMDA}/rekap-akip/${TAHUN}/surat`],
  "/api/v1/pemda/{pemda}/lke-rekap/{tahun}": async () => [
    `/api/v1/pemda/${PEMDA}/lke-rekap/${TAHUN}`,
    `/api/v1/pemda/${PEMDA}/lke-rekap/2024`,
  ],
  // M2-10 monitoring of every OPD, deadlines and the worklist
  "/api/v1/pemda/{pemda}/monitoring/{tahun}": async () => [
    `/api/v1/pemda/${PEMDA}/monitoring/${TAHUN}`,
    `/api/v1/pemda/${PEMDA}/monitoring/2024?urut=capaian`,
  ],
  "/api/v1/pemda/{pemda}/monitoring/{tahun}/xlsx": async () => [`/api/v1/pemda/${PEMDA}/monitoring/${TAHUN}/xlsx`],
  "/api/v1/pemda/{pemda}/tenggat/{tahun}": async () => [`/api/v1/pemda/${PEMDA}/tenggat/2024`],
  "/api/v1/pemda/{pemda}/tenggat/{tahun}/riwayat": async () => [`/api/v1/pemda/${PEMDA}/tenggat/2024/riwayat`],
  "/api/v1/pemda/{pemda}/daftar-kerja": async () => [
    `/api/v1/pemda/${PEMDA}/daftar-kerja`,
    `/api/v1/pemda/${PEMDA}/daftar-kerja?tahun=2024`,
  ],
  // M2 issue 15: reminders (ADR 0035) — my notifications and the admin's e-mail deliveries
  "/api/v1/pemda/{pemda}/pemberitahuan": async () => [`/api/v1/pemda/${PEMDA}/pemberitahuan`],
  "/api/v1/pemda/{pemda}/pengingat/kiriman": async () => [
    `/api/v1/pemda/${PEMDA}/pengingat/kiriman`,
    `/api/v1/pemda/${PEMDA}/pengingat/kiriman?status=terkirim`,
  ],
  // M2 issue 15: what Sei Balai published on the portal in 2023
  "/api/v1/pemda/{pemda}/opd/{opd}/publikasi/{tahun}": async () => [`${O}/publikasi/${TAHUN}`],
  // M2-15 Rencana Aksi
  "/api/v1/pemda/{pemda}/opd/{opd}/renaksi/{tahun}": async () => [`${O}/renaksi/${TAHUN}`],
  // issue 14: the validator over the demo's own data (its findings quote our data, never our notes)
  "/api/v1/pemda/{pemda}/opd/{opd}/reviu/data/{tahun}": async () => [`${O}/reviu/data/${TAHUN}`],
  // issue 14: Pernyataan Telah Direviu (DOCX/PDF only, texts checked in tests/docs/pernyataan-reviu.test.ts)
  "/api/v1/pemda/{pemda}/opd/{opd}/reviu/pernyataan/{tahun}": async () => [],
  // issue 19: Rencana Aksi documents (DOCX/PDF/XLSX only, figures checked in tests/docs/renaksi-dokumen.test.ts)
  "/api/v1/pemda/{pemda}/opd/{opd}/renaksi/{tahun}/dokumen": async () => [],
  // issue 19: Rencana Aksi XLSX (binary; its rows are checked in tests/integration/renaksi-xlsx.test.ts)
  "/api/v1/pemda/{pemda}/opd/{opd}/renaksi/{tahun}/xlsx": async () => [],
  // issue 17: acting assignments (Plt./Plh.) of every official of the demo OPD
  "/api/v1/pemda/{pemda}/opd/{opd}/pejabat/{id}/penugasan": async () => {
    const p = await json<{ pejabat: Array<{ id: string }> }>(`${O}/profil`);
    return p.pejabat.map((x) => `${O}/pejabat/${x.id}/penugasan`);
  },
  // issue 15: the RPJMD IKU of Batu Bara, their capaian and the Kabupaten LKjIP (HTML; DOCX/PDF in tests/docs)
  "/api/v1/pemda/{pemda}/rpjmd/{tahunAwal}/iku": async () => [`/api/v1/pemda/${PEMDA}/rpjmd/2019/iku`],
  "/api/v1/pemda/{pemda}/capaian-iku/{tahun}": async () => [
    `/api/v1/pemda/${PEMDA}/capaian-iku/${TAHUN}`,
    `/api/v1/pemda/${PEMDA}/capaian-iku/2022`,
  ],
  "/api/v1/pemda/{pemda}/lkjip/{tahun}": async () => [`/api/v1/pemda/${PEMDA}/lkjip/${TAHUN}?format=html`],
  // issue 17 (ADR 0039): the ESR bundle is a ZIP (its manifest checked in tests/integration/esr-bundel.test.ts);
  // the TTE provider of the demo Pemda
  "/api/v1/pemda/{pemda}/opd/{opd}/esr/{tahun}": async () => [],
  "/api/v1/pemda/{pemda}/pengaturan/tte": async () => [`/api/v1/pemda/${PEMDA}/pengaturan/tte`],
};

let enumTabel: string[] = [];
function tabelXlsx(jenis: "xlsx" | "templat"): string[] {
  return enumTabel.map((tabel) => `${O}/tabel/${tabel}/${TABEL_TANPA_TAHUN.has(tabel) ? 0 : TAHUN}/${jenis}`);
}

/** The text a user can see in a response: the body, or every sheet name and cell of an XLSX file. */
async function teksTerlihat(res: Response): Promise<string> {
  const jenis = res.headers.get("content-type") ?? "";
  if (!jenis.includes("spreadsheetml")) return res.text();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  const teks: string[] = [];
  wb.eachSheet((ws) => {
    teks.push(ws.name);
    ws.eachRow((row) => row.eachCell((cell) => void teks.push(cell.text)));
  });
  return teks.join("\n");
}

beforeAll(async () => {
  t = await openDemoDatabase();
  pasangPenyaji(); // the document renderers, as `sakip serve` plugs them in
  app = createApp({ ctx: t.ctx, logger: pino({ level: "silent" }), version: "0", auth: { rahasia: "d".repeat(40) } });
  admin = await createUserAndSignIn(app, t.ctx, { peran: "admin_pemda", pemdaSlug: PEMDA, opdSlug: null });
  operator = await createUserAndSignIn(app, t.ctx, { peran: "operator_opd", pemdaSlug: PEMDA, opdSlug: OPD });
}, 180_000);
afterAll(async () => {
  await t?.close();
});

describe("the demo API shows no working notes of ours", () => {
  it("knows our notes and file names from a document citation", () => {
    const kena = (teks: string) => CATATAN_KERJA.filter(([, pola]) => pola.test(teks)).map(([nama]) => nama);
    expect(kena("Sumber: LKjIP 2023 Kecamatan Sei Balai, Tabel 3.13")).toEqual([]);
    expect(kena("SEED 957-986")).toEqual(["baris seed"]);
    expect(kena("lihat regulations.md §4")).toEqual(["regulations.md", "berkas .md"]);
    expect(kena("shared/reference/product.md")).toEqual(["folder shared/", "berkas .md"]);
    expect(kena("seed/lkjip-2023-kecamatan-sei-balai.txt")).toEqual(["berkas seed", "berkas .txt", "folder seed/"]);
    expect(kena("src/demo/data/sei-balai/renstra.ts")).toEqual(["berkas kode", "kode demo"]);
    expect(kena("src/services/demo/data/konflik.ts")).toEqual(["berkas kode", "kode demo"]);
  });

  it("has demo values for every GET route of the OpenAPI document", async () => {
    const doc = (await (await app.request("/api/openapi.json")).json()) as { paths: Record<string, { get?: unknown }> };
    const get = Object.keys(doc.paths).filter((p) => doc.paths[p]!.get);
    expect(get.filter((p) => !(p in URLS))).toEqual([]);
    const param = (
      doc.paths["/api/v1/pemda/{pemda}/opd/{opd}/tabel/{tabel}/{tahun}/xlsx"] as {
        get: { parameters: Array<{ name: string; schema: { enum?: string[] } }> };
      }
    ).get.parameters.find((p) => p.name === "tabel");
    enumTabel = param?.schema.enum ?? [];
    expect(enumTabel.length).toBeGreaterThan(0);
  });

  it.each([
    ["admin Pemda", () => admin],
    ["operator Kecamatan Sei Balai", () => operator],
  ])(
    "as the %s",
    async (_, siapa) => {
      const temuan: string[] = [];
      let dibaca = 0;
      for (const [route, urls] of Object.entries(URLS)) {
        for (const url of await urls()) {
          const res = await app.request(url, { headers: siapa().headers });
          // an operator may not read some Pemda-wide routes (users, audit): nothing shown, nothing to check
          if (siapa() === operator && res.status === 403) continue;
          expect(res.status, `${route} → ${url}`).toBe(200);
          const teks = await teksTerlihat(res);
          dibaca += 1;
          for (const [nama, pola] of CATATAN_KERJA) {
            const m = pola.exec(teks);
            if (m) temuan.push(`${url}: ${nama} «${teks.slice(Math.max(0, m.index - 60), m.index + 40)}»`);
          }
        }
      }
      expect(dibaca).toBeGreaterThan(40);
      expect(temuan).toEqual([]);
    },
    300_000,
  );
});

/**
 * Rencana Aksi over HTTP as the demo roles (issue #19): the operator enters the plan of the Camat's PK, reports
 * TW I–II with one indicator below target; submit asks for penghambat and langkah, naming indicator and quarter;
 * the pimpinan sees the flag and locks the quarter, which then refuses realisasi; a plan whose TW IV contradicts
 * the annual target is refused and nothing is written.
 */
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { bacaRealisasiSemua } from "../../src/storage/repositories/anggaran-repository";
import { faktorTriwulanPerSasaran } from "../../src/services/renaksi/faktor-lkjip";
import { listAudit } from "../../src/storage/repositories/audit-repository";
import { listOpd, listPemda } from "../../src/storage/repositories/organisasi-repository";
import { createUserAndSignIn, type SignedIn } from "../support/auth";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let operator: SignedIn;
let pimpinan: SignedIn;
const URL = "/api/v1/pemda/batu-bara/opd/kecamatan-sei-balai/renaksi";
const TAHUN = 2023;

interface Renaksi {
  pk: {
    pkId: string;
    level: string;
    versi: string;
    indikator: {
      pkKinerjaId: string;
      indikator: string;
      targetTahunan: string;
      rencana: unknown;
      triwulan: { capaian: string | null; capaianKumulatif: string | null; dibawahTarget: boolean }[];
    }[];
  }[];
  peringatan: { indikator: string; triwulan: number; jenis: string }[];
  statusTriwulan: { triwulan: number; status: string }[];
}

beforeAll(async () => {
  t = await openDemoDatabase();
  app = createApp({ ctx: t.ctx, logger: pino({ level: "silent" }), version: "0", auth: { rahasia: "u".repeat(40) } });
  const opd = { pemdaSlug: "batu-bara", opdSlug: "kecamatan-sei-balai" };
  operator = await createUserAndSignIn(app, t.ctx, { peran: "operator_opd", ...opd });
  pimpinan = await createUserAndSignIn(app, t.ctx, { peran: "pimpinan_opd", ...opd });
}, 180_000);
afterAll(async () => {
  await t?.close();
});

async function kirim(user: SignedIn, method: string, path: string, body?: unknown) {
  const res = await app.request(`${URL}/${TAHUN}${path}`, {
    method,
    headers: { ...user.headers, "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}
const baca = async (user: SignedIn) => (await kirim(user, "GET", "")).body as unknown as Renaksi;

describe("Rencana Aksi of the Camat's PK", () => {
  it("refuses quarterly targets whose TW IV contradicts the annual target, naming indicator and quarter; nothing written", async () => {
    const r = await baca(operator);
    const camat = r.pk.find((p) => p.level === "kepala-opd")!;
    const ind = camat.indikator[0]!;
    // the demo's TW IV realisasi is the yearly one: IKM 80,50 / 85,00 × 100 = 94,71 (LKjIP 2023 Tabel 3.2, SEED 484)
    const ikm = camat.indikator.find((i) => i.targetTahunan === "85,00");
    expect(ikm?.triwulan[3]).toMatchObject({ capaian: "94.71", capaianKumulatif: "94.71" });
    // the demo's plan: TW I–IV = the annual target (illustrative split of LKjIP 2023 Tabel 3.2)
    expect(ind.rencana).toMatchObject({ sifat: "tingkat", targetTriwulan: Array(4).fill(ind.targetTahunan) });
    const res = await kirim(operator, "PUT", `/pk/${camat.pkId}`, {
      indikator: [{ pkKinerjaId: ind.pkKinerjaId, sifat: "tingkat", targetTriwulan: ["1", "2", "3", "4"] }],
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain(`Indikator \\"${ind.indikator}\\" TW IV`);
    expect((await baca(operator)).pk.find((p) => p.pkId === camat.pkId)!.indikator[0]!.rencana).toEqual(ind.rencana);
  }, 60_000);

  it("operator enters the plan, reports TW I–II; submit asks for penghambat; pimpinan sees the flag and locks", async () => {
    const r = await baca(operator);
    const camat = r.pk.find((p) => p.level === "kepala-opd")!;
    expect(camat.indikator.length).toBeGreaterThan(0);
    // TW IV = the PK's annual target as written (level indicators: IKM 85,00, AKIP BB (75,00); SEED 484-485)
    const indikator = camat.indikator.map((i) => ({
      pkKinerjaId: i.pkKinerjaId,
      sifat: "tingkat",
      targetTriwulan: [i.targetTahunan, i.targetTahunan, i.targetTahunan, i.targetTahunan],
      penanggungJawab: "Sekretaris Kecamatan",
      aksi: [
        {
          tingkat: "sub-kegiatan",
          uraian: "Pelayanan administrasi",
          anggaranTriwulan: ["1000000", "1000000", "1000000", "1000000"],
        },
      ],
    }));
    const simpan = await kirim(operator, "PUT", `/pk/${camat.pkId}`, { indikator });
    expect(simpan.status).toBe(200);
    // a stale version is refused
    const basi = await app.request(`${URL}/${TAHUN}/pk/${camat.pkId}`, {
      method: "PUT",
      headers: { ...operator.headers, "content-type": "application/json", "if-match": `"${camat.versi}"` },
      body: JSON.stringify({ indikator }),
    });
    expect(basi.status).toBe(409);

    const [pertama, ...lain] = camat.indikator;
    const target = (i: { targetTahunan: string }) => i.targetTahunan.replace(/^[A-Z]+\s*\(|\)$/g, "").replace(",", ".");
    // TW I: all on target; TW II: the first indicator at half its target (capaian 50 % < 100 and < 76 threshold)
    for (const [tw, faktor] of [
      [1, 1],
      [2, 0.5],
    ] as const) {
      const res = await kirim(operator, "PUT", `/triwulan/${tw}/realisasi`, {
        baris: camat.indikator.map((i) => ({
          pkKinerjaId: i.pkKinerjaId,
          nilai: i === pertama ? String(Number(target(i)) * faktor) : target(i),
          realisasiAnggaran: "1000000",
        })),
      });
      expect(res.status).toBe(200);
    }
    expect(lain.length).toBeGreaterThanOrEqual(0);
    const tolak = await kirim(operator, "POST", "/triwulan/2/status", { aksi: "ajukan" });
    expect(tolak.status).toBe(400);
    expect(String(tolak.body.detail)).toContain(`Indikator "${pertama!.indikator}" TW II`);
    expect(String(tolak.body.detail)).toContain("faktor penghambat");

    const isi = await kirim(operator, "PUT", "/triwulan/2/realisasi", {
      baris: [
        {
          pkKinerjaId: pertama!.pkKinerjaId,
          nilai: String(Number(target(pertama!)) * 0.5),
          realisasiAnggaran: "1000000",
          faktorPenghambat: "Jaringan aplikasi terganggu",
          faktorPendorong: "Dukungan perangkat desa",
          langkah: "Layanan jemput bola",
        },
      ],
    });
    expect(isi.status).toBe(200);
    expect((await kirim(operator, "POST", "/triwulan/2/status", { aksi: "ajukan" })).status).toBe(200);

    const lihat = await baca(pimpinan);
    const baris = lihat.pk
      .find((p) => p.pkId === camat.pkId)!
      .indikator.find((i) => i.pkKinerjaId === pertama!.pkKinerjaId)!;
    // tingkat: TW II 0,5·T / T × 100 = 50,00 (R/T × 100, regulations.md §4)
    expect(baris.triwulan[1]).toMatchObject({ capaian: "50.00", capaianKumulatif: "50.00", dibawahTarget: true });
    expect(lihat.peringatan).toContainEqual(
      expect.objectContaining({ indikator: pertama!.indikator, triwulan: 2, jenis: "capaian-rendah" }),
    );

    expect((await kirim(operator, "POST", "/triwulan/2/status", { aksi: "kunci" })).status).toBe(403);
    expect((await kirim(pimpinan, "POST", "/triwulan/2/status", { aksi: "kunci" })).status).toBe(200);
    const terkunci = await kirim(operator, "PUT", "/triwulan/2/realisasi", {
      baris: [{ pkKinerjaId: pertama!.pkKinerjaId, nilai: "1" }],
    });
    expect(terkunci.status).toBe(409);
    expect(String(terkunci.body.detail)).toContain("TW II 2023");
    const audit = await listAudit(t.ctx.db, { pemdaId: null, entity: "renaksi_triwulan", limit: 50 });
    expect(audit.some((a) => a.entity === "renaksi_triwulan" && a.action === "kunci")).toBe(true);
  }, 120_000);

  it("versions each quarter's report: the read gives its version, a save based on an older one is refused (409)", async () => {
    const r = (await kirim(operator, "GET", "")).body as unknown as {
      pk: Renaksi["pk"];
      statusTriwulan: { triwulan: number; status: string; versi: string }[];
    };
    const tw3 = r.statusTriwulan.find((s) => s.triwulan === 3)!;
    expect(tw3.status).toBe("draft");
    const ind = r.pk.find((p) => p.level === "kepala-opd")!.indikator[0]!;
    const simpan = (versi: string, nilai: string) =>
      app.request(`${URL}/${TAHUN}/triwulan/3/realisasi`, {
        method: "PUT",
        headers: { ...operator.headers, "content-type": "application/json", "if-match": `"${versi}"` },
        body: JSON.stringify({ baris: [{ pkKinerjaId: ind.pkKinerjaId, nilai }] }),
      });
    const pertama = await simpan(tw3.versi, "1");
    expect(pertama.status).toBe(200);
    const baru = ((await pertama.json()) as { versi: string }).versi;
    expect(pertama.headers.get("etag")).toBe(`"${baru}"`);
    // the read now gives the stored version; the old one is stale and nothing is written
    const lagi = (await kirim(operator, "GET", "")).body as unknown as { statusTriwulan: typeof r.statusTriwulan };
    expect(lagi.statusTriwulan.find((s) => s.triwulan === 3)!.versi).toBe(baru);
    expect((await simpan(tw3.versi, "2")).status).toBe(409);
    expect((await simpan(baru, "2")).status).toBe(200);
  }, 60_000);

  it("TW IV of a level indicator is the annual realisasi of Pengukuran (ADR 0041); a different TW IV is refused", async () => {
    const r = await baca(operator);
    const camat = r.pk.find((p) => p.level === "kepala-opd")!;
    // IKM: annual realisasi 80,50 in the demo's Pengukuran (LKjIP 2023 Tabel 3.2)
    const ikm = camat.indikator.find((i) => i.targetTahunan === "85,00")!;
    expect(ikm.triwulan[3]).toMatchObject({ capaianKumulatif: "94.71" });
    const res = await kirim(operator, "PUT", "/triwulan/4/realisasi", {
      baris: [{ pkKinerjaId: ikm.pkKinerjaId, nilai: "70" }],
    });
    expect(res.status).toBe(400);
    expect(String(res.body.detail)).toContain(`Indikator "${ikm.indikator}" TW IV`);
    expect(String(res.body.detail)).toContain("Pengukuran Kinerja (80,50)");
    // the same value is accepted (the form sends what it shows)
    const sama = await kirim(operator, "PUT", "/triwulan/4/realisasi", {
      baris: [{ pkKinerjaId: ikm.pkKinerjaId, nilai: "80,50" }],
    });
    expect(sama.status).toBe(200);
  }, 60_000);

  it("takes the budget realisation of TW IV from the imported DPA realisation when the action names its code", async () => {
    const pemda = (await listPemda(t.ctx.db)).find((p) => p.slug === "batu-bara")!;
    const opd = (await listOpd(t.ctx.db, pemda.id)).find((o) => o.slug === "kecamatan-sei-balai")!;
    const dpa = await bacaRealisasiSemua(t.ctx.db, { pemdaId: pemda.id, opdId: opd.id, tahun: TAHUN });
    const des = dpa.filter((x) => x.bulan === 12);
    expect(des.length).toBeGreaterThan(0);
    const sub = des[0]!;
    const r = await baca(operator);
    const camat = r.pk.find((p) => p.level === "kepala-opd")!;
    const ind = camat.indikator[0]! as (typeof camat.indikator)[number] & {
      rencana: { sifat: string; targetTriwulan: string[] };
    };
    const simpan = await kirim(operator, "PUT", `/pk/${camat.pkId}`, {
      indikator: camat.indikator.map((i) => ({
        pkKinerjaId: i.pkKinerjaId,
        sifat: "tingkat",
        targetTriwulan: Array(4).fill(i.targetTahunan),
        aksi:
          i === ind
            ? [
                {
                  tingkat: "sub-kegiatan",
                  kodeDppa: sub.kode,
                  uraian: "Sub-kegiatan DPA",
                  anggaranTriwulan: ["1", "1", "1", "1"],
                },
              ]
            : [],
      })),
    });
    expect(simpan.status).toBe(200);
    const q = (await kirim(operator, "GET", "")).body as unknown as {
      pk: Array<{ pkId: string; indikator: Array<{ pkKinerjaId: string; triwulan: Array<Record<string, unknown>> }> }>;
    };
    const tw = q.pk
      .find((p) => p.pkId === camat.pkId)!
      .indikator.find((i) => i.pkKinerjaId === ind.pkKinerjaId)!.triwulan;
    // cumulative s.d. December = pegawai + barang/jasa + modal of that sub-kegiatan as imported (anggaran module)
    const jumlah = (Number(sub.pegawai) + Number(sub.barangJasa) + Number(sub.modal)).toFixed(2);
    expect(tw[3]).toMatchObject({ sumberRealisasiAnggaran: "impor-dpa", realisasiAnggaranKumulatif: jumlah });
    // quarters whose month was not imported stay typed/empty
    const bulan = new Set(dpa.map((x) => x.bulan));
    for (const n of [1, 2, 3]) if (!bulan.has(3 * n)) expect(tw[n - 1]!.sumberRealisasiAnggaran).not.toBe("impor-dpa");
  }, 60_000);

  it("gives the LKjIP the quarterly factors per sasaran, naming quarter and indicator", async () => {
    const pemda = (await listPemda(t.ctx.db)).find((p) => p.slug === "batu-bara")!;
    const opd = (await listOpd(t.ctx.db, pemda.id)).find((o) => o.slug === "kecamatan-sei-balai")!;
    const f = await faktorTriwulanPerSasaran(t.ctx.db, pemda.id, opd.id, TAHUN);
    const semua = [...f.values()];
    // entered in TW II above for the Camat's first indicator
    expect(semua.some((x) => x.faktorPenghambat.some((p) => /^TW II — .+: Jaringan aplikasi terganggu$/.test(p)))).toBe(
      true,
    );
    expect(semua.some((x) => x.solusi.some((p) => /^TW II — .+: Layanan jemput bola$/.test(p)))).toBe(true);
  }, 60_000);
});

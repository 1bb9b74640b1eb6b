/**
 * Linked results read back over the API (issue M1-04 "Results that come from elsewhere"): the demo's 2023 survey
 * of Kecamatan Sei Balai and its AKIP evaluations, as the PUT input plus the values the rules core computes; GET → PUT
 * unchanged writes nothing; scope (other OPD 403, other Pemda 404); Perencanaan outside the Renstra period.
 * NOTE: SEED 484 (IKM 80,50), SEED 584 (96 responden), SEED 593-597 (mutu B); regulations.md §0, §2.4.
 */
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { createPemdaWithOpd, createUserAndSignIn, type SignedIn } from "../support/auth";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let operator: SignedIn;
let evaluator: SignedIn;
const O = "/api/v1/pemda/batu-bara/opd/kecamatan-sei-balai";

beforeAll(async () => {
  t = await openDemoDatabase();
  await createPemdaWithOpd(t.ctx, "kota-lain", ["kecamatan-lain"]);
  app = createApp({ ctx: t.ctx, logger: pino({ level: "silent" }), version: "0", auth: { rahasia: "h".repeat(40) } });
  operator = await createUserAndSignIn(app, t.ctx, {
    peran: "operator_opd",
    pemdaSlug: "batu-bara",
    opdSlug: "kecamatan-sei-balai",
  });
  evaluator = await createUserAndSignIn(app, t.ctx, { peran: "evaluator", pemdaSlug: "batu-bara", opdSlug: null });
}, 180_000);
afterAll(async () => {
  await t?.close();
});

async function get<T = Record<string, unknown>>(as: SignedIn, url: string): Promise<{ status: number; body: T }> {
  const res = await app.request(url, { headers: as.headers });
  return { status: res.status, body: (await res.json()) as T };
}

async function put(as: SignedIn, url: string, body: unknown) {
  const res = await app.request(url, {
    method: "PUT",
    headers: { ...as.headers, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as { diubah: boolean } };
}

interface Survei {
  kode: string;
  masukan: { tahun: number; responden: number | null; jenisMasukan: string; nilai: Record<string, string> };
  hitung: {
    ikm: { nilai: string; tampil: string; rinci: string };
    ikmTanpaBobot: { tampil: string };
    mutu: { mutu: string };
    unsur: Array<{ kode: string; jumlah: string | null; nrr: { tampil: string }; mutu: { mutu: string } }>;
  };
  dicetak: { ikm: string | null };
}

interface Akip {
  tahun: number;
  masukan: { jenis: string; kerangka: string; komponen: Record<string, string> };
  hitung: { total: { nilai: string; tampil: string }; predikat: { kode: string } };
}

describe("survey results read back", () => {
  it("lists the 2023 survey with 96 respondents and IKM 80,50 (mutu B)", async () => {
    const r = await get<Array<Record<string, unknown>>>(operator, `${O}/hasil-survei`);
    expect(r.status).toBe(200);
    // SEED 584: 96 responden; SEED 484: IKM 80,50; SEED 593-597: 76,61–88,30 → B
    expect(r.body).toEqual([
      expect.objectContaining({
        kode: "skm-sei-balai-2023",
        tahun: 2023,
        periodeMulai: "2023-01-01",
        periodeSelesai: "2023-12-31",
        responden: 96,
        ikm: { nilai: "80.50", tampil: "80,50", rinci: "80.503906" },
        mutu: { mutu: "B", kinerja: "Baik" },
      }),
    ]);
  });

  it("reads one survey as its PUT input plus the computed IKM, NRR and mutu per unsur", async () => {
    const r = await get<Survei>(operator, `${O}/hasil-survei/skm-sei-balai-2023`);
    expect(r.status).toBe(200);
    expect(r.body.masukan).toMatchObject({ tahun: 2023, responden: 96, jenisMasukan: "jumlah" });
    // SEED skm 2023: Σ nilai per unsur u1..u9
    expect(Object.values(r.body.masukan.nilai)).toEqual([
      "288",
      "298",
      "301",
      "378",
      "293",
      "304",
      "312",
      "293",
      "318",
    ]);
    expect(r.body.hitung.ikm.tampil).toBe("80,50");
    expect(r.body.hitung.mutu.mutu).toBe("B");
    // bobot 1/9 exact (plain mean of the NRR): 80,5845 → 80,58 (bobot.ts, BOBOT_IKM_SEPERSEMBILAN)
    expect(r.body.hitung.ikmTanpaBobot.tampil).toBe("80,58");
    // u1: 288 / 96 = 3,00 → ×25 = 75,00 → C; u4: 378 / 96 = 3,94 → A
    expect(r.body.hitung.unsur[0]).toMatchObject({
      kode: "u1",
      jumlah: "288",
      nrr: { tampil: "3,00" },
      mutu: { mutu: "C" },
    });
    expect(r.body.hitung.unsur[3]).toMatchObject({ kode: "u4", nrr: { tampil: "3,94" }, mutu: { mutu: "A" } });
    expect(r.body.dicetak.ikm).not.toBeNull();
  });

  it("GET → PUT of the input unchanged gives diubah false", async () => {
    const r = await get<Survei>(operator, `${O}/hasil-survei/skm-sei-balai-2023`);
    const res = await put(operator, `${O}/hasil-survei/skm-sei-balai-2023`, r.body.masukan);
    expect(res.status).toBe(200);
    expect(res.body.diubah).toBe(false);
    // the printed IKM note the demo stored is kept (the API body has no printed figures)
    expect((await get<Survei>(operator, `${O}/hasil-survei/skm-sei-balai-2023`)).body.dicetak).toEqual(r.body.dicetak);
  });

  it("answers 404 for a kode that is not stored", async () => {
    expect((await get(operator, `${O}/hasil-survei/tidak-ada`)).status).toBe(404);
  });
});

describe("AKIP evaluations read back", () => {
  it("lists each year with total and predikat computed from the components", async () => {
    const r = await get<Array<{ tahun: number; jenis: string; total: { tampil: string }; predikat: string }>>(
      evaluator,
      `${O}/hasil-akip`,
    );
    expect(r.status).toBe(200);
    // SEED 764 (Tabel 3.11): 2019 B (65,00) … 2023 BB (70,15)
    expect(r.body.filter((x) => x.jenis === "hasil").map((x) => [x.tahun, x.total.tampil, x.predikat])).toEqual([
      [2019, "65,00", "B"],
      [2020, "67,25", "B"],
      [2021, "70,07", "BB"],
      [2022, "72,16", "BB"],
      [2023, "70,15", "BB"],
    ]);
  });

  it("reads a year as its PUT input plus total and predikat; GET → PUT unchanged gives diubah false", async () => {
    const r = await get<Akip>(evaluator, `${O}/hasil-akip/2023`);
    expect(r.status).toBe(200);
    // regulations.md §2.4: 22,02 + 20,64 + 11,62 + 15,87 = 70,15 → BB
    expect(r.body.masukan).toMatchObject({ jenis: "hasil", kerangka: "88/2021" });
    expect(r.body.hitung.total).toEqual({ nilai: "70.15", tampil: "70,15" });
    expect(r.body.hitung.predikat.kode).toBe("BB");
    const res = await put(evaluator, `${O}/hasil-akip/2023`, r.body.masukan);
    expect(res.body).toMatchObject({ diubah: false });
    expect((await get(evaluator, `${O}/hasil-akip/2023?jenis=target`)).status).toBe(200);
    expect((await get(evaluator, `${O}/hasil-akip/2030`)).status).toBe(404);
  });
});

describe("scope", () => {
  it.each([
    // an OPD-bound operator reading another OPD of the same Pemda → 403
    ["/api/v1/pemda/batu-bara/opd/kecamatan-datuk-tanah-datar/hasil-survei", 403],
    ["/api/v1/pemda/batu-bara/opd/kecamatan-datuk-tanah-datar/hasil-akip/2023", 403],
    // another Pemda → 404 (its existence is not revealed)
    ["/api/v1/pemda/kota-lain/opd/kecamatan-lain/hasil-survei", 404],
    ["/api/v1/pemda/kota-lain/opd/kecamatan-lain/hasil-akip", 404],
  ])("GET %s → %i", async (url, status) => {
    expect((await get(operator, url)).status).toBe(status);
  });
});

describe("Perencanaan outside the Renstra period", () => {
  it.each([2018, 2024])("%i: no Renstra, and the list of periods to switch to", async (tahun) => {
    const r = await get<{
      renstra: unknown;
      periode: { renstra: Array<{ tahunAwal: number; tahunAkhir: number }> };
    }>(operator, `${O}/perencanaan/${tahun}`);
    expect(r.status).toBe(200);
    expect(r.body.renstra).toBeNull();
    // Demo: Renstra Kecamatan Sei Balai 2019–2023
    expect(r.body.periode.renstra).toEqual([expect.objectContaining({ tahunAwal: 2019, tahunAkhir: 2023 })]);
  });

  it("2023 still returns the Renstra and the same list", async () => {
    const r = await get<{ renstra: { tahunAwal: number } | null; periode: { renstra: unknown[] } }>(
      operator,
      `${O}/perencanaan/2023`,
    );
    expect(r.body.renstra?.tahunAwal).toBe(2019);
    expect(r.body.periode.renstra).toHaveLength(1);
  });
});

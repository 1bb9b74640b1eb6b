/**
 * PK versions: the latest version (perubahan over awal) is the one measured against; a year with only an awal PK
 * takes its target from it; without a PK the Renstra target counts. NOTE: regulations.md §3.1.
 */
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { bacaPengukuran } from "../../src/services/pengukuran/baca-pengukuran";
import { createUserAndSignIn, type SignedIn } from "../support/auth";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let operator: SignedIn;
const lingkup = { pemda: "batu-bara", opd: "kecamatan-sei-balai" };
const OPD = "/api/v1/pemda/batu-bara/opd/kecamatan-sei-balai";

beforeAll(async () => {
  t = await openDemoDatabase();
  app = createApp({ ctx: t.ctx, logger: pino({ level: "silent" }), version: "0", auth: { rahasia: "v".repeat(40) } });
  operator = await createUserAndSignIn(app, t.ctx, {
    peran: "operator_opd",
    pemdaSlug: "batu-bara",
    opdSlug: "kecamatan-sei-balai",
  });
}, 120_000);
afterAll(async () => {
  await t?.close();
});

function pkCamat(tahun: number, jenis: "awal" | "perubahan", targetIkm: string) {
  return {
    tahun,
    jenis,
    level: "kepala-opd",
    pihakPertamaKode: "camat",
    pihakKeduaKode: "bupati-batu-bara",
    tempat: "Lima Puluh",
    tanggal: `${tahun}-01-31`,
    kinerja: [
      {
        nomor: "1.",
        tingkat: "sasaran-strategis",
        sasaran: "Meningkatkan Kepuasan Masyarakat terhadap Pelayanan Publik",
        indikator: "Indeks Kepuasan Masyarakat (IKM)",
        satuan: "Nilai",
        target: targetIkm,
        indikatorKode: "ikm",
        anak: [],
      },
    ],
    anggaran: [
      {
        nomor: "1.",
        tingkat: "program",
        uraian: "Program Penunjang",
        anggaran: "2.650.313.819",
        keterangan: "APBD",
        anak: [],
      },
    ],
  };
}

async function put(kode: string, body: unknown) {
  const res = await app.request(`${OPD}/pk-dokumen/${kode}`, {
    method: "PUT",
    headers: { ...operator.headers, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function targetIkm(tahun: number) {
  const p = await bacaPengukuran(t.ctx, lingkup, tahun);
  return p.sasaran.flatMap((s) => s.indikator).find((i) => i.kode === "ikm")?.target;
}

describe("PK versions", () => {
  it("keeps measuring 2023 against the PK Perubahan when an awal PK is added", async () => {
    expect((await put("pk-2023-awal-camat", pkCamat(2023, "awal", "84,00"))).body).toMatchObject({ diubah: true });
    expect(await targetIkm(2023)).toMatchObject({
      teks: "85,00",
      asal: "pk",
      keterangan: "PK Perubahan 2023 (2023-10-09)",
    });
    expect((await put("pk-2023-awal-camat", pkCamat(2023, "awal", "84,00"))).body).toMatchObject({ diubah: false });
  });

  it("takes the target of an awal PK when the year has no perubahan, and the Renstra's without PK", async () => {
    expect(await targetIkm(2022)).toMatchObject({ teks: "80,00", asal: "renstra" });
    await put("pk-2022-awal-camat", pkCamat(2022, "awal", "81,00"));
    expect(await targetIkm(2022)).toMatchObject({ teks: "81,00", asal: "pk", keterangan: "PK 2022 (2022-01-31)" });
  });

  it("rejects a PK with a wrong keterangan or party, naming the row", async () => {
    const salah = pkCamat(2021, "awal", "80,00");
    salah.anggaran[0]!.keterangan = "DAK";
    expect((await put("pk-2021", salah)).body.detail).toBe('anggaran baris 1: keterangan "DAK" harus APBD atau PAPBD');
    expect(
      (await put("pk-2021", { ...pkCamat(2021, "awal", "80,00"), pihakPertamaKode: "bupati-batu-bara" })).body.detail,
    ).toBe('pihak pertama "bupati-batu-bara" bukan pejabat perangkat daerah ini');
    expect((await put("pk-2021", pkCamat(2021, "awal", "delapan puluh"))).body.detail).toContain(
      "kinerja baris 1, target",
    );
  });
});

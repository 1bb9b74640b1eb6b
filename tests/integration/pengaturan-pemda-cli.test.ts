/**
 * Issue 11: `sakip hitung ikm --pemda X --tahun Y` computes with the Pemda's IKM rule choice (its settings, set by
 * `sakip pemda buat --aturan`), a flag overrides one version, and an unknown Pemda or a missing year is bad input.
 * Expected values come from the domain's hitungIkm with the same rule versions.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/program";
import { BOBOT_IKM_0111, BOBOT_IKM_SEPERSEMBILAN, hitungIkm, type IkmMasukan } from "../../src/domain/ikm";
import { opsiIkmPemda } from "../../src/domain/pengaturan/aturan-pemda";
import { capture } from "../support/cli-io";
import { type CliTestEnv, openCliTestEnv } from "../support/test-database";

let env: CliTestEnv;
let berkas: string;
const jumlah = { u1: 310, u2: 305, u3: 290, u4: 384, u5: 300, u6: 312, u7: 330, u8: 280, u9: 301 };
const masukan: IkmMasukan = { jenis: "jumlah", responden: 96, jumlah };

beforeAll(async () => {
  env = await openCliTestEnv("sakip-cli-ikm-pemda");
  berkas = path.join(env.dir, "skm.json");
  fs.writeFileSync(berkas, JSON.stringify({ responden: 96, jumlah }));
  const buat = (slug: string, ...tambahan: string[]) =>
    runCli(
      [
        "pemda",
        "buat",
        "--slug",
        slug,
        "--nama",
        `Kabupaten ${slug}`,
        "--jenis",
        "kabupaten",
        "--provinsi",
        "P",
      ].concat(tambahan),
      capture(),
    );
  expect(await buat("kab-a", "--zona-waktu", "WITA", "--aturan", `ikm=${BOBOT_IKM_SEPERSEMBILAN.id}`)).toBe(0);
  expect(await buat("kab-b")).toBe(0);
});
afterAll(async () => {
  await env?.close();
});

async function ikm(
  ...args: string[]
): Promise<{ kode: number; json: { ikmEksak: string; metode: { bobot: string }; aturan?: string } }> {
  const io = capture();
  const kode = await runCli(["hitung", "ikm", "--file", berkas, "--json", ...args], io);
  return {
    kode,
    json: kode === 0 ? JSON.parse(io.stdout) : { ikmEksak: "", metode: { bobot: "" }, aturan: io.stderr },
  };
}

describe("sakip hitung ikm --pemda", () => {
  it("uses each Pemda's IKM rule for the year; a flag overrides it", async () => {
    const harapA = hitungIkm(masukan, opsiIkmPemda({ ikm: BOBOT_IKM_SEPERSEMBILAN.id }, 2024)).ikm.toString();
    const harapB = hitungIkm(masukan, opsiIkmPemda({}, 2024)).ikm.toString();
    expect(harapA).not.toBe(harapB); // 1/9 vs 0,111: the rule changes the figure

    const a = await ikm("--pemda", "kab-a", "--tahun", "2024");
    expect(a.kode).toBe(0);
    expect(a.json.ikmEksak).toBe(harapA);
    expect(a.json.metode.bobot).toBe(BOBOT_IKM_SEPERSEMBILAN.id);
    expect(a.json.aturan).toBe("aturan IKM Kabupaten kab-a tahun 2024");

    const b = await ikm("--pemda", "kab-b", "--tahun", "2024");
    expect(b.json.ikmEksak).toBe(harapB);
    expect(b.json.metode.bobot).toBe(BOBOT_IKM_0111.id);

    // the flag wins over the Pemda's choice
    const aBendera = await ikm("--pemda", "kab-a", "--tahun", "2024", "--bobot", "0.111");
    expect(aBendera.json.ikmEksak).toBe(harapB);
  });

  it("refuses an unknown Pemda and a Pemda without a year (exit 2, Indonesian message)", async () => {
    const x = await ikm("--pemda", "kab-x", "--tahun", "2024");
    expect(x.kode).toBe(2);
    expect(x.json.aturan).toMatch(/--pemda: "kab-x" tidak dikenal \(kab-a, kab-b\)/);
    const y = await ikm("--pemda", "kab-a");
    expect(y.kode).toBe(2);
    expect(y.json.aturan).toMatch(/--tahun wajib diisi bersama --pemda/);
  });
});

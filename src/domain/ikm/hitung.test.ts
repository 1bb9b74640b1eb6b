import { describe, expect, it } from "vitest";
import { sum } from "../shared/decimal";
import { BOBOT_IKM_0111, BOBOT_IKM_SEPERSEMBILAN, bobotIkmKustom } from "./bobot";
import { hitungIkm } from "./hitung";
import { PEMBULATAN_IKM_NRR_2DP, PEMBULATAN_IKM_SEED } from "./pembulatan";
import { KODE_UNSUR, type KodeUnsur } from "./unsur";

// SEED 1821-1845 / regulations.md §0: Σ nilai per unsur of 96 respondents, Kec. Sei Balai 2023.
const JUMLAH_SEED: Record<KodeUnsur, number> = {
  u1: 288,
  u2: 298,
  u3: 301,
  u4: 378,
  u5: 293,
  u6: 304,
  u7: 312,
  u8: 293,
  u9: 318,
};
// SEED 568-576 (Tabel 3.3): NRR as published, 2 dp.
const NRR_SEED: Record<KodeUnsur, string> = {
  u1: "3,00",
  u2: "3,10",
  u3: "3,14",
  u4: "3,94",
  u5: "3,05",
  u6: "3,17",
  u7: "3,25",
  u8: "3,05",
  u9: "3,31",
};

/** 96 respondent rows whose per-unsur sums are JUMLAH_SEED (each value 3 or 4). */
function respondenSeed(): Record<KodeUnsur, number>[] {
  return Array.from({ length: 96 }, (_, i) => {
    const baris = {} as Record<KodeUnsur, number>;
    for (const k of KODE_UNSUR) {
      const dasar = Math.floor(JUMLAH_SEED[k] / 96);
      baris[k] = i < JUMLAH_SEED[k] - dasar * 96 ? dasar + 1 : dasar;
    }
    return baris;
  });
}

describe("hitungIkm — seed acceptance (regulations.md §0)", () => {
  const hasil = hitungIkm({ jenis: "jumlah", responden: 96, jumlah: JUMLAH_SEED });

  // SEED 1829-1837: the NRR TERTIBANG column, 6 dp; NRR column 2 dp.
  it.each([
    ["u1", "3.00", "0.333000"],
    ["u2", "3.10", "0.344563"],
    ["u3", "3.14", "0.348031"],
    ["u4", "3.94", "0.437063"],
    ["u5", "3.05", "0.338781"],
    ["u6", "3.17", "0.351500"],
    ["u7", "3.25", "0.360750"],
    ["u8", "3.05", "0.338781"],
    ["u9", "3.31", "0.367688"],
  ])("unsur %s: NRR %s, NRR tertimbang %s", (kode, nrr, tertimbang) => {
    const u = hasil.unsur.find((x) => x.kode === kode)!;
    expect(u.nrrTampil).toBe(nrr);
    expect(u.nrrTertimbangTampil).toBe(tertimbang);
  });

  it("Σ NRR tertimbang 3,22015625 (SEED 1838 prints 3,220156), IKM 80,50390625 → 80,50 B Baik (SEED 1839, 1821-1824)", () => {
    expect(hasil.jumlahNrrTertimbang.toString()).toBe("3.22015625");
    expect(hasil.jumlahNrrTertimbangTampil).toBe("3.220156");
    expect(hasil.ikm.toString()).toBe("80.50390625");
    expect(hasil.ikmRinci).toBe("80.503906");
    expect(hasil.ikmTampil).toBe("80.50");
    expect(hasil.mutu.mutu).toBe("B");
    expect(hasil.mutu.kinerja).toBe("Baik");
    expect(hasil.responden).toBe(96);
    expect(hasil.metode).toEqual({
      id: "ikm-14-2017-bobot-0111+ikm-pembulatan-seed+ikm-mutu-14-2017",
      bobot: "ikm-14-2017-bobot-0111",
      pembulatan: "ikm-pembulatan-seed",
      mutu: "ikm-mutu-14-2017",
    });
  });

  it("summing the displayed 6-dp rows would give 3,220157, not the printed 3,220156 (terms stay unrounded)", () => {
    expect(sum(hasil.unsur.map((u) => u.nrrTertimbangTampil)).toString()).toBe("3.220157");
  });

  it("raw respondent answers give the same result as the sums", () => {
    const dariResponden = hitungIkm({ jenis: "responden", responden: respondenSeed() });
    expect(dariResponden.ikm.toString()).toBe("80.50390625");
    expect(dariResponden.unsur.map((u) => u.jumlah?.toNumber())).toEqual(KODE_UNSUR.map((k) => JUMLAH_SEED[k]));
  });
});

describe("hitungIkm — variants over the seed data", () => {
  // Row sources: regulations.md §0 (1/9 → 80,5845 → 80,58); the rest computed here from SEED 568-576 / 1821-1845.
  it.each([
    ["jumlah", "0,111", "seed", "80.50390625", "80.50", "B"],
    ["jumlah", "1/9", "seed", "80.58449074074074074074074074074074074073", "80.58", "B"],
    ["jumlah", "0,111", "nrr-2dp", "80.50275", "80.50", "B"],
    ["nrr", "0,111", "seed", "80.50275", "80.50", "B"],
    ["nrr", "1/9", "seed", "80.58333333333333333333333333333333333335", "80.58", "B"],
    ["nrr", "0,111", "nrr-2dp", "80.50275", "80.50", "B"],
  ] as const)(
    "masukan %s, bobot %s, pembulatan %s → IKM %s (%s, mutu %s)",
    (jenis, bobot, pembulatan, ikm, tampil, mutu) => {
      const opsi = {
        bobot: bobot === "1/9" ? BOBOT_IKM_SEPERSEMBILAN : BOBOT_IKM_0111,
        pembulatan: pembulatan === "seed" ? PEMBULATAN_IKM_SEED : PEMBULATAN_IKM_NRR_2DP,
      };
      const hasil =
        jenis === "jumlah"
          ? hitungIkm({ jenis, responden: 96, jumlah: JUMLAH_SEED }, opsi)
          : hitungIkm({ jenis, nrr: NRR_SEED }, opsi);
      expect(hasil.ikm.toString()).toBe(ikm);
      expect(hasil.ikmTampil).toBe(tampil);
      expect(hasil.mutu.mutu).toBe(mutu);
    },
  );

  it("published NRR path: Σ NRR = 29,01; × 0,111 = 3,22011; × 25 = 80,50275 → 80,50 (same display as the seed)", () => {
    const hasil = hitungIkm({ jenis: "nrr", nrr: NRR_SEED });
    expect(hasil.jumlahNrrTertimbang.toString()).toBe("3.22011");
    expect(hasil.responden).toBeNull();
    expect(hasil.unsur[0]!.jumlah).toBeNull();
  });

  it("custom weights summing to 1 are applied per unsur (keyed by code)", () => {
    const bobot = bobotIkmKustom({
      u1: "0.2",
      u2: "0.1",
      u3: "0.1",
      u4: "0.1",
      u5: "0.1",
      u6: "0.1",
      u7: "0.1",
      u8: "0.1",
      u9: "0.1",
    });
    const hasil = hitungIkm({ jenis: "jumlah", responden: 96, jumlah: JUMLAH_SEED }, { bobot });
    // 0,2 × 3 + 0,1 × (2785 − 288)/96 = 0,6 + 2,6010416… → × 25 = 80,026041…
    expect(hasil.ikmTampil).toBe("80.03");
    expect(hasil.metode.bobot).toBe("ikm-bobot-kustom");
  });

  it("a perfect survey scores 99,90 with 0,111 and 100,00 with 1/9 (regulations.md §0)", () => {
    const semua4 = Object.fromEntries(KODE_UNSUR.map((k) => [k, 4]));
    expect(hitungIkm({ jenis: "responden", responden: [semua4] }).ikmTampil).toBe("99.90");
    expect(hitungIkm({ jenis: "responden", responden: [semua4] }, { bobot: BOBOT_IKM_SEPERSEMBILAN }).ikmTampil).toBe(
      "100.00",
    );
  });
});

import { describe, expect, it } from "vitest";
import { AKTOR_SISTEM, type Aktor, putuskan } from "./aktor";
import { IZIN, IZIN_PERAN, PERAN } from "./izin";
import { bolehDiubah, cariTransisi } from "./alur-kerja";

const operatorSeiBalai: Aktor = {
  jenis: "pengguna",
  userId: "u1",
  nama: "Op",
  peran: "operator_opd",
  pemdaId: "p1",
  opdId: "sei-balai",
};
const evaluator: Aktor = {
  jenis: "pengguna",
  userId: "u2",
  nama: "Ev",
  peran: "evaluator",
  pemdaId: "p1",
  opdId: null,
};

describe("putuskan (issue M1-03 access rules)", () => {
  it.each([
    // operator: own OPD read/write allowed; another OPD refused; another Pemda hidden
    [operatorSeiBalai, "pengukuran.ubah", { pemdaId: "p1", opdId: "sei-balai" }, "izinkan"],
    [operatorSeiBalai, "pengukuran.baca", { pemdaId: "p1", opdId: "datuk-tanah-datar" }, "lain-opd"],
    [operatorSeiBalai, "pengukuran.baca", { pemdaId: "p2", opdId: "x" }, "lain-pemda"],
    [operatorSeiBalai, "evaluasi.ubah", { pemdaId: "p1", opdId: "sei-balai" }, "tanpa-izin"],
    [operatorSeiBalai, "pengguna.kelola", { pemdaId: "p1" }, "lain-opd"],
    [operatorSeiBalai, "organisasi.baca", { pemdaId: "p1" }, "izinkan"],
    // evaluator sees every OPD, changes only the evaluation
    [evaluator, "pengukuran.baca", { pemdaId: "p1", opdId: "datuk-tanah-datar" }, "izinkan"],
    [evaluator, "evaluasi.ubah", { pemdaId: "p1", opdId: "sei-balai" }, "izinkan"],
    [evaluator, "pengukuran.ubah", { pemdaId: "p1", opdId: "sei-balai" }, "tanpa-izin"],
    [AKTOR_SISTEM, "pemda.kelola", { pemdaId: "p9" }, "izinkan"],
  ] as const)("%o %s %o → %s", (aktor, izin, sasaran, expected) => {
    expect(putuskan(aktor, izin, sasaran)).toBe(expected);
  });

  it("gives every role only known permissions and admin all of them", () => {
    for (const peran of PERAN) for (const izin of IZIN_PERAN[peran]) expect(IZIN).toContain(izin);
    expect([...IZIN_PERAN.admin_pemda].sort()).toEqual([...IZIN].sort());
  });
});

describe("alur kerja", () => {
  it("allows edits only in draft and knows the transitions", () => {
    expect(bolehDiubah("draft")).toBe(true);
    expect(bolehDiubah("terkunci")).toBe(false);
    expect(cariTransisi("diajukan", "setujui")?.izin).toBe("data.setujui");
    expect(cariTransisi("terkunci", "buka")?.perluAlasan).toBe(true);
    expect(cariTransisi("draft", "kunci")).toBeUndefined();
  });
});

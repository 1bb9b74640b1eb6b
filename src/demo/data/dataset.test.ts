/**
 * Sanity checks of the demo dataset: shape, sources, machine-form numbers, NIPs, PK structure and budgets, survey
 * sums, Renstra targets, and that every deviation from the seed is explained in konflik.
 * NOTE: the data cite SEED lines of ../shared/seed/lkjip-2023-kecamatan-sei-balai.txt.
 */
import { describe, expect, it } from "vitest";
import { dec, sum } from "../../domain/shared/decimal";
import { demoDataset } from "./index";
import type { BarisAnggaranPk, BarisKinerjaPk, PerjanjianKinerja } from "./types";

const { pemda, opd, seiBalai, konflik, peer } = demoDataset;
const ANGKA = /^-?\d+(\.\d+)?$/;
const RUPIAH = /^\d+\.\d{2}$/;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

function adaKonflik(terkait: string, idPrefix?: string): boolean {
  return konflik.some((k) => k.terkait === terkait && (idPrefix === undefined || k.id.startsWith(idPrefix)));
}

function semuaBaris<T extends { anak: T[] }>(rows: T[]): T[] {
  return rows.flatMap((r) => [r, ...semuaBaris(r.anak)]);
}

/** Every (path, value) pair of string properties named `key`, anywhere in `value`. */
function cariProperti(value: unknown, key: string, path = "$"): [string, unknown][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => cariProperti(v, key, `${path}[${i}]`));
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([k, v]) => [
    ...(k === key ? ([[`${path}.${k}`, v]] as [string, unknown][]) : []),
    ...cariProperti(v, key, `${path}.${k}`),
  ]);
}

const digits = (nip: string) => nip.replace(/\D/g, "");

describe("sources and formats", () => {
  it("every `sumber` is a non-empty reference to the seed, a table or regulations.md", () => {
    const found = cariProperti(demoDataset, "sumber");
    expect(found.length).toBeGreaterThan(300);
    for (const [path, v] of found) {
      expect(typeof v, path).toBe("string");
      expect(v as string, path).toMatch(/SEED \d+|Tabel \d|regulations\.md/);
    }
  });

  it("every ISO date field is ISO", () => {
    const dates = [
      ...cariProperti(demoDataset, "tanggal"),
      ...cariProperti(demoDataset, "periodeMulai"),
      ...cariProperti(demoDataset, "periodeSelesai"),
    ];
    expect(dates.length).toBeGreaterThanOrEqual(10);
    for (const [path, v] of dates) expect(v as string, path).toMatch(ISO);
  });

  it("printed derived numbers (`dicetak`) that are numeric use machine form", () => {
    for (const [path, v] of cariProperti(demoDataset, "dicetak")) {
      for (const [p, n] of cariProperti(v, "nilai")) {
        if (typeof n === "string" && /^[\d.,]+$/.test(n)) expect(n, `${path}${p}`).toMatch(ANGKA);
      }
    }
  });
});

describe("pemda and OPD list", () => {
  it("has the Batu Bara identity, 8 numbered misi and 4 kata kunci", () => {
    expect(pemda.slug).toBe("batu-bara");
    expect(pemda.provinsi).toBe("Sumatera Utara");
    expect(pemda.rpjmd.misi.map((m) => m.nomor)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(pemda.rpjmd.kataKunci).toHaveLength(4);
  });

  it("lists 38 OPD with unique kebab-case slugs and recap numbers 1..38", () => {
    expect(opd).toHaveLength(38);
    expect(new Set(opd.map((o) => o.slug)).size).toBe(38);
    for (const o of opd) expect(o.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(opd.map((o) => o.nomorRekap)).toEqual(Array.from({ length: 38 }, (_, i) => i + 1));
  });

  it.each([
    // SEED 1929-1930
    ["kecamatan-sei-balai", 31, "kecamatan"],
    ["kecamatan-datuk-tanah-datar", 30, "kecamatan"],
    // SEED 1901, 1906
    ["inspektorat-daerah", 3, "inspektorat"],
    ["satuan-polisi-pamong-praja", 8, "satpol"],
  ])("%s is row %i of type %s", (slug, nomor, jenis) => {
    const o = opd.find((x) => x.slug === slug);
    expect(o?.nomorRekap).toBe(nomor);
    expect(o?.jenis).toBe(jenis);
  });

  it("stores 88/2021 components in machine form; totals only as `dicetak`", () => {
    for (const o of opd) {
      for (const v of [o.akip2023.perencanaan, o.akip2023.pengukuran, o.akip2023.pelaporan, o.akip2023.evaluasi]) {
        expect(v, o.slug).toMatch(ANGKA);
      }
      expect(o.dicetak.total.nilai).toMatch(ANGKA);
      expect(Object.keys(o)).not.toContain("total");
    }
  });
});

describe("pejabat and NIP", () => {
  const semuaPejabat = [...seiBalai.pejabat, pemda.inspektur];

  it.each(semuaPejabat.map((p) => [p.kode, p] as const))("%s has an 18-digit NIP", (_kode, p) => {
    expect(p.nip).toMatch(/^\d{18}$/);
  });

  it.each(seiBalai.pejabat.map((p) => [p.kode, p] as const))(
    "every printed NIP of %s normalises to the stored NIP or is explained in konflik",
    (kode, p) => {
      for (const c of p.cetakan.nip) {
        if (digits(c.teks) !== p.nip) expect(adaKonflik(`pejabat:${kode}`, "nip-"), `${c.teks} (${c.sumber})`).toBe(true);
      }
    },
  );

  it("every PK signature NIP belongs to its party or is explained in konflik", () => {
    for (const pk of seiBalai.pk2023) {
      for (const pihak of [pk.pihakPertama, pk.pihakKedua]) {
        const p = seiBalai.pejabat.find((x) => x.kode === pihak.pejabatKode);
        for (const t of pihak.tandaTangan) {
          if (!t.nip || !p) continue;
          if (digits(t.nip) !== p.nip) expect(adaKonflik(`pejabat:${p.kode}`, "nip-"), `${pk.kode} ${t.sumber}`).toBe(true);
        }
      }
    }
  });

  it("units form a tree rooted at the Camat with 2 subbagian and 3 seksi", () => {
    const kode = new Set(seiBalai.unitKerja.map((u) => u.kode));
    for (const u of seiBalai.unitKerja) if (u.indukKode !== null) expect(kode.has(u.indukKode), u.kode).toBe(true);
    expect(seiBalai.unitKerja.filter((u) => u.jenis === "subbagian")).toHaveLength(2);
    expect(seiBalai.unitKerja.filter((u) => u.jenis === "seksi")).toHaveLength(3);
    for (const p of seiBalai.pejabat) expect(kode.has(p.unitKode), p.kode).toBe(true);
  });

  it("has 9 fungsi and 8 dasar hukum (Bab I.D-E)", () => {
    expect(seiBalai.tugasFungsi.fungsi.map((f) => f.nomor)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(seiBalai.dasarHukum).toHaveLength(8);
  });
});

describe("Perjanjian Kinerja 2023", () => {
  const pks = seiBalai.pk2023;
  const kodePejabat = new Set([...seiBalai.pejabat.map((p) => p.kode), pemda.kepalaDaerah.kode]);

  it("has the Camat, the Sekretaris and five eselon IV PKs, all PK Perubahan dated 2023-10-09", () => {
    expect(pks.map((p) => p.level)).toEqual([
      "kepala-opd",
      "eselon-iii",
      "eselon-iv",
      "eselon-iv",
      "eselon-iv",
      "eselon-iv",
      "eselon-iv",
    ]);
    for (const pk of pks) {
      expect(pk.jenis).toBe("perubahan");
      expect(pk.tanggal).toBe("2023-10-09");
      expect(kodePejabat.has(pk.pihakPertama.pejabatKode), pk.kode).toBe(true);
      expect(kodePejabat.has(pk.pihakKedua.pejabatKode), pk.kode).toBe(true);
    }
  });

  it.each(pks.map((p) => [p.kode, p] as const))("%s: every indikator row has a satuan and a target", (_k, pk) => {
    const rows: BarisKinerjaPk[] = semuaBaris(pk.kinerja);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.indikator.trim(), r.sumber).not.toBe("");
      expect(r.satuan.trim(), r.sumber).not.toBe("");
      expect(r.target.teks.trim(), r.sumber).not.toBe("");
      expect(r.target.nilai, r.sumber).toMatch(ANGKA);
    }
  });

  it.each(pks.map((p) => [p.kode, p] as const))(
    "%s: top-level budget rows sum to the printed JUMLAH, or a konflik explains it",
    (kode, pk: PerjanjianKinerja) => {
      const total = sum(pk.anggaran.map((r) => r.anggaran));
      if (!total.equals(dec(pk.dicetak.jumlahAnggaran.nilai))) expect(adaKonflik(`pk:${kode}`, "pk-jumlah")).toBe(true);
    },
  );

  it.each(pks.map((p) => [p.kode, p] as const))(
    "%s: each budget parent equals the sum of its children, amounts in Rupiah machine form",
    (kode, pk) => {
      const rows: BarisAnggaranPk[] = semuaBaris(pk.anggaran);
      for (const r of rows) {
        expect(r.anggaran, r.sumber).toMatch(RUPIAH);
        if (r.anak.length === 0) continue;
        const anak = sum(r.anak.map((a) => a.anggaran));
        if (!anak.equals(dec(r.anggaran))) expect(adaKonflik(`pk:${kode}`, "pk-rincian"), r.sumber).toBe(true);
      }
    },
  );

  it("the Camat's programs equal the sum of the PKs below him, per program code (cascade)", () => {
    const camat = pks.find((p) => p.level === "kepala-opd");
    const bawah = pks.filter((p) => p.level === "eselon-iv");
    const perProgram = new Map<string, string[]>();
    for (const pk of bawah) {
      for (const r of pk.anggaran) {
        const program = r.kodeDppa?.startsWith("1.") ? "X.XX.01" : `7.01.0${r.kodeDppa?.charAt(0)}`;
        perProgram.set(program, [...(perProgram.get(program) ?? []), r.anggaran]);
      }
    }
    for (const r of camat?.anggaran ?? []) {
      expect(sum(perProgram.get(r.kodeDppa ?? "") ?? []).toFixed(2), r.uraian).toBe(r.anggaran);
    }
  });
});

describe("Renstra, AKIP, SKM, peer", () => {
  const { renstra, skm2023, evaluasiAkip } = seiBalai;
  const tahun = Array.from({ length: renstra.tahunAkhir - renstra.tahunAwal + 1 }, (_, i) => renstra.tahunAwal + i);

  it.each(renstra.indikator.map((i) => [i.kode, i] as const))("%s has a target and a realisasi source per year", (_k, ind) => {
    for (const y of tahun) {
      expect(ind.target[y]?.nilai, `${ind.kode} ${y}`).toMatch(ANGKA);
      expect(ind.realisasi.filter((r) => r.tahun === y), `${ind.kode} ${y}`).toHaveLength(1);
    }
    expect(ind.definisiOperasional).toBe("");
  });

  it("has an AKIP evaluation per Renstra year with the right framework", () => {
    expect(evaluasiAkip.map((e) => e.tahun)).toEqual(tahun);
    expect(evaluasiAkip.map((e) => e.komponen.kerangka)).toEqual(["12/2015", "12/2015", "12/2015", "88/2021", "88/2021"]);
  });

  it("the 2023 survey has 96 respondents, u1..u9 once each, and Σ nilai 2785", () => {
    expect(skm2023.jumlahResponden).toBe(96);
    expect(skm2023.unsur.map((u) => u.kode)).toEqual(["u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9"]);
    expect(skm2023.unsur.reduce((acc, u) => acc + u.jumlahNilai, 0)).toBe(2785);
    for (const u of skm2023.unsur) {
      expect(u.jumlahNilai).toBeGreaterThanOrEqual(96);
      expect(u.jumlahNilai).toBeLessThanOrEqual(4 * 96);
    }
    expect(skm2023.unsur[7]?.labelLampiran).toBe("Sarana dan Prasarana");
    expect(skm2023.unsur[8]?.labelLampiran).toBe("Penanganan Pengaduan dan Saran");
  });

  it("the peer is an OPD of the list and has IKM and AKIP for 2022 and 2023", () => {
    const p = peer[0];
    expect(opd.some((o) => o.slug === p?.opdSlug)).toBe(true);
    expect(p?.nilai.map((n) => `${n.indikator}-${n.tahun}`).sort()).toEqual(["akip-2022", "akip-2023", "ikm-2022", "ikm-2023"]);
  });

  it("has 14 desa numbered 1..14 with land use", () => {
    const desa = seiBalai.profilWilayah.desa;
    expect(desa.map((d) => d.nomor)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
    for (const d of desa) {
      for (const v of [d.luasHa, d.lahan.perkebunanHa, d.lahan.pertanianHa, d.lahan.perumahanHa]) expect(v, d.nama).toMatch(ANGKA);
    }
  });
});

describe("konflik", () => {
  it("has unique ids, at least one value each and a reason", () => {
    expect(new Set(konflik.map((k) => k.id)).size).toBe(konflik.length);
    for (const k of konflik) {
      expect(k.nilai.length, k.id).toBeGreaterThan(0);
      expect(k.alasan.trim(), k.id).not.toBe("");
    }
  });

  it("every `terkait` points to an object of the dataset", () => {
    const ada: Record<string, (id: string) => boolean> = {
      pejabat: (id) => [...seiBalai.pejabat, pemda.kepalaDaerah, pemda.inspektur].some((p) => p.kode === id),
      pk: (id) => seiBalai.pk2023.some((p) => p.kode === id),
      opd: (id) => opd.some((o) => o.slug === id),
      peer: (id) => peer.some((p) => p.opdSlug === id),
      desa: (id) => seiBalai.profilWilayah.desa.some((d) => d.nama === id),
      unit: (id) => seiBalai.unitKerja.some((u) => u.kode === id),
      indikator: (id) => seiBalai.renstra.indikator.some((i) => i.kode === id),
      sasaran: (id) => seiBalai.renstra.sasaran.some((s) => s.kode === id),
      survei: (id) => seiBalai.skm2023.kode === id,
      teks: (id) => seiBalai.teks.some((t) => t.kode === id),
      anggaran: (id) => ["tabel-2-3", "tabel-3-18"].includes(id),
    };
    for (const k of konflik) {
      if (!k.terkait || k.terkait === "rekap-akip-2023") continue;
      const [jenis, ...rest] = k.terkait.split(":");
      expect(ada[jenis ?? ""]?.(rest.join(":")), `${k.id} → ${k.terkait}`).toBe(true);
    }
  });

  it.each([
    // The known examples of the brief, with the value the dataset stores.
    ["akip-2023-narasi", "target 75.00 (PK), realisasi dari komponen 2023 (70,15 dicetak)"],
    ["ikm-2022-capaian", null],
    ["peer-dtd-akip-2023", "70.5"],
    ["peer-dtd-ikm-2022-realisasi", "83.64"],
    ["peer-dtd-ikm-2023-target", "83.00"],
    ["nip-camat-19770615", "197705152010011013"],
    ["nip-rahmadaniah", "197211222011012002"],
    ["nama-camat", "WALI WALA AZAHARI SAGALA"],
    ["nama-bupati", "Ir. H. ZAHIR, MAP"],
    ["nama-tiemas", "TIEMAS HARAHAP"],
    ["tanggal-kata-pengantar", "2024-02-18"],
    ["jabatan-surung", "Kepala Seksi Pelayanan Masyarakat, Ketentraman dan Ketertiban Umum"],
    ["profil-tabel-1-3-nomor-7", "7"],
    ["profil-tabel-1-2-baris-11", "seperti dicetak"],
    ["pk-kasubbag-umum-nomor-3", "seperti dicetak ('3.' dua kali)"],
  ])("records %s (stored: %s)", (id, dipilih) => {
    expect(konflik.find((k) => k.id === id)?.dipilih).toBe(dipilih);
  });
});

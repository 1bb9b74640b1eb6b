/**
 * The validator over our data (issue 14, ADR 0027), rule by rule on small made-up snapshots. Each row names the rule's
 * source (regulations.md section or arithmetic); the base snapshot is consistent (Kecamatan Sei Balai 2023 as in the
 * LKjIP 2023: IKM target 85,00 realisasi 80,50, AKIP target BB (75,00) realisasi 70,15, PK Perubahan, Tabel 3.18
 * budget), so each case changes one fact and expects one finding.
 */
import { describe, expect, it } from "vitest";
import type { IndikatorData, SnapshotOpdTahun } from "./data-jenis";
import { galatPenghalang, periksaDataOpd } from "./data-periksa";

function indikator(x: Partial<IndikatorData> = {}): IndikatorData {
  return {
    kode: "ikm",
    nama: "Indeks Kepuasan Masyarakat (IKM)",
    satuan: "Nilai",
    sasaranKode: "S1",
    iku: true,
    sumberRealisasi: "skm",
    target: "85,00",
    realisasi: "80.50",
    realisasiLalu: "90.10",
    capaian: "94.71",
    galatHitung: null,
    jumlahBukti: 0,
    ...x,
  };
}

function dasar(): SnapshotOpdTahun {
  return {
    opdSlug: "kecamatan-sei-balai",
    opdNama: "Kecamatan Sei Balai",
    tahun: 2023,
    sasaran: [{ kode: "S1", teks: "Meningkatkan Kepuasan Masyarakat terhadap Pelayanan Publik" }],
    indikator: [indikator()],
    pejabat: [{ kode: "camat", nama: "CAMAT", jabatan: "Camat Sei Balai", eselon: "III" }],
    kepalaOpdKode: "camat",
    pk: [
      {
        pihakPertamaKode: "camat",
        level: "kepala-opd",
        versi: "perubahan",
        jumlahAnggaran: "3000",
        indikatorKode: ["ikm"],
        jumlahBarisKinerja: 2,
      },
    ],
    anggaran: {
      subKegiatan: [
        { kode: "7.01.02.2.01.0001", uraian: "A", anggaran: "1000", realisasi: "900" },
        { kode: "7.01.02.2.02.0001", uraian: "B", anggaran: "2000", realisasi: "2000" },
      ],
      rincianAkun: [
        { akun: "5.1.01", anggaran: "1000" },
        { akun: "5.1.02", anggaran: "2000" },
      ],
      pemetaan: [{ sasaranKode: "S1", kode: ["7.01.02"] }],
    },
    desa: [
      { nama: "Mekar Mulio", luasHa: "225", lahan: { perkebunanHa: "200", pertanianHa: "10", perumahanHa: "15" } },
    ],
    angkaTerbit: [],
  };
}

type Ubah = (s: SnapshotOpdTahun) => void;
const ind =
  (x: Partial<IndikatorData>): Ubah =>
  (s) =>
    Object.assign(s.indikator[0]!, x);

describe("periksaDataOpd", () => {
  it("a consistent OPD-year gives no finding", () => {
    expect(periksaDataOpd(dasar()).temuan).toEqual([]);
  });

  it.each<[string, Ubah, string, "galat" | "peringatan" | "info", string]>([
    // aturan, change, expected rule, severity, source
    ["empty year", (s) => ((s.sasaran = []), (s.indikator = []), (s.pk = [])), "tahun-kosong", "galat", "§3.3"],
    [
      "sasaran without indicator",
      (s) => s.sasaran.push({ kode: "S2", teks: "Akuntabilitas" }),
      "sasaran-tanpa-indikator",
      "galat",
      "§3.2",
    ],
    ["indicator without target", ind({ target: null, capaian: null }), "indikator-tanpa-target", "galat", "§3.3"],
    [
      "indicator without realisasi",
      ind({ realisasi: null, capaian: null }),
      "indikator-tanpa-realisasi",
      "galat",
      "§3.3",
    ],
    [
      "typed realisasi without evidence",
      ind({ sumberRealisasi: "manual" }),
      "realisasi-tanpa-bukti",
      "peringatan",
      "§2.2",
    ],
    [
      "kepala OPD without PK",
      (s) => (s.pk = s.pk.map((p) => ({ ...p, pihakPertamaKode: "lain" }))),
      "pk-pejabat",
      "galat",
      "§3.1",
    ],
    [
      "eselon IV without PK",
      (s) => s.pejabat.push({ kode: "kasi", nama: "KASI", jabatan: "Kepala Seksi", eselon: "IV" }),
      "pk-pejabat",
      "peringatan",
      "§3.1",
    ],
    [
      "budget not linked to a sasaran",
      (s) => s.anggaran!.pemetaan.splice(0, 1, { sasaranKode: "S1", kode: ["7.01.02.2.02"] }),
      "anggaran-tanpa-sasaran",
      "peringatan",
      "§3.3",
    ],
    [
      "percentage above 100",
      ind({ satuan: "%", realisasi: "100000000000000000000", realisasiLalu: null, capaian: "100.00" }),
      "persen-di-luar-rentang",
      "galat",
      "0–100",
    ],
    [
      "percentage below 0",
      ind({ satuan: "%", realisasi: "-10", capaian: null }),
      "persen-di-luar-rentang",
      "galat",
      "0–100",
    ],
    ["negative score", ind({ realisasi: "-10", capaian: null }), "nilai-negatif", "galat", "negatif"],
    ["capaian above the bound", ind({ capaian: "150.01" }), "capaian-di-atas-batas", "peringatan", "§4"],
    ["capaian refused", ind({ capaian: null, galatHitung: "target 0" }), "capaian-tidak-terhitung", "galat", "§4"],
    ["jump > 10× from last year", ind({ realisasiLalu: "8.04" }), "lonjakan-tahun-lalu", "peringatan", "§3.3"],
    ["IKU in PK but not flagged", ind({ iku: false }), "iku-pk", "galat", "§3.2"],
    [
      "IKU flagged but not in PK",
      (s) => s.indikator.push(indikator({ kode: "akip", nama: "Nilai AKIP" })),
      "iku-pk",
      "peringatan",
      "§3.2",
    ],
    [
      "PK row without indicator",
      (s) => s.pk[0]!.indikatorKode.push("hilang"),
      "kaskade-indikator",
      "peringatan",
      "§3.1",
    ],
    [
      "lower PK without the kepala's",
      (s) => (s.pk = [{ ...s.pk[0]!, level: "eselon-iv", pihakPertamaKode: "camat" }]),
      "kaskade-pk",
      "peringatan",
      "§3.1",
    ],
    ["PK budget ≠ DPA", (s) => (s.pk[0]!.jumlahAnggaran = "3135926319"), "pk-dpa", "peringatan", "§3.1"],
    [
      "DPA by account ≠ by sub-kegiatan",
      (s) => (s.anggaran!.rincianAkun[0]!.anggaran = "999"),
      "jumlah-dpa",
      "peringatan",
      "Aritmetika",
    ],
    [
      "realisasi above anggaran",
      (s) => (s.anggaran!.subKegiatan[0]!.realisasi = "1001"),
      "realisasi-melebihi-anggaran",
      "peringatan",
      "§4",
    ],
    ["desa without area", (s) => (s.desa[0]!.luasHa = null), "jumlah-tabel-desa", "peringatan", "Aritmetika"],
    [
      "land use above the area",
      (s) => (s.desa[0]!.lahan!.perumahanHa = "15.1"),
      "jumlah-tabel-desa",
      "peringatan",
      "Aritmetika",
    ],
    [
      "printed figure differs",
      (s) =>
        s.angkaTerbit.push({
          kode: "k1",
          fakta: "Nilai AKIP 2022 dicetak 72,16 dan 70,15.",
          tertulis: [{ teks: "72,16", sumber: "LKjIP 2023 Tabel 3.9" }],
          dipilih: "72,16",
          alasan: "nilai LHE",
          terkait: "indikator:akip",
        }),
      "angka-terbit",
      "info",
      "Catatan",
    ],
  ])("%s → %s", (_nama, ubah, aturan, keparahan, sumber) => {
    const s = dasar();
    ubah(s);
    const temuan = periksaDataOpd(s).temuan;
    expect(temuan.map((t) => `${t.aturan}/${t.keparahan}`)).toEqual([`${aturan}/${keparahan}`]);
    expect(temuan[0]!.sumber).toContain(sumber);
    expect(temuan[0]!.tautan).toMatch(/^\/[a-z-]+\?opd=kecamatan-sei-balai&tahun=2023$/);
    expect(temuan[0]!.lokasi.modul).toBeDefined();
  });

  it("the bounds are options: capaian 120 % is flagged under a bound of 110, jump 3× under N = 2", () => {
    const s = dasar();
    Object.assign(s.indikator[0]!, { capaian: "120.00", realisasi: "30", realisasiLalu: "10" });
    const h = periksaDataOpd(s, { batasCapaian: 110, kaliLonjakan: 2 });
    expect(h.temuan.map((t) => t.aturan).sort()).toEqual(["capaian-di-atas-batas", "lonjakan-tahun-lalu"]);
    expect(periksaDataOpd(s).temuan).toEqual([]);
  });

  it("a growth indicator may be negative", () => {
    const s = dasar();
    Object.assign(s.indikator[0]!, { nama: "Laju pertumbuhan ekonomi", realisasi: "-1.5", capaian: null });
    expect(periksaDataOpd(s).temuan).toEqual([]);
  });

  it("galat block a module's submission: its own, and every galat for the report", () => {
    const s = dasar();
    s.indikator[0]!.target = null;
    const t = periksaDataOpd(s).temuan;
    expect(galatPenghalang(t, "perencanaan")).toHaveLength(1);
    expect(galatPenghalang(t, "pengukuran")).toHaveLength(0);
    expect(galatPenghalang(t, "laporan")).toHaveLength(1);
  });
});

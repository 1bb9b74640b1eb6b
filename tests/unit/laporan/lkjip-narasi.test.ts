/**
 * Generated sentences of the demo LKjIP: computed facts, true extremes, peer leader and margin, rises and falls in
 * poin and percentage points, overrides, and the numbering of the tables the text refers to.
 */
import { describe, expect, it } from "vitest";
import { bangunLkjip } from "../../../src/reports/model";
import { lkjipDemo, narasi, semuaTeks, sumberSeiBalai, tabel } from "../../support/laporan";

const h = lkjipDemo();

describe("table numbering follows the seed's chapters", () => {
  it.each([
    ["tabel-desa", "1.1"],
    ["tabel-penduduk", "1.2"],
    ["tabel-lahan", "1.3"],
    ["tabel-renstra", "2.1"],
    ["tabel-pk", "2.2"],
    ["tabel-rencana-kelas", "2.3"],
    ["tabel-rencana-program", "2.4"],
    ["tabel-skala", "3.1"],
    ["tabel-capaian", "3.2"],
    ["tabel-skm", "3.3"],
    ["tabel-mutu-ikm", "3.4"],
    ["tabel-capaian-ikm", "3.5"],
    ["tabel-predikat-akip", "3.6"],
    ["tabel-capaian-akip", "3.7"],
    ["tabel-komponen-akip", "3.8"],
    ["tabel-perbandingan-tahun", "3.9"],
    ["tabel-renstra-ikm", "3.10"],
    ["tabel-renstra-akip", "3.11"],
    ["tabel-komponen-akip-tahunan", "3.12"],
    ["tabel-peer", "3.13"],
    ["tabel-analisis", "3.14"],
    ["tabel-efisiensi", "3.15"],
    ["tabel-program-kegiatan", "3.16"],
    ["tabel-realisasi-kelas", "3.17"],
    ["tabel-realisasi-program", "3.18"],
  ])("%s is Tabel %s (SEED 36-61)", (id, nomor) => {
    expect(tabel(h, id).nomor).toBe(nomor);
  });

  it("refers to tables by their computed number", () => {
    expect(narasi(h, "bab1.penduduk")).toMatch(/^Dari Tabel 1\.2 di atas/);
    expect(narasi(h, "bab3b.program")).toMatch(/^Dari Tabel 3\.18 /);
    expect(semuaTeks(h)).not.toMatch(/rujukan tidak ditemukan/);
  });
});

describe("sentences state computed facts", () => {
  it.each([
    // SEED 491: selisih 4,50 and 94,71%
    [
      "bab3.capaian.ikm",
      "Pada tahun 2023, indikator Indeks Kepuasan Masyarakat (IKM) ditargetkan 85,00 dengan realisasi 80,50, selisih 4,50 poin di bawah target. Capaian kinerja sebesar 94,71% dengan kategori Sangat Tinggi.",
    ],
    // SEED 493 prints "BB (72,16) … target BB (72,16) … 100%": the computed values are 70,15 of 75,00 = 93,53%
    [
      "bab3.capaian.akip",
      "Pada tahun 2023, indikator Nilai AKIP ditargetkan BB (75,00) dengan realisasi BB (70,15), selisih 4,85 poin di bawah target. Capaian kinerja sebesar 93,53% dengan kategori Sangat Tinggi.",
    ],
    // SEED 209 (correct)
    [
      "bab1.penduduk",
      "Dari Tabel 1.2 di atas dapat diketahui bahwa Kecamatan Sei Balai memiliki 119 dusun dan 8.727 Kepala Keluarga (KK) dengan jumlah penduduk 30.201 jiwa, terdiri dari 14.859 jiwa laki-laki dan 15.342 jiwa perempuan.",
    ],
  ])("%s", (kunci, teks) => {
    expect(narasi(h, kunci)).toBe(teks);
  });

  it("rises and falls against every earlier year, in poin and percentage points (SEED 748-750)", () => {
    const t = narasi(h, "bab3.ikm.antar-tahun");
    // SEED 748: 9,60 (correct); SEED 748 "3,50 poin" vs 2020 is wrong: 80,50 − 77,50 = 3,00
    expect(t).toContain(
      "Dibandingkan dengan tahun 2022 (90,10) turun 9,60 poin dan capaiannya turun 17,92 persen poin (112,63%)",
    );
    expect(t).toContain("dengan tahun 2020 (77,50) naik 3,00 poin");
    expect(t).toContain("dengan tahun 2019 (75,20) naik 5,30 poin dan capaiannya turun 5,56 persen poin (100,27%)");
    expect(t).toContain("capaian tertinggi terjadi pada tahun 2022 (112,63%) dan terendah pada tahun 2023 (94,71%)");
  });

  it("names the peer leader and the margin each year (SEED 829-837 misquote the table)", () => {
    const ikm = narasi(h, "bab3.ikm.peer");
    // SEED 829: "Sei Balai lebih unggul 7,10 poin" from a misquoted 83,00; Tabel 3.13 gives 83,64 → 6,46
    expect(ikm).toContain(
      "Pada tahun 2022, realisasi Indeks Kepuasan Masyarakat (IKM) Kecamatan Sei Balai 90,10 dan Kecamatan Datuk Tanah Datar 83,64, sehingga Kecamatan Sei Balai unggul 6,46 poin.",
    );
    expect(ikm).toContain("sehingga Kecamatan Datuk Tanah Datar unggul 2,70 poin.");
    const akip = narasi(h, "bab3.akip.peer");
    expect(akip).toContain(
      "Kecamatan Datuk Tanah Datar BB (73,65), sehingga Kecamatan Datuk Tanah Datar unggul 1,49 poin.",
    );
    expect(akip).toContain(
      "Kecamatan Datuk Tanah Datar BB (70,50), sehingga Kecamatan Datuk Tanah Datar unggul 0,35 poin.",
    );
  });

  it("states the true absorption extremes: only one program is above 95% (SEED 1025 claims all are)", () => {
    const t = narasi(h, "bab3b.program");
    expect(t).toContain("tertinggi terdapat pada PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK (100,00%)");
    expect(t).toContain("terendah pada PROGRAM KOORDINASI KETENTRAMAN DAN KETERTIBAN UMUM (80,05%)");
    expect(t).toContain("1 dari 6 program menyerap anggaran di atas 95%");
    expect(t).not.toMatch(/Seluruh 6 program/);
    // 95,00 % is not "di atas 95%"
    expect(t).not.toContain("PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN.");
  });

  it("says 'seluruh program' only when every program is above 95%", () => {
    const s = sumberSeiBalai();
    const sub = s.anggaran!.subKegiatan.map((x) => ({
      ...x,
      realisasi: { pegawai: x.realisasi.pegawai, barangJasa: "0", modal: "0" },
    }));
    const semua = sub.map((x) => ({ ...x, realisasi: { pegawai: x.anggaran, barangJasa: "0", modal: "0" } }));
    const t = narasi(bangunLkjip({ ...s, anggaran: { ...s.anggaran!, subKegiatan: semua } }), "bab3b.program");
    expect(t).toContain("Seluruh 6 program menyerap anggaran di atas 95%.");
    const nol = narasi(
      bangunLkjip({
        ...s,
        anggaran: {
          ...s.anggaran!,
          subKegiatan: sub.map((x) => ({ ...x, realisasi: { pegawai: "0", barangJasa: "0", modal: "0" } })),
        },
      }),
      "bab3b.program",
    );
    expect(nol).toContain("Tidak ada program yang menyerap anggaran di atas 95%.");
  });

  it("names the weakest AKIP component against its target (SEED 698)", () => {
    expect(narasi(h, "bab3.akip.komponen")).toContain(
      "terendah adalah Pelaporan Kinerja dengan nilai 11,62 dari target 12,90 (90,08%)",
    );
  });
});

describe("operator overrides", () => {
  const kunci = "bab3.capaian.ikm";
  const angka = h.narasi.find((n) => n.kunci === kunci)!.angka;

  it("keeps an edited paragraph while its numbers are unchanged", () => {
    const hasil = bangunLkjip(sumberSeiBalai(), { override: { [kunci]: { teks: "Teks yang disunting.", angka } } });
    expect(narasi(hasil, kunci)).toBe("Teks yang disunting.");
    expect(hasil.peringatan).toEqual([]);
    expect(hasil.narasi.find((n) => n.kunci === kunci)?.status).toBe("disunting");
  });

  it("flags it when the data changed since the edit", () => {
    const s = sumberSeiBalai();
    const lain = {
      ...s,
      pk: s.pk.map((p) =>
        p.level === "kepala-opd"
          ? { ...p, kinerja: p.kinerja.map((r) => (r.indikatorKode === "ikm" ? { ...r, target: "82.00" } : r)) }
          : p,
      ),
    };
    const hasil = bangunLkjip(lain, { override: { [kunci]: { teks: "Teks yang disunting.", angka } } });
    expect(hasil.peringatan).toHaveLength(1);
    expect(hasil.peringatan[0]?.pesan).toContain("angka berubah sejak disunting");
    expect(hasil.peringatan[0]?.berubah).toContainEqual({ nama: "target", lama: "85,00", baru: "82,00" });
    expect(hasil.narasi.find((n) => n.kunci === kunci)?.status).toBe("disunting-basi");
  });
});

import { describe, expect, it } from "vitest";
import { JUMLAH_SEI_BALAI_2023, contohSumberSkm } from "../../../tests/fixtures/skm-dokumen";
import type { Blok, Tabel } from "./dokumen";
import { bangunHasilSkm } from "./hasil-skm";
import { bangunLaporanSkm } from "./laporan-skm";
import { nomoriDokumen, teksPolos } from "./penomoran";

function semuaBlok(b: { dokumen: { bagian: { blok: Blok[] }[] } }): Blok[] {
  return b.dokumen.bagian.flatMap((x) => x.blok);
}

function teksDokumen(b: ReturnType<typeof bangunLaporanSkm>): string {
  const p = nomoriDokumen(b.dokumen);
  return semuaBlok(b)
    .map((x) => {
      if (x.jenis === "paragraf") return teksPolos(x.isi, p);
      if (x.jenis === "judul") return x.teks;
      if (x.jenis === "tabel")
        return [x.judul, ...[...x.kepala, ...x.badan].flat().map((s) => teksPolos(s.isi, p))].join(" | ");
      if (x.jenis === "daftar") return x.butir.map((y) => teksPolos(y.isi, p)).join("\n");
      return "";
    })
    .join("\n");
}

describe("Laporan SKM (Permenpan RB 14/2017 outline, regulations.md §1.8)", () => {
  const l = bangunLaporanSkm(contohSumberSkm());
  const teks = teksDokumen(l);

  it("has the five chapters of the outline with their sub-sections", () => {
    const judul = semuaBlok(l).flatMap((b) => (b.jenis === "judul" ? [b.teks] : []));
    for (const j of [
      "BAB I PENDAHULUAN",
      "1.2 Dasar Pelaksanaan Survei Kepuasan Masyarakat",
      "BAB II PENGUMPULAN DATA SKM",
      "2.5 Penentuan Jumlah Responden",
      "BAB III HASIL PENGOLAHAN DATA SKM",
      "3.2 Indeks Kepuasan Masyarakat",
      "BAB IV ANALISIS HASIL SKM",
      "4.2 Rencana Tindak Lanjut",
      "BAB V PENUTUP",
    ])
      expect(judul).toContain(j);
  });

  it("computes the seed's IKM 80,50 B from the 96 respondents' sums (regulations.md §0)", () => {
    expect(l.hitung.responden).toBe(96);
    expect(l.hitung.total!.ikmTampil).toBe("80.50");
    expect(l.hitung.total!.mutu.mutu).toBe("B");
    expect(teks).toContain("80,50 (mutu B, Baik)");
    // respondent-weighted: the services' sums add up to the seed's sums
    const u1 = l.hitung.layanan.reduce((a, x) => a + x.layanan.jumlah.u1, 0);
    expect(u1).toBe(JUMLAH_SEI_BALAI_2023.u1);
  });

  it("names the weakest unsur (lowest NRR: Persyaratan 3,00, SEED Tabel 3.3) and the strongest (Biaya 3,94)", () => {
    expect(l.hitung.terlemah.map((u) => u.kode)).toEqual(["u1"]);
    expect(l.hitung.terkuat.map((u) => u.kode)).toEqual(["u4"]);
    expect(teks).toContain("Persyaratan (NRR 3,00)");
  });

  it("shows the Krejcie–Morgan minimum of each service (N 70 → 59, N 40 → 36, regulations.md §1.7)", () => {
    expect(l.hitung.layanan.map((x) => x.sampel?.sampelMinimum)).toEqual([59, 36]);
    expect(l.hitung.sampelTerpenuhi).toBe(true);
  });

  it("carries the RTL table and the previous period's open items", () => {
    const tabel = semuaBlok(l).filter((b): b is Tabel => b.jenis === "tabel");
    expect(tabel.map((t) => t.id)).toEqual(expect.arrayContaining(["tabel-rtl", "tabel-rtl-lalu", "tabel-unsur"]));
    expect(teks).toContain("Memasang papan persyaratan layanan di loket");
    expect(teks).toContain("Menambah kursi ruang tunggu");
    expect(teks).toContain("Tahun 2022 yang Belum Selesai");
  });

  it("marks missing answers instead of inventing an IKM", () => {
    const kosong = bangunLaporanSkm(
      contohSumberSkm({
        layanan: [
          {
            kode: "x",
            nama: "Layanan X",
            populasi: null,
            responden: 0,
            jumlah: { u1: 0, u2: 0, u3: 0, u4: 0, u5: 0, u6: 0, u7: 0, u8: 0, u9: 0 },
          },
        ],
      }),
    );
    expect(kosong.hitung.total).toBeNull();
    expect(teksDokumen(kosong)).toContain("[Data belum tersedia: jawaban responden periode Tahun 2023]");
  });
});

describe("Hasil SKM publication", () => {
  it("is one section with the IKM, mutu, the unsur table and the RTL", () => {
    const h = bangunHasilSkm(contohSumberSkm());
    expect(h.dokumen.bagian).toHaveLength(1);
    const blok = h.dokumen.bagian[0]!.blok;
    const p = nomoriDokumen(h.dokumen);
    const paragraf = blok.flatMap((b) => (b.jenis === "paragraf" ? [teksPolos(b.isi, p)] : []));
    expect(paragraf).toContain("IKM 80,50 · Mutu B (Baik)");
    const unsur = blok.find((b): b is Tabel => b.jenis === "tabel" && b.id === "hasil-unsur")!;
    expect(unsur.badan).toHaveLength(9);
    expect(blok.some((b) => b.jenis === "tabel" && b.id === "hasil-rtl")).toBe(true);
  });
});

describe("the Pemda's IKM rule in the SKM documents (issue 11)", () => {
  it("bobot 1/9 gives 80,58 in the Laporan and the Hasil SKM (0,111 gives 80,50)", () => {
    const aturan = { bobot: "1/9", pembulatan: "seed" };
    const l = bangunLaporanSkm(contohSumberSkm({ aturan }));
    expect(l.hitung.total!.ikmTampil).toBe("80.58");
    expect(teksDokumen(l)).toContain("80,58 (mutu B, Baik)");
    expect(teksDokumen(l)).not.toContain("80,50");
    const h = bangunHasilSkm(contohSumberSkm({ aturan }));
    const p = nomoriDokumen(h.dokumen);
    const paragraf = h.dokumen.bagian[0]!.blok.flatMap((b) => (b.jenis === "paragraf" ? [teksPolos(b.isi, p)] : []));
    expect(paragraf).toContain("IKM 80,58 · Mutu B (Baik)");
  });

  it("classifies and prints the mutu table of the chosen version (KEP/25/2004: 80,50 is B up to 81,25)", () => {
    const baku = teksDokumen(bangunLaporanSkm(contohSumberSkm()));
    expect(baku).toContain("menurut Peraturan Menteri PANRB Nomor 14 Tahun 2017");
    expect(baku).toContain("88,31 – 100,00");
    const l = bangunLaporanSkm(contohSumberSkm({ aturan: { bobot: "0.111", pembulatan: "seed", mutu: "kep25-2004" } }));
    const teks = teksDokumen(l);
    expect(teks).toContain("menurut Keputusan Menpan Nomor KEP/25/M.PAN/2/2004");
    expect(teks).toContain("81,26 – 100,00");
    expect(teks).not.toContain("88,31 – 100,00");
    const h = bangunHasilSkm(contohSumberSkm({ aturan: { bobot: "1/9", pembulatan: "seed", mutu: "kep25-2004" } }));
    const p = nomoriDokumen(h.dokumen);
    const catatan = h.dokumen.bagian[0]!.blok.flatMap((b) => (b.jenis === "paragraf" ? [teksPolos(b.isi, p)] : []));
    // the note names the chosen table and lists its bands
    expect(catatan).toContain("IKM 80,58 · Mutu B (Baik)");
    expect(catatan.join("\n")).toContain(
      "Keputusan Menpan Nomor KEP/25/M.PAN/2/2004. Mutu: A 81,26–100; B 62,51–81,25",
    );
    const baku2 = bangunHasilSkm(contohSumberSkm());
    const p2 = nomoriDokumen(baku2.dokumen);
    expect(
      baku2.dokumen.bagian[0]!.blok.flatMap((b) => (b.jenis === "paragraf" ? [teksPolos(b.isi, p2)] : [])).join("\n"),
    ).toContain(
      "Peraturan Menteri PANRB Nomor 14 Tahun 2017. Mutu: A 88,31–100; B 76,61–88,30; C 65,00–76,60; D 25,00–64,99.",
    );
  });
});

/**
 * The Pernyataan Telah Direviu model (issue 14, regulations.md §3.4): the standard conclusion only without galat,
 * the galat listed otherwise, the counts as given by the validator, the signature placeholder without an Inspektur.
 */
import { describe, expect, it } from "vitest";
import type { HasilPeriksaData, Temuan } from "../../domain/reviu";
import type { Blok, Dokumen } from "./dokumen";
import { nomoriDokumen, teksPolos } from "./penomoran";
import { bangunPernyataanReviu, KALIMAT_SIMPULAN_BERSIH, KALIMAT_TUJUAN, kalimatPembuka } from "./pernyataan-reviu";

function teks(d: Dokumen): string {
  const p = nomoriDokumen(d);
  const out: string[] = [];
  const blok = (b: Blok) => {
    if (b.jenis === "paragraf") out.push(teksPolos(b.isi, p));
    if (b.jenis === "tabel")
      for (const r of [...b.kepala, ...b.badan]) out.push(r.map((c) => teksPolos(c.isi, p)).join(" | "));
    if (b.jenis === "tanda-tangan") out.push(JSON.stringify(b));
  };
  for (const bg of d.bagian) bg.blok.forEach(blok);
  return out.join("\n");
}

const temuan = (keparahan: Temuan["keparahan"], pesan: string): Temuan => ({
  keparahan,
  aturan: "uji",
  pesan,
  lokasi: { modul: "pk" },
  sumber: "uji",
});

function hasil(t: Temuan[]): HasilPeriksaData {
  const ringkasan = { galat: 0, peringatan: 0, info: 0 };
  for (const x of t) ringkasan[x.keparahan]++;
  return {
    opd: "kecamatan-sei-balai",
    tahun: 2023,
    temuan: t,
    ringkasan,
    diperiksa: { sasaran: 2, indikator: 2, pk: 7, subKegiatan: 34, desa: 14 },
  };
}

const dasar = { pemda: { nama: "Kabupaten Batu Bara" }, opd: { nama: "Kecamatan Sei Balai", slug: "x" }, tahun: 2023 };

describe("bangunPernyataanReviu", () => {
  it.each([
    ["no findings", [], true],
    ["warnings and info only", [temuan("peringatan", "P1"), temuan("info", "I1")], true],
    ["one galat", [temuan("galat", "Camat belum memiliki PK"), temuan("peringatan", "P1")], false],
  ] as const)("%s → standard conclusion %s", (_, t, bersih) => {
    const h = hasil([...t]);
    const s = teks(bangunPernyataanReviu({ ...dasar, hasil: h }));
    expect(s).toContain(kalimatPembuka("Kecamatan Sei Balai", 2023));
    expect(s).toContain(KALIMAT_TUJUAN);
    expect(s.includes(KALIMAT_SIMPULAN_BERSIH)).toBe(bersih);
    expect(s).toContain(`Galat | ${h.ringkasan.galat}`);
    expect(s).toContain(`Peringatan | ${h.ringkasan.peringatan}`);
    expect(s).toContain(`Info | ${h.ringkasan.info}`);
    if (!bersih) {
      expect(s).toContain(`masih memuat ${h.ringkasan.galat} galat`);
      expect(s).toContain("Camat belum memiliki PK | Perjanjian Kinerja");
    }
  });

  it("without an Inspektur the signature shows the placeholder", () => {
    const s = teks(bangunPernyataanReviu({ ...dasar, hasil: hasil([]), penandatangan: null }));
    expect(s).toContain('"t":"hilang","teks":"nama penandatangan"');
  });
});

import { describe, expect, it } from "vitest";
import { barisDariJumlah, bacaBarisImpor, bersihkanSaran, gabungJumlah, hitungHasilSkm, kuesionerBawaan } from ".";
import { periksaJawaban, periksaKodeLayanan, periksaKuesioner } from ".";
import { hitungIkm } from "../ikm";

const J = { u1: 3, u2: 3, u3: 4, u4: 4, u5: 3, u6: 3, u7: 4, u8: 2, u9: 3 };
// LKjIP 2023 Kec. Sei Balai, Lampiran SKM (SEED 1821-1845): 96 responden, Σ per unsur (regulations.md §0)
const SEED = { u1: 288, u2: 298, u3: 301, u4: 378, u5: 293, u6: 304, u7: 312, u8: 293, u9: 318 };

describe("periksaJawaban (regulations.md §1.3 nilai 1–4, §1.4 profil)", () => {
  it("accepts u1..u9 as numbers or digit text and the profile block", () => {
    const j = periksaJawaban({
      jawaban: { ...J, u1: "4" },
      responden: { jenisKelamin: "Perempuan", umur: "31", pendidikan: "D3", pekerjaan: "wiraswasta" },
      saran: "  mohon antrian dipercepat ",
    });
    expect(j.nilai.u1).toBe(4);
    expect(j.profil).toEqual({ umur: 31, jenisKelamin: "P", pendidikan: "D1-D3", pekerjaan: "WIRAUSAHA" });
    expect(j.saran).toBe("mohon antrian dipercepat");
  });

  it.each([
    [{ jawaban: { ...J, u3: 5 } }, /u3 \(Waktu Penyelesaian\) "5" harus bilangan bulat 1–4/],
    [{ jawaban: { ...J, u3: 2.5 } }, /"2.5" harus bilangan bulat 1–4/],
    [{ jawaban: { ...J, u9: null } }, /u9 \(Penanganan Pengaduan, Saran dan Masukan\) belum dijawab/],
    [{ jawaban: { ...J, u10: 1 } }, /kode unsur "u10" tidak dikenal/],
    [{ jawaban: null }, /jawaban u1–u9 wajib diisi/],
    [{ jawaban: J, responden: { umur: 7 } }, /umur "7" harus bilangan bulat 10–120/],
    [{ jawaban: J, responden: { jenisKelamin: "X" } }, /jenis kelamin "X" tidak dikenal/],
    [{ jawaban: J, saran: "a".repeat(1001) }, /saran terlalu panjang \(1001 karakter; maksimal 1000\)/],
  ])("refuses %j", (m, pesan) => {
    expect(() => periksaJawaban(m as never)).toThrow(pesan);
  });
});

describe("bersihkanSaran (personal data stripped before anything is shown)", () => {
  it.each([
    ["hubungi saya di 0812-3456-7890 ya", "hubungi saya di [nomor telepon] ya"],
    ["WA +62 812 3456 7890", "WA [nomor telepon]"],
    ["email budi.s@contoh.co.id", "email [email]"],
    ["NIK 1219012345678901 tidak terbaca", "NIK [NIK] tidak terbaca"],
    ["Saya Budi Santoso, pelayanan lambat", "Saya [nama], pelayanan lambat"],
    ["nama saya Siti", "nama saya [nama]"],
    ["Pak Ahmad sangat ramah", "Pak [nama] sangat ramah"],
    ["saya Sangat puas", "saya Sangat puas"],
    ["antrian 30 menit, tahun 2023", "antrian 30 menit, tahun 2023"],
  ])("%j → %j", (masuk, keluar) => {
    expect(bersihkanSaran(masuk)).toBe(keluar);
  });
});

describe("results from sums (regulations.md §0, §1.5)", () => {
  it("rows built to the published sums reproduce them and IKM 80,50 B", () => {
    const rows = barisDariJumlah({ responden: 96, jumlah: SEED });
    expect(rows).toHaveLength(96);
    const j = gabungJumlah(rows.map((r) => ({ responden: 1, jumlah: r })));
    expect(j.jumlah).toEqual(SEED);
    const h = hitungHasilSkm(j)!;
    expect(h.ikm.ikmTampil).toBe("80.50");
    expect(h.ikm.mutu.mutu).toBe("B");
    expect(h.unsurTerlemah).toBe("u1");
  });

  it("pooling two layanan = respondent-weighted mean of their IKM", () => {
    const a = { responden: 10, jumlah: { u1: 40, u2: 40, u3: 40, u4: 40, u5: 40, u6: 40, u7: 40, u8: 40, u9: 40 } };
    const b = { responden: 30, jumlah: { u1: 60, u2: 60, u3: 60, u4: 60, u5: 60, u6: 60, u7: 60, u8: 60, u9: 60 } };
    const ikm = (x: typeof a) => hitungIkm({ jenis: "jumlah", responden: x.responden, jumlah: x.jumlah }).ikm;
    const pool = hitungHasilSkm(gabungJumlah([a, b]))!.ikm.ikm;
    expect(pool.toString()).toBe(ikm(a).times(10).plus(ikm(b).times(30)).div(40).toString());
  });

  it("no respondent → null", () => {
    expect(hitungHasilSkm({ responden: 0, jumlah: { ...SEED } })).toBeNull();
  });
});

describe("import rows", () => {
  it("reads u1..u9 in any order and case with optional columns; skips empty rows", () => {
    const rows = bacaBarisImpor([
      ["Rekap SKM"],
      ["U9", "u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "Jenis Kelamin", "Saran"],
      ["4", "3", "3", "3", "3", "3", "3", "3", "3", "L", ""],
      ["", "", "", "", "", "", "", "", "", "", ""],
      ["1", "2", "2", "2", "2", "2", "2", "2", "2", "P", "ok"],
    ]);
    expect(rows.map((r) => [r.baris, r.nilai.u9, r.nilai.u1, r.profil.jenisKelamin, r.saran])).toEqual([
      [3, 4, 3, "L", null],
      [5, 1, 2, "P", "ok"],
    ]);
  });

  it("lists every bad cell with row and column", () => {
    try {
      bacaBarisImpor([
        ["u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9", "umur"],
        ["0", "3", "3", "3", "3", "3", "3", "3", "3", "abc"],
      ]);
      expect.unreachable();
    } catch (e) {
      const errors = (e as { details: { errors: { baris: number; kolom: string }[] } }).details.errors;
      expect(errors.map((x) => `${x.baris}:${x.kolom}`)).toEqual(["2:u1", "2:umur"]);
    }
  });

  it("a file without the u1..u9 header is refused", () => {
    expect(() => bacaBarisImpor([["a", "b"]])).toThrow(/judul kolom u1 … u9/);
  });
});

describe("questionnaire and kode", () => {
  it("the standard questionnaire has the nine unsur with four answers, id and en (regulations.md §1.3)", () => {
    const k = kuesionerBawaan();
    expect(k.map((b) => b.unsur)).toEqual(["u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9"]);
    expect(k[3]!.pilihan[3]).toBe("Gratis");
    expect(periksaKuesioner(k)).toEqual(k);
    expect(() => periksaKuesioner(k.slice(1))).toThrow(/u1 \(Persyaratan\) tidak ada/);
  });

  it.each([
    ["Sei-Balai", "sei-balai"],
    ["kk", "kk"],
  ])("kode layanan %j → %j", (a, b) => expect(periksaKodeLayanan(a)).toBe(b));
  it.each(["a", "sei balai", "-x", "x".repeat(41)])("kode layanan %j refused", (a) => {
    expect(() => periksaKodeLayanan(a)).toThrow(/kode layanan/);
  });
});

/**
 * Bab III.B Realisasi Anggaran: by belanja class (Tabel 3.17) and by program (Tabel 3.18), the chart by program, and
 * sentences with the TRUE extremes ("di atas 95%" only for the programs that are).
 * NOTE: SEED 992-1027 (Tabel 3.18's printed JUMLAH realisasi 3.135.926.319 is wrong: Σ = 2.933.929.410); §4.
 */
import { serapanTampil } from "../../../domain/anggaran";
import { type Dec, dec, roundHalfUp } from "../../../domain/shared/decimal";
import type { BarisRingkasan } from "../../../domain/anggaran";
import type { Blok, Sel } from "../dokumen";
import { type Konteks, namaOpd, paragraf } from "../konteks";
import { type BagianKalimat, v } from "../narasi";
import { angka, kepala, sel, tabel } from "../sel";
import { persen, rupiahKalimat } from "../tampil";

const AMBANG = dec(95);

export function bab3b(k: Konteks): Blok[] {
  const out: Blok[] = [{ jenis: "judul", tingkat: 2, teks: "B. Realisasi Anggaran", id: "bab-3-b", daftarIsi: true }];
  const a = k.anggaran;
  if (!a) {
    out.push(
      paragraf([
        k.hilang.tandai(
          `anggaran:${k.s.tahun}`,
          `anggaran dan realisasi per sub-kegiatan ${k.s.tahun}${k.anggaranGagal ? ` (${k.anggaranGagal})` : ""}`,
        ),
      ]),
    );
    return out;
  }
  const sumber = k.s.anggaran?.sumberData.realisasi ?? undefined;
  const p = a.pohon;
  const serapan = p.serapan ? roundHalfUp(p.serapan, 2) : null;
  const kal: BagianKalimat[] = [
    `Alokasi anggaran belanja ${namaOpd(k)} tahun anggaran ${k.s.tahun} adalah `,
    v("anggaran", rupiahKalimat(p.anggaran)),
    " dengan realisasi ",
    v("realisasi", rupiahKalimat(p.totalRealisasi)),
  ];
  if (serapan) kal.push(" atau ", v("serapan", persen(serapan)));
  kal.push(
    ", sehingga sisa anggaran ",
    v("sisa", rupiahKalimat(p.sisa)),
    ". Rincian per kelompok belanja disajikan pada ",
    { t: "ref", ke: "tabel-realisasi-kelas" },
    ".",
  );
  out.push(k.narator.paragraf("bab3b.total", kal));
  const baris = (r: BarisRingkasan | undefined, no: string, label: string, tebal = false): Sel[] => [
    sel(no, { rata: "tengah" }),
    sel(label, { tebal }),
    r?.anggaran
      ? angka(r.anggaran, "rupiah", undefined, tebal)
      : sel([k.hilang.tandai("anggaran:rincian-akun", "anggaran DPA per kelompok belanja")], { rata: "tengah" }),
    r?.realisasi ? angka(r.realisasi, "rupiah", undefined, tebal) : sel("–", { rata: "tengah" }),
    r?.serapan ? angka(roundHalfUp(r.serapan, 2), "persen", undefined, tebal) : sel("–", { rata: "tengah" }),
  ];
  const kelas = (id: string) => a.kelas.find((x) => x.id === id);
  const modalSub = a.kelas.filter((x) => /^5\.2\.\d{2}$/.test(x.id));
  const total = kelas("JUMLAH");
  out.push(
    tabel(
      "tabel-realisasi-kelas",
      `Penyerapan Anggaran ${namaOpd(k)} Tahun ${k.s.tahun}`,
      [
        [
          kepala("No."),
          kepala("Uraian Belanja"),
          kepala("Anggaran (Rp)"),
          kepala("Realisasi (Rp)"),
          kepala("Persentase (%)"),
        ],
      ],
      [
        baris(kelas("operasi"), "1.", "Belanja Operasi", true),
        baris(kelas("pegawai"), "", "- Belanja Pegawai"),
        baris(kelas("barangJasa"), "", "- Belanja Barang dan Jasa"),
        baris(kelas("modal"), "2.", "Belanja Modal", true),
        ...modalSub.map((m) => baris(m, "", `- ${m.uraian}`)),
        [sel("TOTAL", { rentangKolom: 2, rata: "tengah", tebal: true }), ...baris(total, "", "", true).slice(2)],
      ],
      [0.8, 4.6, 2.6, 2.6, 1.6],
      sumber ? { sumber } : {},
    ),
  );
  const kls = ["pegawai", "barangJasa", "modal"]
    .map(kelas)
    .filter((x): x is BarisRingkasan => !!x && x.serapan !== null);
  if (kls.length > 1) {
    const max = kls.reduce((x, y) => (y.serapan!.gt(x.serapan!) ? y : x));
    const min = kls.reduce((x, y) => (y.serapan!.lt(x.serapan!) ? y : x));
    out.push(
      k.narator.paragraf("bab3b.kelas", [
        "Penyerapan tertinggi menurut kelompok belanja terdapat pada ",
        v("kelasTertinggi", max.uraian),
        " (",
        v("serapanTertinggi", persen(roundHalfUp(max.serapan!, 2))),
        ") dan terendah pada ",
        v("kelasTerendah", min.uraian),
        " (",
        v("serapanTerendah", persen(roundHalfUp(min.serapan!, 2))),
        ").",
      ]),
    );
  }
  out.push(...perProgram(k, a.program, sumber));
  return out;
}

function perProgram(k: Konteks, program: BarisRingkasan[], sumber: string | undefined): Blok[] {
  const prog = program.filter((x) => x.id !== "JUMLAH");
  const jumlah = program.find((x) => x.id === "JUMLAH")!;
  const badan: Sel[][] = prog.map((x, i) => [
    sel(`${i + 1}.`, { rata: "tengah" }),
    sel(x.uraian),
    angka(x.anggaran, "rupiah"),
    angka(x.realisasi, "rupiah"),
    x.serapan ? angka(roundHalfUp(x.serapan, 2), "persen") : sel("–", { rata: "tengah" }),
  ]);
  badan.push([
    sel("JUMLAH", { rentangKolom: 2, rata: "tengah", tebal: true }),
    angka(jumlah.anggaran, "rupiah", undefined, true),
    angka(jumlah.realisasi, "rupiah", undefined, true),
    jumlah.serapan ? angka(roundHalfUp(jumlah.serapan, 2), "persen", undefined, true) : sel("–"),
  ]);
  const out: Blok[] = [
    tabel(
      "tabel-realisasi-program",
      `Realisasi Anggaran Program ${namaOpd(k)} Tahun ${k.s.tahun}`,
      [[kepala("No."), kepala("Program"), kepala("Anggaran (Rp)"), kepala("Realisasi (Rp)"), kepala("Persentase (%)")]],
      badan,
      [0.8, 4.6, 2.6, 2.6, 1.6],
      sumber ? { sumber } : {},
    ),
  ];
  const dgn = prog.filter(
    (x) => x.serapan !== null && x.anggaran !== null && x.realisasi !== null,
  ) as (BarisRingkasan & { serapan: Dec; anggaran: Dec; realisasi: Dec })[];
  if (dgn.length === 0) return out;
  const tampil = (x: (typeof dgn)[number]) => roundHalfUp(x.serapan, 2);
  const max = dgn.reduce((x, y) => (tampil(y).gt(tampil(x)) ? y : x));
  const min = dgn.reduce((x, y) => (tampil(y).lt(tampil(x)) ? y : x));
  const atas = dgn.filter((x) => tampil(x).gt(AMBANG));
  const b: BagianKalimat[] = [
    "Dari ",
    { t: "ref", ke: "tabel-realisasi-program" },
    " dapat diketahui bahwa penyerapan anggaran tertinggi terdapat pada ",
    v("programTertinggi", max.uraian),
    " (",
    v("serapanTertinggi", persen(tampil(max))),
    ") dan terendah pada ",
    v("programTerendah", min.uraian),
    " (",
    v("serapanTerendah", persen(tampil(min))),
    "). ",
  ];
  if (atas.length === dgn.length)
    b.push("Seluruh ", v("jumlahProgram", String(dgn.length)), " program menyerap anggaran di atas 95%.");
  else if (atas.length === 0) b.push("Tidak ada program yang menyerap anggaran di atas 95%.");
  else
    b.push(
      v("jumlahDiAtas95", String(atas.length)),
      " dari ",
      v("jumlahProgram", String(dgn.length)),
      ` program menyerap anggaran di atas 95%, yaitu ${atas.map((x) => x.uraian).join(", ")}.`,
    );
  if (jumlah.serapan)
    b.push(
      " Penyerapan anggaran seluruh program sebesar ",
      v("serapanTotal", persen(roundHalfUp(jumlah.serapan, 2))),
      ".",
    );
  out.push(k.narator.paragraf("bab3b.program", b));
  out.push({
    jenis: "gambar",
    id: "gambar-anggaran-program",
    judul: `Diagram Anggaran dan Realisasi per Program ${namaOpd(k)} Tahun ${k.s.tahun}`,
    grafik: {
      jenis: "batang-horizontal",
      judul: "Anggaran dan Realisasi per Program (juta rupiah)",
      kategori: dgn.map((x) => x.uraian),
      sumbuNilai: "Juta Rupiah",
      seri: [
        { nama: "Anggaran", nilai: dgn.map((x) => x.anggaran.div(1e6).toFixed(2)) },
        { nama: "Realisasi", nilai: dgn.map((x) => x.realisasi.div(1e6).toFixed(2)) },
      ],
      desimal: 2,
    },
  });
  out.push(
    paragraf([
      "Perbandingan anggaran dan realisasi per program ditunjukkan pada ",
      { t: "ref", ke: "gambar-anggaran-program" },
      ` (dalam juta rupiah; serapan masing-masing program: ${dgn.map((x) => `${persen(serapanTampil(x.realisasi, x.anggaran)!)}`).join(", ")}).`,
    ]),
  );
  return out;
}

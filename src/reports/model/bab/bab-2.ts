/**
 * Bab II Perencanaan Kinerja dan Perjanjian Kinerja: RPJMD visi/misi, Renstra (tujuan, sasaran, strategi), the PK
 * table of the kepala OPD (latest version), and the Rencana Anggaran by belanja class and by program.
 * NOTE: SEED 308-424; regulations.md §3.3 (Bab II).
 */
import type { Bagian, Blok, Inline, Sel } from "../dokumen";
import { blokTeks, type Konteks, namaOpd, paragraf } from "../konteks";
import { v } from "../narasi";
import { tabelKinerjaPk } from "../pk";
import { angka, kepala, sel, tabel } from "../sel";
import { nilaiPredikat, persen, rupiah, rupiahKalimat, seperti } from "../tampil";

export function bagianBab2(k: Konteks): Bagian {
  const blok: Blok[] = [
    {
      jenis: "judul",
      tingkat: 1,
      teks: "BAB II PERENCANAAN KINERJA DAN PERJANJIAN KINERJA",
      id: "bab-2",
      daftarIsi: true,
      halamanBaru: true,
    },
    ...blokTeks(k, "pengantar-bab-2", ""),
    ...renstra(k),
    { jenis: "judul", tingkat: 2, teks: "B. Perjanjian Kinerja", id: "bab-2-b", daftarIsi: true },
    ...blokTeks(k, "pk-pengantar", ""),
    ...perjanjianKinerja(k),
    { jenis: "judul", tingkat: 2, teks: "C. Rencana Anggaran", id: "bab-2-c", daftarIsi: true },
    ...rencanaAnggaran(k),
  ];
  return { id: "bab-2", orientasi: "potret", nomorHalaman: "arab", bab: 2, blok };
}

function renstra(k: Konteks): Blok[] {
  const { rpjmd, renstra: r } = k.s;
  const periode = r ? `${r.tahunAwal}-${r.tahunAkhir}` : "";
  const out: Blok[] = [
    {
      jenis: "judul",
      tingkat: 2,
      teks: `A. Rencana Strategis ${periode} ${namaOpd(k)}`.replace("  ", " "),
      id: "bab-2-a",
      daftarIsi: true,
    },
  ];
  out.push(...blokTeks(k, "renstra-pengantar", ""));
  if (rpjmd) {
    out.push(
      paragraf([
        `Visi ${k.s.pemda.nama} dalam RPJMD ${rpjmd.tahunAwal}-${rpjmd.tahunAkhir} adalah: `,
        { t: "tebal", teks: `“${rpjmd.visi}”` },
        ".",
      ]),
    );
    if (rpjmd.kataKunci.length > 0) {
      out.push(paragraf(["Dalam pernyataan visi tersebut terdapat kata-kata kunci sebagai berikut:"]));
      out.push({
        jenis: "daftar",
        butir: rpjmd.kataKunci.map((x) => ({ label: "-", isi: [{ t: "tebal", teks: x.kata }, `: ${x.penjelasan}`] })),
      });
    }
    out.push(
      paragraf([`Untuk mewujudkan visi tersebut dijabarkan ${rpjmd.misi.length} misi pembangunan ${k.s.pemda.nama}:`]),
    );
    out.push({ jenis: "daftar", butir: rpjmd.misi.map((m) => ({ label: `${m.nomor}.`, isi: [m.teks] })) });
    const didukung = rpjmd.misi.filter((m) => r?.misiDidukung.includes(m.nomor));
    if (didukung.length > 0) {
      out.push(
        paragraf([
          `Sesuai tugas pokok dan fungsinya, ${namaOpd(k)} mendukung pencapaian misi `,
          ...didukung.flatMap((m, i): Inline[] => [
            i > 0 ? " dan " : "",
            `${m.nomor}, yaitu `,
            { t: "miring", teks: `“${m.teks}”` },
          ]),
          ".",
        ]),
      );
    }
  } else out.push(paragraf([k.hilang.tandai("rpjmd", "visi dan misi RPJMD")]));
  if (!r) {
    out.push(paragraf([k.hilang.tandai("renstra", "Renstra (tujuan, sasaran, strategi)")]));
    return out;
  }
  out.push(
    paragraf([
      `Untuk melaksanakan misi tersebut, tujuan, sasaran dan strategi Renstra ${namaOpd(k)} disajikan pada `,
      { t: "ref", ke: "tabel-renstra" },
      ".",
    ]),
  );
  out.push(tabelRenstra(k));
  return out;
}

function tabelRenstra(k: Konteks): Blok {
  const r = k.s.renstra!;
  const adaKebijakan = r.kebijakan.length > 0;
  const n = adaKebijakan ? 4 : 3;
  const misi = (k.s.rpjmd?.misi ?? [])
    .filter((m) => r.misiDidukung.includes(m.nomor))
    .map((m) => m.teks)
    .join("; ");
  const badan: Sel[][] = [
    [sel("Visi", { tebal: true }), sel([{ t: "miring", teks: k.s.rpjmd?.visi ?? "" }], { rentangKolom: n - 1 })],
    [sel("Misi", { tebal: true }), sel([{ t: "miring", teks: misi }], { rentangKolom: n - 1 })],
    (adaKebijakan ? ["Tujuan", "Sasaran", "Strategi", "Kebijakan"] : ["Tujuan", "Sasaran", "Strategi"]).map((x) =>
      kepala(x),
    ),
  ];
  for (const t of r.tujuan) {
    const sasaran = r.sasaran.filter((x) => x.tujuanKode === t.kode);
    const tinggiTujuan = sasaran.reduce(
      (a, x) => a + Math.max(1, r.strategi.filter((y) => y.sasaranKode === x.kode).length),
      0,
    );
    sasaran.forEach((x, i) => {
      const strategi = r.strategi.filter((y) => y.sasaranKode === x.kode);
      const kebijakan = r.kebijakan
        .filter((y) => y.sasaranKode === x.kode)
        .map((y) => y.teks)
        .join("; ");
      const tinggi = Math.max(1, strategi.length);
      (strategi.length > 0 ? strategi : [{ teks: "–" }]).forEach((st, j) => {
        const row: Sel[] = [];
        if (i === 0 && j === 0) row.push(sel(t.teks, { rentangBaris: tinggiTujuan }));
        if (j === 0) row.push(sel(x.teks, { rentangBaris: tinggi }));
        row.push(sel(st.teks));
        if (adaKebijakan && j === 0) row.push(sel(kebijakan || "–", { rentangBaris: tinggi }));
        badan.push(row);
      });
    });
  }
  return tabel(
    "tabel-renstra",
    `Tujuan, Sasaran dan Strategi ${namaOpd(k)}`,
    [],
    badan,
    adaKebijakan ? [3, 3, 4, 3] : [3, 3, 5],
  );
}

function perjanjianKinerja(k: Konteks): Blok[] {
  const pk = k.pk;
  if (!pk)
    return [paragraf([k.hilang.tandai(`pk:${k.s.tahun}`, `Perjanjian Kinerja ${k.s.tahun} kepala perangkat daerah`)])];
  const versi = pk.versi === "perubahan" ? "Perubahan " : "";
  const t = tabelKinerjaPk(k, pk, "tabel-pk", true, `Perjanjian Kinerja ${versi}${namaOpd(k)} Tahun ${pk.tahun}`);
  t.sumber = `Perjanjian Kinerja ${versi}${namaOpd(k)} Tahun ${pk.tahun}`;
  const sasaran = pk.kinerja;
  // PK rows that are IKU: a row linked to an indicator saved as non-IKU is not counted (the same rule as kinerjaIku)
  const bukanIku = new Set(k.s.indikator.filter((i) => i.iku === false).map((i) => i.kode));
  const iku = (r: (typeof sasaran)[number]) => !(r.indikatorKode && bukanIku.has(r.indikatorKode));
  const jumlahIndikator = sasaran.reduce((a, r) => a + (iku(r) ? 1 : 0) + r.anak.filter(iku).length, 0);
  const out: Blok[] = [
    paragraf([
      `${namaOpd(k)} telah menetapkan Perjanjian Kinerja ${versi}Tahun ${pk.tahun} sebagaimana `,
      { t: "ref", ke: "tabel-pk" },
      " berikut.",
    ]),
    t,
    k.narator.paragraf("bab2.pk", [
      "Dari ",
      { t: "ref", ke: "tabel-pk" },
      " dapat diketahui bahwa terdapat ",
      v("jumlahSasaran", String(sasaran.length)),
      " sasaran strategis dengan ",
      v("jumlahIndikator", String(jumlahIndikator)),
      " indikator kinerja utama, dengan penjabaran sebagai berikut:",
    ]),
    {
      jenis: "daftar",
      butir: sasaran.map((r, i) => ({
        label: `${i + 1}.`,
        isi: [
          `${r.sasaran}, dengan indikator kinerja utama “${r.indikator}” yang ditargetkan `,
          r.target === null
            ? k.hilang.tandai(`pk:target:${r.indikator}`, `target ${r.indikator} dalam PK ${pk.tahun}`)
            : r.predikat
              ? nilaiPredikat(r.target, pk.tahun, k.s.aturan)
              : `${seperti(r.target)}${r.satuan === "%" ? "%" : ""}`,
          ".",
        ],
      })),
    },
  ];
  return out;
}

function rencanaAnggaran(k: Konteks): Blok[] {
  const a = k.anggaran;
  if (!a) {
    const alasan = k.anggaranGagal ? ` (${k.anggaranGagal})` : "";
    return [
      paragraf([
        k.hilang.tandai(`anggaran:${k.s.tahun}`, `anggaran dan realisasi per sub-kegiatan ${k.s.tahun}${alasan}`),
      ]),
    ];
  }
  const ket = k.s.anggaran?.keterangan ?? "";
  const sumber = k.s.anggaran?.sumberData.rencana ?? undefined;
  const total = a.pohon.anggaran;
  const out: Blok[] = [
    k.narator.paragraf("bab2.anggaran", [
      `Rencana anggaran ${namaOpd(k)} tahun ${k.s.tahun} adalah sebesar `,
      v("totalAnggaran", rupiahKalimat(total)),
      ", dengan rincian menurut kelompok belanja pada ",
      { t: "ref", ke: "tabel-rencana-kelas" },
      " dan menurut program pada ",
      { t: "ref", ke: "tabel-rencana-program" },
      ".",
    ]),
  ];
  const kelas = a.kelas;
  const rowKelas = (id: string, no: string, label: string, tebal = false): Sel[] => {
    const b = kelas.find((x) => x.id === id);
    const nilai = b?.anggaran ?? null;
    return [
      sel(no, { rata: "tengah" }),
      sel(label, { tebal }),
      nilai === null
        ? sel([k.hilang.tandai("anggaran:rincian-akun", "anggaran DPA per kelompok belanja")], { rata: "tengah" })
        : angka(nilai, "rupiah", undefined, tebal),
    ];
  };
  const modalSub = kelas.filter((x) => /^5\.2\.\d{2}$/.test(x.id));
  const badanKelas = [
    rowKelas("operasi", "1.", "Belanja Operasi", true),
    rowKelas("pegawai", "", "- Belanja Pegawai"),
    rowKelas("barangJasa", "", "- Belanja Barang dan Jasa"),
    rowKelas("modal", "2.", "Belanja Modal", true),
    ...modalSub.map((m) => rowKelas(m.id, "", `- ${m.uraian}`)),
    [sel("TOTAL", { rentangKolom: 2, rata: "tengah", tebal: true }), angka(total, "rupiah", undefined, true)],
  ];
  out.push(
    tabel(
      "tabel-rencana-kelas",
      `Rencana Anggaran ${namaOpd(k)} Tahun ${k.s.tahun}`,
      [[kepala("No."), kepala("Uraian Belanja"), kepala("Anggaran (Rp)")]],
      badanKelas,
      [1, 6, 3],
      { sumber },
    ),
  );
  if (a.selisihRincian !== null && a.selisihRincian !== "0") {
    out.push(
      paragraf(
        [
          `Catatan: jumlah rincian anggaran per kelompok belanja berbeda ${rupiahKalimat(a.selisihRincian)} dari jumlah anggaran sub-kegiatan.`,
        ],
        { gaya: "kecil" },
      ),
    );
  }
  const prog = a.program.filter((p) => p.id !== "JUMLAH");
  const badanProgram = prog.map((p, i) => [
    sel(`${i + 1}.`, { rata: "tengah" }),
    sel(p.uraian),
    angka(p.anggaran, "rupiah"),
    sel(ket, { rata: "tengah" }),
  ]);
  badanProgram.push([
    sel("JUMLAH", { rentangKolom: 2, rata: "tengah", tebal: true }),
    angka(total, "rupiah", undefined, true),
    sel(""),
  ]);
  out.push(
    tabel(
      "tabel-rencana-program",
      `Rencana Anggaran Program ${namaOpd(k)} Tahun ${k.s.tahun}`,
      [[kepala("No."), kepala("Program"), kepala("Anggaran (Rp)"), kepala("Ket.")]],
      badanProgram,
      [1, 6, 3, 1.4],
      { sumber },
    ),
  );
  const terbesar = [...prog].sort((x, y) => y.anggaran?.comparedTo(x.anggaran ?? 0) ?? 0)[0];
  if (terbesar?.anggaran && !total.isZero()) {
    out.push(
      k.narator.paragraf("bab2.anggaran-program", [
        "Anggaran terbesar dialokasikan pada ",
        v("programTerbesar", terbesar.uraian),
        " sebesar Rp ",
        v("anggaranTerbesar", rupiah(terbesar.anggaran)),
        " atau ",
        v("porsiTerbesar", persen(terbesar.anggaran.div(total).times(100))),
        " dari total anggaran.",
      ]),
    );
  }
  return out;
}

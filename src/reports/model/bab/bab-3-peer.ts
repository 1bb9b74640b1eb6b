/**
 * Bab III.A.4 "Membandingkan … dengan organisasi/instansi sejenis yang setara/sekelas": own and peer target and
 * realisasi per year (Tabel 3.13), one chart per indicator, and per year which OPD leads and by how much.
 * NOTE: SEED 793-837 (the narrative there misquotes the table; here every number comes from the same data).
 */
import { hitungCapaian, selisihAntarTahun } from "../../../domain/capaian";
import { type Dec, dec } from "../../../domain/shared/decimal";
import type { Blok, Sel } from "../dokumen";
import type { KinerjaIndikator } from "../hitung/kinerja";
import { type Konteks, namaOpd, paragraf } from "../konteks";
import { type BagianKalimat, v } from "../narasi";
import { angka, kepala, sel, tabel } from "../sel";
import { mutlak2, persen } from "../tampil";
import { nilaiIndikator } from "./capaian-util";

export function subbab4(k: Konteks): Blok[] {
  const out: Blok[] = [
    {
      jenis: "judul",
      tingkat: 3,
      teks: "4. Membandingkan Realisasi Kinerja serta Capaian Kinerja Tahun Ini dengan Organisasi/Instansi Sejenis yang Setara/Sekelas",
      id: "bab-3-a-4",
      daftarIsi: true,
    },
  ];
  const peer = k.s.peer;
  if (!peer || peer.nilai.length === 0) {
    out.push(
      paragraf([
        k.hilang.tandai("peer", "perangkat daerah pembanding (setara/sekelas) beserta target dan realisasinya"),
      ]),
    );
    return out;
  }
  const kinerja = k.kinerja.filter((ki) => peer.nilai.some((n) => n.indikatorKode === ki.indikator.kode));
  const tahun = [...new Set(peer.nilai.map((n) => n.tahun))].sort((a, b) => a - b);
  const nilaiPeer = (kode: string, t: number) => peer.nilai.find((n) => n.indikatorKode === kode && n.tahun === t);
  const badan: Sel[][] = [];
  kinerja.forEach((ki, i) => {
    const kode = ki.indikator.kode;
    const cel = (x: Dec | string | null | undefined, t: number, apa: string, siapa: string): Sel =>
      x === null || x === undefined
        ? sel([k.hilang.tandai(`peer:${kode}:${apa}:${t}:${siapa}`, `${apa} ${ki.indikator.nama} ${t} ${siapa}`)], {
            rata: "tengah",
          })
        : { ...angka(x, "angka2", nilaiIndikator(ki.indikator, x, t, k.s.aturan)), rata: "tengah" };
    badan.push([
      sel(`${i + 1}.`, { rata: "tengah", rentangBaris: 2 }),
      sel(namaOpd(k)),
      sel(ki.indikator.nama, { rentangBaris: 2 }),
      ...tahun.map((t) => cel(ki.perTahun.get(t)?.target, t, "target", namaOpd(k))),
      ...tahun.map((t) => cel(ki.perTahun.get(t)?.realisasi, t, "realisasi", namaOpd(k))),
    ]);
    badan.push([
      sel(peer.opdNama),
      ...tahun.map((t) => cel(nilaiPeer(kode, t)?.target, t, "target", peer.opdNama)),
      ...tahun.map((t) => cel(nilaiPeer(kode, t)?.realisasi, t, "realisasi", peer.opdNama)),
    ]);
  });
  out.push(
    paragraf([
      `Capaian kinerja ${namaOpd(k)} dibandingkan dengan ${peer.opdNama} disajikan pada `,
      { t: "ref", ke: "tabel-peer" },
      ".",
    ]),
    tabel(
      "tabel-peer",
      `Perbandingan Target dan Realisasi ${namaOpd(k)} dan ${peer.opdNama}`,
      [
        [
          kepala("No.", 1, 2),
          kepala("Perangkat Daerah", 1, 2),
          kepala("Indikator Kinerja", 1, 2),
          kepala("Target", tahun.length),
          kepala("Realisasi", tahun.length),
        ],
        [...tahun, ...tahun].map((t) => kepala(String(t))),
      ],
      badan,
      [0.7, 3.2, 2.8, ...tahun.flatMap(() => [1.6]), ...tahun.map(() => 1.6)],
      peer.sumberData ? { sumber: peer.sumberData } : {},
    ),
  );
  for (const ki of kinerja) {
    out.push(grafikPeer(k, ki, tahun));
    out.push(narasiPeer(k, ki, tahun));
  }
  return out;
}

function grafikPeer(k: Konteks, ki: KinerjaIndikator, tahun: number[]): Blok {
  const peer = k.s.peer!;
  const kode = ki.indikator.kode;
  const nilai = (x: Dec | string | null | undefined) => (x === null || x === undefined ? null : dec(x).toFixed(2));
  return {
    jenis: "gambar",
    id: `gambar-peer-${kode}`,
    judul: `Diagram Realisasi ${ki.indikator.nama} Tahun ${tahun[0]}-${tahun[tahun.length - 1]} ${namaOpd(k)} dan ${peer.opdNama}`,
    grafik: {
      jenis: "batang",
      judul: `Realisasi ${ki.indikator.nama}`,
      kategori: tahun.map(String),
      sumbuNilai: ki.indikator.satuan,
      seri: [
        { nama: namaOpd(k), nilai: tahun.map((t) => nilai(ki.perTahun.get(t)?.realisasi)) },
        {
          nama: peer.opdNama,
          nilai: tahun.map((t) => nilai(peer.nilai.find((n) => n.indikatorKode === kode && n.tahun === t)?.realisasi)),
        },
      ],
      desimal: 2,
    },
  };
}

/** Per year: both realisasi, who leads and by how much; both capaian; and each OPD's change over the years. */
function narasiPeer(k: Konteks, ki: KinerjaIndikator, tahun: number[]): Blok {
  const peer = k.s.peer!;
  const i = ki.indikator;
  const b: BagianKalimat[] = [];
  const kami = namaOpd(k);
  for (const t of tahun) {
    const pr = peer.nilai.find((n) => n.indikatorKode === i.kode && n.tahun === t);
    const r = ki.perTahun.get(t)?.realisasi ?? null;
    if (!pr?.realisasi || r === null) continue;
    const rp = dec(pr.realisasi);
    const s = selisihAntarTahun(r, rp, "poin");
    b.push(
      `Pada tahun ${t}, realisasi ${i.nama} ${kami} `,
      v(`kami${t}`, nilaiIndikator(i, r, t, k.s.aturan)),
      ` dan ${peer.opdNama} `,
      v(`peer${t}`, nilaiIndikator(i, rp, t, k.s.aturan)),
    );
    if (s.arah === "tetap") b.push(", sama besar.");
    else {
      const unggul = (s.arah === "naik") === (i.polaritas === "positif") ? kami : peer.opdNama;
      b.push(
        ", sehingga ",
        v(`unggul${t}`, unggul),
        " unggul ",
        v(`selisih${t}`, mutlak2(s.selisihDibulatkan)),
        " poin.",
      );
    }
    const c = ki.perTahun.get(t)?.capaian ?? null;
    // the peer's capaian under this indicator's polaritas; none when the polaritas is not one the rules know
    const cp =
      c !== null && pr.target && !dec(pr.target).isZero()
        ? hitungCapaian({ target: pr.target, realisasi: rp, polaritas: i.polaritas }).capaianDibulatkan
        : null;
    if (c !== null && cp !== null)
      b.push(
        " Capaian terhadap target masing-masing ",
        v(`capaianKami${t}`, persen(c)),
        " dan ",
        v(`capaianPeer${t}`, persen(cp)),
        ".",
      );
    b.push(" ");
  }
  const [t0, t1] = [tahun[0], tahun[tahun.length - 1]];
  if (t0 !== undefined && t1 !== undefined && t0 !== t1) {
    const ubah = (
      a: Dec | string | null | undefined,
      z: Dec | string | null | undefined,
      nama: string,
      kunci: string,
    ): BagianKalimat[] => {
      if (a === null || a === undefined || z === null || z === undefined) return [];
      const s = selisihAntarTahun(z, a, "poin");
      return s.arah === "tetap"
        ? [`${nama} tetap`]
        : [`${nama} ${s.arah} `, v(kunci, mutlak2(s.selisihDibulatkan)), " poin"];
    };
    const pr0 = peer.nilai.find((n) => n.indikatorKode === i.kode && n.tahun === t0)?.realisasi;
    const pr1 = peer.nilai.find((n) => n.indikatorKode === i.kode && n.tahun === t1)?.realisasi;
    const a = ubah(ki.perTahun.get(t0)?.realisasi, ki.perTahun.get(t1)?.realisasi, kami, "perubahanKami");
    const z = ubah(pr0, pr1, peer.opdNama, "perubahanPeer");
    if (a.length > 0 && z.length > 0) b.push(`Dari tahun ${t0} ke ${t1}, realisasi `, ...a, ", sedangkan ", ...z, ".");
  }
  if (b.length === 0) b.push(`Data realisasi ${i.nama} untuk perbandingan belum lengkap.`);
  return k.narator.paragraf(`bab3.${i.kode}.peer`, b);
}

/**
 * The one-page "Hasil SKM" publication for the notice board and the public portal (PDF and PNG): the IKM and its
 * mutu, NRR and mutu per unsur, IKM per service, and the Rencana Tindak Lanjut. Publication of the result and of the
 * follow-up is treated as mandatory (regulations.md §1.1, Pasal 4 onward; §1.8).
 */
import { dec } from "../../domain/shared/decimal";
import type { Blok, Dokumen, Sel } from "./dokumen";
import { hitungSkm, type HitungSkm, mutuSkm, regulasiMutu } from "./hitung/skm";
import { tabelRtl } from "./laporan-skm";
import { nomoriDokumen } from "./penomoran";
import { angka, kepala, sel, tabel } from "./sel";
import type { SumberSkm } from "./sumber-skm";
import { a2, bulat, tanggal } from "./tampil";

export interface HasilPublikasiSkm {
  dokumen: Dokumen;
  hitung: HitungSkm;
}

/** "A 88,31–100; B 76,61–88,30; …" of the Pemda's mutu table, best first (a whole upper bound without decimals). */
function pitaMutu(s: SumberSkm): string {
  const ujung = (x: string) => (dec(x).isInteger() ? bulat(x) : a2(x));
  return [...mutuSkm(s).value.pita]
    .reverse()
    .map((x) => `${x.mutu} ${a2(x.nilaiKonversi.dari)}–${ujung(x.nilaiKonversi.sampai)}`)
    .join("; ");
}

export function bangunHasilSkm(s: SumberSkm): HasilPublikasiSkm {
  const h = hitungSkm(s);
  const blok: Blok[] = [
    { jenis: "paragraf", isi: ["HASIL SURVEI KEPUASAN MASYARAKAT"], rata: "tengah", gaya: "judul-sampul" },
    { jenis: "paragraf", isi: [`${s.opd.nama} — ${s.pemda.nama}`], rata: "tengah", gaya: "subjudul-sampul" },
    {
      jenis: "paragraf",
      isi: [`Periode ${s.periode.nama} (${tanggal(s.periode.mulai)} s.d. ${tanggal(s.periode.selesai)})`],
      rata: "tengah",
      rapat: true,
    },
  ];
  if (!h.total) {
    blok.push({
      jenis: "paragraf",
      isi: [{ t: "hilang", teks: "belum ada jawaban responden pada periode ini" }],
      rata: "tengah",
    });
  } else {
    const ikm = h.total;
    blok.push(
      {
        jenis: "paragraf",
        isi: [`IKM ${a2(ikm.ikmTampil)} · Mutu ${ikm.mutu.mutu} (${ikm.mutu.kinerja})`],
        rata: "tengah",
        gaya: "judul-sampul",
      },
      {
        jenis: "paragraf",
        isi: [`${bulat(h.responden)} responden · ${bulat(s.layanan.length)} unit layanan`],
        rata: "tengah",
        rapat: true,
      },
    );
    const badan: Sel[][] = ikm.unsur.map((u) => [
      sel(u.kode.toUpperCase(), { rata: "tengah" }),
      sel(u.nama),
      angka(u.nrr, "angka2", a2(u.nrrTampil)),
      sel(`${u.mutu.mutu} (${u.mutu.kinerja})`, { rata: "tengah" }),
    ]);
    blok.push(
      tabel(
        "hasil-unsur",
        "Nilai per Unsur Pelayanan",
        [[kepala("Kode"), kepala("Unsur"), kepala("NRR"), kepala("Mutu")]],
        badan,
        [1, 6, 1.5, 2.5],
        { kecil: true, bernomor: false },
      ),
    );
    if (s.layanan.length > 1) {
      blok.push(
        tabel(
          "hasil-layanan",
          "IKM per Unit Layanan",
          [[kepala("Unit Layanan"), kepala("Responden"), kepala("IKM"), kepala("Mutu")]],
          h.layanan.map((l) => [
            sel(l.layanan.nama),
            angka(l.layanan.responden, "bulat"),
            l.ikm ? angka(dec(l.ikm.ikmTampil), "angka2", a2(l.ikm.ikmTampil)) : sel("–"),
            sel(l.ikm ? l.ikm.mutu.mutu : "–", { rata: "tengah" }),
          ]),
          [6, 2, 1.5, 1.5],
          { kecil: true, bernomor: false },
        ),
      );
    }
  }
  const rtl = [...s.rtl, ...(s.rtlSebelumnya?.butir ?? [])].slice(0, 6);
  blok.push(tabelRtl("hasil-rtl", "Rencana Tindak Lanjut", rtl, { kecil: true, bernomor: false }), {
    jenis: "paragraf",
    isi: [`IKM = Σ (NRR per unsur × bobot) × 25, ${regulasiMutu(mutuSkm(s))}. Mutu: ${pitaMutu(s)}.`],
    gaya: "kecil",
    rapat: true,
  });
  const dokumen: Dokumen = {
    judul: `Hasil SKM ${s.opd.nama} ${s.periode.nama}`,
    kaki: `Hasil SKM ${s.opd.nama} ${s.periode.nama}`,
    bagian: [{ id: "hasil-skm", orientasi: "potret", nomorHalaman: "tidak", bab: null, blok }],
  };
  nomoriDokumen(dokumen);
  return { dokumen, hitung: h };
}

/**
 * The SKM QR poster (issue 12, ADR 0021): one A4 page with the Pemda logo, the invitation, the service's name, the QR
 * code and the short link, laid out by the same renderers as the reports (PDF through Typst).
 */
import type { Blok, Dokumen } from "./dokumen";

export interface GambarPoster {
  mime: "image/png" | "image/jpeg";
  data: Uint8Array;
  lebar: number;
  tinggi: number;
}

export interface DataPosterSkm {
  namaPemda: string;
  namaOpd: string;
  namaLayanan: string;
  /** The short link printed under the QR (what a person types). */
  tautan: string;
  /** The QR code (PNG) of the link the QR opens. */
  qr: GambarPoster;
  logo: GambarPoster | null;
}

export function dokumenPosterSkm(d: DataPosterSkm): Dokumen {
  const blok: Blok[] = [];
  if (d.logo) blok.push({ jenis: "logo", ...d.logo, tinggiCm: 2.6 });
  blok.push(
    { jenis: "paragraf", isi: [d.namaPemda.toUpperCase()], rata: "tengah", gaya: "subjudul-sampul" },
    { jenis: "paragraf", isi: [d.namaOpd], rata: "tengah", gaya: "subjudul-sampul" },
    { jenis: "spasi", baris: 1 },
    { jenis: "paragraf", isi: ["SURVEI KEPUASAN MASYARAKAT"], rata: "tengah", gaya: "judul-sampul" },
    {
      jenis: "paragraf",
      isi: ["Bagaimana pelayanan kami hari ini? Isi survei singkat ini, tanpa nama dan tanpa NIK."],
      rata: "tengah",
    },
    { jenis: "paragraf", isi: [{ t: "tebal", teks: d.namaLayanan }], rata: "tengah", gaya: "subjudul-sampul" },
    { jenis: "spasi", baris: 1 },
    { jenis: "logo", ...d.qr, tinggiCm: 9, nama: "qr" },
    { jenis: "spasi", baris: 1 },
    { jenis: "paragraf", isi: ["Pindai kode QR dengan kamera ponsel, atau buka:"], rata: "tengah" },
    { jenis: "paragraf", isi: [{ t: "tebal", teks: d.tautan }], rata: "tengah", gaya: "subjudul-sampul" },
    { jenis: "spasi", baris: 1 },
    {
      jenis: "paragraf",
      isi: [{ t: "miring", teks: "Public satisfaction survey — scan the QR code or open the link above." }],
      rata: "tengah",
      gaya: "kecil",
    },
    {
      jenis: "paragraf",
      isi: ["Survei sesuai Peraturan Menteri PANRB Nomor 14 Tahun 2017."],
      rata: "tengah",
      gaya: "kecil",
    },
  );
  return {
    judul: `Poster SKM — ${d.namaLayanan}`,
    kaki: `SKM ${d.namaOpd}`,
    bagian: [{ id: "poster", orientasi: "potret", nomorHalaman: "tidak", bab: null, blok }],
  };
}

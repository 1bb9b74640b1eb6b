/**
 * XLSX tables "dasar-hukum" and "inovasi": numbered lists of the OPD's Bab I profile. The row ID is the item's
 * number with a fingerprint of its text, so a file exported before someone else changed the list is refused
 * instead of overwriting the wrong item. New rows are appended, "Hapus" removes; the list is renumbered. Saved
 * through simpanProfilOpd with the other profile texts unchanged (one audited write).
 */
import { MAKS_NAMA, MAKS_SUMBER, MAKS_TEKS, MAKS_TEKS_PANJANG } from "../../domain/shared/batas-teks";
import { listButir } from "../../storage/repositories/organisasi-profil-repository";
import { otorisasiOpd } from "../bersama/lingkup";
import { type ButirMasukan, bacaProfilTeks, simpanProfilOpd } from "../organisasi/simpan-profil-opd";
import { teks, teksAtauNull, terapkan } from "./bantu";
import type { DefinisiTabel, KolomTabel, NilaiSel } from "./definisi";

/** FNV-1a (32 bit) of a text, 8 hex digits: a fingerprint, not security. */
function sidik(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, "0");
}

function buatTabel(
  id: "dasar-hukum" | "inovasi",
  kunci: "dasarHukum" | "inovasi",
  judul: string,
  judulTeks: string,
): DefinisiTabel {
  const KOLOM: KolomTabel[] = [
    { kunci: "nomor", judul: "No", jenis: "bulat", dapatDiubah: false, lebar: 6 },
    { kunci: "judul", judul: "Judul", jenis: "teks", dapatDiubah: true, lebar: 30, maks: MAKS_NAMA },
    {
      kunci: "teks",
      judul: judulTeks,
      jenis: "teks",
      dapatDiubah: true,
      wajib: true,
      lebar: 70,
      maks: id === "inovasi" ? MAKS_TEKS_PANJANG : MAKS_TEKS,
    },
    { kunci: "sumber", judul: "Sumber", jenis: "teks", dapatDiubah: true, lebar: 24, maks: MAKS_SUMBER },
  ];
  const masukan = (n: Record<string, NilaiSel>): ButirMasukan => ({
    judul: teksAtauNull(n.judul),
    teks: teks(n.teks),
    sumber: teksAtauNull(n.sumber),
  });
  const tabel: DefinisiTabel = {
    id,
    judul,
    izinBaca: "organisasi.baca",
    izinUbah: "organisasi.ubah",
    bolehTambah: true,
    bolehHapus: true,
    kolom: async () => KOLOM,
    async baca(ctx, lingkup) {
      const { opdId } = await otorisasiOpd(ctx, lingkup, "organisasi.baca");
      return (await listButir(ctx.db, opdId))
        .filter((b) => b.jenis === id)
        .map((b) => ({
          id: `${b.nomor}-${sidik(b.teks)}`,
          nilai: { nomor: b.nomor, judul: b.judul, teks: b.teks, sumber: b.sumber },
        }));
    },
    async simpan(ctx, lingkup, _tahun, perubahan, { baru, hapus }) {
      const { opdId } = await otorisasiOpd(ctx, lingkup, "organisasi.ubah");
      const dihapus = new Set(hapus.map((h) => h.id));
      const daftar = (await tabel.baca(ctx, lingkup, 0))
        .filter((b) => !dihapus.has(b.id))
        .map((b) => masukan(terapkan(b.nilai, b.id, perubahan)));
      for (const b of baru) daftar.push(masukan(b.nilai));
      const profil = await bacaProfilTeks(ctx, opdId);
      await simpanProfilOpd(ctx, lingkup, { ...profil, [kunci]: daftar });
    },
  };
  return tabel;
}

export const tabelDasarHukum = buatTabel("dasar-hukum", "dasarHukum", "Dasar Hukum", "Dasar Hukum");
export const tabelInovasi = buatTabel("inovasi", "inovasi", "Inovasi", "Uraian");

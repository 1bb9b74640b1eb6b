/**
 * Use case: check a published LKjIP file (DOCX, PDF with text, or TXT with tab-separated tables) and list the
 * findings (issue 14). Reading is here (I/O, libraries); the rules are pure (src/domain/reviu). Authorisation:
 * `reviu.periksa` (the API route's service call; the CLI runs as the local operator). Nothing is stored.
 */
import { type HasilPeriksa, periksaLaporan, susunDokumenTeks } from "../../domain/reviu";
import { DomainError } from "../../domain/shared/errors";
import { type BatasImpor, BATAS_IMPOR_BAWAAN, periksaUkuranBerkas } from "../berkas/batas-impor";
import { dekode } from "../berkas/baca-teks";
import { bacaDocx } from "./baca-docx";
import { bacaPdf } from "./baca-pdf";
import { laporanTidakTerbaca } from "./galat-berkas";

export type JenisLaporan = "docx" | "pdf" | "txt";

export interface HasilPeriksaBerkas extends HasilPeriksa {
  berkas: string;
  jenis: JenisLaporan;
}

const awalan = (isi: Uint8Array, ...b: number[]) => b.every((x, i) => isi[i] === x);

/** The file's kind from its first bytes (never from its name alone). */
export function kenaliJenis(isi: Uint8Array, nama: string): JenisLaporan {
  if (awalan(isi, 0x25, 0x50, 0x44, 0x46)) return "pdf";
  if (awalan(isi, 0x50, 0x4b, 0x03, 0x04)) return "docx";
  if (awalan(isi, 0xd0, 0xcf, 0x11, 0xe0)) {
    throw laporanTidakTerbaca(
      `"${nama}" adalah dokumen Word lama (.doc) atau dokumen Office yang terenkripsi kata sandi; buka kuncinya dan simpan sebagai .docx`,
    );
  }
  const contoh = isi.subarray(0, 4096);
  if (contoh.includes(0)) throw laporanTidakTerbaca(`"${nama}" bukan DOCX, PDF, maupun teks`);
  return "txt";
}

/** Reads the file into the plain-text form (tables as tab-separated lines). */
export async function bacaTeksLaporan(
  isi: Uint8Array,
  nama: string,
  batas: BatasImpor = BATAS_IMPOR_BAWAAN,
): Promise<{ jenis: JenisLaporan; teks: string }> {
  if (isi.byteLength === 0) throw laporanTidakTerbaca(`berkas "${nama}" kosong (0 byte)`);
  periksaUkuranBerkas(isi, batas);
  const jenis = kenaliJenis(isi, nama);
  let teks: string;
  try {
    if (jenis === "pdf") teks = await bacaPdf(isi, batas);
    else if (jenis === "docx") teks = await bacaDocx(isi, batas);
    else teks = dekode(isi).replace(/^\uFEFF/, "");
  } catch (e) {
    if (e instanceof DomainError) throw e;
    throw laporanTidakTerbaca(`berkas ${jenis.toUpperCase()} rusak`, e);
  }
  if (teks.trim() === "") throw laporanTidakTerbaca(`berkas "${nama}" tidak berisi teks`);
  return { jenis, teks };
}

export async function periksaBerkasLaporan(
  isi: Uint8Array,
  nama: string,
  batas: BatasImpor = BATAS_IMPOR_BAWAAN,
): Promise<HasilPeriksaBerkas> {
  const { jenis, teks } = await bacaTeksLaporan(isi, nama, batas);
  const dok = susunDokumenTeks(teks);
  if (dok.tabel.length === 0) {
    throw laporanTidakTerbaca(
      `tidak ada tabel yang terbaca di "${nama}"; validator memeriksa tabel LKjIP (capaian, anggaran, IKM, AKIP)`,
    );
  }
  const hasil = periksaLaporan(dok);
  if (hasil.tabelDikenali === 0) {
    throw laporanTidakTerbaca(
      `tidak ada tabel LKjIP yang dikenali di "${nama}" (dicari kolom Target/Realisasi/Capaian, Anggaran/Realisasi, unsur IKM, komponen AKIP, atau baris Jumlah)`,
    );
  }
  return { ...hasil, berkas: nama, jenis };
}

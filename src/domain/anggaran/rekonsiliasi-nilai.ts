/**
 * Numeric checks of one printed row: against the sum of its sub-kegiatan (jumlah_anak) and against its own
 * arithmetic (aritmetika_baris): total = pegawai + barang & jasa + modal; sisa = anggaran − total;
 * % = total / anggaran × 100 rounded half-up to 2 dp (compared at 2 dp). NOTE: SEED 1718-1807, regulations.md §4.
 */
import { type Dec, dec, roundHalfUp } from "../shared/decimal";
import { formatPersen, formatRupiah } from "./format-id";
import type { NilaiAnggaran } from "./pohon-types";
import { NAMA_KOLOM, type KolomNilai, type NilaiBaris, type NilaiCetak, type Temuan } from "./pengawasan-types";
import { serapanTampil } from "./serapan";

export interface Sasaran {
  baris: number;
  /** Canonical code of the node, "" for the OPD total. */
  kode: string;
  /** How the row is named in messages, e.g. 'TOTAL KEGIATAN ADMINISTRASI KEUANGAN PERANGKAT DAERAH (baris 14)'. */
  label: string;
  nilai: NilaiBaris;
}

const UANG: readonly KolomNilai[] = [
  "anggaran",
  "anggaranMurni",
  "anggaranPerubahan",
  "pegawai",
  "barangJasa",
  "modal",
  "total",
  "sisa",
];

/** Printed values of a total row vs the values rolled up from its sub-kegiatan. */
export function cekJumlahAnak(t: Sasaran, node: NilaiAnggaran): Temuan[] {
  const out: Temuan[] = [];
  const hitung: Record<KolomNilai, Dec | null> = {
    anggaran: node.anggaran,
    anggaranMurni: node.anggaranMurni ?? dec(0),
    anggaranPerubahan: node.anggaranPerubahan ?? node.anggaran,
    pegawai: node.realisasi.pegawai,
    barangJasa: node.realisasi.barangJasa,
    modal: node.realisasi.modal,
    total: node.totalRealisasi,
    sisa: node.sisa,
    persen: node.serapan === null ? null : roundHalfUp(node.serapan, 2),
  };
  for (const k of UANG) {
    const p = t.nilai[k];
    const c = hitung[k];
    if (p && c && !p.nilai.eq(c)) out.push(uang(t, k, p, c, "jumlah_anak", "jumlah sub-kegiatan"));
  }
  const persen = cekPersen(t, t.nilai.persen, () => hitung.persen, "jumlah_anak", "hasil hitung dari sub-kegiatan");
  if (persen) out.push(persen);
  return out;
}

/** Printed values of a row vs its own arithmetic (uses the printed figures of the same row). */
export function cekAritmetika(t: Sasaran): Temuan[] {
  const out: Temuan[] = [];
  const v = t.nilai;
  const anggaran = (v.anggaranPerubahan ?? v.anggaran ?? v.anggaranMurni)?.nilai;
  const parts =
    v.pegawai && v.barangJasa && v.modal ? v.pegawai.nilai.plus(v.barangJasa.nilai).plus(v.modal.nilai) : undefined;
  if (v.total && parts && !v.total.nilai.eq(parts)) {
    out.push(
      uang(t, "total", v.total, parts, "aritmetika_baris", "pegawai + barang & jasa + modal pada baris yang sama"),
    );
  }
  const total = v.total?.nilai ?? parts;
  if (v.sisa && anggaran && total && !v.sisa.nilai.eq(anggaran.minus(total))) {
    out.push(
      uang(
        t,
        "sisa",
        v.sisa,
        anggaran.minus(total),
        "aritmetika_baris",
        "anggaran − realisasi total pada baris yang sama",
      ),
    );
  }
  if (anggaran && total && v.persen && !persenCocok(v.persen.nilai, total, anggaran)) {
    const persen = cekPersen(
      t,
      v.persen,
      () => serapanTampil(total, anggaran),
      "aritmetika_baris",
      "realisasi total / anggaran × 100 pada baris yang sama",
    );
    if (persen) out.push(persen);
  }
  return out;
}

const HALF = dec("0.005");

/**
 * Exact test without division: round(total / anggaran × 100, 2) = p ⇔ (p − 0,005) × anggaran ≤ total × 100 <
 * (p + 0,005) × anggaran, for p = printed rounded half-up to 2 dp, anggaran > 0 and total ≥ 0. Anggaran 0: printed
 * must be 0 (see cekPersen).
 */
function persenCocok(printed: Dec, total: Dec, anggaran: Dec): boolean {
  if (anggaran.isZero()) return printed.isZero();
  const p = roundHalfUp(printed, 2);
  const x = total.times(100);
  return p.minus(HALF).times(anggaran).lte(x) && x.lt(p.plus(HALF).times(anggaran));
}

function uang(t: Sasaran, k: KolomNilai, p: NilaiCetak, c: Dec, jenis: Temuan["jenis"], asal: string): Temuan {
  return {
    jenis,
    baris: t.baris,
    kolom: NAMA_KOLOM[k],
    kode: t.kode,
    nilaiCetak: p.teks,
    nilaiHitung: formatRupiah(c),
    pesan: `${t.label}: ${NAMA_KOLOM[k]} tercetak ${p.teks}, sedangkan ${asal} ${formatRupiah(c)} (selisih ${formatRupiah(p.nilai.minus(c))})`,
  };
}

/**
 * % compared at 2 dp. A zero anggaran has no serapan (null); the seed prints 0,00 for it (SEED 1731-1732, 1747),
 * which is accepted as the print convention — any other printed value is a finding.
 */
function cekPersen(
  t: Sasaran,
  p: NilaiCetak | undefined,
  hitungPersen: () => Dec | null,
  jenis: Temuan["jenis"],
  asal: string,
): Temuan | null {
  if (!p) return null;
  const printed = roundHalfUp(p.nilai, 2);
  const c = hitungPersen();
  if (c === null ? printed.isZero() : printed.eq(c)) return null;
  const hitung = c === null ? null : formatPersen(c);
  return {
    jenis,
    baris: t.baris,
    kolom: NAMA_KOLOM.persen,
    kode: t.kode,
    nilaiCetak: p.teks,
    nilaiHitung: hitung,
    pesan:
      c === null
        ? `${t.label}: % tercetak ${p.teks}, padahal anggaran 0 sehingga serapan tidak terdefinisi`
        : `${t.label}: % tercetak ${p.teks}, sedangkan ${asal} ${hitung}`,
  };
}

/**
 * Everything a chapter builder needs: the input, the computed figures (once), the narrator and the missing list.
 */
import type { HasilAkip } from "../../domain/akip";
import type { HasilIkm } from "../../domain/ikm";
import type { Blok, Paragraf } from "./dokumen";
import { type HitungAnggaran, hitungAnggaran } from "./hitung/anggaran";
import {
  hitungAkipAman,
  hitungIkmTahunAman,
  hitungKinerja,
  type KinerjaIndikator,
  pkKepalaOpd,
} from "./hitung/kinerja";
import { DaftarHilang } from "./hilang";
import { Narator, type OverrideNarasiMap } from "./narasi";
import { rapikanSumber } from "./rapikan";
import type { PejabatSumber, PkSumber, SumberLkjip, TeksSumber } from "./sumber";
import { teksBebas } from "./teks-bebas";

export { teksBebas };

export interface Konteks {
  s: SumberLkjip;
  narator: Narator;
  hilang: DaftarHilang;
  pk: PkSumber | null;
  /** One entry per indicator, in PK order then the remaining Renstra indicators. */
  kinerja: KinerjaIndikator[];
  anggaran: HitungAnggaran | null;
  /** Error message when the budget rows could not be rolled up. */
  anggaranGagal: string | null;
  ikm: HasilIkm | null;
  akip: HasilAkip | null;
}

export function buatKonteks(masukan: SumberLkjip, overrides: OverrideNarasiMap = {}): Konteks {
  const hilang = new DaftarHilang();
  const { sumber: s, hilang: hilangNama } = rapikanSumber(masukan);
  for (const h of s.hilang) hilang.tambah(h);
  for (const h of hilangNama) hilang.tambah(h);
  const pk = pkKepalaOpd(s);
  const urutan = urutanIndikator(s, pk);
  let anggaran: HitungAnggaran | null = null;
  let anggaranGagal: string | null = null;
  if (s.anggaran) {
    try {
      anggaran = hitungAnggaran(s.anggaran, s.pemetaanSasaran);
    } catch (e) {
      anggaranGagal = e instanceof Error ? e.message : String(e);
    }
  }
  const akipKini = s.akip.find((a) => a.tahun === s.tahun);
  return {
    s,
    narator: new Narator(overrides),
    hilang,
    pk,
    kinerja: urutan.map((i) => hitungKinerja(s, i)),
    anggaran,
    anggaranGagal,
    ikm: hitungIkmTahunAman(s, s.tahun),
    akip: akipKini ? hitungAkipAman(akipKini) : null,
  };
}

function urutanIndikator(s: SumberLkjip, pk: PkSumber | null): SumberLkjip["indikator"] {
  const kode: string[] = [];
  const jalan = (rows: PkSumber["kinerja"]) => {
    for (const r of rows) {
      if (r.indikatorKode && !kode.includes(r.indikatorKode)) kode.push(r.indikatorKode);
      jalan(r.anak);
    }
  };
  if (pk) jalan(pk.kinerja);
  const diPk = kode.map((k) => s.indikator.find((i) => i.kode === k)).filter((i) => i !== undefined);
  return [...diPk, ...s.indikator.filter((i) => !kode.includes(i.kode))];
}

/** Pejabat by code (OPD officials and the Kepala Daerah). */
export function pejabat(k: Konteks, kode: string | null): PejabatSumber | null {
  if (!kode) return null;
  if (k.s.pemda.kepalaDaerah?.kode === kode) return k.s.pemda.kepalaDaerah;
  return k.s.pejabat.find((p) => p.kode === kode) ?? null;
}

export function teks(k: Konteks, kode: string): TeksSumber | null {
  return k.s.teks.find((t) => t.kode === kode) ?? null;
}

/**
 * Blocks of a free text: "awal" = paragraphs and list, "akhir" = the closing paragraphs (printed after a table),
 * "semua" = both. A missing text (when `namaHilang` is given) becomes a placeholder naming it.
 */
export function blokTeks(
  k: Konteks,
  kode: string,
  namaHilang: string,
  bagian: "awal" | "akhir" | "semua" = "semua",
): Blok[] {
  const t = teks(k, kode);
  if (!t || (t.paragraf.length === 0 && !t.butir?.length && !t.paragrafPenutup?.length)) {
    return namaHilang && bagian !== "akhir" ? [paragraf([k.hilang.tandai(`teks:${kode}`, namaHilang)])] : [];
  }
  const out: Blok[] = [];
  if (bagian !== "akhir") {
    out.push(...t.paragraf.map((p) => paragraf(teksBebas(p))));
    if (t.butir?.length)
      out.push({ jenis: "daftar", butir: t.butir.map((b) => ({ label: b.label, isi: teksBebas(b.teks) })) });
  }
  if (bagian !== "awal") for (const p of t.paragrafPenutup ?? []) out.push(paragraf(teksBebas(p)));
  return out;
}

/** A justified body paragraph with first-line indent. */
export function paragraf(isi: Paragraf["isi"], opsi: Partial<Paragraf> = {}): Paragraf {
  return { jenis: "paragraf", isi, rata: "rata", inden: true, ...opsi };
}

/** Name of the OPD as used in sentences ("Kecamatan Sei Balai"). */
export function namaOpd(k: Konteks): string {
  return k.s.opd.nama;
}

export function nama(k: Konteks, kodeIndikator: string): string {
  return k.s.indikator.find((i) => i.kode === kodeIndikator)?.nama ?? kodeIndikator;
}

/**
 * The indicators the report counts as "indikator kinerja utama": those not saved as non-IKU. Every sentence that
 * states the number of IKU uses this one count (issue 14: "3 indikator kinerja utama" in one place, "2" in another).
 */
export function kinerjaIku(k: Konteks): KinerjaIndikator[] {
  return k.kinerja.filter((x) => x.indikator.iku !== false);
}

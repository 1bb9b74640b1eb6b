/**
 * Demo part 4: the PK Perubahan 2023 at every level (Camat–Bupati, Sekretaris–Camat, five eselon IV), rows and budget
 * rows as printed, and the cascade links. The seed prints no links: a top row points at the superior's row with the
 * same IKU, else at the superior's only row, else at the superior's IKM row — Tabel 3.16 places every program except
 * the Program Penunjang under the IKM sasaran (SEED 957-986).
 */
import type { LingkupOpd } from "../services/bersama/lingkup";
import type { ServiceContext } from "../services/context";
import type { BarisAnggaranMasukan, BarisKinerjaMasukan, RujukanBaris } from "../services/pk/masukan";
import { simpanPk } from "../services/pk/simpan-pk";
import type { BarisAnggaranPk, BarisKinerjaPk, PerjanjianKinerja } from "./data";

function induk(pk: PerjanjianKinerja, semua: PerjanjianKinerja[], baris: BarisKinerjaPk): RujukanBaris | null {
  const atasan = semua.find(
    (x) => x.tahun === pk.tahun && x.jenis === pk.jenis && x.pihakPertama.pejabatKode === pk.pihakKedua.pejabatKode,
  );
  if (!atasan) return null;
  const kode = (i: number) => ({ pkKode: atasan.kode, barisKode: String(i + 1) });
  const samaIku = atasan.kinerja.findIndex(
    (r) => r.indikatorRenstraKode && r.indikatorRenstraKode === baris.indikatorRenstraKode,
  );
  if (samaIku >= 0) return kode(samaIku);
  if (atasan.kinerja.length === 1) return kode(0);
  const ikm = atasan.kinerja.findIndex((r) => r.indikatorRenstraKode === "ikm");
  return ikm >= 0 ? kode(ikm) : null;
}

function kinerja(r: BarisKinerjaPk, rujukan: RujukanBaris | null): BarisKinerjaMasukan {
  return {
    nomor: r.nomorDicetak,
    tingkat: r.tingkat,
    sasaran: r.sasaran,
    indikator: r.indikator,
    satuan: r.satuan,
    target: r.target.teks,
    indikatorKode: r.indikatorRenstraKode ?? null,
    indukKaskade: rujukan,
    sumber: r.sumber,
    anak: r.anak.map((a) => kinerja(a, null)),
  };
}

function anggaran(r: BarisAnggaranPk): BarisAnggaranMasukan {
  return {
    nomor: r.nomorDicetak,
    tingkat: r.tingkat,
    uraian: r.uraian,
    kodeDppa: r.kodeDppa ?? null,
    anggaran: r.anggaran,
    keterangan: r.keterangan,
    sumber: r.sumber,
    anak: r.anak.map(anggaran),
  };
}

export async function muatPkSeiBalai(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  semua: PerjanjianKinerja[],
): Promise<void> {
  for (const pk of semua) {
    await simpanPk(ctx, lingkup, {
      kode: pk.kode,
      tahun: pk.tahun,
      jenis: pk.jenis,
      level: pk.level,
      pihakPertamaKode: pk.pihakPertama.pejabatKode,
      pihakKeduaKode: pk.pihakKedua.pejabatKode,
      tempat: pk.tempat,
      tanggal: pk.tanggal,
      sumber: pk.sumber,
      kinerja: pk.kinerja.map((r) => kinerja(r, pk.level === "kepala-opd" ? null : induk(pk, semua, r))),
      anggaran: pk.anggaran.map(anggaran),
    });
  }
}

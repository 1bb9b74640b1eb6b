/**
 * XLSX table "indikator": the definitions of the indicators of the Renstra in force in the given year (kode, sasaran,
 * nama, IKU, satuan, polaritas, rumus for a negative indicator, sumber realisasi, definisi operasional, formula,
 * sumber data, unit pemilik, urutan). New rows add indicators (kode required, unique per OPD); there is no removal
 * here — an indicator carries targets and realisasi, so it is removed in the application only. Targets: table
 * "target". Saved through simpanDaftarIndikator (one audited write; lock: perencanaan of the Renstra's first year).
 */
import {
  MAKS_KODE,
  MAKS_NAMA_INDIKATOR,
  MAKS_SATUAN,
  MAKS_SUMBER_DATA,
  MAKS_TEKS,
  MAKS_TEKS_PANJANG,
} from "../../domain/shared/batas-teks";
import { DomainError } from "../../domain/shared/errors";
import { listIndikator } from "../../storage/repositories/indikator-repository";
import { listUnitKerja } from "../../storage/repositories/organisasi-profil-repository";
import { POLARITAS, RUMUS_NEGATIF, SUMBER_REALISASI } from "../../storage/schema";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import type { ServiceContext } from "../context";
import { bacaRenstra } from "../perencanaan/baca-renstra";
import { type DefinisiIndikatorMasukan, simpanDaftarIndikator } from "../perencanaan/simpan-daftar-indikator";
import { bacaRenstraMasukan } from "../perencanaan/simpan-renstra";
import { periksaUnik, teks, teksAtauNull, terapkan } from "./bantu";
import type { DefinisiTabel, KolomTabel, NilaiSel } from "./definisi";

const YA_TIDAK = ["ya", "tidak"] as const;

/** The Renstra covering `tahun` with its sasaran, indicators and units (for reading and for the column lists). */
async function muat(ctx: ServiceContext, lingkup: LingkupOpd, tahun: number) {
  const { opdId } = await otorisasiOpd(ctx, lingkup, "perencanaan.baca");
  const r = await bacaRenstra(ctx, lingkup, tahun);
  if (!r.renstra) throw new DomainError("renstra_tidak_ada", `Belum ada Renstra yang mencakup tahun ${tahun}`);
  const tahunAwal = r.renstra.tahunAwal;
  const [isi, indikator, units] = await Promise.all([
    bacaRenstraMasukan(ctx, opdId, tahunAwal),
    listIndikator(ctx.db, opdId),
    listUnitKerja(ctx.db, opdId),
  ]);
  const kodeSasaran = new Map((isi?.sasaran ?? []).map((s) => [s.id, s.kode]));
  return {
    tahunAwal,
    sasaran: [...kodeSasaran.values()],
    units,
    indikator: indikator.filter((i) => kodeSasaran.has(i.sasaranId)),
    kodeSasaran,
  };
}

function kolom(sasaran: string[], units: string[]): KolomTabel[] {
  return [
    {
      kunci: "kode",
      judul: "Kode",
      jenis: "teks",
      dapatDiubah: false,
      hanyaBaru: true,
      wajib: true,
      lebar: 10,
      maks: MAKS_KODE,
    },
    { kunci: "sasaran", judul: "Kode Sasaran", jenis: "teks", dapatDiubah: true, wajib: true, pilihan: sasaran },
    {
      kunci: "nama",
      judul: "Nama Indikator",
      jenis: "teks",
      dapatDiubah: true,
      wajib: true,
      lebar: 40,
      maks: MAKS_NAMA_INDIKATOR,
    },
    { kunci: "iku", judul: "IKU", jenis: "teks", dapatDiubah: true, wajib: true, pilihan: YA_TIDAK, lebar: 7 },
    { kunci: "satuan", judul: "Satuan", jenis: "teks", dapatDiubah: true, wajib: true, lebar: 10, maks: MAKS_SATUAN },
    { kunci: "polaritas", judul: "Polaritas", jenis: "teks", dapatDiubah: true, wajib: true, pilihan: POLARITAS },
    { kunci: "rumusNegatif", judul: "Rumus Negatif", jenis: "teks", dapatDiubah: true, pilihan: RUMUS_NEGATIF },
    {
      kunci: "sumberRealisasi",
      judul: "Sumber Realisasi",
      jenis: "teks",
      dapatDiubah: true,
      pilihan: SUMBER_REALISASI,
    },
    {
      kunci: "definisi",
      judul: "Definisi Operasional",
      jenis: "teks",
      dapatDiubah: true,
      lebar: 40,
      maks: MAKS_TEKS_PANJANG,
    },
    { kunci: "formula", judul: "Formula", jenis: "teks", dapatDiubah: true, lebar: 30, maks: MAKS_TEKS },
    { kunci: "sumberData", judul: "Sumber Data", jenis: "teks", dapatDiubah: true, lebar: 24, maks: MAKS_SUMBER_DATA },
    { kunci: "unit", judul: "Kode Unit Pemilik", jenis: "teks", dapatDiubah: true, pilihan: units, lebar: 18 },
    { kunci: "urutan", judul: "Urutan", jenis: "bulat", dapatDiubah: true, lebar: 8 },
  ];
}

/** A row of the sheet as the service input; empty optional cells take the defaults of a new indicator. */
function masukan(n: Record<string, NilaiSel>): DefinisiIndikatorMasukan {
  return {
    kode: teks(n.kode).trim(),
    sasaranKode: teks(n.sasaran).trim(),
    nama: teks(n.nama),
    iku: teks(n.iku).toLowerCase() === "ya",
    definisiOperasional: teks(n.definisi),
    formula: teks(n.formula),
    satuan: teks(n.satuan),
    polaritas: (teksAtauNull(n.polaritas) ?? "positif") as DefinisiIndikatorMasukan["polaritas"],
    rumusNegatif: (teksAtauNull(n.rumusNegatif) ?? "2t-r") as DefinisiIndikatorMasukan["rumusNegatif"],
    sumberData: teks(n.sumberData),
    unitKode: teksAtauNull(n.unit)?.trim() || null,
    sumberRealisasi: (teksAtauNull(n.sumberRealisasi) ?? "manual") as DefinisiIndikatorMasukan["sumberRealisasi"],
    urutan: typeof n.urutan === "number" ? n.urutan : 0,
  };
}

export const tabelIndikator: DefinisiTabel = {
  id: "indikator",
  judul: "Indikator Renstra",
  izinBaca: "perencanaan.baca",
  izinUbah: "perencanaan.ubah",
  bolehTambah: true,
  async kolom(ctx, lingkup, tahun) {
    const m = await muat(ctx, lingkup, tahun);
    return kolom(
      m.sasaran,
      m.units.map((u) => u.kode),
    );
  },
  async baca(ctx, lingkup, tahun) {
    const m = await muat(ctx, lingkup, tahun);
    const kodeUnit = new Map(m.units.map((u) => [u.id, u.kode]));
    return m.indikator.map((i) => ({
      id: i.id,
      nilai: {
        kode: i.kode,
        sasaran: m.kodeSasaran.get(i.sasaranId) ?? null,
        nama: i.nama,
        iku: i.iku ? "ya" : "tidak",
        satuan: i.satuan,
        polaritas: i.polaritas,
        rumusNegatif: i.rumusNegatif,
        sumberRealisasi: i.sumberRealisasi,
        definisi: i.definisiOperasional || null,
        formula: i.formula || null,
        sumberData: i.sumberData || null,
        unit: i.unitId ? (kodeUnit.get(i.unitId) ?? null) : null,
        urutan: i.urutan,
      },
    }));
  },
  async periksa(ctx, lingkup, tahun, { akhir }) {
    const m = await muat(ctx, lingkup, tahun);
    const { opdId } = await otorisasiOpd(ctx, lingkup, "perencanaan.baca");
    // Kode is unique per OPD across Renstra periods: a new row may not reuse another period's indicator kode.
    const lain = new Set(
      (await listIndikator(ctx.db, opdId)).filter((i) => !m.kodeSasaran.has(i.sasaranId)).map((i) => i.kode),
    );
    return [
      ...periksaUnik(akhir, "kode", "kode indikator"),
      ...akhir
        .filter((b) => b.id === null && b.baris !== null && lain.has(teks(b.nilai.kode).trim()))
        .map((b) => ({
          baris: b.baris!,
          kunci: "kode",
          pesan: `kode "${teks(b.nilai.kode).trim()}" sudah dipakai indikator Renstra periode lain`,
        })),
    ];
  },
  async simpan(ctx, lingkup, tahun, perubahan, { baru }) {
    const m = await muat(ctx, lingkup, tahun);
    const daftar = (await tabelIndikator.baca(ctx, lingkup, tahun)).map((b) =>
      masukan(terapkan(b.nilai, b.id, perubahan)),
    );
    for (const b of baru) daftar.push(masukan(b.nilai));
    await simpanDaftarIndikator(ctx, lingkup, m.tahunAwal, daftar);
  },
};

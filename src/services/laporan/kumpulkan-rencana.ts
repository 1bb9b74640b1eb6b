/**
 * Plans and agreements of an OPD for the report, read from the database: RPJMD, Renstra (tujuan, sasaran, strategi,
 * kebijakan), the indicators with targets and typed realisasi, and the Perjanjian Kinerja of the year.
 * Targets are stored as written ("BB (75,00)"): the number is read with the domain parser.
 */
import { parseTarget } from "../../domain/capaian";
import type { Db } from "../../storage/database";
import { listIndikator, listTarget } from "../../storage/repositories/indikator-repository";
import { listRealisasi } from "../../storage/repositories/pengukuran-repository";
import {
  listArahOpd,
  listMisi,
  listRenstra,
  listRpjmd,
  listSasaranOpd,
  listTujuan,
} from "../../storage/repositories/perencanaan-repository";
import { jabatanTercetak, penugasanPada } from "../../domain/pejabat/penugasan";
import { listPenugasanUntuk } from "../../storage/repositories/penugasan-pejabat-repository";
import { listAnggaranPk, listKinerja, listPk } from "../../storage/repositories/pk-repository";
import type {
  BarisAnggaranPkSumber,
  BarisKinerjaPkSumber,
  IndikatorSumber,
  PkSumber,
  RenstraSumber,
  RpjmdSumber,
} from "../../reports/model/sumber";

/** Number of a target as written; null when it does not parse (the report then shows it as missing). */
export function angkaTarget(teks: string | null | undefined): { nilai: string; predikat: boolean } | null {
  if (!teks) return null;
  // Keep the precision as written ("85,00" → "85.00"): the report prints targets with their own decimals.
  const angka = /(\d+)(?:[.,](\d+))?\s*\)?\s*%?\s*$/.exec(teks.trim());
  const dp = angka?.[2] && !/^\d{3}$/.test(angka[2]) ? angka[2].length : 0;
  try {
    const t = parseTarget(teks);
    if (t.jenis === "rentang") return { nilai: t.atas.toFixed(dp), predikat: false };
    return { nilai: t.nilai.toFixed(dp), predikat: t.jenis === "predikat" };
  } catch {
    return null;
  }
}

export interface RencanaOpd {
  rpjmd: RpjmdSumber | null;
  renstra: RenstraSumber | null;
  indikator: IndikatorSumber[];
  /** Renstra sasaran id → kode ("S1"). */
  kodeSasaran: Map<string, string>;
  /** Indicator id → kode. */
  kodeIndikator: Map<string, string>;
}

export async function bacaRencana(db: Db, pemdaId: string, opdId: string, tahun: number): Promise<RencanaOpd> {
  const renstra = (await listRenstra(db, opdId)).find((r) => r.tahunAwal <= tahun && tahun <= r.tahunAkhir) ?? null;
  const rpjmdRows = await listRpjmd(db, pemdaId);
  const rpjmdRow =
    rpjmdRows.find((r) => r.id === renstra?.rpjmdId) ??
    rpjmdRows.find((r) => r.tahunAwal <= tahun && tahun <= r.tahunAkhir);
  const rpjmd: RpjmdSumber | null = rpjmdRow
    ? {
        tahunAwal: rpjmdRow.tahunAwal,
        tahunAkhir: rpjmdRow.tahunAkhir,
        visi: rpjmdRow.visi,
        kataKunci: rpjmdRow.kataKunci.map((k) => ({ kata: k.kata, penjelasan: k.penjelasan })),
        misi: (await listMisi(db, rpjmdRow.id)).map((m) => ({ nomor: m.nomor, teks: m.teks })),
      }
    : null;
  if (!renstra) return { rpjmd, renstra: null, indikator: [], kodeSasaran: new Map(), kodeIndikator: new Map() };
  const [tujuan, sasaranOpd, arah, indikatorRows, targetRows, realisasiRows] = await Promise.all([
    listTujuan(db, renstra.id),
    listSasaranOpd(db, opdId),
    listArahOpd(db, opdId),
    listIndikator(db, opdId),
    listTarget(db, opdId),
    listRealisasi(db, opdId),
  ]);
  const idTujuan = new Map(tujuan.map((t) => [t.id, t.kode]));
  const sasaran = sasaranOpd.filter((s) => idTujuan.has(s.tujuanId));
  const kodeSasaran = new Map(sasaran.map((s) => [s.id, s.kode]));
  const indikator = indikatorRows.filter((i) => i.sasaranId && kodeSasaran.has(i.sasaranId));
  const tampil = (id: string) => targetRows.some((t) => t.indikatorId === id && angkaTarget(t.targetTeks)?.predikat);
  return {
    rpjmd,
    renstra: {
      tahunAwal: renstra.tahunAwal,
      tahunAkhir: renstra.tahunAkhir,
      misiDidukung: renstra.misiNomor,
      tujuan: tujuan.map((t) => ({ kode: t.kode, teks: t.teks })),
      sasaran: sasaran.map((s) => ({ kode: s.kode, tujuanKode: idTujuan.get(s.tujuanId)!, teks: s.teks })),
      strategi: arah
        .filter((a) => a.jenis === "strategi" && kodeSasaran.has(a.sasaranId))
        .map((a) => ({ kode: a.kode, sasaranKode: kodeSasaran.get(a.sasaranId)!, teks: a.teks })),
      kebijakan: arah
        .filter((a) => a.jenis === "kebijakan" && kodeSasaran.has(a.sasaranId))
        .map((a) => ({ kode: a.kode, sasaranKode: kodeSasaran.get(a.sasaranId)!, teks: a.teks })),
    },
    indikator: indikator.map((i) => {
      const target = targetRows
        .filter((t) => t.indikatorId === i.id)
        .flatMap((t) => {
          const n = angkaTarget(t.targetTeks);
          return n ? [{ tahun: t.tahun, nilai: n.nilai }] : [];
        });
      return {
        kode: i.kode,
        sasaranKode: kodeSasaran.get(i.sasaranId!)!,
        nama: i.nama,
        satuan: i.satuan,
        polaritas: i.polaritas,
        rumusNegatif: i.rumusNegatif,
        sumberRealisasi: i.sumberRealisasi === "skm" ? "skm" : i.sumberRealisasi === "akip" ? "lke-akip" : "input",
        iku: i.iku,
        tampilan: tampil(i.id) ? "predikat-akip" : "angka",
        target,
        targetAkhir: target.find((t) => t.tahun === renstra.tahunAkhir)?.nilai ?? null,
        realisasi: realisasiRows
          .filter((r) => r.indikatorId === i.id && r.periode === "tahunan" && r.nilai !== null)
          .map((r) => ({ tahun: r.tahun, nilai: r.nilai! })),
        sumberData: i.sumberData,
      } satisfies IndikatorSumber;
    }),
    kodeSasaran,
    kodeIndikator: new Map(indikator.map((i) => [i.id, i.kode])),
  };
}

const KOLOM: Record<PkSumber["level"], [string, string]> = {
  "kepala-daerah": ["SASARAN STRATEGIS", "PROGRAM"],
  "kepala-opd": ["SASARAN STRATEGIS", "PROGRAM"],
  "eselon-iii": ["SASARAN PROGRAM", "PROGRAM"],
  "eselon-iv": ["SASARAN", "KEGIATAN"],
};

/** The PK of the year with their rows as trees (children by `indukId`, in `urutan` order). */
export async function bacaPkTahun(
  db: Db,
  opdId: string,
  tahun: number,
  kodeIndikator: Map<string, string>,
): Promise<PkSumber[]> {
  const pk = await listPk(db, opdId, tahun);
  const ids = pk.map((p) => p.id);
  const [kinerja, anggaran] = ids.length
    ? await Promise.all([listKinerja(db, ids), listAnggaranPk(db, ids)])
    : [[], []];
  // Acting parties (issue 17): "Plt. Camat …" when an assignment is in force on the PK's date.
  const tugas = await listPenugasanUntuk(db, [
    ...new Set(pk.flatMap((p) => [p.pihakPertamaId, ...(p.pihakKeduaId ? [p.pihakKeduaId] : [])])),
  ]);
  const acting = (id: string | null, hari: string): string | undefined => {
    const t = id
      ? penugasanPada(
          tugas.filter((x) => x.pejabatId === id),
          hari,
        )
      : null;
    return t ? jabatanTercetak("", t) : undefined;
  };
  return pk.map((p) => {
    const j1 = acting(p.pihakPertamaId, p.tanggal);
    const j2 = acting(p.pihakKeduaId, p.tanggal);
    const k = kinerja.filter((x) => x.pkId === p.id).sort((a, b) => a.urutan - b.urutan);
    const a = anggaran.filter((x) => x.pkId === p.id).sort((x, y) => x.urutan - y.urutan);
    const barisK = (induk: string | null): BarisKinerjaPkSumber[] =>
      k
        .filter((x) => x.indukId === induk)
        .map((x) => {
          const n = angkaTarget(x.targetTeks);
          return {
            sasaran: x.sasaran,
            indikator: x.indikator,
            satuan: x.satuan,
            target: n?.nilai ?? null,
            ...(n?.predikat ? { predikat: true } : {}),
            ...(x.indikatorId && kodeIndikator.has(x.indikatorId)
              ? { indikatorKode: kodeIndikator.get(x.indikatorId)! }
              : {}),
            anak: barisK(x.id),
          };
        });
    const barisA = (induk: string | null): BarisAnggaranPkSumber[] =>
      a
        .filter((x) => x.indukId === induk)
        .map((x) => ({
          uraian: x.uraian,
          anggaran: x.anggaran,
          keterangan: x.keterangan,
          ...(x.kodeDppa ? { kode: x.kodeDppa } : {}),
          anak: barisA(x.id),
        }));
    const [kolomSasaran, kolomAnggaran] = KOLOM[p.level];
    return {
      kode: p.kode,
      tahun: p.tahun,
      versi: p.jenis,
      level: p.level,
      pihakPertamaKode: p.pihakPertamaId,
      pihakKeduaKode: p.pihakKeduaId,
      ...(j1 ? { jabatanPihakPertama: j1 } : {}),
      ...(j2 ? { jabatanPihakKedua: j2 } : {}),
      tempat: p.tempat,
      tanggal: p.tanggal,
      kolomSasaran,
      kolomAnggaran,
      kinerja: barisK(null),
      anggaran: barisA(null),
    };
  });
}

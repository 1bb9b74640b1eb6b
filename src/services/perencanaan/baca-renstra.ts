/**
 * Read model of the plans an OPD works under: the Pemda's RPJMD (visi, key words, misi; the misi the Renstra supports
 * flagged) and the OPD's Renstra (tujuan → sasaran → strategi/kebijakan → indicators with a target per year, and the
 * gaps: an indicator without a target for a year of the period).
 */
import { listIndikator, listTarget } from "../../storage/repositories/indikator-repository";
import { listUnitKerja } from "../../storage/repositories/organisasi-profil-repository";
import { listMisi, listRenstra, listRpjmd } from "../../storage/repositories/perencanaan-repository";
import { bacaStatusPeriode } from "../alur/status-periode";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import type { ServiceContext } from "../context";
import { bacaRenstraMasukan } from "./simpan-renstra";

export async function bacaRenstra(ctx: ServiceContext, lingkup: LingkupOpd, tahun: number) {
  const { pemdaId, opdId, opd } = await otorisasiOpd(ctx, lingkup, "perencanaan.baca");
  const semuaRenstra = await listRenstra(ctx.db, opdId);
  const semuaRpjmd = await listRpjmd(ctx.db, pemdaId);
  const renstra = semuaRenstra.find((r) => r.tahunAwal <= tahun && tahun <= r.tahunAkhir) ?? null;
  const rpjmdRow = renstra?.rpjmdId
    ? semuaRpjmd.find((r) => r.id === renstra.rpjmdId)
    : semuaRpjmd.find((r) => r.tahunAwal <= tahun && tahun <= r.tahunAkhir);
  // Every period on file, so a page can offer the years that have a plan when `tahun` lies outside them all.
  const periode = {
    renstra: semuaRenstra
      .map((r) => ({ tahunAwal: r.tahunAwal, tahunAkhir: r.tahunAkhir, namaDokumen: r.namaDokumen }))
      .sort((a, b) => a.tahunAwal - b.tahunAwal),
    rpjmd: semuaRpjmd
      .map((r) => ({ tahunAwal: r.tahunAwal, tahunAkhir: r.tahunAkhir }))
      .sort((a, b) => a.tahunAwal - b.tahunAwal),
  };
  const rpjmd = rpjmdRow
    ? {
        tahunAwal: rpjmdRow.tahunAwal,
        tahunAkhir: rpjmdRow.tahunAkhir,
        visi: rpjmdRow.visi,
        kataKunci: rpjmdRow.kataKunci,
        misi: (await listMisi(ctx.db, rpjmdRow.id)).map((m) => ({
          nomor: m.nomor,
          teks: m.teks,
          didukung: renstra?.misiNomor.includes(m.nomor) ?? false,
        })),
      }
    : null;
  const status = await bacaStatusPeriode(ctx, { pemdaId, opdId, tahun, modul: "perencanaan" });
  if (!renstra) return { opd: { slug: opd.slug, nama: opd.nama }, tahun, status, periode, rpjmd, renstra: null };
  const [isi, indikator, target, unit] = await Promise.all([
    bacaRenstraMasukan(ctx, opdId, renstra.tahunAwal),
    listIndikator(ctx.db, opdId),
    listTarget(ctx.db, opdId),
    listUnitKerja(ctx.db, opdId),
  ]);
  const tahunPeriode = Array.from(
    { length: renstra.tahunAkhir - renstra.tahunAwal + 1 },
    (_, i) => renstra.tahunAwal + i,
  );
  const namaUnit = new Map(unit.map((u) => [u.id, u.nama]));
  const sasaranId = new Map((isi?.sasaran ?? []).map((s) => [s.kode, s.id]));
  return {
    opd: { slug: opd.slug, nama: opd.nama },
    tahun,
    status,
    periode,
    rpjmd,
    renstra: {
      id: renstra.id,
      tahunAwal: renstra.tahunAwal,
      tahunAkhir: renstra.tahunAkhir,
      namaDokumen: renstra.namaDokumen,
      catatan: renstra.catatan,
      tahunPeriode,
      tujuan: (isi?.bentuk.tujuan ?? []).map((t) => ({
        ...t,
        sasaran: t.sasaran.map((s) => ({
          ...s,
          id: sasaranId.get(s.kode) ?? null,
          indikator: indikator
            .filter((i) => i.sasaranId === sasaranId.get(s.kode))
            .map((i) => {
              const perTahun = tahunPeriode.map((th) => {
                const tg = target.find((x) => x.indikatorId === i.id && x.tahun === th);
                return { tahun: th, target: tg?.targetTeks ?? null, sumber: tg?.sumber ?? null };
              });
              return {
                id: i.id,
                kode: i.kode,
                nama: i.nama,
                iku: i.iku,
                definisiOperasional: i.definisiOperasional,
                formula: i.formula,
                satuan: i.satuan,
                polaritas: i.polaritas,
                rumusNegatif: i.rumusNegatif,
                sumberData: i.sumberData,
                unit: i.unitId ? (namaUnit.get(i.unitId) ?? null) : null,
                sumberRealisasi: i.sumberRealisasi,
                target: perTahun,
                tanpaTarget: perTahun.filter((x) => x.target === null).map((x) => x.tahun),
              };
            }),
        })),
      })),
    },
  };
}

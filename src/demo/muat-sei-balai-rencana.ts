/**
 * Demo part 3: Renstra 2019–2023 (tujuan, sasaran, strategi), the two IKU with their targets, the published IKM
 * realisasi 2019–2022, the 2023 survey result (96 respondents, Σ per unsur), and the AKIP evaluations 2019–2023
 * (12/2015 to 2021, 88/2021 from 2022) with the 2023 component targets. Only raw inputs; derived numbers stay notes.
 * NOTE: SEED 356-366, 706-791, 1817-1845; regulations.md §0.
 */
import type { LingkupOpd } from "../services/bersama/lingkup";
import type { ServiceContext } from "../services/context";
import { simpanHasilAkip, simpanHasilSurvei } from "../services/hasil/simpan-hasil";
import { ubahRealisasi } from "../services/pengukuran/ubah-realisasi";
import { simpanIndikator } from "../services/perencanaan/simpan-indikator";
import { simpanRenstra } from "../services/perencanaan/simpan-renstra";
import { listHasilSurvei } from "../storage/repositories/hasil-tertaut-repository";
import { resolveOpd } from "../services/organisasi/resolve-opd";
import type { DemoSeiBalai } from "./data";

export async function muatRencanaSeiBalai(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  s: DemoSeiBalai,
): Promise<Map<string, string>> {
  const r = s.renstra;
  await simpanRenstra(ctx, lingkup, {
    tahunAwal: r.tahunAwal,
    tahunAkhir: r.tahunAkhir,
    namaDokumen: r.namaDokumen[0]?.teks ?? `Renstra ${r.tahunAwal}-${r.tahunAkhir}`,
    misiNomor: r.misiRpjmdNomor,
    catatan: r.catatanKebijakan,
    tujuan: r.tujuan.map((t) => ({
      kode: t.kode,
      teks: t.teks,
      sumber: t.sumber,
      sasaran: r.sasaran
        .filter((x) => x.tujuanKode === t.kode)
        .map((x) => ({
          kode: x.kode,
          teks: x.teks,
          sumber: x.sumber,
          strategi: r.strategi.filter((g) => g.sasaranKode === x.kode).map((g) => ({ kode: g.kode, teks: g.teks })),
          kebijakan: r.kebijakan.map((k) => ({ kode: k.kode, teks: k.teks })),
        })),
    })),
  });
  const idIndikator = new Map<string, string>();
  for (const [urutan, ind] of r.indikator.entries()) {
    const { id } = await simpanIndikator(ctx, lingkup, {
      kode: ind.kode,
      renstraTahunAwal: r.tahunAwal,
      sasaranKode: ind.sasaranKode,
      nama: ind.nama,
      iku: true,
      definisiOperasional: ind.definisiOperasional,
      formula: ind.formula,
      satuan: ind.satuan,
      polaritas: ind.polaritas,
      sumberData: ind.sumberDataDicetak.map((x) => x.teks).join("; "),
      sumberRealisasi: ind.sumberRealisasi === "skm" ? "skm" : "akip",
      urutan,
      target: Object.fromEntries(
        Object.entries(ind.target).map(([tahun, t]) => [tahun, { teks: t.teks, sumber: t.sumber }]),
      ),
    });
    idIndikator.set(ind.kode, id);
    for (const re of ind.realisasi) {
      if (re.jenis !== "nilai-terbit") continue;
      await ubahRealisasi(ctx, lingkup, {
        indikatorId: id,
        tahun: re.tahun,
        periode: "tahunan",
        nilai: re.nilai,
        sumber: re.sumber,
      });
    }
  }
  const skm = s.skm2023;
  // M2-07: once the SKM demo has closed its 2023 period, this record is computed from the stored rows (trace
  // "dari periode SKM 2023"); writing the recap again would undo that on every later start.
  const { opd: opdSkm } = await resolveOpd(ctx, lingkup.pemda, lingkup.opd);
  const dariPeriodeSkm = (await listHasilSurvei(ctx.db, [opdSkm.id])).some(
    (h) => h.kode === skm.kode && (h.sumber ?? "").startsWith("dari periode SKM"),
  );
  if (!dariPeriodeSkm)
    await simpanHasilSurvei(ctx, lingkup, {
      kode: skm.kode,
      tahun: Number(skm.periodeSelesai.slice(0, 4)),
      periodeMulai: skm.periodeMulai,
      periodeSelesai: skm.periodeSelesai,
      responden: skm.jumlahResponden,
      jenisMasukan: "jumlah",
      nilai: Object.fromEntries(skm.unsur.map((u) => [u.kode, String(u.jumlahNilai)])),
      ikmDicetak: skm.dicetak.ikm?.nilai ?? null,
      sumber: `${skm.aplikasi.teks} (${skm.aplikasi.sumber}); Σ per unsur: ${skm.unsur[0]?.sumberJumlah ?? ""}`,
    });
  for (const e of s.evaluasiAkip) {
    const { kerangka, ...komponen } = e.komponen;
    await simpanHasilAkip(ctx, lingkup, {
      tahun: e.tahun,
      kerangka,
      komponen,
      totalDicetak: e.dicetak.total.nilai,
      kategoriDicetak: e.dicetak.kategori.nilai,
      sumber: e.sumber,
    });
  }
  const tk = s.targetKomponenAkip2023;
  await simpanHasilAkip(ctx, lingkup, {
    tahun: tk.tahun,
    jenis: "target",
    kerangka: tk.kerangka,
    komponen: {
      perencanaan: tk.perencanaan,
      pengukuran: tk.pengukuran,
      pelaporan: tk.pelaporan,
      evaluasi: tk.evaluasi,
    },
    totalDicetak: tk.dicetak.total.nilai,
    kategoriDicetak: tk.dicetak.kategori.nilai,
    sumber: tk.sumber,
  });
  return idIndikator;
}

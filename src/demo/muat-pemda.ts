/**
 * Demo part 1: Kabupaten Batu Bara — identity, the 38 OPD of the Inspektorat's recap, the Bupati and the Inspektur,
 * RPJMD 2019–2023, the AKIP 2023 component scores of every OPD, and the source notes (konflik) of the dataset.
 * NOTE: SEED 316-347, 1852-1946; data in ./data (helper-built, read-only here).
 */
import { simpanCatatanSumber } from "../services/catatan/catatan-sumber";
import type { ServiceContext } from "../services/context";
import { simpanHasilAkip } from "../services/hasil/simpan-hasil";
import { simpanDaftarOpd, simpanPemda } from "../services/organisasi/simpan-pemda";
import { simpanDaftarPejabat } from "../services/organisasi/simpan-pejabat";
import { simpanRpjmd } from "../services/perencanaan/simpan-rpjmd";
import type { DemoDataset, Konflik } from "./data";

const SEI_BALAI = "kecamatan-sei-balai";

/** Which OPD a konflik belongs to: "opd:<slug>" → that OPD; Pemda-level facts → none; the rest → Sei Balai. */
export function opdKonflik(k: Konflik): string | null {
  const t = k.terkait ?? "";
  if (t.startsWith("opd:")) return t.slice(4);
  if (t === "rekap-akip-2023" || t === "pejabat:bupati-batu-bara" || t === "pejabat:inspektur-batu-bara") return null;
  return SEI_BALAI;
}

export async function muatPemda(ctx: ServiceContext, d: DemoDataset): Promise<void> {
  const p = d.pemda;
  await simpanPemda(ctx, { slug: p.slug, nama: p.nama, jenis: p.jenis, provinsi: p.provinsi, ibuKota: p.ibuKota.nama });
  await simpanDaftarOpd(
    ctx,
    p.slug,
    d.opd.map((o) => ({ slug: o.slug, nama: o.nama, jenis: o.jenis, kode: null, urutan: o.nomorRekap })),
  );
  const kd = p.kepalaDaerah;
  await simpanDaftarPejabat(ctx, { pemda: p.slug, opd: null }, [
    {
      kode: kd.kode,
      peran: "kepala-daerah",
      nama: kd.nama,
      gelarDepan: kd.gelarDepan ?? null,
      gelarBelakang: kd.gelarBelakang ?? null,
      jabatan: kd.jabatan,
    },
  ]);
  const ins = p.inspektur;
  await simpanDaftarPejabat(ctx, { pemda: p.slug, opd: "inspektorat-daerah" }, [
    {
      kode: ins.kode,
      peran: "kepala-opd",
      nama: ins.nama,
      gelarDepan: ins.gelarDepan ?? null,
      gelarBelakang: ins.gelarBelakang ?? null,
      nip: ins.nip ?? null,
      pangkat: ins.pangkat ?? null,
      jabatan: ins.jabatan,
      eselon: "II",
    },
  ]);
  const r = p.rpjmd;
  await simpanRpjmd(ctx, p.slug, {
    tahunAwal: r.tahunAwal,
    tahunAkhir: r.tahunAkhir,
    visi: r.visi.teks,
    kataKunci: r.kataKunci.map((k) => ({ kata: k.kata, penjelasan: k.penjelasan })),
    misi: r.misi.map((m) => ({ nomor: m.nomor, teks: m.teks })),
    sumber: r.visi.sumber,
  });
  // Sei Balai's own evaluations (2019–2023, same 2023 scores) are loaded with its history in muat-sei-balai-rencana.
  for (const o of d.opd.filter((x) => x.slug !== d.seiBalai.opdSlug)) {
    const { kerangka, ...komponen } = o.akip2023;
    await simpanHasilAkip(
      ctx,
      { pemda: p.slug, opd: o.slug },
      {
        tahun: 2023,
        kerangka,
        komponen,
        totalDicetak: o.dicetak.total.nilai,
        kategoriDicetak: o.dicetak.kategori.nilai,
        sumber: `Rekap Evaluasi SAKIP OPD Kabupaten Batu Bara 2023, ${d.suratRekapAkip.nomor} (${o.sumber})`,
      },
    );
  }
  await simpanCatatanSumber(
    ctx,
    p.slug,
    d.konflik.map((k) => ({
      kode: k.id,
      opdSlug: opdKonflik(k),
      jenis: k.jenis,
      fakta: k.fakta,
      nilai: k.nilai.map((n) => ({ teks: n.teks, sumber: n.sumber })),
      dipilih: k.dipilih,
      alasan: k.alasan,
      terkait: k.terkait ?? null,
    })),
  );
}

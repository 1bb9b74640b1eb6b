/**
 * SKM demo of Kecamatan Sei Balai through the module's own use cases (as the system actor):
 * - layanan "sei-balai" (Pelayanan Kantor Camat Sei Balai), the public link /s/sei-balai printed with the demo accounts;
 * - period "2023" (Jan–Des 2023) with the 96 respondents of the LKjIP 2023, Lampiran "Pengukuran Indeks Kepuasan
 *   Masyarakat". The document prints no individual answers, only Σ per unsur (derived from its NRR tertimbang), so
 *   the demo rows are BUILT to those sums (each value ⌊Σ/96⌋ or +1; domain/skm barisDariJumlah) — said so in the
 *   trace the closing writes. Closing the period computes IKM 80,50 B from the rows (1/9: 80,58) and makes it the
 *   realisasi of the IKM indicator with the trace "dari periode SKM 2023";
 * - an open period for the current year (WIB) so the public page works on the first start.
 * Idempotent: rows carry fixed kunci; a closed period is not re-entered; unchanged saves write nothing.
 */
import { barisDariJumlah, type JumlahSkm } from "../domain/skm";
import { KODE_UNSUR, type KodeUnsur } from "../domain/ikm/unsur";
import type { ServiceContext } from "../services/context";
import { seiBalai } from "./data/sei-balai";
import { getPeriodeKode } from "../storage/repositories/skm-repository";
import { resolveOpd } from "../services/organisasi/resolve-opd";
import { simpanEntriKertas } from "../services/skm/entri";
import { simpanLayananSkm } from "../services/skm/layanan";
import { simpanPeriodeSkm, tutupPeriodeSkm } from "../services/skm/periode";
import { tanggalWib } from "../services/skm/umum";

export const DEMO_SKM = {
  pemda: "batu-bara",
  opd: seiBalai.opdSlug,
  layanan: "sei-balai",
  namaLayanan: "Pelayanan Kantor Camat Sei Balai",
  namaLayananEn: "Sei Balai District Office Services",
  periode2023: "2023",
} as const;

export const CATATAN_DEMO_SKM =
  "Demo: 96 baris jawaban disusun dari jumlah nilai per unsur yang diterbitkan (LKjIP 2023 Kecamatan Sei Balai, Lampiran Pengukuran Indeks Kepuasan Masyarakat), bukan jawaban asli responden";

/** The line printed with the demo accounts. */
export function teksDemoSkm(): string {
  return `Survei publik (SKM) demo: /s/${DEMO_SKM.layanan} — ${DEMO_SKM.namaLayanan} (periode terbuka tahun berjalan)`;
}

export async function muatDemoSkm(ctx: ServiceContext): Promise<{ layanan: string; periodeTerbuka: string }> {
  const l = { pemda: DEMO_SKM.pemda, opd: DEMO_SKM.opd };
  await simpanLayananSkm(ctx, l, DEMO_SKM.layanan, {
    nama: DEMO_SKM.namaLayanan,
    namaEn: DEMO_SKM.namaLayananEn,
    aktif: true,
    urutan: 1,
  });
  const s = seiBalai.skm2023;
  await simpanPeriodeSkm(ctx, l, DEMO_SKM.periode2023, {
    jenis: "tahun",
    mulai: s.periodeMulai,
    selesai: s.periodeSelesai,
  });
  const { opd } = await resolveOpd(ctx, l.pemda, l.opd);
  const p2023 = await getPeriodeKode(ctx.db, opd.id, DEMO_SKM.periode2023);
  if (p2023?.status !== "ditutup") {
    const j: JumlahSkm = {
      responden: s.jumlahResponden,
      jumlah: Object.fromEntries(KODE_UNSUR.map((k) => [k, s.unsur.find((u) => u.kode === k)!.jumlahNilai])) as Record<
        KodeUnsur,
        number
      >,
    };
    const baris = barisDariJumlah(j).map((nilai, i) => ({
      kunci: `demo-skm-2023-${String(i + 1).padStart(3, "0")}`,
      jawaban: nilai,
    }));
    await simpanEntriKertas(ctx, { ...l, periode: DEMO_SKM.periode2023, layanan: DEMO_SKM.layanan }, baris);
    await tutupPeriodeSkm(ctx, l, DEMO_SKM.periode2023, CATATAN_DEMO_SKM);
  }
  const tahun = tanggalWib(ctx.now()).slice(0, 4);
  if (tahun !== DEMO_SKM.periode2023) {
    const ada = await getPeriodeKode(ctx.db, opd.id, tahun);
    if (!ada)
      await simpanPeriodeSkm(ctx, l, tahun, { jenis: "tahun", mulai: `${tahun}-01-01`, selesai: `${tahun}-12-31` });
  }
  return { layanan: DEMO_SKM.layanan, periodeTerbuka: tahun };
}

/** Test set-up of the public SKM survey: a service with an open period covering today (through the SKM services). */
import type { ServiceContext } from "../../src/services/context";
import { simpanLayananSkm } from "../../src/services/skm/layanan";
import { bacaPeriodeSkm, simpanPeriodeSkm } from "../../src/services/skm/periode";

export const LINGKUP_SEI_BALAI = { pemda: "batu-bara", opd: "kecamatan-sei-balai" } as const;

/** A service `kode` of Sei Balai and the period "uji-<year>" (the whole year of the context clock, WIB). */
export async function siapkanLayananTerbuka(ctx: ServiceContext, kode: string, nama: string): Promise<string> {
  await simpanLayananSkm(ctx, LINGKUP_SEI_BALAI, kode, { nama, namaEn: `${nama} (EN)` });
  const tahun = new Date(ctx.now().getTime() + 7 * 3600_000).getUTCFullYear();
  // the demo already opens the current year's period of Sei Balai (kode = the year): the intake writes there
  const demo = await bacaPeriodeSkm(ctx, LINGKUP_SEI_BALAI, String(tahun)).catch(() => null);
  if (demo?.status === "terbuka" && demo.mulai <= `${tahun}-01-01` && demo.selesai >= `${tahun}-12-31`)
    return demo.kode;
  const periode = `uji-${tahun}`;
  await simpanPeriodeSkm(ctx, LINGKUP_SEI_BALAI, periode, {
    jenis: "tahun",
    mulai: `${tahun}-01-01`,
    selesai: `${tahun}-12-31`,
  });
  return periode;
}

/** A valid submission body (answers 1–4 from `pola`, repeated over u1..u9). */
export function kiriman(
  kunci: string,
  pola: number[] = [4, 3, 3, 4, 3, 4, 4, 3, 3],
  extra: Record<string, unknown> = {},
) {
  return {
    kunci,
    jawaban: Object.fromEntries(pola.map((n, i) => [`u${i + 1}`, n])),
    responden: { umur: 35, jenisKelamin: "P", pendidikan: "SMA", pekerjaan: "WIRAUSAHA" },
    saran: "",
    ...extra,
  };
}

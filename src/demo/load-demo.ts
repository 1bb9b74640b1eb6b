/**
 * Loads the demo (Kabupaten Batu Bara with its 38 OPD; Kecamatan Sei Balai complete; Datuk Tanah Datar as the peer)
 * through the same use cases an operator uses, as the system actor. Idempotent: every save compares with what is
 * stored and writes (and audits) nothing when nothing changed, so running it twice gives the same database.
 */
import { getMeta, setMeta } from "../storage/repositories/meta-repository";
import type { ServiceContext } from "../services/context";
import { demoDataset } from "./data";
import { kutipDataset } from "./kutipan-dokumen";
import { muatPemda } from "./muat-pemda";
import { muatOrganisasiSeiBalai } from "./muat-sei-balai-organisasi";
import { muatPengukuranSeiBalai } from "./muat-sei-balai-pengukuran";
import { muatPkSeiBalai } from "./muat-sei-balai-pk";
import { muatRencanaSeiBalai } from "./muat-sei-balai-rencana";
import { muatDemoAnggaran } from "./muat-anggaran";
import { muatDemoTeksLaporan } from "./laporan/muat-teks-laporan";
// M2-07 SKM survey demo
import { muatDemoSkm } from "./muat-skm";
// M2-08 evaluasi AKIP (LKE)
import { muatDemoLke } from "./muat-lke";
// M2 issue 15: the portal's demo publications
import { muatDemoPublikasi } from "./muat-publikasi";
// M2-15 Rencana Aksi demo
import { muatDemoRenaksi } from "./muat-renaksi";
// issue 15: the RPJMD IKU of the Pemda (Kabupaten LKjIP)
import { muatDemoRpjmdIku } from "./muat-rpjmd";
// issue 17 (ADR 0039): an illustrative Plt. Camat in late 2024
import { muatDemoPenugasan } from "./muat-penugasan";

export const DEMO_META_KEY = "demo_loaded_at";

export interface DemoSummary {
  pemda: string;
  opd: number;
  firstLoad: boolean;
  pk: number;
  indikator: number;
}

export async function loadDemo(ctx: ServiceContext): Promise<DemoSummary> {
  // what users see cites the document, not our line references (kutipan-dokumen.ts)
  const d = kutipDataset(demoDataset);
  const firstLoad = (await getMeta(ctx.db, DEMO_META_KEY)) === undefined;
  await muatPemda(ctx, d);
  const lingkup = { pemda: d.pemda.slug, opd: d.seiBalai.opdSlug };
  await muatOrganisasiSeiBalai(ctx, lingkup, d.seiBalai);
  const indikator = await muatRencanaSeiBalai(ctx, lingkup, d.seiBalai);
  await muatPkSeiBalai(ctx, lingkup, d.seiBalai.pk2023);
  await muatPengukuranSeiBalai(ctx, lingkup, d.seiBalai, d.peer[0], d.tahun);
  await muatDemoAnggaran(ctx);
  await muatDemoTeksLaporan(ctx);
  // M2-07 SKM: 96 rows of 2023 → closed period → IKM indicator; open period of the current year
  await muatDemoSkm(ctx);
  // M2-08 evaluasi AKIP (LKE): the 2024 example evaluation of Sei Balai
  await muatDemoLke(ctx);
  // M2 issue 15: Sei Balai 2023 published on the portal (Renstra, PK, LKjIP, SKM, AKIP)
  await muatDemoPublikasi(ctx);
  // M2-15 Rencana Aksi: quarterly targets of the 2023 PKs, TW IV realisasi = the yearly realisasi (illustrative split)
  await muatDemoRenaksi(ctx);
  // issue 15: RPJMD IKU of Batu Bara (two linked to Sei Balai indicators, two entered with demo values)
  await muatDemoRpjmdIku(ctx);
  // issue 17 (ADR 0039): the Sekretaris Kecamatan as Plt. Camat, Oct–Dec 2024 (illustrative, after every 2023 date)
  await muatDemoPenugasan(ctx);
  if (firstLoad) await setMeta(ctx.db, DEMO_META_KEY, ctx.now().toISOString());
  return { pemda: d.pemda.slug, opd: d.opd.length, firstLoad, pk: d.seiBalai.pk2023.length, indikator: indikator.size };
}

export async function isDemoLoaded(ctx: ServiceContext): Promise<boolean> {
  return (await getMeta(ctx.db, DEMO_META_KEY)) !== undefined;
}

/**
 * Loads the demo (Kabupaten Batu Bara, Kecamatan Sei Balai) through the same use cases an operator uses.
 * Idempotent: running it twice gives the same database. The data issues fill in the rest of the story.
 */
import { getMeta, setMeta } from "../../storage/repositories/meta-repository";
import { upsertOpd, upsertPemda } from "../../storage/repositories/organisasi-repository";
import type { ServiceContext } from "../context";

export const DEMO_META_KEY = "demo_loaded_at";

export interface DemoSummary {
  pemda: string;
  opd: number;
  firstLoad: boolean;
}

const DEMO_OPD = [
  { slug: "kecamatan-sei-balai", nama: "Kecamatan Sei Balai", jenis: "kecamatan", urutan: 31 },
  { slug: "kecamatan-datuk-tanah-datar", nama: "Kecamatan Datuk Tanah Datar", jenis: "kecamatan", urutan: 30 },
] as const;

export async function loadDemo(ctx: ServiceContext): Promise<DemoSummary> {
  const firstLoad = (await getMeta(ctx.db, DEMO_META_KEY)) === undefined;
  return ctx.db.transaction(async (tx) => {
    const pemda = await upsertPemda(tx, {
      slug: "batu-bara",
      nama: "Kabupaten Batu Bara",
      jenis: "kabupaten",
      provinsi: "Sumatera Utara",
    });
    for (const o of DEMO_OPD) {
      await upsertOpd(tx, {
        pemdaId: pemda.id,
        slug: o.slug,
        nama: o.nama,
        jenis: o.jenis,
        kode: null,
        urutan: o.urutan,
      });
    }
    if (firstLoad) await setMeta(tx, DEMO_META_KEY, ctx.now().toISOString());
    return { pemda: pemda.slug, opd: DEMO_OPD.length, firstLoad };
  });
}

export async function isDemoLoaded(ctx: ServiceContext): Promise<boolean> {
  return (await getMeta(ctx.db, DEMO_META_KEY)) !== undefined;
}

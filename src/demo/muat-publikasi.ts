/**
 * Demo (issue 15): Kecamatan Sei Balai publishes its 2023 Renstra targets, PK, LKjIP, SKM result and AKIP predikat
 * through the publication service, so the portal (/p/batu-bara) shows something on first start. Idempotent: an
 * item already published is left as it is (its frozen copy stays). The LKjIP and PK documents need the document
 * renderer (installed by `sakip serve`/`sakip demo` before the demo); without it those two are skipped.
 */
import { getPublikasi } from "../storage/repositories/publikasi-repository";
import type { JenisPublikasi } from "../storage/schema";
import type { ServiceContext } from "../services/context";
import { adaPenyajiDokumen } from "../services/laporan/penyaji";
import { resolveOpd } from "../services/organisasi/resolve-opd";
import { terbitkanPublikasi } from "../services/publikasi/terbitkan";

export const DEMO_PUBLIKASI = { pemda: "batu-bara", opd: "kecamatan-sei-balai", tahun: 2023 } as const;

export async function muatDemoPublikasi(ctx: ServiceContext): Promise<JenisPublikasi[]> {
  const { pemda, opd, tahun } = DEMO_PUBLIKASI;
  const r = await resolveOpd(ctx, pemda, opd);
  const jenis: JenisPublikasi[] = [
    "renstra",
    "skm",
    "akip",
    ...(adaPenyajiDokumen() ? (["pk", "lkjip"] as const) : []),
  ];
  const terbit: JenisPublikasi[] = [];
  for (const j of jenis) {
    if (await getPublikasi(ctx.db, r.pemda.id, r.opd.id, tahun, j)) continue;
    await terbitkanPublikasi(ctx, { pemda, opd }, tahun, j);
    terbit.push(j);
  }
  return terbit;
}

/**
 * Demo of an acting official (issue 17, ADR 0039): the Sekretaris Kecamatan of Sei Balai as Plt. Camat for the last
 * quarter of 2024. ILLUSTRATIVE — the published LKjIP 2023 of Kecamatan Sei Balai names no acting official; the period
 * lies after every 2023 document's date (PK 2023, LKjIP 2023 signed 18 February 2024), so none of them changes.
 * Recorded through the module's own service; loaded once (an assignment with this SK is not added again).
 */
import { listOpd, listPemda } from "../storage/repositories/organisasi-repository";
import { listPejabat } from "../storage/repositories/pejabat-repository";
import { listPenugasanPejabat } from "../storage/repositories/penugasan-pejabat-repository";
import type { ServiceContext } from "../services/context";
import { tambahPenugasan } from "../services/organisasi/penugasan-pejabat";

export const DEMO_PENUGASAN = {
  pemda: "batu-bara",
  opd: "kecamatan-sei-balai",
  jenis: "plt" as const,
  jabatanDiisi: "Camat Sei Balai",
  nomorSk: "Contoh ilustrasi: SK Bupati Batu Bara tentang Plt. Camat Sei Balai",
  mulai: "2024-10-01",
  selesai: "2024-12-31",
};

export async function muatDemoPenugasan(ctx: ServiceContext): Promise<void> {
  const d = DEMO_PENUGASAN;
  const pemda = (await listPemda(ctx.db)).find((p) => p.slug === d.pemda);
  const opd = pemda && (await listOpd(ctx.db, pemda.id)).find((o) => o.slug === d.opd);
  if (!pemda || !opd) return;
  const sekcam = (await listPejabat(ctx.db, pemda.id, opd.id)).find((p) => p.nip && /^sekretaris/i.test(p.jabatan));
  if (!sekcam) return;
  const ada = await listPenugasanPejabat(ctx.db, pemda.id, sekcam.id);
  if (ada.some((x) => x.nomorSk === d.nomorSk)) return;
  await tambahPenugasan(
    ctx,
    { pemda: d.pemda, opd: d.opd },
    {
      pejabatId: sekcam.id,
      jenis: d.jenis,
      jabatanDiisi: d.jabatanDiisi,
      nomorSk: d.nomorSk,
      mulai: d.mulai,
      selesai: d.selesai,
    },
  );
}

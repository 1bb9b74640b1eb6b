/**
 * Links from programs / kegiatan / sub-kegiatan to the Renstra sasaran they support (used for serapan and
 * efisiensi per sasaran, SEED Tabel 3.15-3.16). Stored by sasaran code ("S1") and resolved against the Renstra when
 * read. Codes may be given in any form a document uses (canonical, seed print, PK's segment C "1.2.06").
 */
import { cariNodeKode, type KesalahanBaris } from "../../domain/anggaran";
import { DomainError } from "../../domain/shared/errors";
import { bacaSasaran } from "../../storage/repositories/anggaran-repository";
import { gantiSasaran } from "../../storage/repositories/anggaran-tulis-repository";
import { authorize } from "../akses/authorize";
import { pastikanBolehDiubah } from "../alur/status-periode";
import { mutasi } from "../audit/mutasi";
import type { ServiceContext } from "../context";
import { bacaPohonTersimpan } from "./data";
import { type LingkupAnggaran, resolveLingkup } from "./lingkup";

export interface MasukanSasaran extends LingkupAnggaran {
  sasaranKode: string;
  /** Every code that supports the sasaran (replaces the previous list of that sasaran). */
  kode: readonly string[];
}

export async function aturSasaranAnggaran(
  ctx: ServiceContext,
  m: MasukanSasaran,
): Promise<{ tanpaPerubahan: boolean; sasaranKode: string; kode: string[] }> {
  const l = await resolveLingkup(ctx, m);
  authorize(ctx, "anggaran.ubah", { pemdaId: l.pemda.id, opdId: l.opd.id });
  const sasaranKode = m.sasaranKode.trim();
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/.test(sasaranKode)) {
    throw new DomainError("kode_sasaran_tidak_sah", `sasaranKode: "${m.sasaranKode}" bukan kode sasaran yang sah`, {
      field: "sasaranKode",
    });
  }
  const { pohon } = await bacaPohonTersimpan(ctx.db, l.kunci);
  const errors: KesalahanBaris[] = [];
  const kode: string[] = [];
  m.kode.forEach((k, i) => {
    const node = cariNodeKode(pohon, k);
    if (!node) {
      errors.push({
        baris: i + 1,
        kolom: "kode",
        nilai: k,
        kode: "kode_tidak_ada",
        pesan: `kode[${i + 1}]: "${k}" tidak ada di pohon anggaran ${l.opd.nama} ${l.tahun}`,
      });
    } else if (!kode.includes(node.kode.canonical)) kode.push(node.kode.canonical);
  });
  if (errors.length > 0) {
    throw new DomainError("kode_tidak_ada", errors.map((e) => e.pesan).join("; "), { errors });
  }
  const semua = await bacaSasaran(ctx.db, l.kunci);
  const lama = semua
    .filter((s) => s.sasaranKode === sasaranKode)
    .map((s) => s.kode)
    .sort();
  const baru = [...kode].sort();
  if (JSON.stringify(lama) === JSON.stringify(baru)) return { tanpaPerubahan: true, sasaranKode, kode: baru };
  const affected = [...new Set([...lama, ...baru])];
  const target = [
    ...semua.filter((s) => affected.includes(s.kode) && s.sasaranKode !== sasaranKode),
    ...baru.map((k) => ({ kode: k, sasaranKode })),
  ];
  await mutasi(
    ctx,
    { entity: "anggaran.sasaran", action: "atur", pemdaId: l.pemda.id, opdId: l.opd.id },
    async (tx) => {
      await pastikanBolehDiubah(tx, { ...l.kunci, modul: "anggaran" });
      await gantiSasaran(tx, l.kunci, affected, target);
      return {
        entityId: `${l.opd.id}/${l.tahun}/${sasaranKode}`,
        before: { kode: lama },
        after: { kode: baru },
        result: null,
      };
    },
  );
  return { tanpaPerubahan: false, sasaranKode, kode: baru };
}

/** An OPD's signing log (`laporan.baca`), newest first, without the files. */
import { listTandaTangan } from "../../storage/repositories/tte-repository";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import type { ServiceContext } from "../context";
import { verifikasiBerkas, type HasilVerifikasi } from "./verifikasi-dokumen";
import type { LingkunganTte } from "./tandatangani-dokumen";
import { otorisasiPemda } from "../bersama/lingkup";

export async function daftarTandaTangan(ctx: ServiceContext, lingkup: LingkupOpd) {
  const o = await otorisasiOpd(ctx, lingkup, "laporan.baca");
  const rows = await listTandaTangan(ctx.db, o.pemdaId, o.opdId);
  return rows.map((r) => ({ ...r, ditandatanganiPada: r.ditandatanganiPada.toISOString() }));
}

/** Verify an uploaded file as a signed-in user of the Pemda (`laporan.baca`). */
export async function verifikasiUnggahan(
  ctx: ServiceContext,
  pemdaSlug: string,
  berkas: Uint8Array,
  env: Pick<LingkunganTte, "tteUrl" | "ttePengguna" | "tteSandi" | "batasWaktuDetik" | "fetch">,
): Promise<HasilVerifikasi> {
  await otorisasiPemda(ctx, pemdaSlug, "laporan.baca");
  return verifikasiBerkas(ctx.db, berkas, env);
}

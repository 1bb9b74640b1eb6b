/**
 * Which OPD and year a budget use case works on: slugs → ids (the Pemda defaults to the only one when there is
 * one), the year checked. Authorisation is the caller's next step.
 */
import { DomainError } from "../../domain/shared/errors";
import { listPemda, type OpdRow, type PemdaRow } from "../../storage/repositories/organisasi-repository";
import type { KunciAnggaran } from "../../storage/repositories/anggaran-repository";
import type { ServiceContext } from "../context";
import { NotFoundError } from "../errors";
import { resolveOpd } from "../organisasi/resolve-opd";

export interface LingkupAnggaran {
  /** Pemda slug; optional when the database holds exactly one Pemda. */
  pemda?: string | undefined;
  opd: string;
  tahun: number;
}

export interface Lingkup {
  pemda: PemdaRow;
  opd: OpdRow;
  tahun: number;
  kunci: KunciAnggaran;
}

/** Resolves the slugs and checks the year (2000–2100). */
export async function resolveLingkup(ctx: ServiceContext, l: LingkupAnggaran): Promise<Lingkup> {
  if (!Number.isInteger(l.tahun) || l.tahun < 2000 || l.tahun > 2100) {
    throw new DomainError("tahun_tidak_sah", `tahun: "${l.tahun}" bukan tahun anggaran yang sah (2000–2100)`, {
      field: "tahun",
      value: l.tahun,
    });
  }
  let pemdaSlug = l.pemda;
  if (!pemdaSlug) {
    const semua = await listPemda(ctx.db);
    if (semua.length === 0) throw new NotFoundError("Belum ada Pemda; jalankan `sakip demo` atau tambahkan Pemda");
    if (semua.length > 1) {
      throw new DomainError(
        "pemda_wajib",
        `pemda: ada ${semua.length} Pemda (${semua.map((p) => p.slug).join(", ")}); pilih salah satu dengan --pemda`,
        { field: "pemda" },
      );
    }
    pemdaSlug = semua[0]?.slug ?? "";
  }
  const { pemda, opd } = await resolveOpd(ctx, pemdaSlug, l.opd);
  return { pemda, opd, tahun: l.tahun, kunci: { pemdaId: pemda.id, opdId: opd.id, tahun: l.tahun } };
}

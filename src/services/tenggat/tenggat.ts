/**
 * Deadlines of a Pemda's year (issue 15): read (the stored date, else the default of domain/tenggat; organisasi.baca,
 * every role of the Pemda) and save (pemda.kelola, audited, all rows or none).
 */
import { JENIS_TENGGAT, type JenisTenggat, LABEL_TENGGAT, tanggalSah, tenggatBawaan } from "../../domain/tenggat";
import { DomainError } from "../../domain/shared/errors";
import { listAudit } from "../../storage/repositories/audit-repository";
import { listTenggat, upsertTenggat } from "../../storage/repositories/tenggat-repository";
import { mutasi } from "../audit/mutasi";
import { otorisasiPemda } from "../bersama/lingkup";
import type { ServiceContext } from "../context";
import type { Db } from "../../storage/database";

export interface BarisTenggat {
  jenis: JenisTenggat;
  label: string;
  tanggal: string;
  bawaan: boolean;
}

export async function tenggatTahun(db: Db, pemdaId: string, tahun: number): Promise<BarisTenggat[]> {
  const tersimpan = new Map((await listTenggat(db, pemdaId, [tahun])).map((r) => [r.jenis, r.tanggal]));
  const bawaan = tenggatBawaan(tahun);
  return JENIS_TENGGAT.map((j) => ({
    jenis: j,
    label: LABEL_TENGGAT[j],
    tanggal: tersimpan.get(j) ?? bawaan[j],
    bawaan: !tersimpan.has(j),
  }));
}

export async function bacaTenggat(ctx: ServiceContext, pemdaSlug: string, tahun: number) {
  const { pemdaId } = await otorisasiPemda(ctx, pemdaSlug, "organisasi.baca");
  return { tahun, baris: await tenggatTahun(ctx.db, pemdaId, tahun) };
}

export async function simpanTenggat(
  ctx: ServiceContext,
  pemdaSlug: string,
  tahun: number,
  baris: Array<{ jenis: JenisTenggat; tanggal: string }>,
) {
  const { pemdaId, aktor } = await otorisasiPemda(ctx, pemdaSlug, "pemda.kelola");
  baris.forEach((b, i) => {
    if (!tanggalSah(b.tanggal)) {
      throw new DomainError(
        "tanggal_tidak_sah",
        `baris[${i}].tanggal: "${b.tanggal}" bukan tanggal yang sah (TTTT-BB-HH) untuk ${LABEL_TENGGAT[b.jenis]}`,
        { field: `baris[${i}].tanggal`, value: b.tanggal },
      );
    }
  });
  const jenis = baris.map((b) => b.jenis);
  const ganda = jenis.find((j, i) => jenis.indexOf(j) !== i);
  if (ganda) {
    throw new DomainError("tenggat_ganda", `baris: tenggat "${LABEL_TENGGAT[ganda]}" muncul lebih dari sekali`, {
      field: "baris",
    });
  }
  return mutasi(ctx, { entity: "tenggat", action: "ubah", pemdaId }, async (tx) => {
    const sebelum = await tenggatTahun(tx, pemdaId, tahun);
    await upsertTenggat(tx, pemdaId, tahun, baris, aktor.nama);
    const sesudah = await tenggatTahun(tx, pemdaId, tahun);
    return {
      entityId: `${pemdaSlug}/${tahun}`,
      before: Object.fromEntries(sebelum.map((b) => [b.jenis, b.tanggal])),
      after: Object.fromEntries(sesudah.map((b) => [b.jenis, b.tanggal])),
      result: { tahun, baris: sesudah },
    };
  });
}

/**
 * The versions of a year's deadlines (issue 15, "deadline save versioning"): every save is one audit entry with the
 * dates before and after (the table keeps only the current date), newest first. Read like the deadlines themselves.
 */
export async function riwayatTenggat(ctx: ServiceContext, pemdaSlug: string, tahun: number) {
  const { pemdaId } = await otorisasiPemda(ctx, pemdaSlug, "organisasi.baca");
  const baris = await listAudit(ctx.db, {
    pemdaId,
    entity: "tenggat",
    entityId: `${pemdaSlug}/${tahun}`,
    limit: 100,
  });
  const tanggal = (v: unknown): Record<string, string> =>
    v && typeof v === "object"
      ? Object.fromEntries(Object.entries(v).filter((e): e is [string, string] => typeof e[1] === "string"))
      : {};
  return {
    tahun,
    versi: baris.map((r) => {
      const sebelum = tanggal(r.before);
      const sesudah = tanggal(r.after);
      return {
        pada: r.at.toISOString(),
        oleh: r.actorNama,
        perubahan: JENIS_TENGGAT.filter((j) => sebelum[j] !== sesudah[j] && sesudah[j] !== undefined).map((j) => ({
          jenis: j,
          label: LABEL_TENGGAT[j],
          sebelum: sebelum[j] ?? null,
          sesudah: sesudah[j]!,
        })),
      };
    }),
  };
}

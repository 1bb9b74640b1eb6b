/** Units of an OPD as a tree, saved as a whole set keyed by `kode` (ids of unchanged units stay stable). */
import { DomainError } from "../../domain/shared/errors";
import type { JENIS_UNIT } from "../../storage/schema";
import {
  deleteUnitKerja,
  insertUnitKerja,
  listUnitKerja,
  updateUnitKerja,
} from "../../storage/repositories/organisasi-profil-repository";
import { listIndikator } from "../../storage/repositories/indikator-repository";
import { listPejabat } from "../../storage/repositories/pejabat-repository";
import { mutasi } from "../audit/mutasi";
import { periksaIndukUnit } from "./pohon-unit";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import { samaData } from "../bersama/sama";
import type { ServiceContext } from "../context";

export interface UnitMasukan {
  kode: string;
  nama: string;
  jenis: (typeof JENIS_UNIT)[number];
  indukKode: string | null;
}

function periksa(units: UnitMasukan[]): void {
  const kode = new Set<string>();
  units.forEach((u, i) => {
    const baris = i + 1;
    if (!u.kode.trim()) throw new DomainError("kode_wajib", `Unit baris ${baris}: kode wajib diisi`, { baris });
    if (!u.nama.trim()) throw new DomainError("nama_wajib", `Unit baris ${baris}: nama wajib diisi`, { baris });
    if (kode.has(u.kode)) throw new DomainError("kode_ganda", `Unit baris ${baris}: kode "${u.kode}" ganda`, { baris });
    kode.add(u.kode);
  });
  const masalah = periksaIndukUnit(units);
  const tidakAda = masalah.find((m) => m.jenis === "tidak-ada");
  if (tidakAda) {
    const baris = tidakAda.index + 1;
    throw new DomainError("induk_tidak_ada", `Unit baris ${baris}: induk "${tidakAda.induk}" tidak ada dalam daftar`, {
      baris,
    });
  }
  const lingkar = masalah[0];
  if (lingkar) {
    const baris = lingkar.index + 1;
    throw new DomainError(
      "induk_melingkar",
      `Unit baris ${baris}: "${lingkar.jalur[0]}" berada di bawah dirinya sendiri (${lingkar.jalur.join(" → ")})`,
      { baris },
    );
  }
}

/** A unit left out of the list is removed; refused while pejabat or indicators still belong to it. */
async function periksaHapus(
  ctx: ServiceContext,
  pemdaId: string,
  opdId: string,
  hapus: { id: string; kode: string; nama: string }[],
) {
  if (hapus.length === 0) return;
  const [pejabat, indikator] = await Promise.all([listPejabat(ctx.db, pemdaId, opdId), listIndikator(ctx.db, opdId)]);
  for (const u of hapus) {
    const p = pejabat.filter((x) => x.unitId === u.id).map((x) => x.nama);
    const ind = indikator.filter((x) => x.unitId === u.id).map((x) => x.nama);
    if (p.length || ind.length) {
      const milik = [
        ...(p.length ? [`pejabat ${p.join(", ")}`] : []),
        ...(ind.length ? [`indikator ${ind.join(", ")}`] : []),
      ].join(" dan ");
      throw new DomainError(
        "unit_masih_dipakai",
        `Unit "${u.nama}" (${u.kode}) tidak dapat dihapus: masih ada ${milik}. Pindahkan dahulu ke unit lain.`,
        { field: u.kode },
      );
    }
  }
}

export async function simpanUnitKerja(ctx: ServiceContext, lingkup: LingkupOpd, units: UnitMasukan[]) {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "organisasi.ubah");
  periksa(units);
  const lama = await listUnitKerja(ctx.db, opdId);
  const kodeLama = new Map(lama.map((u) => [u.id, u.kode]));
  const bentuk = (rows: typeof lama) =>
    rows.map((u) => ({
      kode: u.kode,
      nama: u.nama,
      jenis: u.jenis,
      indukKode: u.indukId ? (kodeLama.get(u.indukId) ?? null) : null,
    }));
  const sebelum = bentuk(lama);
  if (samaData(sebelum, units)) return { diubah: false };
  const dipakai = new Set(units.map((u) => u.kode));
  await periksaHapus(
    ctx,
    pemdaId,
    opdId,
    lama.filter((u) => !dipakai.has(u.kode)),
  );
  return mutasi(ctx, { entity: "unit_kerja", action: "simpan-daftar", pemdaId, opdId }, async (tx) => {
    const id = new Map(lama.map((u) => [u.kode, u.id]));
    for (const [urutan, u] of units.entries()) {
      const ada = id.get(u.kode);
      if (ada) await updateUnitKerja(tx, ada, { nama: u.nama, jenis: u.jenis, urutan });
      else
        id.set(
          u.kode,
          (await insertUnitKerja(tx, { pemdaId, opdId, kode: u.kode, nama: u.nama, jenis: u.jenis, urutan })).id,
        );
    }
    for (const u of units) {
      await updateUnitKerja(tx, id.get(u.kode)!, { indukId: u.indukKode ? (id.get(u.indukKode) ?? null) : null });
    }
    await deleteUnitKerja(
      tx,
      lama.filter((u) => !dipakai.has(u.kode)).map((u) => u.id),
    );
    return { entityId: opdId, before: sebelum, after: units, result: { diubah: true } };
  });
}

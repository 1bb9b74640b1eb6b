/**
 * Export, template and import of the XLSX tables. Import authorises first, validates the whole file (headers, row
 * ids, every cell; a changed read-only cell is an error) and writes nothing unless every cell is valid; then the
 * changed cells — and only those — are saved in one audited write.
 */
import { DomainError } from "../../domain/shared/errors";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import type { ServiceContext } from "../context";
import { NotFoundError } from "../errors";
import type { DefinisiTabel, NilaiSel } from "./definisi";
import { tabelDesa } from "./tabel-desa";
import { tabelPk } from "./tabel-pk";
import { tabelRealisasi } from "./tabel-realisasi";
import { tabelTarget } from "./tabel-target";
import { bacaXlsx, tulisXlsx } from "./xlsx";

export const TABEL: Record<string, DefinisiTabel> = {
  realisasi: tabelRealisasi,
  target: tabelTarget,
  desa: tabelDesa,
  "pk-kinerja": tabelPk,
};

export const ID_TABEL = Object.keys(TABEL);

function definisi(id: string): DefinisiTabel {
  const d = TABEL[id];
  if (!d) throw new NotFoundError(`Tabel "${id}" tidak dikenal (${ID_TABEL.join(", ")})`);
  return d;
}

export async function eksporTabel(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  tabel: string,
  tahun: number,
  templat: boolean,
): Promise<{ namaBerkas: string; isi: Uint8Array }> {
  const def = definisi(tabel);
  const { opd } = await otorisasiOpd(ctx, lingkup, def.izinBaca);
  const [kolom, baris] = await Promise.all([def.kolom(ctx, lingkup, tahun), def.baca(ctx, lingkup, tahun)]);
  const judul = `${def.judul}${tahun ? ` ${tahun}` : ""} — ${opd.nama}`;
  const isi = await tulisXlsx(judul, kolom, baris, { templat });
  const nama = `${def.id}${tahun ? `-${tahun}` : ""}-${opd.slug}${templat ? "-templat" : ""}.xlsx`;
  return { namaBerkas: nama, isi };
}

export interface HasilImpor {
  jumlah: number;
  diubah: Array<{ baris: number; kolom: string; dari: NilaiSel; ke: NilaiSel }>;
}

export async function imporTabel(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  tabel: string,
  tahun: number,
  isi: Uint8Array,
): Promise<HasilImpor> {
  const def = definisi(tabel);
  await otorisasiOpd(ctx, lingkup, def.izinUbah);
  if (isi.byteLength === 0) {
    throw new DomainError("berkas_kosong", "Berkas kosong: lampirkan berkas XLSX", {
      errors: [{ field: "berkas", message: "kosong" }],
    });
  }
  const [kolom, baris] = await Promise.all([def.kolom(ctx, lingkup, tahun), def.baca(ctx, lingkup, tahun)]);
  const perubahan = await bacaXlsx(isi, kolom, baris);
  if (perubahan.length) await def.simpan(ctx, lingkup, tahun, perubahan);
  return {
    jumlah: perubahan.length,
    diubah: perubahan.map(({ baris: b, kolom: k, dari, ke }) => ({ baris: b, kolom: k, dari, ke })),
  };
}

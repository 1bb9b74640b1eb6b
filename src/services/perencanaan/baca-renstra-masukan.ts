/**
 * Read-back of the plan documents in exactly the shape their PUT takes (the body of PUT …/rpjmd/{tahunAwal} and
 * PUT …/renstra/{tahunAwal}, without the period key of the path), so a form can load, edit and send them back:
 * GET then PUT unchanged answers `diubah: false` and writes no audit entry.
 */
import { listMisi, listRpjmd } from "../../storage/repositories/perencanaan-repository";
import { otorisasiOpd, otorisasiPemda, type LingkupOpd } from "../bersama/lingkup";
import type { ServiceContext } from "../context";
import { NotFoundError } from "../errors";
import { bacaRenstraMasukan, type RenstraMasukan } from "./simpan-renstra";
import type { RpjmdMasukan } from "./simpan-rpjmd";

export type RenstraIsian = Omit<RenstraMasukan, "tahunAwal">;
export type RpjmdIsian = Omit<RpjmdMasukan, "tahunAwal">;

/** The Renstra of an OPD whose period starts in `tahunAwal`, as the PUT body (404 when there is none). */
export async function bacaIsianRenstra(ctx: ServiceContext, lingkup: LingkupOpd, tahunAwal: number) {
  const { opdId, opd } = await otorisasiOpd(ctx, lingkup, "perencanaan.baca");
  const isi = await bacaRenstraMasukan(ctx, opdId, tahunAwal);
  if (!isi) throw new NotFoundError(`Renstra ${opd.nama} dengan tahun awal ${tahunAwal} tidak ditemukan`);
  const { tahunAwal: _awal, ...bentuk } = isi.bentuk;
  return {
    ...bentuk,
    catatan: bentuk.catatan ?? null,
    tujuan: bentuk.tujuan.map((t) => ({
      ...t,
      sumber: t.sumber ?? null,
      sasaran: t.sasaran.map((s) => ({ ...s, sumber: s.sumber ?? null })),
    })),
  } satisfies RenstraIsian;
}

/** The RPJMD of a Pemda whose period starts in `tahunAwal`, as the PUT body (404 when there is none). */
export async function bacaIsianRpjmd(ctx: ServiceContext, pemdaSlug: string, tahunAwal: number) {
  const { pemdaId, pemda } = await otorisasiPemda(ctx, pemdaSlug, "perencanaan.baca");
  const r = (await listRpjmd(ctx.db, pemdaId)).find((x) => x.tahunAwal === tahunAwal);
  if (!r) throw new NotFoundError(`RPJMD ${pemda.nama} dengan tahun awal ${tahunAwal} tidak ditemukan`);
  return {
    tahunAkhir: r.tahunAkhir,
    visi: r.visi,
    kataKunci: r.kataKunci.map((k) => ({ kata: k.kata, penjelasan: k.penjelasan })),
    misi: (await listMisi(ctx.db, r.id)).map((m) => ({ nomor: m.nomor, teks: m.teks })),
    sumber: r.sumber ?? null,
  } satisfies RpjmdIsian;
}

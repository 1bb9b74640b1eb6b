/**
 * XLSX table "target": the indicators of the Renstra in force that year with a target per year of the period, as
 * written ("85,00", "80-90", "BB (75,00)"). Import writes the changed targets in one audited write; each changed
 * year must be open (perencanaan of that year).
 */
import { MAKS_TARGET } from "../../domain/shared/batas-teks";
import { DomainError } from "../../domain/shared/errors";
import { deleteTarget, setTarget } from "../../storage/repositories/indikator-repository";
import { pastikanBolehDiubah } from "../alur/status-periode";
import { mutasi } from "../audit/mutasi";
import { otorisasiOpd } from "../bersama/lingkup";
import { bacaRenstra } from "../perencanaan/baca-renstra";
import type { DefinisiTabel, KolomTabel } from "./definisi";

async function periode(
  ctx: Parameters<DefinisiTabel["baca"]>[0],
  lingkup: Parameters<DefinisiTabel["baca"]>[1],
  tahun: number,
) {
  const r = await bacaRenstra(ctx, lingkup, tahun);
  if (!r.renstra) throw new DomainError("renstra_tidak_ada", `Belum ada Renstra yang mencakup tahun ${tahun}`);
  return r.renstra;
}

export const tabelTarget: DefinisiTabel = {
  id: "target",
  judul: "Target Indikator Renstra",
  izinBaca: "perencanaan.baca",
  izinUbah: "perencanaan.ubah",
  async kolom(ctx, lingkup, tahun) {
    const r = await periode(ctx, lingkup, tahun);
    const dasar: KolomTabel[] = [
      { kunci: "kode", judul: "Kode", jenis: "teks", dapatDiubah: false, lebar: 8 },
      { kunci: "sasaran", judul: "Sasaran", jenis: "teks", dapatDiubah: false, lebar: 36 },
      { kunci: "indikator", judul: "Indikator", jenis: "teks", dapatDiubah: false, lebar: 36 },
      { kunci: "satuan", judul: "Satuan", jenis: "teks", dapatDiubah: false, lebar: 10 },
    ];
    return [
      ...dasar,
      ...r.tahunPeriode.map((th): KolomTabel => ({
        kunci: String(th),
        judul: `Target ${th}`,
        jenis: "target",
        dapatDiubah: true,
        lebar: 13,
        maks: MAKS_TARGET,
      })),
    ];
  },
  async baca(ctx, lingkup, tahun) {
    const r = await periode(ctx, lingkup, tahun);
    return r.tujuan.flatMap((t) =>
      t.sasaran.flatMap((s) =>
        s.indikator.map((i) => ({
          id: i.id,
          nilai: {
            kode: i.kode,
            sasaran: s.teks,
            indikator: i.nama,
            satuan: i.satuan,
            ...Object.fromEntries(i.target.map((tg) => [String(tg.tahun), tg.target])),
          },
        })),
      ),
    );
  },
  async simpan(ctx, lingkup, _tahun, perubahan) {
    const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "perencanaan.ubah");
    await mutasi(ctx, { entity: "indikator_target", action: "impor-xlsx", pemdaId, opdId }, async (tx) => {
      for (const th of new Set(perubahan.map((p) => Number(p.kunci)))) {
        await pastikanBolehDiubah(tx, { pemdaId, opdId, tahun: th, modul: "perencanaan" });
      }
      for (const p of perubahan) {
        if (p.ke === null) await deleteTarget(tx, p.id, [Number(p.kunci)]);
        else
          await setTarget(tx, {
            pemdaId,
            opdId,
            indikatorId: p.id,
            tahun: Number(p.kunci),
            targetTeks: String(p.ke),
            sumber: null,
          });
      }
      return {
        entityId: opdId,
        before: perubahan.map((p) => ({ indikatorId: p.id, tahun: p.kunci, target: p.dari })),
        after: perubahan.map((p) => ({ indikatorId: p.id, tahun: p.kunci, target: p.ke })),
        result: undefined,
      };
    });
  },
};

/** RPJMD of a Pemda (Pemda-level plan: admin only): period, visi, key-word explanations, misi list. */
import { DomainError } from "../../domain/shared/errors";
import { listMisi, listRpjmd, replaceMisi, upsertRpjmd } from "../../storage/repositories/perencanaan-repository";
import { mutasi } from "../audit/mutasi";
import { otorisasiPemda } from "../bersama/lingkup";
import { samaData } from "../bersama/sama";
import type { ServiceContext } from "../context";

export interface RpjmdMasukan {
  tahunAwal: number;
  tahunAkhir: number;
  visi: string;
  kataKunci: Array<{ kata: string; penjelasan: string }>;
  misi: Array<{ nomor: number; teks: string }>;
  sumber?: string | null;
}

export function periksaPeriode(awal: number, akhir: number): void {
  if (!Number.isInteger(awal) || !Number.isInteger(akhir) || akhir < awal || akhir - awal > 9) {
    throw new DomainError(
      "periode_tidak_valid",
      `periode ${awal}–${akhir} tidak valid (tahun akhir ≥ tahun awal, ≤ 10 tahun)`,
      {
        field: "periode",
      },
    );
  }
}

export async function simpanRpjmd(ctx: ServiceContext, pemdaSlug: string, m: RpjmdMasukan) {
  const { pemdaId } = await otorisasiPemda(ctx, pemdaSlug, "perencanaan.ubah");
  periksaPeriode(m.tahunAwal, m.tahunAkhir);
  if (!m.visi.trim()) throw new DomainError("visi_wajib", "visi: wajib diisi", { field: "visi" });
  m.misi.forEach((x, i) => {
    if (!x.teks.trim()) throw new DomainError("misi_wajib", `misi baris ${i + 1}: teks wajib diisi`, { baris: i + 1 });
  });
  const ada = (await listRpjmd(ctx.db, pemdaId)).find((r) => r.tahunAwal === m.tahunAwal);
  const lama = ada
    ? {
        tahunAwal: ada.tahunAwal,
        tahunAkhir: ada.tahunAkhir,
        visi: ada.visi,
        kataKunci: ada.kataKunci,
        misi: (await listMisi(ctx.db, ada.id)).map((x) => ({ nomor: x.nomor, teks: x.teks })),
        sumber: ada.sumber,
      }
    : null;
  const baru = { ...m, sumber: m.sumber ?? null };
  if (samaData(lama, baru)) return { id: ada!.id, diubah: false };
  return mutasi(ctx, { entity: "rpjmd", action: ada ? "ubah" : "buat", pemdaId }, async (tx) => {
    const row = await upsertRpjmd(tx, {
      pemdaId,
      tahunAwal: m.tahunAwal,
      tahunAkhir: m.tahunAkhir,
      visi: m.visi,
      kataKunci: m.kataKunci,
      sumber: baru.sumber,
    });
    await replaceMisi(tx, { pemdaId, rpjmdId: row.id }, m.misi);
    return { entityId: row.id, before: lama, after: baru, result: { id: row.id, diubah: true } };
  });
}

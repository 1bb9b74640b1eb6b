/**
 * An operator's edit of a generated paragraph: the new text and the numbers the paragraph quoted when it was
 * edited (taken from the report as built now), so the report flags the edit "angka berubah sejak disunting" when
 * the data later changes. Saving the same text again takes the current numbers (the operator has checked it);
 * removing the edit brings the generated text back. laporan.buat; audited; nothing written when nothing changed.
 * NOTE: issue 7 (Narrative: "an edited paragraph keeps a link to the numbers it quoted and is flagged").
 */
import { DomainError } from "../../domain/shared/errors";
import {
  deleteNarasiLaporan,
  listNarasiLaporan,
  upsertNarasiLaporan,
} from "../../storage/repositories/laporan-repository";
import { pastikanBolehDiubah } from "../alur/status-periode";
import { mutasi } from "../audit/mutasi";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import { samaData } from "../bersama/sama";
import type { ServiceContext } from "../context";
import { NotFoundError } from "../errors";
import { susunUntuk } from "./susun-laporan";

const BATAS = 20_000;

export async function simpanNarasi(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  tahun: number,
  kunci: string,
  teks: string,
): Promise<{ diubah: boolean; angka: Record<string, string> }> {
  const o = await otorisasiOpd(ctx, lingkup, "laporan.buat");
  const isi = teks.replace(/\r\n/g, "\n").trim();
  if (isi === "") {
    throw new DomainError(
      "teks_kosong",
      "teks: paragraf yang disunting tidak boleh kosong (hapus suntingan untuk kembali ke teks otomatis)",
      {
        field: "teks",
      },
    );
  }
  if (isi.length > BATAS) {
    throw new DomainError("teks_terlalu_panjang", `teks: lebih dari ${BATAS} karakter`, { field: "teks" });
  }
  const { hasil, suntingan } = await susunUntuk(ctx, o, tahun);
  const n = hasil.narasi.find((x) => x.kunci === kunci);
  if (!n) throw new NotFoundError(`Paragraf "${kunci}" tidak ada dalam laporan tahun ${tahun}`);
  const ada = suntingan.find((r) => r.kunci === kunci);
  const lama = ada ? { teks: ada.teks, angka: ada.angka } : null;
  const baru = { teks: isi, angka: n.angka };
  if (samaData(lama, baru)) return { diubah: false, angka: n.angka };
  const { pemdaId, opdId, aktor } = o;
  return mutasi(ctx, { entity: "laporan_narasi", action: ada ? "ubah" : "buat", pemdaId, opdId }, async (tx) => {
    await pastikanBolehDiubah(tx, { pemdaId, opdId, tahun, modul: "laporan" });
    await upsertNarasiLaporan(tx, {
      pemdaId,
      opdId,
      tahun,
      kunci,
      ...baru,
      disuntingOleh: aktor.nama,
      disuntingOlehId: aktor.userId,
      disuntingPada: ctx.now(),
    });
    return { entityId: `${tahun}/${kunci}`, before: lama, after: baru, result: { diubah: true, angka: n.angka } };
  });
}

/** Removes the edit: the generated paragraph is printed again. */
export async function hapusNarasi(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  tahun: number,
  kunci: string,
): Promise<{ diubah: boolean }> {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "laporan.buat");
  const k = { opdId, tahun };
  const ada = (await listNarasiLaporan(ctx.db, k)).find((r) => r.kunci === kunci);
  if (!ada) return { diubah: false };
  return mutasi(ctx, { entity: "laporan_narasi", action: "hapus", pemdaId, opdId }, async (tx) => {
    await pastikanBolehDiubah(tx, { pemdaId, opdId, tahun, modul: "laporan" });
    await deleteNarasiLaporan(tx, k, kunci);
    return {
      entityId: `${tahun}/${kunci}`,
      before: { teks: ada.teks, angka: ada.angka },
      after: null,
      result: { diubah: true },
    };
  });
}

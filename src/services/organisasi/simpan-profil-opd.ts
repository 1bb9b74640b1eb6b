/**
 * Bab I profile texts of an OPD: address, organisation structure basis, tugas pokok, fungsi list, legal basis
 * list, innovations. Saved as one document (one audit entry).
 */
import { DomainError } from "../../domain/shared/errors";
import {
  getOpdProfil,
  listButir,
  replaceButir,
  upsertOpdProfil,
} from "../../storage/repositories/organisasi-profil-repository";
import { mutasi } from "../audit/mutasi";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import { samaData } from "../bersama/sama";
import type { ServiceContext } from "../context";

export interface ButirMasukan {
  judul?: string | null;
  teks: string;
  sumber?: string | null;
}

export interface ProfilOpdMasukan {
  alamat: string | null;
  dasarSusunan: string | null;
  uraianSusunan: string | null;
  dasarTugas: string | null;
  tugas: string | null;
  fungsi: ButirMasukan[];
  dasarHukum: ButirMasukan[];
  inovasi: ButirMasukan[];
}

const JENIS = { fungsi: "fungsi", dasarHukum: "dasar-hukum", inovasi: "inovasi" } as const;

function butir(list: ButirMasukan[], nama: string) {
  return list.map((b, i) => {
    if (!b.teks.trim()) {
      throw new DomainError("teks_wajib", `${nama} nomor ${i + 1}: teks wajib diisi`, { field: nama, baris: i + 1 });
    }
    return { nomor: i + 1, judul: b.judul?.trim() || null, teks: b.teks.trim(), sumber: b.sumber ?? null };
  });
}

/** The texts as stored and read back: every butir has its judul and sumber (null when none). */
export interface ProfilOpdTeks extends ProfilOpdMasukan {
  fungsi: ButirTersimpan[];
  dasarHukum: ButirTersimpan[];
  inovasi: ButirTersimpan[];
}
type ButirTersimpan = Required<ButirMasukan>;

export async function bacaProfilTeks(ctx: ServiceContext, opdId: string): Promise<ProfilOpdTeks> {
  const profil = await getOpdProfil(ctx.db, opdId);
  const items = await listButir(ctx.db, opdId);
  const ambil = (jenis: string) =>
    items.filter((b) => b.jenis === jenis).map((b) => ({ judul: b.judul, teks: b.teks, sumber: b.sumber }));
  return {
    alamat: profil?.alamat ?? null,
    dasarSusunan: profil?.dasarSusunan ?? null,
    uraianSusunan: profil?.uraianSusunan ?? null,
    dasarTugas: profil?.dasarTugas ?? null,
    tugas: profil?.tugas ?? null,
    fungsi: ambil(JENIS.fungsi),
    dasarHukum: ambil(JENIS.dasarHukum),
    inovasi: ambil(JENIS.inovasi),
  };
}

export async function simpanProfilOpd(ctx: ServiceContext, lingkup: LingkupOpd, m: ProfilOpdMasukan) {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "organisasi.ubah");
  const baru = {
    alamat: m.alamat,
    dasarSusunan: m.dasarSusunan,
    uraianSusunan: m.uraianSusunan,
    dasarTugas: m.dasarTugas,
    tugas: m.tugas,
    fungsi: butir(m.fungsi, "fungsi"),
    dasarHukum: butir(m.dasarHukum, "dasar hukum"),
    inovasi: butir(m.inovasi, "inovasi"),
  };
  const lama = await bacaProfilTeks(ctx, opdId);
  const lamaBernomor = {
    ...lama,
    fungsi: lama.fungsi.map((b, i) => ({ nomor: i + 1, ...b })),
    dasarHukum: lama.dasarHukum.map((b, i) => ({ nomor: i + 1, ...b })),
    inovasi: lama.inovasi.map((b, i) => ({ nomor: i + 1, ...b })),
  };
  if (samaData(lamaBernomor, baru)) return { diubah: false };
  return mutasi(ctx, { entity: "opd_profil", action: "ubah", pemdaId, opdId }, async (tx) => {
    const { fungsi, dasarHukum, inovasi, ...teks } = baru;
    await upsertOpdProfil(tx, { opdId, pemdaId, ...teks });
    await replaceButir(tx, { pemdaId, opdId, jenis: "fungsi" }, fungsi);
    await replaceButir(tx, { pemdaId, opdId, jenis: "dasar-hukum" }, dasarHukum);
    await replaceButir(tx, { pemdaId, opdId, jenis: "inovasi" }, inovasi);
    return { entityId: opdId, before: lamaBernomor, after: baru, result: { diubah: true } };
  });
}

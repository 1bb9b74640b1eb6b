/**
 * Pemda identity and profile (name, province, capital, address, optional logo) and its OPD list.
 * A new Pemda can only be created by the system actor (installation); afterwards `pemda.kelola` applies.
 */
import { DomainError } from "../../domain/shared/errors";
import {
  getPemdaProfil,
  getOpdProfil,
  upsertOpdProfil,
  upsertPemdaProfil,
} from "../../storage/repositories/organisasi-profil-repository";
import {
  listOpd,
  listPemda,
  upsertOpd,
  upsertPemda,
  type OpdRow,
} from "../../storage/repositories/organisasi-repository";
import { authorize } from "../akses/authorize";
import { mutasi } from "../audit/mutasi";
import { samaData } from "../bersama/sama";
import type { ServiceContext } from "../context";
import { ForbiddenError, UnauthenticatedError } from "../errors";
import { normalKodeOpd } from "./kelola-opd";
import {
  bacaPengaturanPemda,
  type PengaturanMasukan,
  periksaPengaturan,
  tulisPengaturanPemda,
} from "../pengaturan/pengaturan-pemda";
import { ZONA_WAKTU_BAWAAN } from "../../domain/pengaturan/zona-waktu";

export interface PemdaMasukan {
  slug: string;
  nama: string;
  jenis: "kabupaten" | "kota";
  provinsi: string;
  ibuKota?: string | null;
  alamat?: string | null;
  /** Time zone and rule choice (ADR 0019); not given keeps the stored settings (a new Pemda: WIB, defaults). */
  pengaturan?: PengaturanMasukan;
}

export async function simpanPemda(ctx: ServiceContext, m: PemdaMasukan): Promise<{ id: string; diubah: boolean }> {
  const ada = (await listPemda(ctx.db)).find((p) => p.slug === m.slug);
  if (ada) authorize(ctx, "pemda.kelola", { pemdaId: ada.id });
  else if (!ctx.aktor) throw new UnauthenticatedError();
  else if (ctx.aktor.jenis !== "sistem") throw new ForbiddenError("Pemda baru hanya dapat dibuat oleh admin sistem");
  if (!m.nama.trim()) throw new DomainError("nama_wajib", "nama: wajib diisi", { field: "nama" });
  const profilLama = ada ? await getPemdaProfil(ctx.db, ada.id) : undefined;
  const lama = ada
    ? { ...ada, id: undefined, ibuKota: profilLama?.ibuKota ?? null, alamat: profilLama?.alamat ?? null }
    : null;
  const baru = {
    slug: m.slug,
    nama: m.nama,
    jenis: m.jenis,
    provinsi: m.provinsi,
    // Not given (undefined) keeps what the admin stored (the demo and `sakip pemda buat` carry no alamat).
    ibuKota: m.ibuKota === undefined ? (profilLama?.ibuKota ?? null) : m.ibuKota,
    alamat: m.alamat === undefined ? (profilLama?.alamat ?? null) : m.alamat,
  };
  const pengaturanLama = ada
    ? await bacaPengaturanPemda(ctx.db, ada.id).then((p) => ({ zonaWaktu: p.zonaWaktu, aturan: p.pilihanAturan }))
    : { zonaWaktu: ZONA_WAKTU_BAWAAN, aturan: {} };
  const pengaturan = m.pengaturan ? periksaPengaturan(m.pengaturan, pengaturanLama) : pengaturanLama;
  const tulisPengaturan = !ada || !samaData(pengaturanLama, pengaturan);
  if (ada && samaData(lama, baru) && !tulisPengaturan) return { id: ada.id, diubah: false };
  return mutasi(ctx, { entity: "pemda", action: ada ? "ubah" : "buat", pemdaId: ada?.id ?? null }, async (tx) => {
    const row = await upsertPemda(tx, { slug: m.slug, nama: m.nama, jenis: m.jenis, provinsi: m.provinsi });
    await upsertPemdaProfil(tx, {
      pemdaId: row.id,
      ibuKota: baru.ibuKota,
      alamat: baru.alamat,
      logoMime: profilLama?.logoMime ?? null,
      logo: profilLama?.logo ?? null,
    });
    if (tulisPengaturan) await tulisPengaturanPemda(tx, row.id, pengaturan);
    return {
      entityId: row.id,
      before: lama && { ...lama, pengaturan: pengaturanLama },
      after: { ...baru, pengaturan },
      result: { id: row.id, diubah: true },
    };
  });
}

export interface OpdMasukan {
  slug: string;
  nama: string;
  jenis: OpdRow["jenis"];
  kode?: string | null;
  urutan?: number | null;
  alamat?: string | null;
}

/** Adds or updates OPDs of a Pemda (never deletes: an OPD with data is retired by the admin, not here). */
export async function simpanDaftarOpd(
  ctx: ServiceContext,
  pemdaSlug: string,
  daftar: OpdMasukan[],
): Promise<{ diubah: number }> {
  const pemda = (await listPemda(ctx.db)).find((p) => p.slug === pemdaSlug);
  if (!pemda) throw new DomainError("pemda_tidak_ada", `Pemda "${pemdaSlug}" tidak ditemukan`, { field: "pemda" });
  authorize(ctx, "pemda.kelola", { pemdaId: pemda.id });
  const ada = new Map((await listOpd(ctx.db, pemda.id)).map((o) => [o.slug, o]));
  const berubah: OpdMasukan[] = [];
  for (const masukan of daftar) {
    // NOTE: kode unit organisasi of Permendagri 90/2019, stored in SIPD form (kelola-opd.ts).
    const l = ada.get(masukan.slug);
    const alamatLama = l ? ((await getOpdProfil(ctx.db, l.id))?.alamat ?? null) : null;
    // An alamat not given keeps the stored one (the admin's edit survives `sakip demo` and `tambah-opd`).
    const o = { ...masukan, kode: normalKodeOpd(masukan.kode), alamat: masukan.alamat ?? alamatLama };
    const lama = l
      ? { slug: l.slug, nama: l.nama, jenis: l.jenis, kode: l.kode, urutan: l.urutan, alamat: alamatLama }
      : null;
    if (!samaData(lama, normal(o))) berubah.push(o);
  }
  if (!berubah.length) return { diubah: 0 };
  return mutasi(ctx, { entity: "opd", action: "simpan-daftar", pemdaId: pemda.id }, async (tx) => {
    for (const o of berubah) {
      const row = await upsertOpd(tx, {
        pemdaId: pemda.id,
        slug: o.slug,
        nama: o.nama,
        jenis: o.jenis,
        kode: o.kode ?? null,
        urutan: o.urutan ?? null,
      });
      const profil = await getOpdProfil(tx, row.id);
      await upsertOpdProfil(tx, { ...profil, opdId: row.id, pemdaId: pemda.id, alamat: o.alamat ?? null });
    }
    return {
      entityId: pemda.id,
      before: berubah.map((o) => ada.get(o.slug) ?? null),
      after: berubah.map(normal),
      result: { diubah: berubah.length },
    };
  });
}

function normal(o: OpdMasukan) {
  return {
    slug: o.slug,
    nama: o.nama,
    jenis: o.jenis,
    kode: o.kode ?? null,
    urutan: o.urutan ?? null,
    alamat: o.alamat ?? null,
  };
}

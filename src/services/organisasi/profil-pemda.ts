/**
 * The Pemda's profile for its admin: identity (nama, jenis, provinsi), pemda_profil (ibu kota, alamat, logo info)
 * and the Kepala Daerah (Bupati/Wali Kota), who is the active `pejabat` row with peran "kepala-daerah" and no OPD
 * (schema/organisasi-profil.ts). No Wakil Kepala Daerah is stored anywhere yet, so none is exposed.
 * Read: "organisasi.baca"; write: "pemda.kelola", one audit entry per change, none when nothing changes.
 * An omitted (`undefined`) optional field keeps its stored value; `null` or empty text clears it. A new name of the
 * Kepala Daerah is a new person: the stored row ends the day before today (in the Pemda's time zone) and a new row starts today, so the
 * PKs that name the former Kepala Daerah keep showing them; a change of gelar or jabatan alone corrects the row.
 */
import { terakhirMenjabat } from "./masa-jabatan";
import { DomainError } from "../../domain/shared/errors";
import { getPemdaProfil, upsertPemdaProfil } from "../../storage/repositories/organisasi-profil-repository";
import { upsertPemda } from "../../storage/repositories/organisasi-repository";
import {
  insertPejabat,
  listPejabat,
  type PejabatRow,
  updatePejabat,
} from "../../storage/repositories/pejabat-repository";
import { mutasi } from "../audit/mutasi";
import { otorisasiPemda } from "../bersama/lingkup";
import { samaData } from "../bersama/sama";
import type { ServiceContext } from "../context";
import type { Db } from "../../storage/database";
import { ukuranGambarTersimpan } from "./gambar-logo";
import { tanggalDiZona } from "../../domain/pengaturan/zona-waktu";
import { bacaPengaturanPemda } from "../pengaturan/pengaturan-pemda";

export interface KepalaDaerah {
  nama: string;
  gelarDepan: string | null;
  gelarBelakang: string | null;
  jabatan: string;
}

export interface ProfilPemda {
  slug: string;
  nama: string;
  jenis: "kabupaten" | "kota";
  provinsi: string;
  ibuKota: string | null;
  alamat: string | null;
  logo: { mime: string; ukuran: number; lebar: number | null; tinggi: number | null } | null;
  kepalaDaerah: KepalaDaerah | null;
}

export interface ProfilPemdaMasukan {
  nama: string;
  jenis?: "kabupaten" | "kota";
  provinsi: string;
  /** Omitted: kept; null or empty: cleared. */
  ibuKota?: string | null;
  /** Omitted: kept; null or empty: cleared. */
  alamat?: string | null;
  /**
   * Omitted or null: the Kepala Daerah stays as stored. Omitted gelar/jabatan keep the stored ones of the same person
   * (a new person has no gelar unless typed; the jabatan stays that of the office).
   */
  kepalaDaerah?: {
    nama: string;
    gelarDepan?: string | null;
    gelarBelakang?: string | null;
    jabatan?: string | null;
    /** The new name corrects the spelling of the same person's name: the stored row is fixed, no new term begins. */
    koreksiNama?: boolean;
  } | null;
}

/**
 * The active Kepala Daerah: peran "kepala-daerah", Pemda level, without `selesai` (or ending today or later); of
 * several, the latest `mulai` (no `mulai` counts as the earliest).
 */
async function kepalaAktif(db: Db, pemdaId: string, hariIni: string): Promise<PejabatRow | undefined> {
  return terakhirMenjabat(
    (await listPejabat(db, pemdaId, null)).filter(
      (p) => p.peran === "kepala-daerah" && (!p.selesai || p.selesai >= hariIni),
    ),
  );
}

const bentukKepala = (p: PejabatRow | undefined): KepalaDaerah | null =>
  p ? { nama: p.nama, gelarDepan: p.gelarDepan, gelarBelakang: p.gelarBelakang, jabatan: p.jabatan } : null;

/** The profile of a Pemda the actor may see. */
export async function bacaProfilPemda(ctx: ServiceContext, pemdaSlug: string): Promise<ProfilPemda> {
  const { pemda } = await otorisasiPemda(ctx, pemdaSlug, "organisasi.baca");
  const [profil, kepala] = await Promise.all([
    getPemdaProfil(ctx.db, pemda.id),
    hariIniPemda(ctx, pemda.id).then((hari) => kepalaAktif(ctx.db, pemda.id, hari)),
  ]);
  const ukuran = profil?.logo ? ukuranGambarTersimpan(profil.logo) : null;
  return {
    slug: pemda.slug,
    nama: pemda.nama,
    jenis: pemda.jenis,
    provinsi: pemda.provinsi,
    ibuKota: profil?.ibuKota ?? null,
    alamat: profil?.alamat ?? null,
    logo:
      profil?.logo && profil.logoMime
        ? {
            mime: profil.logoMime,
            ukuran: profil.logo.byteLength,
            lebar: ukuran?.lebar ?? null,
            tinggi: ukuran?.tinggi ?? null,
          }
        : null,
    kepalaDaerah: bentukKepala(kepala),
  };
}

const teks = (v: string | null | undefined) => v?.trim() || null;

/** `undefined` keeps the stored value; anything else is the new value (empty → null). */
const atauLama = (v: string | null | undefined, lama: string | null): string | null =>
  v === undefined ? lama : teks(v);

/** "yyyy-mm-dd" of the calendar day (WIB) of `now`, shifted by `hari` days. */
export function tanggalWib(now: Date, hari = 0): string {
  return tanggalDiZona(now, "Asia/Jakarta", hari);
}

/** "Today" (shifted by `hari` days) in the Pemda's own time zone (its settings, ADR 0019). */
async function hariIniPemda(ctx: ServiceContext, pemdaId: string, hari = 0): Promise<string> {
  return tanggalDiZona(ctx.now(), (await bacaPengaturanPemda(ctx.db, pemdaId)).zonaWaktu, hari);
}

function wajib(v: string | null | undefined, field: string, label: string, maks = 200): string {
  const t = v?.trim() ?? "";
  if (!t) throw new DomainError(`${field}_wajib`, `${label} wajib diisi`, { field });
  if (t.length > maks)
    throw new DomainError(`${field}_terlalu_panjang`, `${label} melebihi ${maks} karakter`, { field });
  return t;
}

/** "Bupati Batu Bara" / "Wali Kota Medan": the jabatan when none is typed. */
function jabatanBaku(jenis: "kabupaten" | "kota", namaPemda: string): string {
  const wilayah = namaPemda.replace(/^(kabupaten|kota)\s+/i, "");
  return `${jenis === "kota" ? "Wali Kota" : "Bupati"} ${wilayah}`;
}

/** Updates the profile (identity, ibu kota, alamat, Kepala Daerah); the slug never changes. */
export async function ubahProfilPemda(
  ctx: ServiceContext,
  pemdaSlug: string,
  m: ProfilPemdaMasukan,
): Promise<{ profil: ProfilPemda; diubah: boolean }> {
  const { pemda } = await otorisasiPemda(ctx, pemdaSlug, "pemda.kelola");
  const jenis = m.jenis ?? pemda.jenis;
  if (jenis !== "kabupaten" && jenis !== "kota") {
    throw new DomainError("jenis_tidak_dikenal", `jenis "${String(jenis)}" tidak dikenal (kabupaten atau kota)`, {
      field: "jenis",
    });
  }
  const identitas = {
    nama: wajib(m.nama, "nama", "Nama Pemda"),
    jenis,
    provinsi: wajib(m.provinsi, "provinsi", "Provinsi"),
  };
  const [profilLama, kepalaLama] = await Promise.all([
    getPemdaProfil(ctx.db, pemda.id),
    hariIniPemda(ctx, pemda.id).then((hari) => kepalaAktif(ctx.db, pemda.id, hari)),
  ]);
  const profilBaru = {
    ibuKota: atauLama(m.ibuKota, profilLama?.ibuKota ?? null),
    alamat: atauLama(m.alamat, profilLama?.alamat ?? null),
  };
  const kd = m.kepalaDaerah;
  let kepalaBaru: KepalaDaerah | undefined;
  let orangBaru = false;
  if (kd) {
    const nama = wajib(kd.nama, "kepalaDaerah.nama", "Nama kepala daerah");
    orangBaru = !kepalaLama || (kepalaLama.nama !== nama && !kd.koreksiNama);
    // the same person keeps the stored gelar when omitted; a new person has none unless typed
    const sama = orangBaru ? null : kepalaLama!;
    kepalaBaru = {
      nama,
      gelarDepan: atauLama(kd.gelarDepan, sama?.gelarDepan ?? null),
      gelarBelakang: atauLama(kd.gelarBelakang, sama?.gelarBelakang ?? null),
      jabatan: atauLama(kd.jabatan, kepalaLama?.jabatan ?? null) ?? jabatanBaku(jenis, identitas.nama),
    };
  }
  const before = {
    nama: pemda.nama,
    jenis: pemda.jenis,
    provinsi: pemda.provinsi,
    ibuKota: profilLama?.ibuKota ?? null,
    alamat: profilLama?.alamat ?? null,
    kepalaDaerah: bentukKepala(kepalaLama),
  };
  const after = { ...identitas, ...profilBaru, kepalaDaerah: kepalaBaru ?? before.kepalaDaerah };
  if (samaData(before, after)) return { profil: await bacaProfilPemda(ctx, pemdaSlug), diubah: false };
  // the Pemda's "today" and "yesterday", read before the transaction (one connection on PGlite)
  const [hariIni, kemarin] = await Promise.all([hariIniPemda(ctx, pemda.id), hariIniPemda(ctx, pemda.id, -1)]);
  await mutasi(ctx, { entity: "pemda", action: "ubah-profil", pemdaId: pemda.id }, async (tx) => {
    await upsertPemda(tx, { slug: pemda.slug, ...identitas });
    await upsertPemdaProfil(tx, {
      pemdaId: pemda.id,
      ...profilBaru,
      logoMime: profilLama?.logoMime ?? null,
      logo: profilLama?.logo ?? null,
    });
    if (kepalaBaru && !samaData(kepalaBaru, before.kepalaDaerah)) {
      // A row that only started today is still the same entry (a same-day retyping), corrected in place.
      const koreksi = kepalaLama && (!orangBaru || (kepalaLama.mulai !== null && kepalaLama.mulai >= hariIni));
      if (kepalaLama && koreksi) await updatePejabat(tx, kepalaLama.id, kepalaBaru);
      else {
        if (kepalaLama) await updatePejabat(tx, kepalaLama.id, { selesai: kemarin });
        await insertPejabat(tx, {
          ...kepalaBaru,
          pemdaId: pemda.id,
          opdId: null,
          kode: await kodeBaru(tx, pemda.id),
          peran: "kepala-daerah",
          mulai: kepalaLama ? hariIni : null,
        });
      }
    }
    return { entityId: pemda.id, before, after, result: null };
  });
  return { profil: await bacaProfilPemda(ctx, pemdaSlug), diubah: true };
}

/** A free pejabat kode at Pemda level for a new Kepala Daerah ("kepala-daerah", "kepala-daerah-2", …). */
async function kodeBaru(db: Db, pemdaId: string): Promise<string> {
  const dipakai = new Set((await listPejabat(db, pemdaId, null)).map((p) => p.kode));
  let n = 1;
  while (dipakai.has(n === 1 ? "kepala-daerah" : `kepala-daerah-${n}`)) n += 1;
  return n === 1 ? "kepala-daerah" : `kepala-daerah-${n}`;
}

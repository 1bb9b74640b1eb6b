/**
 * The admin creates and edits the Pemda's OPDs ("pemda.kelola"): slug (fixed once created), nama, jenis, kode unit
 * organisasi, alamat (opd_profil) and urutan. Kode is read by the domain's Permendagri 90/2019 unit-code parser
 * (domain/anggaran/kode-unit.ts, SIPD form "7.01.0.00.0.00.03.0000" or the seed's print) and stored in SIPD form.
 * A slug or kode already used in the Pemda → 409. Every change is one audit entry; an unchanged edit writes none.
 */
import { parseKodeUnit } from "../../domain/anggaran/kode-unit";
import { DomainError } from "../../domain/shared/errors";
import { getOpdProfil, upsertOpdProfil } from "../../storage/repositories/organisasi-profil-repository";
import {
  insertOpd,
  listOpdRinci,
  type OpdRinciRow,
  type OpdRow,
  updateOpd,
} from "../../storage/repositories/organisasi-repository";
import { mutasi } from "../audit/mutasi";
import { otorisasiPemda } from "../bersama/lingkup";
import { samaData } from "../bersama/sama";
import type { ServiceContext } from "../context";
import { ConflictError, NotFoundError } from "../errors";

export const JENIS_OPD = [
  "sekretariat",
  "inspektorat",
  "dinas",
  "badan",
  "satpol",
  "kecamatan",
  "kelurahan",
  "lainnya",
] as const satisfies readonly OpdRow["jenis"][];

export const POLA_SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export interface OpdUbahMasukan {
  nama: string;
  jenis: OpdRow["jenis"];
  kode?: string | null;
  alamat?: string | null;
  urutan?: number | null;
}

export interface OpdBaruMasukan extends OpdUbahMasukan {
  slug: string;
}

export type OpdRinci = Omit<OpdRinciRow, "pemdaId">;

/** Kode unit organisasi in SIPD form, or null when empty; DomainError (field "kode") when unreadable. */
export function normalKodeOpd(kode: string | null | undefined): string | null {
  const k = kode?.trim();
  if (!k) return null;
  try {
    return parseKodeUnit(k).canonical;
  } catch (e) {
    const pesan = e instanceof Error ? e.message : String(e);
    throw new DomainError("kode_unit_tidak_valid", pesan, { field: "kode", value: k });
  }
}

/**
 * Validates an OPD input. `lama` (an edit): an omitted (`undefined`) kode, alamat or urutan keeps the stored value;
 * `null` (or empty text) clears it.
 */
function normal(m: OpdUbahMasukan, lama?: Pick<OpdRinci, "kode" | "alamat" | "urutan">) {
  const nama = m.nama?.trim() ?? "";
  if (!nama) throw new DomainError("nama_wajib", "Nama perangkat daerah wajib diisi", { field: "nama" });
  if (nama.length > 200) throw new DomainError("nama_terlalu_panjang", "Nama melebihi 200 karakter", { field: "nama" });
  if (!JENIS_OPD.includes(m.jenis)) {
    throw new DomainError("jenis_tidak_dikenal", `jenis "${m.jenis}" tidak dikenal; pilih ${JENIS_OPD.join(", ")}`, {
      field: "jenis",
    });
  }
  const urutan = m.urutan === undefined && lama ? lama.urutan : (m.urutan ?? null);
  if (urutan !== null && (!Number.isInteger(urutan) || urutan < 1 || urutan > 9999)) {
    throw new DomainError("urutan_tidak_valid", `urutan ${urutan} harus bilangan bulat 1–9999`, { field: "urutan" });
  }
  const kode = m.kode === undefined && lama ? lama.kode : normalKodeOpd(m.kode);
  const alamat = m.alamat === undefined && lama ? lama.alamat : m.alamat?.trim() || null;
  return { nama, jenis: m.jenis, kode, alamat, urutan };
}

function pastikanKodeUnik(daftar: OpdRinciRow[], kode: string | null, kecuali: string | null): void {
  const lain = kode ? daftar.find((o) => o.id !== kecuali && o.kode && normalAman(o.kode) === kode) : undefined;
  if (lain) throw new ConflictError(`Kode unit ${kode} sudah dipakai oleh ${lain.nama}`);
}

/** Stored codes from before this check may not parse; they are then compared as typed. */
function normalAman(kode: string): string {
  try {
    return parseKodeUnit(kode).canonical;
  } catch {
    return kode.trim();
  }
}

const tanpaPemda = ({ pemdaId: _p, ...o }: OpdRinciRow): OpdRinci => o;

/** Adds an OPD to the Pemda. */
export async function buatOpd(ctx: ServiceContext, pemdaSlug: string, m: OpdBaruMasukan): Promise<OpdRinci> {
  const { pemdaId } = await otorisasiPemda(ctx, pemdaSlug, "pemda.kelola");
  const slug = m.slug?.trim() ?? "";
  if (!POLA_SLUG.test(slug) || slug.length > 100) {
    throw new DomainError("slug_tidak_valid", `slug "${slug}" tidak valid: huruf kecil, angka dan tanda hubung`, {
      field: "slug",
    });
  }
  const baru = normal(m);
  const daftar = await listOpdRinci(ctx.db, pemdaId);
  const sama = daftar.find((o) => o.slug === slug);
  if (sama) throw new ConflictError(`Slug "${slug}" sudah dipakai oleh ${sama.nama}`);
  pastikanKodeUnik(daftar, baru.kode, null);
  return mutasi(ctx, { entity: "opd", action: "buat", pemdaId }, async (tx) => {
    const { alamat, ...kolom } = baru;
    const row = await insertOpd(tx, { pemdaId, slug, ...kolom });
    await upsertOpdProfil(tx, { opdId: row.id, pemdaId, alamat });
    const after = { ...row, alamat };
    return { entityId: row.id, before: null, after: tanpaPemda(after), result: tanpaPemda(after) };
  });
}

/** Edits an OPD (nama, jenis, kode, alamat, urutan); its slug stays; omitted optional fields keep their value. */
export async function ubahOpd(
  ctx: ServiceContext,
  pemdaSlug: string,
  opdSlug: string,
  m: OpdUbahMasukan,
): Promise<{ opd: OpdRinci; diubah: boolean }> {
  const { pemdaId } = await otorisasiPemda(ctx, pemdaSlug, "pemda.kelola");
  const daftar = await listOpdRinci(ctx.db, pemdaId);
  const lama = daftar.find((o) => o.slug === opdSlug);
  if (!lama) throw new NotFoundError(`Perangkat daerah "${opdSlug}" tidak ditemukan`);
  const baru = normal(m, lama);
  pastikanKodeUnik(daftar, baru.kode, lama.id);
  const before = tanpaPemda(lama);
  const after: OpdRinci = { ...before, ...baru };
  if (samaData(before, after)) return { opd: before, diubah: false };
  return mutasi(ctx, { entity: "opd", action: "ubah", pemdaId, opdId: lama.id }, async (tx) => {
    const { alamat, ...kolom } = baru;
    await updateOpd(tx, pemdaId, lama.id, kolom);
    const profil = await getOpdProfil(tx, lama.id);
    await upsertOpdProfil(tx, { ...profil, opdId: lama.id, pemdaId, alamat });
    return { entityId: lama.id, before, after, result: { opd: after, diubah: true } };
  });
}

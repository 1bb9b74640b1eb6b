/**
 * Pejabat of an OPD (or of the Pemda: the Kepala Daerah), saved as a set keyed by `kode`, and a single-row edit.
 * NIP validated by domain/nip (18 digits, valid birth date and TMT); required except for the Kepala Daerah.
 * One head at a time (masa-jabatan.ts); a pejabat who is a PK party or signs a stored report cannot be removed
 * (pejabat-terpakai.ts). Refused sets write nothing.
 */
import { ESELON, type PERAN_PEJABAT } from "../../storage/schema";
import { parseTanggalIso } from "../../domain/format/tanggal";
import { parseNip } from "../../domain/nip/nip";
import { DomainError } from "../../domain/shared/errors";
import { listUnitKerja } from "../../storage/repositories/organisasi-profil-repository";
import {
  deletePejabat,
  getPejabat,
  insertPejabat,
  listPejabat,
  type PejabatBaru,
  type PejabatRow,
  updatePejabat,
} from "../../storage/repositories/pejabat-repository";
import { mutasi } from "../audit/mutasi";
import { type LingkupOpd, otorisasiOpd, otorisasiPemda } from "../bersama/lingkup";
import { samaData } from "../bersama/sama";
import type { ServiceContext } from "../context";
import { NotFoundError } from "../errors";
import { golonganDariPangkat } from "./golongan";
import { kepalaTumpangTindih, pesanTumpangTindih } from "./masa-jabatan";
import { alasanPejabatTerpakai } from "./pejabat-terpakai";

export interface PejabatMasukan {
  kode: string;
  peran: (typeof PERAN_PEJABAT)[number];
  nama: string;
  gelarDepan?: string | null;
  gelarBelakang?: string | null;
  nip?: string | null;
  pangkat?: string | null;
  golongan?: string | null;
  jabatan: string;
  eselon?: (typeof ESELON)[number] | null;
  unitKode?: string | null;
  mulai?: string | null;
  selesai?: string | null;
  catatan?: string | null;
}

type Bentuk = Omit<PejabatBaru, "pemdaId" | "opdId" | "unitId"> & { unitKode: string | null };

/** Validates one pejabat and returns its stored form; errors name the row (`baris`) and the field. */
export function normalPejabat(m: PejabatMasukan, baris: number): Bentuk {
  const pre = `Pejabat baris ${baris}`;
  const wajib = (v: string | null | undefined, field: string) => {
    if (!v?.trim()) throw new DomainError(`${field}_wajib`, `${pre}: ${field} wajib diisi`, { baris, field });
    return v.trim();
  };
  const nipTeks = m.nip?.trim() ? m.nip : null;
  if (!nipTeks && m.peran !== "kepala-daerah") wajib(null, "nip");
  const nip = nipTeks ? parseNip(nipTeks, `${pre}, NIP`).nip : null;
  if (m.eselon && !ESELON.includes(m.eselon)) {
    throw new DomainError("eselon_tidak_dikenal", `${pre}: eselon "${m.eselon}" tidak dikenal (II, III, IV)`, {
      baris,
    });
  }
  const mulai = m.mulai ? tanggal(m.mulai, `${pre}, mulai`) : null;
  const selesai = m.selesai ? tanggal(m.selesai, `${pre}, selesai`) : null;
  if (mulai && selesai && selesai < mulai) {
    throw new DomainError("tanggal_terbalik", `${pre}: tanggal selesai ${selesai} sebelum tanggal mulai ${mulai}`, {
      baris,
    });
  }
  return {
    kode: wajib(m.kode, "kode"),
    peran: m.peran,
    nama: wajib(m.nama, "nama"),
    gelarDepan: m.gelarDepan?.trim() || null,
    gelarBelakang: m.gelarBelakang?.trim() || null,
    nip,
    pangkat: m.pangkat?.trim() || null,
    golongan: m.golongan?.trim() || golonganDariPangkat(m.pangkat),
    jabatan: wajib(m.jabatan, "jabatan"),
    eselon: m.eselon ?? null,
    unitKode: m.unitKode ?? null,
    mulai,
    selesai,
    catatan: m.catatan ?? null,
  };
}

function tanggal(teks: string, field: string): string {
  const t = parseTanggalIso(teks, field);
  return `${t.year}-${String(t.month).padStart(2, "0")}-${String(t.day).padStart(2, "0")}`;
}

async function petaUnit(ctx: ServiceContext, opdId: string | null) {
  const units = opdId ? await listUnitKerja(ctx.db, opdId) : [];
  return { keId: new Map(units.map((u) => [u.kode, u.id])), keKode: new Map(units.map((u) => [u.id, u.kode])) };
}

function bentukLama(r: PejabatRow, keKode: Map<string, string>): Bentuk {
  const { id: _i, pemdaId: _p, opdId: _o, unitId, ...rest } = r;
  return { ...rest, unitKode: unitId ? (keKode.get(unitId) ?? null) : null };
}

/** Saves the pejabat of an OPD (`lingkup`) or of the Pemda level (`lingkup.opd` null) as a whole set. */
export async function simpanDaftarPejabat(
  ctx: ServiceContext,
  lingkup: { pemda: string; opd: string | null },
  daftar: PejabatMasukan[],
): Promise<{ diubah: boolean }> {
  const scope = lingkup.opd
    ? await otorisasiOpd(ctx, lingkup as LingkupOpd, "organisasi.ubah")
    : { ...(await otorisasiPemda(ctx, lingkup.pemda, "pemda.kelola")), opdId: null };
  const { pemdaId } = scope;
  const opdId = scope.opdId;
  const baru = daftar.map((m, i) => normalPejabat(m, i + 1));
  const unit = await petaUnit(ctx, opdId);
  for (const [i, b] of baru.entries()) {
    if (b.unitKode && !unit.keId.has(b.unitKode)) {
      throw new DomainError("unit_tidak_ada", `Pejabat baris ${i + 1}: unit "${b.unitKode}" tidak ada`, {
        baris: i + 1,
      });
    }
  }
  const lama = await listPejabat(ctx.db, pemdaId, opdId);
  const sebelum = lama.map((r) => bentukLama(r, unit.keKode));
  const urut = <T extends { kode: string }>(xs: T[]) => [...xs].sort((a, b) => a.kode.localeCompare(b.kode));
  if (samaData(urut(sebelum), urut(baru))) return { diubah: false };
  const tumpang = kepalaTumpangTindih(baru)[0];
  if (tumpang) {
    const [i, j] = tumpang;
    throw new DomainError(
      "kepala_tumpang_tindih",
      `Pejabat baris ${j + 1}: ${pesanTumpangTindih(baru[j]!, baru[i]!)}`,
      {
        baris: j + 1,
        field: "peran",
        value: baru[j]!.kode,
      },
    );
  }
  const terhapus = lama.filter((r) => !baru.some((b) => b.kode === r.kode));
  const alasan = await alasanPejabatTerpakai(
    ctx.db,
    pemdaId,
    opdId,
    terhapus.map((r) => r.id),
  );
  const tetap = terhapus.find((r) => alasan.has(r.id));
  if (tetap) {
    throw new DomainError("pejabat_dipakai", `pejabat "${tetap.kode}" tidak dapat dihapus: ${alasan.get(tetap.id)}`, {
      field: "kode",
      value: tetap.kode,
    });
  }
  return mutasi(ctx, { entity: "pejabat", action: "simpan-daftar", pemdaId, opdId }, async (tx) => {
    const ada = new Map(lama.map((r) => [r.kode, r.id]));
    for (const { unitKode, ...b } of baru) {
      const row = { ...b, pemdaId, opdId, unitId: unitKode ? (unit.keId.get(unitKode) ?? null) : null };
      const id = ada.get(b.kode);
      if (id) await updatePejabat(tx, id, row);
      else await insertPejabat(tx, row);
    }
    const dipakai = new Set(baru.map((b) => b.kode));
    await deletePejabat(
      tx,
      lama.filter((r) => !dipakai.has(r.kode)).map((r) => r.id),
    );
    return { entityId: opdId ?? pemdaId, before: sebelum, after: baru, result: { diubah: true } };
  });
}

/** Edits one pejabat of an OPD (inline edit); same validation as the set. */
export async function ubahPejabat(ctx: ServiceContext, lingkup: LingkupOpd, id: string, m: PejabatMasukan) {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "organisasi.ubah");
  const lamaRow = await getPejabat(ctx.db, pemdaId, id);
  if (!lamaRow || lamaRow.opdId !== opdId) throw new NotFoundError("Pejabat tidak ditemukan");
  const unit = await petaUnit(ctx, opdId);
  const { unitKode, ...b } = normalPejabat(m, 1);
  if (unitKode && !unit.keId.has(unitKode)) throw new DomainError("unit_tidak_ada", `unit "${unitKode}" tidak ada`, {});
  const before = bentukLama(lamaRow, unit.keKode);
  const lain = (await listPejabat(ctx.db, pemdaId, opdId)).filter((r) => r.id !== id);
  const bentrok = lain.find((r) => b.peran === r.peran && kepalaTumpangTindih([r, b]).length > 0);
  if (bentrok) {
    throw new DomainError("kepala_tumpang_tindih", pesanTumpangTindih(b, bentrok), { field: "peran", value: b.kode });
  }
  return mutasi(ctx, { entity: "pejabat", action: "ubah", pemdaId, opdId }, async (tx) => {
    await updatePejabat(tx, id, { ...b, unitId: unitKode ? (unit.keId.get(unitKode) ?? null) : null });
    return { entityId: id, before, after: { ...b, unitKode }, result: { id } };
  });
}

/**
 * One-time codes printed at the counter (issue 12, ADR 0021). A service may ask for one ("wajib kode"); the counter
 * generates N codes (skm.ubah of the OPD) and prints them; each code admits one submission. Codes are stored as
 * hashes only and shown once, when generated.
 */
import { createHash, randomInt, randomUUID } from "node:crypto";
import { DomainError } from "../../domain/shared/errors";
import {
  getWajibKode,
  hitungKodeSekali,
  insertKodeSekali,
  lepasKodeSekali,
  pakaiKodeSekali,
  setWajibKode,
} from "../../storage/repositories/skm-publik-repository";
import { mutasi } from "../audit/mutasi";
import { otorisasiOpd } from "../bersama/lingkup";
import type { ServiceContext } from "../context";
import { resolvePemda } from "../organisasi/resolve-opd";
import { pastikanLayananOpd } from "./layanan";

/** No 0/O, 1/I/L: read aloud and typed on a phone without confusion. */
const ABJAD = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const PANJANG = 8;
export const MAKS_KODE_SEKALI = 1000;

export function normalisasiKode(kode: string): string {
  return kode.toUpperCase().replace(/[\s-]/g, "");
}

function hashKode(pemdaId: string, kode: string): string {
  return createHash("sha256")
    .update(`${pemdaId}:${normalisasiKode(kode)}`)
    .digest("hex");
}

function kodeAcak(): string {
  let k = "";
  for (let i = 0; i < PANJANG; i++) k += ABJAD[randomInt(ABJAD.length)];
  return `${k.slice(0, 4)}-${k.slice(4)}`;
}

export interface LingkupLayanan {
  pemda: string;
  opd: string;
  layanan: string;
}

export interface HasilBuatKode {
  layanan: string;
  batch: string;
  kode: string[];
  wajibKode: boolean;
}

export async function buatKodeSekali(ctx: ServiceContext, m: LingkupLayanan & { jumlah: number }) {
  const o = await otorisasiOpd(ctx, m, "skm.ubah");
  if (!Number.isInteger(m.jumlah) || m.jumlah < 1 || m.jumlah > MAKS_KODE_SEKALI)
    throw new DomainError("SKM_JUMLAH_KODE", `jumlah harus bilangan bulat 1–${MAKS_KODE_SEKALI}`, { field: "jumlah" });
  const layanan = await pastikanLayananOpd(ctx, o.pemdaId, o.opdId, m.layanan);
  const batch = randomUUID();
  const kode = new Set<string>();
  while (kode.size < m.jumlah) kode.add(kodeAcak());
  const daftar = [...kode];
  await mutasi(ctx, { entity: "skm.kode_sekali", action: "buat", pemdaId: o.pemdaId, opdId: o.opdId }, async (tx) => {
    await insertKodeSekali(
      tx,
      daftar.map((k) => ({
        pemdaId: o.pemdaId,
        opdId: o.opdId,
        layananKode: layanan.kode,
        kodeHash: hashKode(o.pemdaId, k),
        batch,
        dibuatPada: ctx.now(),
      })),
    );
    // the codes themselves are never written to the audit log: only how many, for which service
    return { entityId: batch, before: null, after: { layanan: layanan.kode, jumlah: daftar.length }, result: null };
  });
  const wajibKode = await getWajibKode(ctx.db, o.pemdaId, layanan.kode);
  return { layanan: layanan.kode, namaLayanan: layanan.nama, batch, kode: daftar, wajibKode };
}

export async function aturWajibKode(ctx: ServiceContext, m: LingkupLayanan & { wajibKode: boolean }) {
  const o = await otorisasiOpd(ctx, m, "skm.ubah");
  const layanan = await pastikanLayananOpd(ctx, o.pemdaId, o.opdId, m.layanan);
  const lama = await getWajibKode(ctx.db, o.pemdaId, layanan.kode);
  if (lama !== m.wajibKode)
    await mutasi(
      ctx,
      { entity: "skm.layanan_publik", action: "ubah", pemdaId: o.pemdaId, opdId: o.opdId },
      async (tx) => {
        await setWajibKode(tx, {
          pemdaId: o.pemdaId,
          opdId: o.opdId,
          layananKode: layanan.kode,
          wajibKode: m.wajibKode,
          waktu: ctx.now(),
        });
        return {
          entityId: layanan.kode,
          before: { wajibKode: lama },
          after: { wajibKode: m.wajibKode },
          result: null,
        };
      },
    );
  return {
    layanan: layanan.kode,
    wajibKode: m.wajibKode,
    ...(await hitungKodeSekali(ctx.db, o.pemdaId, layanan.kode)),
  };
}

export async function bacaKodeSekali(ctx: ServiceContext, m: LingkupLayanan) {
  const o = await otorisasiOpd(ctx, m, "skm.baca");
  const layanan = await pastikanLayananOpd(ctx, o.pemdaId, o.opdId, m.layanan);
  return {
    layanan: layanan.kode,
    wajibKode: await getWajibKode(ctx.db, o.pemdaId, layanan.kode),
    ...(await hitungKodeSekali(ctx.db, o.pemdaId, layanan.kode)),
  };
}

export interface PutusanKode {
  tolak: { status: 400 | 403 | 409; detail: string } | null;
  lepas?: () => Promise<void>;
}

/**
 * The public intake's check (no sign-in): when the service asks for a code, take it for this submission (`kunci`).
 * An unknown Pemda passes through: the intake itself answers 404.
 */
export async function periksaKodePublik(
  ctx: ServiceContext,
  a: { pemda: string; layanan: string; kunci: string; kode: string | undefined },
): Promise<PutusanKode> {
  let pemdaId: string;
  try {
    pemdaId = (await resolvePemda(ctx, a.pemda)).id;
  } catch {
    return { tolak: null };
  }
  const layananKode = a.layanan.trim().toLowerCase();
  if (!(await getWajibKode(ctx.db, pemdaId, layananKode))) return { tolak: null };
  if (!a.kode?.trim())
    return { tolak: { status: 400, detail: "Kode sekali pakai wajib diisi untuk layanan ini (minta di loket)." } };
  if (!a.kunci) return { tolak: null }; // the intake refuses a submission without a key
  const hasil = await pakaiKodeSekali(ctx.db, {
    pemdaId,
    layananKode,
    kodeHash: hashKode(pemdaId, a.kode),
    kunci: a.kunci,
    waktu: ctx.now(),
  });
  if (hasil.status === "tidak-ada")
    return { tolak: { status: 403, detail: "Kode sekali pakai tidak dikenal untuk layanan ini." } };
  if (hasil.status === "terpakai") return { tolak: { status: 409, detail: "Kode sekali pakai ini sudah dipakai." } };
  return { tolak: null, lepas: () => lepasKodeSekali(ctx.db, pemdaId, hasil.id, a.kunci) };
}

/** Whether a public service asks for a one-time code (for the public page; false for anything unknown). */
export async function wajibKodePublik(ctx: ServiceContext, pemdaSlug: string, layanan: string): Promise<boolean> {
  try {
    const pemdaId = (await resolvePemda(ctx, pemdaSlug)).id;
    return await getWajibKode(ctx.db, pemdaId, layanan.trim().toLowerCase());
  } catch {
    return false;
  }
}

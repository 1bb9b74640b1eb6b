/**
 * Paper entry and file import of respondents (skm.ubah, own OPD; open period only). All or nothing: every row is
 * checked first (errors name the row and column), then every row is written in ONE audited transaction. Each row has
 * a kunci (given, or made from the batch/file so that sending the same batch/file again stores nothing twice); a row
 * whose kunci is already stored is counted as `sudahAda`, not written again.
 */
import { createHash, randomUUID } from "node:crypto";
import { KODE_UNSUR } from "../../domain/ikm/unsur";
import {
  bacaBarisImpor,
  type BarisImpor,
  bersihkanSaran,
  gabungJumlah,
  type JumlahSkm,
  type KesalahanSel,
  periksaJawaban,
} from "../../domain/skm";
import { DomainError } from "../../domain/shared/errors";
import { insertResponden, kunciAda, type SkmRespondenBaru } from "../../storage/repositories/skm-repository";
import { mutasi } from "../audit/mutasi";
import { bacaBerkasDiPekerja } from "../berkas/pembaca";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import type { ServiceContext } from "../context";
import { ConflictError } from "../errors";
import { ringkasIkm, type RingkasIkm } from "./hasil";
import { opsiIkmPemda } from "./opsi-ikm";
import { layananOpd, pastikanTerbuka, periodeOpd } from "./umum";

export interface LingkupEntri extends LingkupOpd {
  periode: string;
  layanan: string;
}

export interface BarisKertas {
  kunci?: string | undefined;
  jawaban: Record<string, unknown>;
  responden?: Record<string, unknown> | null | undefined;
  saran?: string | null | undefined;
}

export interface HasilSimpanResponden {
  disimpan: number;
  sudahAda: number;
  periode: string;
  layanan: string;
}

const MAKS_BARIS_KERTAS = 1000;

async function simpanBaris(
  ctx: ServiceContext,
  l: LingkupEntri,
  baris: Array<BarisImpor & { kunci: string }>,
  saluran: "kertas" | "impor",
  catatan: Record<string, unknown>,
): Promise<HasilSimpanResponden> {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, l, "skm.ubah");
  const p = await periodeOpd(ctx, opdId, l.periode);
  pastikanTerbuka(p);
  const lay = await layananOpd(ctx, pemdaId, opdId, l.layanan);
  if (!lay.aktif) throw new ConflictError(`layanan "${lay.kode}" tidak aktif`);
  const ada = new Set<string>();
  for (let i = 0; i < baris.length; i += 1000) {
    for (const k of await kunciAda(
      ctx.db,
      pemdaId,
      baris.slice(i, i + 1000).map((b) => b.kunci),
    ))
      ada.add(k);
  }
  const baru = baris.filter((b) => !ada.has(b.kunci));
  const hasil = { disimpan: baru.length, sudahAda: baris.length - baru.length, periode: p.kode, layanan: lay.kode };
  if (baru.length === 0) return hasil;
  const waktu = ctx.now();
  const rows: SkmRespondenBaru[] = baru.map((b) => ({
    pemdaId,
    opdId,
    layananId: lay.id,
    periodeId: p.id,
    kuesionerVersi: null,
    umur: b.profil.umur,
    jenisKelamin: b.profil.jenisKelamin,
    pendidikan: b.profil.pendidikan,
    pekerjaan: b.profil.pekerjaan,
    ...b.nilai,
    saran: b.saran,
    saranBersih: b.saran === null ? null : bersihkanSaran(b.saran),
    saranStatus: b.saran === null ? null : "menunggu",
    saluran,
    waktu,
    kunci: b.kunci,
  }));
  return mutasi(ctx, { entity: "skm_responden", action: saluran, pemdaId, opdId }, async (tx) => {
    const ids = await insertResponden(tx, rows);
    return {
      entityId: p.id,
      before: null,
      after: { ...catatan, periode: p.kode, layanan: lay.kode, disimpan: ids.length },
      result: { ...hasil, disimpan: ids.length, sudahAda: baris.length - ids.length },
    };
  });
}

/** Paper questionnaires typed in the grid: a batch of rows, all or nothing. */
export async function simpanEntriKertas(
  ctx: ServiceContext,
  l: LingkupEntri,
  baris: BarisKertas[],
): Promise<HasilSimpanResponden> {
  await otorisasiOpd(ctx, l, "skm.ubah");
  if (baris.length === 0) throw new DomainError("baris_kosong", "tidak ada baris responden", { field: "baris" });
  if (baris.length > MAKS_BARIS_KERTAS) {
    throw new DomainError("baris_terlalu_banyak", `maksimal ${MAKS_BARIS_KERTAS} baris per simpan`, { field: "baris" });
  }
  const errors: KesalahanSel[] = [];
  const sah: Array<BarisImpor & { kunci: string }> = [];
  const kunciBatch = randomUUID();
  baris.forEach((b, i) => {
    try {
      const j = periksaJawaban(b, `baris ${i + 1}`);
      const kunci = b.kunci?.trim() || `kertas:${kunciBatch}:${i + 1}`;
      if (!/^[A-Za-z0-9._:-]{1,100}$/.test(kunci)) {
        throw new DomainError("kunci_tidak_valid", `baris ${i + 1}: kunci "${kunci}" tidak sah`, { field: "kunci" });
      }
      sah.push({ ...j, baris: i + 1, kunci });
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      errors.push({ baris: i + 1, kolom: String(e.details.field ?? ""), pesan: e.message });
    }
  });
  if (errors.length) {
    throw new DomainError("entri_skm_tidak_valid", `Entri ditolak: ${errors.length} kesalahan (${errors[0]!.pesan})`, {
      field: "baris",
      errors,
    });
  }
  return simpanBaris(ctx, l, sah, "kertas", { jumlahBaris: baris.length });
}

export interface PermintaanImporSkm extends LingkupEntri {
  berkas: { nama: string; isi: Uint8Array };
}

export interface PratinjauImporSkm {
  berkas: { nama: string; hash: string; jenis: string };
  periode: string;
  layanan: string;
  responden: number;
  /** How many rows of the file are already stored (same kunci): a confirm will skip them. */
  sudahAda: number;
  contoh: Array<{ baris: number; nilai: Record<string, number>; saran: string | null }>;
  hasil: RingkasIkm | null;
}

async function siapkanImpor(ctx: ServiceContext, p: PermintaanImporSkm) {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, p, "skm.ubah");
  const per = await periodeOpd(ctx, opdId, p.periode);
  pastikanTerbuka(per);
  const lay = await layananOpd(ctx, pemdaId, opdId, p.layanan);
  const hash = createHash("sha256").update(p.berkas.isi).digest("hex");
  const { jenis, lembar } = await bacaBerkasDiPekerja(p.berkas.isi, ctx.batasImpor, "teks");
  const isi =
    lembar.find((s) =>
      s.baris.some((r) => KODE_UNSUR.every((k) => r.map((c) => c.trim().toLowerCase()).includes(k))),
    ) ?? lembar[0];
  const baris = bacaBarisImpor(isi?.baris ?? []).map((b) => ({
    ...b,
    kunci: b.kunci ?? `impor:${hash.slice(0, 24)}:${b.baris}`,
  }));
  const ada = new Set<string>();
  for (let i = 0; i < baris.length; i += 1000) {
    for (const k of await kunciAda(
      ctx.db,
      pemdaId,
      baris.slice(i, i + 1000).map((b) => b.kunci),
    ))
      ada.add(k);
  }
  const j: JumlahSkm = gabungJumlah(baris.map((b) => ({ responden: 1, jumlah: b.nilai })));
  const pratinjau: PratinjauImporSkm = {
    berkas: { nama: p.berkas.nama, hash, jenis },
    periode: per.kode,
    layanan: lay.kode,
    responden: baris.length,
    sudahAda: ada.size,
    contoh: baris.slice(0, 20).map((b) => ({
      baris: b.baris,
      nilai: { ...b.nilai },
      saran: b.saran === null ? null : bersihkanSaran(b.saran),
    })),
    hasil: ringkasIkm(j, await opsiIkmPemda(ctx.db, pemdaId, per.mulai)),
  };
  return { baris, pratinjau, hash };
}

/** Preview: parses and checks the file, nothing is written. */
export async function pratinjauImporSkm(ctx: ServiceContext, p: PermintaanImporSkm): Promise<PratinjauImporSkm> {
  return (await siapkanImpor(ctx, p)).pratinjau;
}

/** Confirm: the same checks, then every row in one transaction (a row already stored is skipped). */
export async function konfirmasiImporSkm(
  ctx: ServiceContext,
  p: PermintaanImporSkm & { hashBerkas?: string | undefined },
): Promise<HasilSimpanResponden & { pratinjau: PratinjauImporSkm }> {
  const s = await siapkanImpor(ctx, p);
  if (p.hashBerkas && p.hashBerkas !== s.hash) {
    throw new ConflictError("Berkas berbeda dengan berkas yang dipratinjau; unggah ulang dan buat pratinjau baru");
  }
  const hasil = await simpanBaris(ctx, p, s.baris, "impor", { berkas: p.berkas.nama, hash: s.hash });
  return { ...hasil, pratinjau: s.pratinjau };
}

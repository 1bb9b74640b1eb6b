/**
 * Saving linked results: a survey result (respondents + Σ per unsur, or NRR per unsur) and an AKIP evaluation
 * (component scores + framework). Both are validated by computing them with the rules core before they are stored.
 * Permissions: survey → skm.ubah; evaluation → evaluasi.ubah. Lock: pengukuran of the result's year (they feed it).
 */
import { KODE_UNSUR } from "../../domain/ikm/unsur";
import { hitungIkm } from "../../domain/ikm";
import { hitungNilaiKomponen, kerangkaDariKunci } from "../../domain/akip";
import { parseTanggalIso } from "../../domain/format/tanggal";
import { DomainError } from "../../domain/shared/errors";
import {
  listHasilAkip,
  listHasilSurvei,
  upsertHasilAkip,
  upsertHasilSurvei,
} from "../../storage/repositories/hasil-tertaut-repository";
import { pastikanBolehDiubah } from "../alur/status-periode";
import { mutasi } from "../audit/mutasi";
import { angkaMesin } from "../bersama/angka";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import { samaData } from "../bersama/sama";
import type { ServiceContext } from "../context";

export interface HasilSurveiMasukan {
  kode: string;
  tahun: number;
  periodeMulai: string;
  periodeSelesai: string;
  responden: number | null;
  jenisMasukan: "jumlah" | "nrr";
  nilai: Record<string, string | number>;
  ikmDicetak?: string | null;
  sumber?: string | null;
}

export async function simpanHasilSurvei(ctx: ServiceContext, lingkup: LingkupOpd, m: HasilSurveiMasukan) {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "skm.ubah");
  parseTanggalIso(m.periodeMulai, "periode mulai");
  parseTanggalIso(m.periodeSelesai, "periode selesai");
  if (m.periodeSelesai < m.periodeMulai)
    throw new DomainError("periode_terbalik", "periode selesai sebelum periode mulai");
  const nilai = Object.fromEntries(KODE_UNSUR.map((k) => [k, angkaMesin(m.nilai[k] ?? "", `unsur ${k}`)]));
  const ada = (await listHasilSurvei(ctx.db, [opdId])).find((h) => h.kode === m.kode);
  const baru = {
    kode: m.kode,
    tahun: m.tahun,
    periodeMulai: m.periodeMulai,
    periodeSelesai: m.periodeSelesai,
    responden: m.responden,
    jenisMasukan: m.jenisMasukan,
    nilai,
    // Not sent (the API body has no printed figures) → keep the stored note, so GET → PUT unchanged changes nothing.
    ikmDicetak: m.ikmDicetak === undefined ? (ada?.ikmDicetak ?? null) : m.ikmDicetak,
    sumber: m.sumber ?? null,
  };
  // Validates Σ/NRR ranges and the respondent count (DomainError naming the unsur).
  hitungIkm(
    m.jenisMasukan === "jumlah"
      ? { jenis: "jumlah", responden: m.responden, jumlah: nilai }
      : { jenis: "nrr", nrr: nilai, responden: m.responden },
  );
  const lama = ada ? (({ id: _i, pemdaId: _p, opdId: _o, ...r }) => r)(ada) : null;
  if (samaData(lama, baru)) return { id: ada!.id, diubah: false };
  return mutasi(ctx, { entity: "hasil_survei", action: ada ? "ubah" : "buat", pemdaId, opdId }, async (tx) => {
    await pastikanBolehDiubah(tx, { pemdaId, opdId, tahun: m.tahun, modul: "pengukuran" });
    const row = await upsertHasilSurvei(tx, { pemdaId, opdId, ...baru });
    return { entityId: row.id, before: lama, after: baru, result: { id: row.id, diubah: true } };
  });
}

export interface HasilAkipMasukan {
  tahun: number;
  jenis?: "hasil" | "target";
  kerangka: string;
  komponen: Record<string, string | number>;
  totalDicetak?: string | null;
  kategoriDicetak?: string | null;
  sumber?: string | null;
}

export async function simpanHasilAkip(ctx: ServiceContext, lingkup: LingkupOpd, m: HasilAkipMasukan) {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "evaluasi.ubah");
  const kerangka = kerangkaDariKunci(m.kerangka);
  const komponen = Object.fromEntries(Object.entries(m.komponen).map(([k, v]) => [k, angkaMesin(v, `komponen ${k}`)]));
  hitungNilaiKomponen(komponen, { kerangka });
  const jenis = m.jenis ?? ("hasil" as const);
  const ada = (await listHasilAkip(ctx.db, [opdId])).find((h) => h.tahun === m.tahun && h.jenis === jenis);
  const baru = {
    tahun: m.tahun,
    jenis,
    kerangka: kerangka.value.kerangka,
    komponen,
    // Printed figures not sent → kept (see simpanHasilSurvei).
    totalDicetak: m.totalDicetak === undefined ? (ada?.totalDicetak ?? null) : m.totalDicetak,
    kategoriDicetak: m.kategoriDicetak === undefined ? (ada?.kategoriDicetak ?? null) : m.kategoriDicetak,
    sumber: m.sumber ?? null,
  };
  const lama = ada ? (({ id: _i, pemdaId: _p, opdId: _o, ...r }) => r)(ada) : null;
  if (samaData(lama, baru)) return { id: ada!.id, diubah: false };
  return mutasi(ctx, { entity: "hasil_evaluasi_akip", action: ada ? "ubah" : "buat", pemdaId, opdId }, async (tx) => {
    await pastikanBolehDiubah(tx, { pemdaId, opdId, tahun: m.tahun, modul: "pengukuran" });
    const row = await upsertHasilAkip(tx, { pemdaId, opdId, ...baru });
    return { entityId: row.id, before: lama, after: baru, result: { id: row.id, diubah: true } };
  });
}

/**
 * Renstra of an OPD: period, misi RPJMD supported, tujuan → sasaran → strategi/kebijakan, saved as one document
 * keyed by kode (ids of unchanged tujuan/sasaran stay stable, so indicators keep pointing at them).
 * Lock: perencanaan of the Renstra's first year.
 */
import { DomainError } from "../../domain/shared/errors";
import { listIndikator } from "../../storage/repositories/indikator-repository";
import {
  deleteSasaran,
  deleteTujuan,
  listArahOpd,
  listRenstra,
  listRpjmd,
  listSasaranOpd,
  listTujuan,
  replaceArah,
  upsertRenstra,
  upsertSasaran,
  upsertTujuan,
} from "../../storage/repositories/perencanaan-repository";
import { pastikanBolehDiubah } from "../alur/status-periode";
import { mutasi } from "../audit/mutasi";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import { samaData } from "../bersama/sama";
import type { ServiceContext } from "../context";
import { periksaPeriode } from "./simpan-rpjmd";

export interface ArahMasukan {
  kode: string;
  teks: string;
}

export interface SasaranMasukan {
  kode: string;
  teks: string;
  sumber?: string | null;
  strategi: ArahMasukan[];
  kebijakan: ArahMasukan[];
}

export interface RenstraMasukan {
  tahunAwal: number;
  tahunAkhir: number;
  namaDokumen: string;
  misiNomor: number[];
  catatan?: string | null;
  tujuan: Array<{ kode: string; teks: string; sumber?: string | null; sasaran: SasaranMasukan[] }>;
}

function periksa(m: RenstraMasukan): void {
  periksaPeriode(m.tahunAwal, m.tahunAkhir);
  if (!m.namaDokumen.trim()) throw new DomainError("nama_wajib", "nama dokumen: wajib diisi", { field: "namaDokumen" });
  const kode = new Set<string>();
  const kodeTujuan = new Set<string>();
  for (const t of m.tujuan) {
    if (!t.kode.trim() || !t.teks.trim())
      throw new DomainError("tujuan_wajib", `tujuan "${t.kode}": kode dan teks wajib diisi`);
    // Two tujuan with one kode would be merged into one on save: refuse instead.
    if (kodeTujuan.has(t.kode)) throw new DomainError("kode_ganda", `tujuan: kode "${t.kode}" ganda dalam Renstra`);
    kodeTujuan.add(t.kode);
    for (const s of t.sasaran) {
      if (!s.kode.trim() || !s.teks.trim())
        throw new DomainError("sasaran_wajib", `sasaran "${s.kode}": kode dan teks wajib diisi`);
      if (kode.has(s.kode)) throw new DomainError("kode_ganda", `sasaran: kode "${s.kode}" ganda dalam Renstra`);
      kode.add(s.kode);
      for (const [jenis, daftar] of [
        ["strategi", s.strategi],
        ["kebijakan", s.kebijakan],
      ] as const) {
        const kodeArah = new Set<string>();
        daftar.forEach((x, i) => {
          if (!x.kode.trim() || !x.teks.trim())
            throw new DomainError("arah_wajib", `${jenis} ${i + 1} sasaran ${s.kode}: kode dan teks wajib diisi`);
          if (kodeArah.has(x.kode))
            throw new DomainError("kode_ganda", `${jenis} ${i + 1} sasaran ${s.kode}: kode "${x.kode}" ganda`);
          kodeArah.add(x.kode);
        });
      }
    }
  }
}

/** The stored Renstra of an OPD (period starting `tahunAwal`) in the input's shape, or null. */
export async function bacaRenstraMasukan(ctx: ServiceContext, opdId: string, tahunAwal: number) {
  const r = (await listRenstra(ctx.db, opdId)).find((x) => x.tahunAwal === tahunAwal);
  if (!r) return null;
  const [tujuan, sasaran, arah] = await Promise.all([
    listTujuan(ctx.db, r.id),
    listSasaranOpd(ctx.db, opdId),
    listArahOpd(ctx.db, opdId),
  ]);
  const bentuk: RenstraMasukan = {
    tahunAwal: r.tahunAwal,
    tahunAkhir: r.tahunAkhir,
    namaDokumen: r.namaDokumen,
    misiNomor: r.misiNomor,
    catatan: r.catatan,
    tujuan: tujuan.map((t) => ({
      kode: t.kode,
      teks: t.teks,
      sumber: t.sumber,
      sasaran: sasaran
        .filter((s) => s.tujuanId === t.id)
        .map((s) => ({
          kode: s.kode,
          teks: s.teks,
          sumber: s.sumber,
          strategi: arah
            .filter((a) => a.sasaranId === s.id && a.jenis === "strategi")
            .map((a) => ({ kode: a.kode, teks: a.teks })),
          kebijakan: arah
            .filter((a) => a.sasaranId === s.id && a.jenis === "kebijakan")
            .map((a) => ({ kode: a.kode, teks: a.teks })),
        })),
    })),
  };
  return { renstra: r, tujuan, sasaran: sasaran.filter((s) => tujuan.some((t) => t.id === s.tujuanId)), bentuk };
}

function normal(m: RenstraMasukan): RenstraMasukan {
  return {
    ...m,
    catatan: m.catatan ?? null,
    tujuan: m.tujuan.map((t) => ({
      ...t,
      sumber: t.sumber ?? null,
      sasaran: t.sasaran.map((s) => ({ ...s, sumber: s.sumber ?? null })),
    })),
  };
}

export async function simpanRenstra(ctx: ServiceContext, lingkup: LingkupOpd, masukan: RenstraMasukan) {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "perencanaan.ubah");
  const m = normal(masukan);
  periksa(m);
  const lama = await bacaRenstraMasukan(ctx, opdId, m.tahunAwal);
  if (lama && samaData(lama.bentuk, m)) return { id: lama.renstra.id, diubah: false };
  const rpjmd = (await listRpjmd(ctx.db, pemdaId)).find(
    (r) => r.tahunAwal <= m.tahunAwal && m.tahunAwal <= r.tahunAkhir,
  );
  return mutasi(ctx, { entity: "renstra", action: lama ? "ubah" : "buat", pemdaId, opdId }, async (tx) => {
    await pastikanBolehDiubah(tx, { pemdaId, opdId, tahun: m.tahunAwal, modul: "perencanaan" });
    const r = await upsertRenstra(tx, {
      pemdaId,
      opdId,
      rpjmdId: rpjmd?.id ?? null,
      tahunAwal: m.tahunAwal,
      tahunAkhir: m.tahunAkhir,
      namaDokumen: m.namaDokumen,
      misiNomor: m.misiNomor,
      catatan: m.catatan ?? null,
    });
    const sasaranDipakai = new Set<string>();
    const tujuanDipakai = new Set<string>();
    for (const [it, t] of m.tujuan.entries()) {
      const tr = await upsertTujuan(tx, {
        pemdaId,
        opdId,
        renstraId: r.id,
        kode: t.kode,
        teks: t.teks,
        urutan: it,
        sumber: t.sumber ?? null,
      });
      tujuanDipakai.add(tr.id);
      for (const [is, s] of t.sasaran.entries()) {
        const sr = await upsertSasaran(tx, {
          pemdaId,
          opdId,
          tujuanId: tr.id,
          kode: s.kode,
          teks: s.teks,
          urutan: is,
          sumber: s.sumber ?? null,
        });
        sasaranDipakai.add(sr.id);
        const arah = [
          ...s.strategi.map((a, i) => ({ jenis: "strategi" as const, kode: a.kode, teks: a.teks, urutan: i })),
          ...s.kebijakan.map((a, i) => ({ jenis: "kebijakan" as const, kode: a.kode, teks: a.teks, urutan: i })),
        ];
        await replaceArah(tx, { pemdaId, opdId, sasaranId: sr.id }, arah);
      }
    }
    const hapusSasaran = (lama?.sasaran ?? []).filter((s) => !sasaranDipakai.has(s.id));
    const dipakaiIndikator = new Set((await listIndikator(tx, opdId)).map((i) => i.sasaranId));
    const masihDipakai = hapusSasaran.find((s) => dipakaiIndikator.has(s.id));
    if (masihDipakai) {
      throw new DomainError(
        "sasaran_dipakai",
        `sasaran "${masihDipakai.kode}" tidak dapat dihapus: masih memiliki indikator`,
        {
          field: "sasaran",
          value: masihDipakai.kode,
        },
      );
    }
    await deleteSasaran(
      tx,
      hapusSasaran.map((s) => s.id),
    );
    await deleteTujuan(
      tx,
      (lama?.tujuan ?? []).filter((t) => !tujuanDipakai.has(t.id)).map((t) => t.id),
    );
    return { entityId: r.id, before: lama?.bentuk ?? null, after: m, result: { id: r.id, diubah: true } };
  });
}

/**
 * The LKjIP's analysis of obstacles and solutions (Bab III) draws on the quarterly factors of the Rencana Aksi
 * (issue #19): per Renstra sasaran, the faktor pendorong/penghambat and langkah entered with the quarterly reports of
 * the PK rows linked to its indicators, each line naming quarter and indicator. Used only where the operator has not
 * written the sasaran's analysis (or left its penghambat and solusi empty); writing it on the Pengukuran page
 * replaces the generated text.
 */
import { LABEL_TRIWULAN, type Triwulan } from "../../domain/renaksi/triwulan";
import type { Db } from "../../storage/database";
import { listIndikator } from "../../storage/repositories/indikator-repository";
import { muatRenaksi } from "./muat-renaksi";

export interface FaktorSasaran {
  faktorPendukung: string[];
  faktorPenghambat: string[];
  solusi: string[];
}

export async function faktorTriwulanPerSasaran(
  db: Db,
  pemdaId: string,
  opdId: string,
  tahun: number,
): Promise<Map<string, FaktorSasaran>> {
  const [data, indikator] = await Promise.all([muatRenaksi(db, pemdaId, opdId, tahun), listIndikator(db, opdId)]);
  const sasaranDari = new Map(indikator.map((i) => [i.id, i.sasaranId]));
  const hasil = new Map<string, FaktorSasaran>();
  for (const d of data.pk) {
    for (const b of d.baris) {
      const sasaranId = b.indikatorId ? sasaranDari.get(b.indikatorId) : undefined;
      if (!sasaranId) continue;
      const f = hasil.get(sasaranId) ?? { faktorPendukung: [], faktorPenghambat: [], solusi: [] };
      const rows = [...(d.realisasi.get(b.id) ?? [])].sort((x, y) => x.triwulan - y.triwulan);
      for (const r of rows) {
        const awal = `${LABEL_TRIWULAN[r.triwulan as Triwulan]} — ${b.indikator}: `;
        const tambah = (xs: string[], teks: string) => {
          const t = teks.trim();
          if (t && !xs.includes(awal + t)) xs.push(awal + t);
        };
        tambah(f.faktorPendukung, r.faktorPendorong);
        tambah(f.faktorPenghambat, r.faktorPenghambat);
        tambah(f.solusi, r.langkah);
      }
      hasil.set(sasaranId, f);
    }
  }
  return hasil;
}

/**
 * The analysis of each sasaran for the report: the operator's own where written; else (or where its penghambat and
 * solusi are both empty) the quarterly factors. Pure: exported for tests.
 */
export function lengkapiAnalisis<T extends { sasaranKode: string } & FaktorSasaran>(
  tersimpan: readonly T[],
  faktor: ReadonlyMap<string, FaktorSasaran>,
  kodeSasaran: ReadonlyMap<string, string>,
  kosong: (sasaranKode: string) => T,
): T[] {
  const hasil = [...tersimpan];
  for (const [sasaranId, f] of faktor) {
    const kode = kodeSasaran.get(sasaranId);
    if (!kode || (f.faktorPenghambat.length === 0 && f.solusi.length === 0 && f.faktorPendukung.length === 0)) continue;
    const i = hasil.findIndex((a) => a.sasaranKode === kode);
    if (i < 0) {
      hasil.push({ ...kosong(kode), ...f });
      continue;
    }
    const a = hasil[i]!;
    if (a.faktorPenghambat.length === 0 && a.solusi.length === 0) {
      hasil[i] = {
        ...a,
        faktorPenghambat: f.faktorPenghambat,
        solusi: f.solusi,
        faktorPendukung: a.faktorPendukung.length ? a.faktorPendukung : f.faktorPendukung,
      };
    }
  }
  return hasil;
}

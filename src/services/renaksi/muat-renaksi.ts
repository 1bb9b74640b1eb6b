/**
 * Loads the Rencana Aksi of an OPD and year: the latest PK version per Pihak Pertama (awal, or perubahan when it
 * exists — regulations.md §3.1), its indicator rows, their quarterly targets, actions and quarterly realisasi.
 * No authorisation: callers pass an authorised OPD.
 */
import type { Db } from "../../storage/database";
import { listPejabat } from "../../storage/repositories/pejabat-repository";
import { listKinerja, listPk, type PkKinerjaRow, type PkRow } from "../../storage/repositories/pk-repository";
import {
  listRenaksiAksi,
  listRenaksiIndikator,
  listRenaksiRealisasi,
  listStatusTriwulan,
  type RenaksiAksiRow,
  type RenaksiIndikatorRow,
  type RenaksiRealisasiRow,
  type StatusTriwulan,
} from "../../storage/repositories/renaksi-repository";
import { muatDataPengukuran } from "../pengukuran/muat-data";
import { realisasiTahun } from "../pengukuran/sumber-nilai";
import { namaLengkap } from "../pk/baca-pk";
import { pkTerbaru } from "../pk/pohon";

export interface DataRenaksiPk {
  pk: PkRow;
  pihakPertama: string;
  jabatan: string;
  baris: PkKinerjaRow[];
  target: Map<string, RenaksiIndikatorRow>;
  aksi: Map<string, RenaksiAksiRow[]>;
  realisasi: Map<string, RenaksiRealisasiRow[]>;
}

export interface DataRenaksi {
  pk: DataRenaksiPk[];
  /** PK rows whose TW IV realisasi is the annual realisasi of Pengukuran (ADR 0041): id → value. */
  sinkronTw4: Map<string, string>;
  statusTriwulan: Map<number, StatusTriwulan>;
}

function kelompok<T extends { pkKinerjaId: string }>(rows: readonly T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) m.set(r.pkKinerjaId, [...(m.get(r.pkKinerjaId) ?? []), r]);
  return m;
}

export async function muatRenaksi(db: Db, pemdaId: string, opdId: string, tahun: number): Promise<DataRenaksi> {
  const pks = pkTerbaru(await listPk(db, opdId, tahun)).filter((p) => p.tahun === tahun);
  const kinerja = (
    await listKinerja(
      db,
      pks.map((p) => p.id),
    )
  ).filter((k) => k.targetTeks !== null && k.targetTeks.trim() !== "");
  const ids = kinerja.map((k) => k.id);
  const [target, aksi, realisasiTersimpan, statusTriwulan, pejabat, pengukuran] = await Promise.all([
    listRenaksiIndikator(db, opdId, ids),
    listRenaksiAksi(db, opdId, ids),
    listRenaksiRealisasi(db, opdId, ids),
    listStatusTriwulan(db, opdId, tahun),
    listPejabat(db, pemdaId, opdId),
    muatDataPengukuran(db, opdId, pemdaId),
  ]);
  // ADR 0041: the annual realisasi of a PK row linked to a Renstra indicator lives in `realisasi` (Pengukuran, the
  // LKjIP's source); for a level or cumulative target it IS the TW IV figure, read through, never a second copy.
  // The annual value as Pengukuran shows it (typed, or from the SKM/AKIP results the indicator takes it from).
  const tahunan = (indikatorId: string): string | undefined => {
    const ind = pengukuran.indikator.find((i) => i.id === indikatorId);
    return ind ? (realisasiTahun(pengukuran, ind, tahun).realisasi?.nilai ?? undefined) : undefined;
  };
  const sinkron = new Map<string, string>();
  for (const k of kinerja) {
    const sifat = target.find((t) => t.pkKinerjaId === k.id)?.sifat;
    const nilai = k.indikatorId && (sifat === "tingkat" || sifat === "kumulatif") ? tahunan(k.indikatorId) : undefined;
    if (nilai !== undefined && (sifat === "tingkat" || sifat === "kumulatif")) sinkron.set(k.id, nilai);
  }
  const realisasi = realisasiTersimpan.filter((r) => !(r.triwulan === 4 && sinkron.has(r.pkKinerjaId)));
  for (const [id, nilai] of sinkron) {
    const ada = realisasiTersimpan.find((r) => r.pkKinerjaId === id && r.triwulan === 4);
    realisasi.push({
      ...(ada ?? {
        id: "",
        pemdaId,
        opdId,
        pkKinerjaId: id,
        triwulan: 4,
        realisasiAnggaran: null,
        faktorPenghambat: "",
        faktorPendorong: "",
        langkah: "",
      }),
      nilai,
      sumber: "Pengukuran Kinerja (realisasi tahunan)",
    });
  }
  const targetMap = new Map(target.map((t) => [t.pkKinerjaId, t]));
  const aksiMap = kelompok(aksi);
  const realMap = kelompok(realisasi);
  const urutLevel = { "kepala-opd": 0, "eselon-iii": 1, "eselon-iv": 2 } as const;
  return {
    statusTriwulan,
    sinkronTw4: sinkron,
    pk: [...pks]
      .sort((a, b) => urutLevel[a.level] - urutLevel[b.level] || a.kode.localeCompare(b.kode))
      .map((p) => {
        const pj = pejabat.find((x) => x.id === p.pihakPertamaId);
        return {
          pk: p,
          pihakPertama: pj ? namaLengkap(pj) : "",
          jabatan: pj?.jabatan ?? "",
          baris: kinerja
            .filter((k) => k.pkId === p.id)
            .sort((a, b) => a.urutan - b.urutan || a.kode.localeCompare(b.kode)),
          target: targetMap,
          aksi: aksiMap,
          realisasi: realMap,
        };
      }),
  };
}

/** The canonical form of one quarter's realisasi (what its version, the If-Match of the save, is the hash of). */
export function kanonTriwulanDari(data: DataRenaksi, n: number): unknown[] {
  const baris = data.pk.flatMap((d) =>
    d.baris.map((b) => ({ b, r: (d.realisasi.get(b.id) ?? []).find((x) => x.triwulan === n) })),
  );
  return baris.map(({ b, r }) => [
    b.id,
    r ? [r.nilai, r.realisasiAnggaran, r.faktorPenghambat, r.faktorPendorong, r.langkah] : null,
  ]);
}

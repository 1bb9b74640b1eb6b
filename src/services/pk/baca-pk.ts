/** Read models of the Perjanjian Kinerja: the PKs of a year (parties, rows, budget with computed JUMLAH) and the cascade. */
import { terakhirMenjabat } from "../organisasi/masa-jabatan";
import { sum } from "../../domain/shared/decimal";
import { listMisi, listRenstra, listRpjmd } from "../../storage/repositories/perencanaan-repository";
import { listPejabat, listPejabatUntukOpd, type PejabatRow } from "../../storage/repositories/pejabat-repository";
import {
  listAnggaranPk,
  listKinerja,
  listPk,
  type PkAnggaranRow,
  type PkKinerjaRow,
  type PkRow,
} from "../../storage/repositories/pk-repository";
import { bacaStatusPeriode } from "../alur/status-periode";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import type { ServiceContext } from "../context";
import { versiBarisPk } from "./ubah-baris-pk";
import { bangunKaskade, daftarCelah, pkTerbaru, pohonBaris, type SimpulBaris, type SimpulKaskade } from "./pohon";

export interface PihakPk {
  id: string;
  kode: string;
  nama: string;
  namaLengkap: string;
  jabatan: string;
  nip: string | null;
  pangkat: string | null;
}

export interface PkTampil {
  id: string;
  kode: string;
  tahun: number;
  jenis: PkRow["jenis"];
  level: PkRow["level"];
  berlaku: boolean;
  tempat: string;
  tanggal: string;
  sumber: string | null;
  pihakPertama: PihakPk | null;
  pihakKedua: PihakPk | null;
  /** Each row carries its version (`versi`), sent back in If-Match by the inline row edit (ADR 0016). */
  kinerja: SimpulBaris<PkKinerjaRow & { versi: string }>[];
  anggaran: SimpulBaris<PkAnggaranRow>[];
  /** Σ of the top-level budget rows (computed, never typed). */
  jumlahAnggaran: string;
}

export function namaLengkap(p: Pick<PejabatRow, "nama" | "gelarDepan" | "gelarBelakang">): string {
  return [p.gelarDepan, p.nama].filter(Boolean).join(" ") + (p.gelarBelakang ? `, ${p.gelarBelakang}` : "");
}

function pihak(p: PejabatRow | undefined): PihakPk | null {
  if (!p) return null;
  return {
    id: p.id,
    kode: p.kode,
    nama: p.nama,
    namaLengkap: namaLengkap(p),
    jabatan: p.jabatan,
    nip: p.nip,
    pangkat: p.pangkat,
  };
}

export async function bacaDaftarPk(ctx: ServiceContext, lingkup: LingkupOpd, tahun: number) {
  const { pemdaId, opdId, opd } = await otorisasiOpd(ctx, lingkup, "pk.baca");
  const pks = await listPk(ctx.db, opdId, tahun);
  const ids = pks.map((p) => p.id);
  const [kinerja, anggaran, pejabat, status] = await Promise.all([
    listKinerja(ctx.db, ids),
    listAnggaranPk(ctx.db, ids),
    listPejabatUntukOpd(ctx.db, pemdaId, opdId),
    bacaStatusPeriode(ctx, { pemdaId, opdId, tahun, modul: "pk" }),
  ]);
  const berlaku = new Set(pkTerbaru(pks).map((p) => p.id));
  const pj = new Map(pejabat.map((p) => [p.id, p]));
  const urutLevel = { "kepala-opd": 0, "eselon-iii": 1, "eselon-iv": 2 } as const;
  const daftar: PkTampil[] = pks
    .sort((a, b) => urutLevel[a.level] - urutLevel[b.level] || a.kode.localeCompare(b.kode))
    .map((p) => {
      const ang = anggaran.filter((a) => a.pkId === p.id);
      return {
        id: p.id,
        kode: p.kode,
        tahun: p.tahun,
        jenis: p.jenis,
        level: p.level,
        berlaku: berlaku.has(p.id),
        tempat: p.tempat,
        tanggal: p.tanggal,
        sumber: p.sumber,
        pihakPertama: pihak(pj.get(p.pihakPertamaId)),
        pihakKedua: pihak(pj.get(p.pihakKeduaId)),
        kinerja: pohonBaris(kinerja.filter((k) => k.pkId === p.id).map((k) => ({ ...k, versi: versiBarisPk(k) }))),
        anggaran: pohonBaris(ang),
        jumlahAnggaran: sum(ang.filter((a) => a.indukId === null).map((a) => a.anggaran)).toFixed(2),
      };
    });
  return { opd: { slug: opd.slug, nama: opd.nama }, tahun, status, pk: daftar };
}

export async function bacaKaskade(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  tahun: number,
): Promise<{ tahun: number; pohon: SimpulKaskade; celah: ReturnType<typeof daftarCelah> }> {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "pk.baca");
  const pks = await listPk(ctx.db, opdId, tahun);
  const [kinerja, pejabat, kepala] = await Promise.all([
    listKinerja(
      ctx.db,
      pks.map((p) => p.id),
    ),
    listPejabatUntukOpd(ctx.db, pemdaId, opdId),
    listPejabat(ctx.db, pemdaId, null),
  ]);
  // The Bupati of the tree is the one the Kepala OPD signed with that year; without such a PK, the one in office last.
  const pihakBupati = new Set(pks.filter((p) => p.level === "kepala-opd").map((p) => p.pihakKeduaId));
  const kepalaDaerah = kepala.filter((p) => p.peran === "kepala-daerah");
  const kd = kepalaDaerah.find((p) => pihakBupati.has(p.id)) ?? terakhirMenjabat(kepalaDaerah);
  const renstra = (await listRenstra(ctx.db, opdId)).find((r) => r.tahunAwal <= tahun && tahun <= r.tahunAkhir);
  const rpjmd = (await listRpjmd(ctx.db, pemdaId)).find((r) => r.id === renstra?.rpjmdId);
  const misi = rpjmd ? (await listMisi(ctx.db, rpjmd.id)).filter((x) => renstra?.misiNomor.includes(x.nomor)) : [];
  const pohon = bangunKaskade({
    kepalaDaerah: {
      nama: kd ? `${namaLengkap(kd)} — ${kd.jabatan}` : "Kepala Daerah",
      misi: misi.map((x) => `Misi ${x.nomor}: ${x.teks}`),
    },
    pks,
    kinerja,
    namaPejabat: new Map(pejabat.map((p) => [p.id, `${namaLengkap(p)} (${p.jabatan})`])),
  });
  return { tahun, pohon, celah: daftarCelah(pohon) };
}

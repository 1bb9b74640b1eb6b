/**
 * The rows a PK row can point at as its cascade parent (indukKaskade): the top rows of the PKs of a higher level in
 * the same year — Kepala OPD rows for eselon III; eselon III and Kepala OPD rows for eselon IV (an eselon IV may sign
 * with the Kepala OPD directly, as the Kasi of a Kecamatan do: SEED 1386-1705). The Kepala Daerah's level is not a
 * stored PK (the cascade tree starts from the RPJMD misi), so a Kepala OPD PK has no candidates.
 * NOTE: regulations.md §3.1 — PK cascaded down to the lowest eselon; only top rows take part in the cascade.
 */
import { listPejabatUntukOpd } from "../../storage/repositories/pejabat-repository";
import { listKinerja, listPk, type PkRow } from "../../storage/repositories/pk-repository";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import type { ServiceContext } from "../context";
import { namaLengkap } from "./baca-pk";
import { PERINGKAT_LEVEL as PERINGKAT, pkTerbaru } from "./pohon";

export interface KandidatIndukPk {
  kode: string;
  jenis: PkRow["jenis"];
  level: PkRow["level"];
  berlaku: boolean;
  pejabat: string;
  /** Its Pihak Pertama is the Pihak Kedua given (the direct superior). */
  atasanLangsung: boolean;
  baris: Array<{
    kode: string;
    nomor: string | null;
    sasaran: string;
    indikator: string;
    satuan: string;
    target: string | null;
  }>;
}

/** Candidate parent rows for a PK of `level` in `tahun`; direct superior's PKs first, then nearer level, in force first. */
export async function bacaKandidatInduk(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  q: { tahun: number; level: PkRow["level"]; pihakKeduaKode?: string | null; kecualiKode?: string | null },
): Promise<{ tahun: number; level: PkRow["level"]; keterangan: string | null; pk: KandidatIndukPk[] }> {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "pk.baca");
  if (q.level === "kepala-opd") {
    return {
      tahun: q.tahun,
      level: q.level,
      keterangan: "PK Kepala Perangkat Daerah berinduk pada misi RPJMD Kepala Daerah, yang tidak disimpan sebagai PK.",
      pk: [],
    };
  }
  const pks = (await listPk(ctx.db, opdId, q.tahun)).filter(
    (p) => PERINGKAT[p.level] < PERINGKAT[q.level] && p.kode !== q.kecualiKode,
  );
  const [kinerja, pejabat] = await Promise.all([
    listKinerja(
      ctx.db,
      pks.map((p) => p.id),
    ),
    listPejabatUntukOpd(ctx.db, pemdaId, opdId),
  ]);
  const berlaku = new Set(pkTerbaru(pks).map((p) => p.id));
  const pj = new Map(pejabat.map((p) => [p.id, p]));
  const daftar = pks.map((p): KandidatIndukPk => {
    const orang = pj.get(p.pihakPertamaId);
    return {
      kode: p.kode,
      jenis: p.jenis,
      level: p.level,
      berlaku: berlaku.has(p.id),
      pejabat: orang ? `${namaLengkap(orang)} (${orang.jabatan})` : "—",
      atasanLangsung: Boolean(q.pihakKeduaKode && orang?.kode === q.pihakKeduaKode),
      baris: kinerja
        .filter((k) => k.pkId === p.id && k.indukId === null)
        .map((k) => ({
          kode: k.kode,
          nomor: k.nomor,
          sasaran: k.sasaran,
          indikator: k.indikator,
          satuan: k.satuan,
          target: k.targetTeks,
        })),
    };
  });
  daftar.sort(
    (a, b) =>
      Number(b.atasanLangsung) - Number(a.atasanLangsung) ||
      PERINGKAT[b.level] - PERINGKAT[a.level] ||
      Number(b.berlaku) - Number(a.berlaku) ||
      a.kode.localeCompare(b.kode),
  );
  return { tahun: q.tahun, level: q.level, keterangan: null, pk: daftar };
}

/**
 * Peer comparison (Bab III.A.4): the peer OPD chosen by an OPD and, per IKU kode and year, the peer's target and
 * realisasi. When the peer's own linked results are in the database (its AKIP evaluation, its survey), the realisasi
 * is computed from them and the published figure is shown beside it; otherwise the published figure with its source.
 */
import { formatAngka } from "../../domain/format/angka";
import { dec } from "../../domain/shared/decimal";
import { DomainError } from "../../domain/shared/errors";
import { listHasilAkip, listHasilSurvei } from "../../storage/repositories/hasil-tertaut-repository";
import { listIndikator } from "../../storage/repositories/indikator-repository";
import { listOpd } from "../../storage/repositories/organisasi-repository";
import {
  getPembanding,
  listPembandingNilai,
  replacePembanding,
} from "../../storage/repositories/pembanding-repository";
import { mutasi } from "../audit/mutasi";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import { samaData } from "../bersama/sama";
import type { ServiceContext } from "../context";
import { akipDariEvaluasi, ikmDariSurvei } from "../hasil/nilai-tertaut";
import { jenisTautan } from "../hasil/indikator-tertaut";
import { opsiIkmPemda } from "../../domain/pengaturan/aturan-pemda";
import { bacaPengaturanPemda } from "../pengaturan/pengaturan-pemda";
import { periksaTarget } from "../perencanaan/simpan-indikator";
import { angkaMesinAtauNull } from "../bersama/angka";

export interface PembandingMasukan {
  peerOpdSlug: string | null;
  namaPeer: string;
  sumber?: string | null;
  nilai: Array<{
    indikatorKode: string;
    tahun: number;
    target: string | null;
    realisasi: string | null;
    sumber: string;
  }>;
}

export async function simpanPembanding(ctx: ServiceContext, lingkup: LingkupOpd, m: PembandingMasukan) {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "pengukuran.ubah");
  const peer = m.peerOpdSlug ? (await listOpd(ctx.db, pemdaId)).find((o) => o.slug === m.peerOpdSlug) : null;
  if (m.peerOpdSlug && !peer)
    throw new DomainError("peer_tidak_ada", `perangkat daerah pembanding "${m.peerOpdSlug}" tidak ditemukan`, {
      field: "peerOpdSlug",
    });
  if (peer?.id === opdId)
    throw new DomainError("peer_diri_sendiri", "perangkat daerah pembanding tidak boleh diri sendiri", {
      field: "peerOpdSlug",
    });
  if (!m.namaPeer.trim()) throw new DomainError("nama_wajib", "nama pembanding wajib diisi", { field: "namaPeer" });
  // The peer's figures are compared indicator by indicator: each kode must be one of this OPD's indicators.
  const kodeIndikator = new Set((await listIndikator(ctx.db, opdId)).map((x) => x.kode));
  const nilai = m.nilai.map((n, i) => {
    const pre = `nilai pembanding baris ${i + 1}`;
    if (!kodeIndikator.has(n.indikatorKode))
      throw new DomainError(
        "indikator_tidak_ada",
        `${pre}: indikator "${n.indikatorKode}" bukan indikator perangkat daerah ini`,
        { baris: i + 1 },
      );
    if (!n.sumber?.trim())
      throw new DomainError("sumber_wajib", `${pre}: sumber wajib diisi (angka eksternal harus bersumber)`, {
        baris: i + 1,
      });
    return {
      indikatorKode: n.indikatorKode,
      tahun: n.tahun,
      targetTeks: n.target?.trim() ? periksaTarget(n.target, `${pre}, target`) : null,
      realisasiTeks: angkaMesinAtauNull(n.realisasi, `${pre}, realisasi`),
      sumber: n.sumber.trim(),
    };
  });
  const pertama = new Map<string, number>();
  nilai.forEach((n, i) => {
    const kunci = `${n.indikatorKode}/${n.tahun}`;
    const ada = pertama.get(kunci);
    if (ada !== undefined)
      throw new DomainError(
        "nilai_ganda",
        `nilai pembanding baris ${i + 1}: indikator "${n.indikatorKode}" tahun ${n.tahun} sudah ada di baris ${ada + 1}`,
        { baris: i + 1 },
      );
    pertama.set(kunci, i);
  });
  nilai.sort((a, b) => a.indikatorKode.localeCompare(b.indikatorKode) || a.tahun - b.tahun);
  const baru = { peerOpdId: peer?.id ?? null, namaPeer: m.namaPeer.trim(), sumber: m.sumber ?? null, nilai };
  const adaRow = await getPembanding(ctx.db, opdId);
  const lama = adaRow
    ? {
        peerOpdId: adaRow.peerOpdId,
        namaPeer: adaRow.namaPeer,
        sumber: adaRow.sumber,
        nilai: (await listPembandingNilai(ctx.db, opdId)).map(({ pemdaId: _p, opdId: _o, ...r }) => r),
      }
    : null;
  if (samaData(lama, baru)) return { diubah: false };
  return mutasi(ctx, { entity: "pembanding", action: adaRow ? "ubah" : "buat", pemdaId, opdId }, async (tx) => {
    await replacePembanding(
      tx,
      { opdId, pemdaId, peerOpdId: baru.peerOpdId, namaPeer: baru.namaPeer, sumber: baru.sumber },
      nilai,
    );
    return { entityId: opdId, before: lama, after: baru, result: { diubah: true } };
  });
}

export interface NilaiPembanding {
  indikatorKode: string;
  tahun: number;
  target: string | null;
  realisasi: string | null;
  asal: "basis-data" | "terbit";
  keterangan: string;
  /** A published figure that differs from the one computed from the database. */
  terbitBerbeda: { realisasi: string; sumber: string } | null;
}

export async function bacaPembanding(ctx: ServiceContext, lingkup: LingkupOpd) {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "pengukuran.baca");
  const p = await getPembanding(ctx.db, opdId);
  if (!p) return null;
  const peer = p.peerOpdId ? (await listOpd(ctx.db, pemdaId)).find((o) => o.id === p.peerOpdId) : undefined;
  const [terbit, survei, akip, indikator] = await Promise.all([
    listPembandingNilai(ctx.db, opdId),
    p.peerOpdId ? listHasilSurvei(ctx.db, [p.peerOpdId]) : Promise.resolve([]),
    p.peerOpdId ? listHasilAkip(ctx.db, [p.peerOpdId]) : Promise.resolve([]),
    listIndikator(ctx.db, opdId),
  ]);
  const aturan = (await bacaPengaturanPemda(ctx.db, pemdaId)).pilihanAturan;
  // linked by our indicator's explicit kind (its sumber realisasi), not by its code (ADR 0019)
  const jenis = new Map(indikator.map((i) => [i.kode, jenisTautan(i)]));
  const dariDb = (kode: string, tahun: number) => {
    if (jenis.get(kode) === "ikm") {
      const s = survei.filter((x) => x.tahun === tahun).at(-1);
      return s ? ikmDariSurvei(s, opsiIkmPemda(aturan, tahun)).nilai : null;
    }
    if (jenis.get(kode) === "akip") {
      const a = akip.filter((x) => x.tahun === tahun && x.jenis === "hasil").at(-1);
      return a ? akipDariEvaluasi(a).nilai : null;
    }
    return null;
  };
  const nilai: NilaiPembanding[] = terbit.map((t) => {
    const db = dariDb(t.indikatorKode, t.tahun);
    if (!db) {
      return {
        indikatorKode: t.indikatorKode,
        tahun: t.tahun,
        target: t.targetTeks,
        realisasi: t.realisasiTeks,
        asal: "terbit",
        keterangan: t.sumber,
        terbitBerbeda: null,
      };
    }
    const beda = t.realisasiTeks !== null && !samaAngka(t.realisasiTeks, db.nilai);
    return {
      indikatorKode: t.indikatorKode,
      tahun: t.tahun,
      target: t.targetTeks,
      realisasi: db.nilai,
      asal: "basis-data",
      keterangan: db.keterangan,
      terbitBerbeda: beda ? { realisasi: formatAngka(t.realisasiTeks!), sumber: t.sumber } : null,
    };
  });
  // The stored input exactly as PUT takes it, so a form can edit it (GET → PUT unchanged writes nothing).
  const masukan: PembandingMasukan = {
    peerOpdSlug: peer?.slug ?? null,
    namaPeer: p.namaPeer,
    sumber: p.sumber,
    nilai: terbit.map((t) => ({
      indikatorKode: t.indikatorKode,
      tahun: t.tahun,
      target: t.targetTeks,
      realisasi: t.realisasiTeks,
      sumber: t.sumber,
    })),
  };
  return { peer: { slug: peer?.slug ?? null, nama: p.namaPeer }, sumber: p.sumber, nilai, masukan };
}

function samaAngka(a: string, b: string): boolean {
  return dec(a).eq(dec(b));
}

/**
 * The OPDs of the same Pemda an OPD may choose as its peer (all but itself; those of the same jenis first). Their
 * names are public (the Inspektorat's recap lists them), so an operator bound to one OPD sees them here too.
 */
export async function kandidatPembanding(ctx: ServiceContext, lingkup: LingkupOpd) {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "pengukuran.baca");
  const semua = await listOpd(ctx.db, pemdaId);
  const diri = semua.find((o) => o.id === opdId);
  return semua
    .filter((o) => o.id !== opdId)
    .map((o) => ({ slug: o.slug, nama: o.nama, jenis: o.jenis, sejenis: o.jenis === diri?.jenis }))
    .sort((a, b) => Number(b.sejenis) - Number(a.sejenis) || a.nama.localeCompare(b.nama, "id"));
}

/**
 * Program/kegiatan indicators supporting each sasaran (seed Tabel 3.16), saved as the year's table, and read with
 * their capaian computed from target and realisasi (when both are entered) and the menunjang judgement.
 * A printed capaian without target/realisasi stays a source note (`capaianDicetak`), never a computed value.
 */
import { DomainError } from "../../domain/shared/errors";
import { rencanakan } from "../../storage/repositories/kumpulan";
import {
  deleteIndikatorProgram,
  type IndikatorProgramRow,
  insertIndikatorProgram,
  listIndikatorProgram,
  updateIndikatorProgram,
} from "../../storage/repositories/pengukuran-repository";
import { listRenstra, listSasaranOpd, listTujuan } from "../../storage/repositories/perencanaan-repository";
import { pastikanBolehDiubah } from "../alur/status-periode";
import { mutasi } from "../audit/mutasi";
import { angkaMesinAtauNull } from "../bersama/angka";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import { samaData } from "../bersama/sama";
import type { ServiceContext } from "../context";
import { periksaTarget } from "../perencanaan/simpan-indikator";
import { type Capaian, capaianIndikator } from "./hitung-capaian";

export interface IndikatorProgramMasukan {
  sasaranKode: string;
  tingkat: "program" | "kegiatan";
  programKegiatan: string;
  kodeDppa?: string | null;
  indikator: string;
  target?: string | null;
  realisasi?: string | null;
  menunjang: boolean | null;
  capaianDicetak?: string | null;
  sumber?: string | null;
}

function bentuk(r: IndikatorProgramRow, kodeSasaran: Map<string, string>) {
  return {
    urutan: r.urutan,
    sasaranKode: kodeSasaran.get(r.sasaranId) ?? "",
    tingkat: r.tingkat,
    programKegiatan: r.programKegiatan,
    kodeDppa: r.kodeDppa,
    indikator: r.indikator,
    target: r.targetTeks,
    realisasi: r.realisasi,
    menunjang: r.menunjang,
    capaianDicetak: r.capaianDicetak,
    sumber: r.sumber,
  };
}

export async function simpanIndikatorProgram(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  tahun: number,
  rows: IndikatorProgramMasukan[],
) {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "pengukuran.ubah");
  const sasaran = await listSasaranOpd(ctx.db, opdId);
  // A sasaran kode ("S1") repeats across Renstra periods: resolve it within the Renstra in force in `tahun`; a year
  // outside every period uses all sasaran (as the Pengukuran page does) and refuses a kode that is ambiguous there.
  const renstra = (await listRenstra(ctx.db, opdId)).find((r) => r.tahunAwal <= tahun && tahun <= r.tahunAkhir);
  const tujuan = renstra ? new Set((await listTujuan(ctx.db, renstra.id)).map((t) => t.id)) : null;
  const dipakai = sasaran.filter((s) => !tujuan || tujuan.has(s.tujuanId));
  const idSasaran = new Map(dipakai.map((s) => [s.kode, s.id]));
  const ganda = new Set(dipakai.filter((s, i) => dipakai.findIndex((x) => x.kode === s.kode) !== i).map((s) => s.kode));
  const kodeSasaran = new Map(sasaran.map((s) => [s.id, s.kode]));
  const baru = rows.map((r, i) => {
    const pre = `Indikator program baris ${i + 1}`;
    if (!idSasaran.has(r.sasaranKode))
      throw new DomainError("sasaran_tidak_ada", `${pre}: sasaran "${r.sasaranKode}" tidak ada`, { baris: i + 1 });
    if (ganda.has(r.sasaranKode))
      throw new DomainError(
        "sasaran_ganda",
        `${pre}: sasaran "${r.sasaranKode}" ada di lebih dari satu Renstra dan tahun ${tahun} tidak tercakup Renstra mana pun`,
        { baris: i + 1 },
      );
    if (!r.programKegiatan.trim() || !r.indikator.trim()) {
      throw new DomainError("wajib", `${pre}: program/kegiatan dan indikator wajib diisi`, { baris: i + 1 });
    }
    return {
      urutan: i + 1,
      sasaranKode: r.sasaranKode,
      tingkat: r.tingkat,
      programKegiatan: r.programKegiatan.trim(),
      kodeDppa: r.kodeDppa ?? null,
      indikator: r.indikator.trim(),
      target: r.target?.trim() ? periksaTarget(r.target, `${pre}, target`) : null,
      realisasi: angkaMesinAtauNull(r.realisasi, `${pre}, realisasi`),
      menunjang: r.menunjang,
      capaianDicetak: r.capaianDicetak ?? null,
      sumber: r.sumber ?? null,
    };
  });
  const lama = await listIndikatorProgram(ctx.db, opdId, tahun);
  const rencana = rencanakan(
    lama,
    baru,
    (r) => String(r.urutan),
    (r) => String(r.urutan),
    (a, b) => samaData(bentuk(a, kodeSasaran), b),
  );
  if (!rencana.tambah.length && !rencana.ubah.length && !rencana.hapus.length) return { diubah: 0 };
  const simpanan = (b: (typeof baru)[number]) => {
    const { sasaranKode, target, ...isi } = b;
    return { ...isi, sasaranId: idSasaran.get(sasaranKode)!, targetTeks: target };
  };
  return mutasi(ctx, { entity: "indikator_program", action: "simpan-daftar", pemdaId, opdId }, async (tx) => {
    await pastikanBolehDiubah(tx, { pemdaId, opdId, tahun, modul: "pengukuran" });
    for (const b of rencana.tambah) await insertIndikatorProgram(tx, { pemdaId, opdId, tahun, ...simpanan(b) });
    for (const u of rencana.ubah) await updateIndikatorProgram(tx, u.lama.id, simpanan(u.baru));
    await deleteIndikatorProgram(
      tx,
      rencana.hapus.map((r) => r.id),
    );
    return {
      entityId: `${opdId}/${tahun}`,
      before: [
        ...rencana.ubah.map((u) => bentuk(u.lama, kodeSasaran)),
        ...rencana.hapus.map((r) => bentuk(r, kodeSasaran)),
      ],
      after: [...rencana.tambah, ...rencana.ubah.map((u) => u.baru)],
      result: { diubah: rencana.tambah.length + rencana.ubah.length + rencana.hapus.length },
    };
  });
}

export interface IndikatorProgramTampil extends ReturnType<typeof bentuk> {
  id: string;
  capaian: Capaian | null;
  galat: string | null;
}

export async function bacaIndikatorProgram(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  tahun: number,
): Promise<IndikatorProgramTampil[]> {
  const { opdId } = await otorisasiOpd(ctx, lingkup, "pengukuran.baca");
  const kodeSasaran = new Map((await listSasaranOpd(ctx.db, opdId)).map((s) => [s.id, s.kode]));
  return (await listIndikatorProgram(ctx.db, opdId, tahun)).map((r) => {
    const h =
      r.targetTeks && r.realisasi
        ? capaianIndikator(r.targetTeks, r.realisasi, "positif", "2t-r", r.indikator)
        : { capaian: null, galat: null };
    return { id: r.id, ...bentuk(r, kodeSasaran), ...h };
  });
}

/**
 * Evidence per kriteria of an LKE: uploaded files (PDF/PNG/JPEG up to 5 MB, type from the magic bytes, kept in the
 * database like the realisasi evidence — ADR 0009, the same check `jenisBerkas`), links, a page pointer into a PDF,
 * and "reuse last year's evidence" in one call. Writes by the OPD or the evaluator (evaluasi.bukti) while the
 * evaluation is not final; audited.
 */
import { createHash } from "node:crypto";
import { DomainError } from "../../domain/shared/errors";
import { cacatTeks } from "../../domain/shared/teks-aman";
import {
  deleteBuktiLke,
  getBuktiLke,
  getEvaluasiLke,
  getEvaluasiLkeById,
  insertBuktiLke,
  listBuktiLkeLengkap,
  updateEvaluasiLke,
} from "../../storage/repositories/lke-repository";
import { mutasi } from "../audit/mutasi";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import type { ServiceContext } from "../context";
import { ConflictError, NotFoundError } from "../errors";
import { BATAS_BUKTI_BYTE, jenisBerkas } from "../pengukuran/bukti";
import { tampilBukti } from "./baca-lke";
import { kerangkaEvaluasi, pastikanAdaKriteria } from "./nilai";
import { evaluasiUntukTulis } from "./simpan-jawaban";
import { pastikanKodeKriteria } from "../../domain/akip";

function judulAman(v: string | undefined | null, cadangan: string, field: string): string {
  const t = (v ?? "").trim();
  const cacat = cacatTeks(t);
  if (cacat) throw new DomainError("teks_tidak_sah", `${field}: ${cacat}`, { field });
  return (t || cadangan).slice(0, 300);
}

function halamanDari(v: unknown): number | null {
  if (v === undefined || v === null || v === "") return null;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 100000) {
    throw new DomainError("halaman_tidak_valid", `halaman: "${String(v)}" harus bilangan bulat 1 atau lebih`, {
      field: "halaman",
    });
  }
  return n;
}

function kodeValid(tahun: number, kerangkaTersimpan: string | undefined, kode: string | undefined): string {
  const kerangka = kerangkaEvaluasi(tahun, kerangkaTersimpan);
  pastikanAdaKriteria(kerangka, tahun);
  if (!kode) throw new DomainError("kriteria_wajib", "kodeKriteria: wajib diisi", { field: "kodeKriteria" });
  return pastikanKodeKriteria(kerangka, kode, "kodeKriteria");
}

function tidakFinal(status: string, tahun: number): void {
  if (status === "final") {
    throw new ConflictError(`Evaluasi LKE ${tahun} sudah final; bukti tidak dapat diubah tanpa membuka kunci`);
  }
}

export interface UnggahBuktiLke {
  kodeKriteria?: string;
  judul?: string;
  halaman?: string | number | null;
  namaBerkas?: string;
  isi?: Uint8Array;
}

export async function unggahBuktiLke(ctx: ServiceContext, lingkup: LingkupOpd, tahun: number, m: UnggahBuktiLke) {
  const { pemdaId, opdId, aktor } = await otorisasiOpd(ctx, lingkup, "evaluasi.bukti");
  const ada = await getEvaluasiLke(ctx.db, opdId, tahun);
  const kode = kodeValid(tahun, ada?.kerangka, m.kodeKriteria);
  if (!m.isi || m.namaBerkas === undefined) {
    throw new DomainError("berkas_wajib", "berkas: wajib dilampirkan", { field: "berkas" });
  }
  const cacatNama = cacatTeks(m.namaBerkas);
  if (cacatNama) throw new DomainError("teks_tidak_sah", `berkas: Nama berkas ${cacatNama}`, { field: "berkas" });
  const nama = m.namaBerkas.replace(/[\\/]/g, "_").trim().slice(0, 200) || "bukti";
  if (m.isi.byteLength === 0) throw new DomainError("berkas_kosong", `berkas "${nama}" kosong`, { field: "berkas" });
  if (m.isi.byteLength > BATAS_BUKTI_BYTE) {
    throw new DomainError(
      "berkas_terlalu_besar",
      `berkas "${nama}" ${(m.isi.byteLength / 1048576).toFixed(1)} MB melebihi batas 5 MB`,
      { field: "berkas" },
    );
  }
  const mime = jenisBerkas(m.isi, nama);
  const halaman = halamanDari(m.halaman);
  const judul = judulAman(m.judul, nama, "judul");
  const isi = m.isi;
  return mutasi(ctx, { entity: "lke_bukti", action: "unggah", pemdaId, opdId }, async (tx) => {
    const { ev } = await evaluasiUntukTulis(tx, { pemdaId, opdId, tahun, oleh: aktor.nama });
    tidakFinal(ev.status, tahun);
    const [row] = await insertBuktiLke(tx, [
      {
        pemdaId,
        opdId,
        evaluasiId: ev.id,
        kodeKriteria: kode,
        jenis: "berkas",
        judul,
        url: null,
        halaman,
        namaBerkas: nama,
        mime,
        ukuran: isi.byteLength,
        sha256: createHash("sha256").update(isi).digest("hex"),
        isi,
        diunggahOleh: aktor.nama,
      },
    ]);
    await updateEvaluasiLke(tx, ev.id, { diubahOleh: aktor.nama });
    const info = tampilBukti(row!);
    return { entityId: row!.id, before: null, after: info, result: info };
  });
}

export async function tambahTautanBuktiLke(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  tahun: number,
  m: { kodeKriteria: string; judul: string; url: string; halaman?: number | null },
) {
  const { pemdaId, opdId, aktor } = await otorisasiOpd(ctx, lingkup, "evaluasi.bukti");
  const ada = await getEvaluasiLke(ctx.db, opdId, tahun);
  const kode = kodeValid(tahun, ada?.kerangka, m.kodeKriteria);
  const url = m.url.trim();
  let sah = false;
  try {
    const u = new URL(url);
    sah = u.protocol === "https:" || u.protocol === "http:";
  } catch {
    sah = url.startsWith("/") && !url.startsWith("//");
  }
  if (!sah) {
    throw new DomainError("url_tidak_valid", `url: "${url}" bukan alamat http(s) atau alamat aplikasi (/...)`, {
      field: "url",
    });
  }
  const judul = judulAman(m.judul, url, "judul");
  const halaman = halamanDari(m.halaman);
  return mutasi(ctx, { entity: "lke_bukti", action: "tautan", pemdaId, opdId }, async (tx) => {
    const { ev } = await evaluasiUntukTulis(tx, { pemdaId, opdId, tahun, oleh: aktor.nama });
    tidakFinal(ev.status, tahun);
    const [row] = await insertBuktiLke(tx, [
      {
        pemdaId,
        opdId,
        evaluasiId: ev.id,
        kodeKriteria: kode,
        jenis: "tautan",
        judul,
        url,
        halaman,
        diunggahOleh: aktor.nama,
      },
    ]);
    await updateEvaluasiLke(tx, ev.id, { diubahOleh: aktor.nama });
    const info = tampilBukti(row!);
    return { entityId: row!.id, before: null, after: info, result: info };
  });
}

export async function unduhBuktiLke(ctx: ServiceContext, lingkup: LingkupOpd, id: string) {
  const { opdId } = await otorisasiOpd(ctx, lingkup, "evaluasi.baca");
  const b = await getBuktiLke(ctx.db, opdId, id);
  if (!b) throw new NotFoundError("Bukti LKE tidak ditemukan");
  return b;
}

export async function hapusBuktiLke(ctx: ServiceContext, lingkup: LingkupOpd, id: string) {
  const { pemdaId, opdId, aktor } = await otorisasiOpd(ctx, lingkup, "evaluasi.bukti");
  const b = await getBuktiLke(ctx.db, opdId, id);
  if (!b) throw new NotFoundError("Bukti LKE tidak ditemukan");
  return mutasi(ctx, { entity: "lke_bukti", action: "hapus", pemdaId, opdId }, async (tx) => {
    const ev = await getEvaluasiLkeById(tx, b.evaluasiId);
    if (ev) tidakFinal(ev.status, ev.tahun);
    await deleteBuktiLke(tx, id);
    if (ev) await updateEvaluasiLke(tx, ev.id, { diubahOleh: aktor.nama });
    const { isi: _i, ...info } = b;
    return { entityId: id, before: info, after: null, result: { id } };
  });
}

/** Copies last year's evidence (all, or one kriteria's) into this year's evaluation; already copied rows are skipped. */
export async function salinBuktiTahunLalu(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  tahun: number,
  m: { kodeKriteria?: string } = {},
) {
  const { pemdaId, opdId, aktor } = await otorisasiOpd(ctx, lingkup, "evaluasi.bukti");
  const lalu = await getEvaluasiLke(ctx.db, opdId, tahun - 1);
  if (!lalu)
    return { disalin: 0, bukti: [], pesan: `Evaluasi LKE tahun ${tahun - 1} tidak ada; tidak ada bukti untuk disalin` };
  const ada = await getEvaluasiLke(ctx.db, opdId, tahun);
  const kode = m.kodeKriteria ? kodeValid(tahun, ada?.kerangka, m.kodeKriteria) : undefined;
  return mutasi(ctx, { entity: "lke_bukti", action: "salin-tahun-lalu", pemdaId, opdId }, async (tx) => {
    const { ev } = await evaluasiUntukTulis(tx, { pemdaId, opdId, tahun, oleh: aktor.nama });
    tidakFinal(ev.status, tahun);
    const sudah = new Set((await listBuktiLkeLengkap(tx, ev.id)).map((b) => b.asalBuktiId).filter(Boolean));
    const sumber = (await listBuktiLkeLengkap(tx, lalu.id, kode)).filter((b) => !sudah.has(b.id));
    const rows = await insertBuktiLke(
      tx,
      sumber.map(({ id, evaluasiId: _e, diunggahPada: _d, ...b }) => ({
        ...b,
        evaluasiId: ev.id,
        asalBuktiId: id,
        diunggahOleh: aktor.nama,
      })),
    );
    if (rows.length) await updateEvaluasiLke(tx, ev.id, { diubahOleh: aktor.nama });
    return {
      entityId: ev.id,
      before: null,
      after: { tahun, dariTahun: tahun - 1, kodeKriteria: kode ?? null, bukti: rows.map((r) => r.id) },
      result: {
        disalin: rows.length,
        bukti: rows.map(tampilBukti),
        pesan: rows.length ? `${rows.length} bukti tahun ${tahun - 1} disalin` : "Semua bukti tahun lalu sudah disalin",
      },
    };
  });
}

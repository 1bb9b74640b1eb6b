/**
 * XLSX round trip of the Rencana Aksi (issue #19): sheet "Target" (one row per PK indicator of the OPD's latest PKs:
 * nature, polarity, TW I–IV, person responsible) and sheet "Aksi" (kegiatan/sub-kegiatan with budget per quarter).
 * Export and the blank template through exceljs; import through the safe reader (services/berkas: worker thread,
 * SAKIP_IMPOR_* limits, zip check) with a preview that lists what changes and every error with its sheet, row and
 * column in Indonesian; the confirm applies the whole file in ONE transaction or nothing (hashBerkas/hashDasar of the
 * preview: the same bytes against the same stored plan, else 409), audited as one "impor".
 *
 * A Target row with no nature and no quarterly target leaves that indicator's stored plan (and its actions) as they
 * are, so the blank template changes nothing; a filled row replaces the plan and its actions with the file's.
 */
import { createHash } from "node:crypto";
import type ExcelJS from "exceljs";
import { muatExcelJS } from "../tabel/muat-exceljs";
import { SIFAT_TARGET, type SifatTarget } from "../../domain/renaksi/triwulan";
import { parseRupiah } from "../../domain/shared/decimal";
import { DomainError } from "../../domain/shared/errors";
import type { Db } from "../../storage/database";
import { gantiRenaksi } from "../../storage/repositories/renaksi-repository";
import { pastikanBolehDiubah } from "../alur/status-periode";
import { mutasi } from "../audit/mutasi";
import { bacaBerkasDiPekerja } from "../berkas/pembaca";
import { hurufKolom } from "../berkas/huruf-kolom";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import { versiDari } from "../bersama/versi";
import type { ServiceContext } from "../context";
import { ConflictError } from "../errors";
import { kanonRencanaPk } from "./baca-renaksi";
import { type DataRenaksiPk, muatRenaksi } from "./muat-renaksi";
import { type AksiMasukan, type IndikatorRenaksiMasukan, susunBarisRenaksi } from "./simpan-renaksi";

export const KOLOM_TARGET = [
  "Kode PK",
  "Kode Indikator",
  "Jabatan",
  "Indikator",
  "Satuan",
  "Target Tahunan",
  "Sifat",
  "Polaritas",
  "TW I",
  "TW II",
  "TW III",
  "TW IV",
  "Penanggung Jawab",
] as const;

export const KOLOM_AKSI = [
  "Kode PK",
  "Kode Indikator",
  "Tingkat",
  "Kode DPA",
  "Uraian Kegiatan",
  "Anggaran TW I",
  "Anggaran TW II",
  "Anggaran TW III",
  "Anggaran TW IV",
  "Penanggung Jawab",
] as const;

const T = { pk: 1, ind: 2, sifat: 7, polaritas: 8, tw1: 9, pj: 13 } as const;
const A = { pk: 1, ind: 2, tingkat: 3, kode: 4, uraian: 5, tw1: 6, pj: 10 } as const;
const BARIS_JUDUL = 4;
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface BerkasXlsxRenaksi {
  isi: Uint8Array;
  namaBerkas: string;
  jenisMime: string;
}

function judul(ws: ExcelJS.Worksheet, kolom: readonly string[], lebar: number[]) {
  const r = ws.getRow(BARIS_JUDUL);
  kolom.forEach((h, i) => (r.getCell(i + 1).value = h));
  r.font = { bold: true };
  r.alignment = { wrapText: true, vertical: "middle" };
  lebar.forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

async function buku(opd: { nama: string }, tahun: number, pk: DataRenaksiPk[], kosong: boolean): Promise<Uint8Array> {
  const wb = new (muatExcelJS().Workbook)();
  wb.creator = "SAKIP";
  const wt = wb.addWorksheet("Target", { views: [{ state: "frozen", ySplit: BARIS_JUDUL, xSplit: 2 }] });
  wt.getCell("A1").value = `RENCANA AKSI ${opd.nama.toUpperCase()} TAHUN ${tahun} — TARGET PER TRIWULAN`;
  wt.getCell("A1").font = { bold: true, size: 12 };
  wt.getCell("A2").value =
    "Sifat: tingkat | kumulatif | per-triwulan | dokumen. Polaritas: positif | negatif. Baris tanpa sifat dan " +
    "tanpa target triwulan tidak mengubah rencana yang tersimpan. Jangan mengubah Kode PK dan Kode Indikator.";
  wt.getCell("A2").font = { italic: true, size: 9 };
  judul(wt, KOLOM_TARGET, [16, 10, 28, 50, 10, 14, 14, 10, 10, 10, 10, 10, 24]);
  const wa = wb.addWorksheet("Aksi", { views: [{ state: "frozen", ySplit: BARIS_JUDUL }] });
  wa.getCell("A1").value = `RENCANA AKSI ${opd.nama.toUpperCase()} TAHUN ${tahun} — KEGIATAN DAN ANGGARAN PER TRIWULAN`;
  wa.getCell("A1").font = { bold: true, size: 12 };
  wa.getCell("A2").value =
    "Tingkat: kegiatan | sub-kegiatan. Anggaran dalam rupiah. Aksi berlaku untuk indikator yang barisnya diisi " +
    "pada lembar Target (atau yang sudah memiliki rencana).";
  wa.getCell("A2").font = { italic: true, size: 9 };
  judul(wa, KOLOM_AKSI, [16, 10, 14, 18, 50, 16, 16, 16, 16, 24]);
  for (const d of pk) {
    for (const b of d.baris) {
      const t = kosong ? undefined : d.target.get(b.id);
      const r = wt.addRow([
        d.pk.kode,
        b.kode,
        d.jabatan,
        b.indikator,
        b.satuan,
        b.targetTeks ?? "",
        t?.sifat ?? "",
        t?.polaritas ?? "",
        ...[0, 1, 2, 3].map((i) => t?.targetTriwulan[i] ?? ""),
        t?.penanggungJawab ?? "",
      ]);
      r.alignment = { wrapText: true, vertical: "top" };
      r.getCell(T.sifat).dataValidation = {
        type: "list",
        allowBlank: true,
        formulae: [`"${SIFAT_TARGET.join(",")}"`],
        showErrorMessage: true,
        error: `Pilih ${SIFAT_TARGET.join(", ")}`,
      };
      r.getCell(T.polaritas).dataValidation = {
        type: "list",
        allowBlank: true,
        formulae: ['"positif,negatif"'],
      };
      for (let c = T.tw1; c < T.tw1 + 4; c++) r.getCell(c).numFmt = "@";
      if (kosong) continue;
      for (const a of d.aksi.get(b.id) ?? []) {
        wa.addRow([
          d.pk.kode,
          b.kode,
          a.tingkat,
          a.kodeDppa ?? "",
          a.uraian,
          ...a.anggaranTriwulan.map((x) => Number(x)),
          a.penanggungJawab,
        ]);
      }
    }
  }
  for (let c = A.tw1; c < A.tw1 + 4; c++) wa.getColumn(c).numFmt = "#,##0.00";
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The Rencana Aksi as XLSX (targets and actions as stored), or with `templat` the same rows left blank. */
export async function eksporRenaksiXlsx(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  tahun: number,
  templat = false,
): Promise<BerkasXlsxRenaksi> {
  const { pemdaId, opdId, opd } = await otorisasiOpd(ctx, lingkup, "renaksi.baca");
  const data = await muatRenaksi(ctx.db, pemdaId, opdId, tahun);
  return {
    isi: await buku(opd, tahun, data.pk, templat),
    namaBerkas: `rencana-aksi-${templat ? "templat-" : ""}${opd.slug}-${tahun}.xlsx`,
    jenisMime: XLSX,
  };
}

export interface GalatImpor {
  field: string;
  message: string;
}

const sel = (b: string[] | undefined, k: number) => (b?.[k - 1] ?? "").trim();
const tempat = (lembar: string, baris: number, kol: number, nama: string) =>
  `lembar ${lembar}, baris ${baris}, kolom ${hurufKolom(kol)} (${nama})`;

function periksaJudul(lembar: string, baris: string[][], kolom: readonly string[], galat: GalatImpor[]): number {
  const idx = baris.findIndex((b) => sel(b, 1).toLowerCase() === "kode pk");
  if (idx < 0) {
    galat.push({
      field: `lembar ${lembar}`,
      message: `lembar ${lembar}: baris judul kolom (kolom A "Kode PK") tidak ditemukan`,
    });
    return -1;
  }
  kolom.forEach((h, i) => {
    const ada = sel(baris[idx], i + 1);
    if (ada.toLowerCase() !== h.toLowerCase()) {
      const f = `lembar ${lembar}, baris ${idx + 1}, kolom ${hurufKolom(i + 1)}`;
      galat.push({ field: f, message: `${f}: judul kolom "${ada}", seharusnya "${h}" (kolom dipindah atau dihapus)` });
    }
  });
  return idx;
}

interface HasilUrai {
  /** Per PK id: the plan to store (every indicator that keeps or gets a plan). */
  rencana: Map<string, IndikatorRenaksiMasukan[]>;
  galat: GalatImpor[];
}

function dariTersimpan(d: DataRenaksiPk, id: string): IndikatorRenaksiMasukan | null {
  const t = d.target.get(id);
  if (!t) return null;
  return {
    pkKinerjaId: id,
    sifat: t.sifat,
    polaritas: t.polaritas,
    rumusNegatif: t.rumusNegatif,
    targetTriwulan: [0, 1, 2, 3].map((i) => t.targetTriwulan[i] ?? null),
    penanggungJawab: t.penanggungJawab,
    aksi: (d.aksi.get(id) ?? []).map((a) => ({
      tingkat: a.tingkat,
      kodeDppa: a.kodeDppa,
      uraian: a.uraian,
      anggaranTriwulan: a.anggaranTriwulan,
      penanggungJawab: a.penanggungJawab,
    })),
  };
}

/** Reads both sheets against the OPD's latest PKs; every problem is collected with its sheet, row and column. */
export function uraiBukuRenaksi(
  lembar: Array<{ nama: string | null; baris: string[][] }>,
  pk: DataRenaksiPk[],
  tahun: number,
  ids: { pemdaId: string; opdId: string },
): HasilUrai {
  const galat: GalatImpor[] = [];
  const cari = (nama: string) => lembar.find((l) => (l.nama ?? "").trim().toLowerCase() === nama.toLowerCase());
  const lt = cari("Target") ?? (lembar.length === 1 ? lembar[0] : undefined);
  if (!lt) {
    return { rencana: new Map(), galat: [{ field: "berkas", message: 'berkas: lembar "Target" tidak ditemukan' }] };
  }
  const la = cari("Aksi");
  const temukan = (lbr: string, b: string[], barisKe: number) => {
    const kodePk = sel(b, 1);
    const d = pk.find((p) => p.pk.kode === kodePk);
    if (!d) {
      galat.push({
        field: `lembar ${lbr}, baris ${barisKe}, kolom A`,
        message: `${tempat(lbr, barisKe, 1, "Kode PK")}: "${kodePk}" bukan Perjanjian Kinerja terbaru tahun ${tahun} OPD ini`,
      });
      return null;
    }
    const kodeInd = sel(b, 2);
    const ind = d.baris.find((x) => x.kode === kodeInd);
    if (!ind) {
      galat.push({
        field: `lembar ${lbr}, baris ${barisKe}, kolom B`,
        message: `${tempat(lbr, barisKe, 2, "Kode Indikator")}: "${kodeInd}" bukan indikator PK ${kodePk}`,
      });
      return null;
    }
    return { d, ind };
  };

  // sheet Target
  const diisi = new Map<string, IndikatorRenaksiMasukan>();
  const dilihat = new Set<string>();
  const it = periksaJudul("Target", lt.baris, KOLOM_TARGET, galat);
  if (it >= 0) {
    lt.baris.forEach((b, i) => {
      const barisKe = i + 1;
      if (i <= it || (!sel(b, T.pk) && !sel(b, T.ind))) return;
      const x = temukan("Target", b, barisKe);
      if (!x) return;
      if (dilihat.has(x.ind.id)) {
        galat.push({
          field: `lembar Target, baris ${barisKe}, kolom B`,
          message: `${tempat("Target", barisKe, 2, "Kode Indikator")}: indikator "${x.ind.indikator}" muncul dua kali`,
        });
        return;
      }
      dilihat.add(x.ind.id);
      const tw = [0, 1, 2, 3].map((n) => sel(b, T.tw1 + n));
      const sifat = sel(b, T.sifat).toLowerCase();
      if (!sifat && tw.every((v) => v === "")) return; // unchanged
      if (!SIFAT_TARGET.includes(sifat as SifatTarget)) {
        galat.push({
          field: `lembar Target, baris ${barisKe}, kolom G`,
          message: `${tempat("Target", barisKe, T.sifat, "Sifat")}: "${sel(b, T.sifat)}" harus salah satu dari ${SIFAT_TARGET.join(", ")}`,
        });
        return;
      }
      const pol = sel(b, T.polaritas).toLowerCase() || "positif";
      if (pol !== "positif" && pol !== "negatif") {
        galat.push({
          field: `lembar Target, baris ${barisKe}, kolom H`,
          message: `${tempat("Target", barisKe, T.polaritas, "Polaritas")}: "${sel(b, T.polaritas)}" harus positif atau negatif`,
        });
        return;
      }
      const masukan: IndikatorRenaksiMasukan = {
        pkKinerjaId: x.ind.id,
        sifat: sifat as SifatTarget,
        polaritas: pol,
        rumusNegatif: x.d.target.get(x.ind.id)?.rumusNegatif ?? "2t-r",
        targetTriwulan: tw.map((v) => v || null),
        penanggungJawab: sel(b, T.pj),
        aksi: [],
      };
      try {
        susunBarisRenaksi({ ...x.d, baris: [x.ind] }, { indikator: [masukan] }, ids.pemdaId, ids.opdId);
        diisi.set(x.ind.id, masukan);
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        const m = /^triwulan\.(\d)$/.exec(String(e.details.field ?? ""));
        const kol = m ? T.tw1 + Number(m[1]) - 1 : T.sifat;
        galat.push({
          field: `lembar Target, baris ${barisKe}, kolom ${hurufKolom(kol)}`,
          message: `${tempat("Target", barisKe, kol, KOLOM_TARGET[kol - 1]!)}: ${e.message}`,
        });
      }
    });
  }

  // sheet Aksi
  const aksiFile = new Map<string, AksiMasukan[]>();
  if (la) {
    const ia = periksaJudul("Aksi", la.baris, KOLOM_AKSI, galat);
    if (ia >= 0) {
      la.baris.forEach((b, i) => {
        const barisKe = i + 1;
        if (i <= ia || b.every((v) => (v ?? "").trim() === "")) return;
        const x = temukan("Aksi", b, barisKe);
        if (!x) return;
        if (!diisi.has(x.ind.id) && !x.d.target.has(x.ind.id)) {
          galat.push({
            field: `lembar Aksi, baris ${barisKe}, kolom B`,
            message: `${tempat("Aksi", barisKe, 2, "Kode Indikator")}: indikator "${x.ind.indikator}" belum memiliki target triwulan; isi barisnya pada lembar Target`,
          });
          return;
        }
        const tingkat = sel(b, A.tingkat).toLowerCase() || "sub-kegiatan";
        if (tingkat !== "kegiatan" && tingkat !== "sub-kegiatan") {
          galat.push({
            field: `lembar Aksi, baris ${barisKe}, kolom C`,
            message: `${tempat("Aksi", barisKe, A.tingkat, "Tingkat")}: "${sel(b, A.tingkat)}" harus kegiatan atau sub-kegiatan`,
          });
          return;
        }
        if (!sel(b, A.uraian)) {
          galat.push({
            field: `lembar Aksi, baris ${barisKe}, kolom E`,
            message: `${tempat("Aksi", barisKe, A.uraian, "Uraian Kegiatan")}: wajib diisi`,
          });
          return;
        }
        const anggaran: string[] = [];
        for (const n of [0, 1, 2, 3]) {
          const v = sel(b, A.tw1 + n);
          const kol = A.tw1 + n;
          try {
            const d = v ? parseRupiah(v, "anggaran") : null;
            if (d?.isNegative()) throw new DomainError("anggaran_negatif", "negatif");
            anggaran.push(d ? d.toFixed(2) : "0.00");
          } catch (e) {
            if (!(e instanceof DomainError)) throw e;
            galat.push({
              field: `lembar Aksi, baris ${barisKe}, kolom ${hurufKolom(kol)}`,
              message: `${tempat("Aksi", barisKe, kol, KOLOM_AKSI[kol - 1]!)}: "${v}" bukan nilai rupiah yang sah (mis. 1.500.000 atau 1500000,50)`,
            });
          }
        }
        if (anggaran.length < 4) return;
        aksiFile.set(x.ind.id, [
          ...(aksiFile.get(x.ind.id) ?? []),
          {
            tingkat: tingkat as AksiMasukan["tingkat"],
            kodeDppa: sel(b, A.kode) || null,
            uraian: sel(b, A.uraian),
            anggaranTriwulan: anggaran,
            penanggungJawab: sel(b, A.pj),
          },
        ]);
      });
    }
  }

  const rencana = new Map<string, IndikatorRenaksiMasukan[]>();
  if (galat.length) return { rencana, galat: galat.slice(0, 200) };
  for (const d of pk) {
    const daftar = d.baris.flatMap((b) => {
      const baru = diisi.get(b.id) ?? dariTersimpan(d, b.id);
      if (!baru) return [];
      const aksi = aksiFile.get(b.id);
      return [{ ...baru, aksi: aksi ?? (diisi.has(b.id) ? [] : baru.aksi) }];
    });
    rencana.set(d.pk.id, daftar);
  }
  return { rencana, galat };
}

export interface BerkasUnggah {
  namaBerkas?: string;
  isiBase64: string;
  hashBerkas?: string | undefined;
  hashDasar?: string | undefined;
}

function bytesBerkas(isiBase64: string): Uint8Array {
  const t = isiBase64.replace(/^data:[^,]*,/, "").replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(t) || t.length === 0) {
    throw new DomainError("base64_tidak_valid", "isiBase64: bukan teks base64 yang sah", { field: "isiBase64" });
  }
  return new Uint8Array(Buffer.from(t, "base64"));
}

const hashDasarDari = (pk: DataRenaksiPk[]) => versiDari(pk.map((d) => [d.pk.id, kanonRencanaPk(d)]));

async function bacaDanUrai(ctx: ServiceContext, lingkup: LingkupOpd, tahun: number, b: BerkasUnggah) {
  const o = await otorisasiOpd(ctx, lingkup, "renaksi.ubah");
  const isi = bytesBerkas(b.isiBase64);
  const berkas = await bacaBerkasDiPekerja(isi, ctx.batasImpor, "teks");
  const data = await muatRenaksi(ctx.db, o.pemdaId, o.opdId, tahun);
  const u = uraiBukuRenaksi(berkas.lembar, data.pk, tahun, o);
  // per indicator: what the plan is now and what it would be (canonical form of kanonRencanaPk)
  const perubahan: Array<{ kodePk: string; kodeIndikator: string; indikator: string; jenis: "baru" | "berubah" }> = [];
  const berubahPk = new Set<string>();
  for (const d of data.pk) {
    const setelah = u.rencana.get(d.pk.id);
    if (!setelah) continue;
    let sesudah: ReturnType<typeof susunBarisRenaksi> | null = null;
    try {
      sesudah = susunBarisRenaksi(d, { indikator: setelah }, o.pemdaId, o.opdId);
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      u.galat.push({ field: `PK ${d.pk.kode}`, message: `PK ${d.pk.kode}: ${e.message}` });
      continue;
    }
    const dataBaru: DataRenaksiPk = {
      ...d,
      target: new Map(sesudah.indikator.map((x) => [x.pkKinerjaId, { ...x, id: "" } as never])),
      aksi: new Map(
        d.baris.map((b) => [
          b.id,
          sesudah!.aksi.filter((a) => a.pkKinerjaId === b.id).map((a) => ({ ...a, id: "" }) as never),
        ]),
      ),
    };
    const lama = kanonRencanaPk(d) as Array<{ id: string; rencana: unknown; aksi: unknown }>;
    const baru = kanonRencanaPk(dataBaru) as Array<{ id: string; rencana: unknown; aksi: unknown }>;
    baru.forEach((x, i) => {
      const l = lama[i]!;
      if (versiDari(l) === versiDari(x)) return;
      const b = d.baris.find((r) => r.id === x.id)!;
      perubahan.push({
        kodePk: d.pk.kode,
        kodeIndikator: b.kode,
        indikator: b.indikator,
        jenis: l.rencana === null ? "baru" : "berubah",
      });
      berubahPk.add(d.pk.id);
    });
  }
  return {
    o,
    data,
    galat: u.galat,
    rencana: u.rencana,
    perubahan,
    berubahPk,
    hashBerkas: createHash("sha256").update(isi).digest("hex"),
    hashDasar: hashDasarDari(data.pk),
  };
}

export async function pratinjauImporRenaksi(ctx: ServiceContext, lingkup: LingkupOpd, tahun: number, b: BerkasUnggah) {
  const r = await bacaDanUrai(ctx, lingkup, tahun, b);
  return {
    hashBerkas: r.hashBerkas,
    hashDasar: r.hashDasar,
    indikator: r.data.pk.reduce((n, d) => n + d.baris.length, 0),
    perubahan: r.galat.length ? [] : r.perubahan,
    galat: r.galat,
  };
}

/** Applies the whole file in one transaction, or nothing (DomainError listing every error; 409 when stale). */
export async function konfirmasiImporRenaksi(ctx: ServiceContext, lingkup: LingkupOpd, tahun: number, b: BerkasUnggah) {
  const r = await bacaDanUrai(ctx, lingkup, tahun, b);
  if (r.galat.length) {
    throw new DomainError(
      "impor_renaksi_ditolak",
      `Berkas Rencana Aksi ditolak, tidak ada yang disimpan (${r.galat.length} kesalahan): ${r.galat
        .slice(0, 3)
        .map((g) => g.message)
        .join("; ")}`,
      { field: r.galat[0]!.field, galat: r.galat },
    );
  }
  if (b.hashBerkas && b.hashBerkas !== r.hashBerkas) {
    throw new ConflictError("Berkas berbeda dengan yang dipratinjau; unggah dan pratinjau ulang.");
  }
  const kedaluwarsa = () =>
    new ConflictError(
      "Rencana Aksi telah diubah sejak pratinjau; pratinjau ulang berkas sebelum mengimpor (tidak ada yang disimpan).",
    );
  if (b.hashDasar && b.hashDasar !== r.hashDasar) throw kedaluwarsa();
  if (r.perubahan.length === 0) return { tanpaPerubahan: true, indikatorBerubah: 0 };
  const { pemdaId, opdId } = r.o;
  return mutasi(ctx, { entity: "renaksi", action: "impor", pemdaId, opdId }, async (tx: Db) => {
    const lagi = await muatRenaksi(tx, pemdaId, opdId, tahun);
    if (hashDasarDari(lagi.pk) !== r.hashDasar) throw kedaluwarsa();
    await pastikanBolehDiubah(tx, { pemdaId, opdId, tahun, modul: "renaksi" });
    for (const d of r.data.pk) {
      if (!r.berubahPk.has(d.pk.id)) continue;
      const s = susunBarisRenaksi(d, { indikator: r.rencana.get(d.pk.id) ?? [] }, pemdaId, opdId);
      await gantiRenaksi(
        tx,
        opdId,
        d.baris.map((x) => x.id),
        s.indikator,
        s.aksi,
      );
    }
    const sesudah = await muatRenaksi(tx, pemdaId, opdId, tahun);
    return {
      entityId: `${opdId}/${tahun}`,
      before: { hashDasar: r.hashDasar, perubahan: r.perubahan },
      after: { hashDasar: hashDasarDari(sesudah.pk) },
      result: { tanpaPerubahan: false, indikatorBerubah: r.perubahan.length },
    };
  });
}

/**
 * XLSX round trip of an LKE in the familiar worksheet layout (ADR 0023): sheet "LKE", a header row, then komponen,
 * sub-komponen and kriteria rows in worksheet order with answer, value and note columns for the self-assessment and
 * the evaluator. Export through exceljs (ADR 0018); import through the safe reader (services/berkas, worker thread,
 * SAKIP_IMPOR_* limits) with a preview; rows moved or missing, unknown codes, answers outside the scale or values
 * not matching the answer are refused with the row, the kriteria and the column; nothing is written then.
 * The import writes the side the evaluation's status allows (draft: mandiri, diajukan: evaluator) through
 * simpanJawabanLke (same validation, same audit).
 */
import { muatExcelJS } from "../tabel/muat-exceljs";
import {
  daftarKriteria,
  JAWABAN_LKE_88_2021,
  jawabanKriteria,
  type KodeJawaban,
  LABEL_STATUS_LKE,
  periksaNilaiJawaban,
  sisiBolehDiubah,
} from "../../domain/akip";
import type { KerangkaLke } from "../../domain/akip/kerangka-tipe";
import { DomainError } from "../../domain/shared/errors";
import type { RuleVersion } from "../../domain/shared/rule-version";
import { bacaBerkasDiPekerja } from "../berkas/pembaca";
import { hurufKolom } from "../berkas/huruf-kolom";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import type { ServiceContext } from "../context";
import { ConflictError } from "../errors";
import { jawabanSisi, muatEvaluasi, nilaiSisi, pastikanAdaKriteria } from "./nilai";
import { IZIN_SISI, simpanJawabanLke } from "./simpan-jawaban";

export const KOLOM_LKE = [
  "No",
  "Kode",
  "Komponen / Sub-komponen / Kriteria",
  "Bobot",
  "Jawaban Mandiri",
  "Nilai Mandiri",
  "Alasan Mandiri",
  "Jawaban Evaluator",
  "Nilai Evaluator",
  "Alasan Evaluator",
  "Catatan Evaluator",
] as const;

const K = {
  kode: 2,
  jm: 5,
  nm: 6,
  am: 7,
  je: 8,
  ne: 9,
  ae: 10,
  ce: 11,
} as const;

const NAMA_LEMBAR = "LKE";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Expected code sequence of the worksheet: komponen, its sub-komponen, each followed by its kriteria. */
function urutanKode(
  kerangka: RuleVersion<KerangkaLke>,
): Array<{ kode: string; jenis: "komponen" | "sub" | "kriteria" }> {
  const out: Array<{ kode: string; jenis: "komponen" | "sub" | "kriteria" }> = [];
  for (const k of kerangka.value.komponen) {
    out.push({ kode: k.kode, jenis: "komponen" });
    for (const s of k.subKomponen) {
      out.push({ kode: s.kode, jenis: "sub" });
      for (const c of s.kriteria) out.push({ kode: c.kode, jenis: "kriteria" });
    }
  }
  return out;
}

export async function eksporLkeXlsx(ctx: ServiceContext, lingkup: LingkupOpd, tahun: number) {
  const { opd, opdId } = await otorisasiOpd(ctx, lingkup, "evaluasi.baca");
  const m = await muatEvaluasi(ctx.db, opdId, tahun);
  pastikanAdaKriteria(m.kerangka, tahun);
  const status = m.evaluasi?.status ?? "draft";
  const per = new Map(m.jawaban.map((j) => [j.kodeKriteria, j]));
  const nm = nilaiSisi(jawabanSisi(m.jawaban, "mandiri"), m.kerangka).hasil;
  const ne = nilaiSisi(jawabanSisi(m.jawaban, "evaluator"), m.kerangka).hasil;
  const wb = new (muatExcelJS().Workbook)();
  wb.creator = "SAKIP";
  const ws = wb.addWorksheet(NAMA_LEMBAR, { views: [{ state: "frozen", ySplit: 4, xSplit: 2 }] });
  ws.getCell("A1").value = `LEMBAR KERJA EVALUASI AKIP ${opd.nama.toUpperCase()} TAHUN ${tahun}`;
  ws.getCell("A1").font = { bold: true, size: 12 };
  ws.getCell("A2").value =
    `Kerangka ${m.kerangka.value.kerangka} (${m.kerangka.source.regulasi}); status: ${LABEL_STATUS_LKE[status]}; ` +
    `jawaban AA/A/BB/B/CC/C/D/E; kolom Nilai boleh kosong (dihitung dari jawaban). Jangan memindah atau menghapus baris.`;
  ws.getCell("A2").font = { italic: true, size: 9 };
  const header = ws.getRow(4);
  KOLOM_LKE.forEach((h, i) => (header.getCell(i + 1).value = h));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: "middle" };
  [5, 10, 70, 8, 10, 9, 40, 10, 9, 40, 40].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  let no = 0;
  for (const k of m.kerangka.value.komponen) {
    const km = nm.komponen.find((x) => x.kunci === k.kunci)!;
    const ke = ne.komponen.find((x) => x.kunci === k.kunci)!;
    const r = ws.addRow([
      "",
      k.kode,
      k.nama,
      Number(k.bobot),
      "",
      Number(km.nilaiTampil),
      "",
      "",
      Number(ke.nilaiTampil),
    ]);
    r.font = { bold: true };
    r.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E2F3" } };
    for (const s of k.subKomponen) {
      const sm = km.subKomponen.find((x) => x.kode === s.kode)!;
      const se = ke.subKomponen.find((x) => x.kode === s.kode)!;
      const rs = ws.addRow([
        "",
        s.kode,
        s.nama,
        Number(s.bobot),
        "",
        Number(sm.nilaiTampil),
        "",
        "",
        Number(se.nilaiTampil),
      ]);
      rs.font = { bold: true, italic: true };
      for (const c of s.kriteria) {
        no += 1;
        const j = per.get(c.kode);
        const jm = (j?.jawabanMandiri ?? null) as KodeJawaban | null;
        const je = (j?.jawabanEvaluator ?? null) as KodeJawaban | null;
        const rc = ws.addRow([
          no,
          c.kode,
          c.uraian,
          "",
          jm ?? "",
          jm ? JAWABAN_LKE_88_2021[jm].nilai : "",
          j?.alasanMandiri ?? "",
          je ?? "",
          je ? JAWABAN_LKE_88_2021[je].nilai : "",
          j?.alasanEvaluator ?? "",
          j?.catatanEvaluator ?? "",
        ]);
        rc.alignment = { wrapText: true, vertical: "top" };
        for (const col of [K.jm, K.je]) {
          rc.getCell(col).dataValidation = {
            type: "list",
            allowBlank: true,
            formulae: ['"AA,A,BB,B,CC,C,D,E"'],
            showErrorMessage: true,
            error: "Pilih AA, A, BB, B, CC, C, D atau E",
          };
        }
      }
    }
  }
  const t = ws.addRow(["", "", "TOTAL", 100, "", Number(nm.totalTampil), "", "", Number(ne.totalTampil)]);
  t.font = { bold: true };
  return {
    namaBerkas: `lke-${opd.slug}-${tahun}.xlsx`,
    mime: XLSX,
    isi: new Uint8Array(await wb.xlsx.writeBuffer()),
  };
}

export interface BarisImpor {
  kode: string;
  jawaban: KodeJawaban | null;
  alasan: string | null;
  catatan: string | null;
}

const sel = (baris: string[] | undefined, kol: number): string => (baris?.[kol - 1] ?? "").trim();
const tempat = (barisKe: number, kol: number) => `baris ${barisKe}, kolom ${hurufKolom(kol)} (${KOLOM_LKE[kol - 1]})`;

/**
 * Reads the worksheet's rows (strings) into one side's answers; every problem is collected with its row, kriteria
 * and column. Pure apart from the framework: exported for tests.
 */
export function uraiLembar(
  baris: string[][],
  kerangka: RuleVersion<KerangkaLke>,
  sisi: "mandiri" | "evaluator",
): { hasil: BarisImpor[]; galat: Array<{ field: string; message: string }>; diabaikan: string[] } {
  const galat: Array<{ field: string; message: string }> = [];
  const idxHeader = baris.findIndex((b) => sel(b, K.kode).toLowerCase() === "kode");
  if (idxHeader < 0) {
    return {
      hasil: [],
      galat: [
        { field: "berkas", message: `lembar ${NAMA_LEMBAR}: baris judul kolom (kolom B "Kode") tidak ditemukan` },
      ],
      diabaikan: [],
    };
  }
  KOLOM_LKE.forEach((h, i) => {
    const ada = sel(baris[idxHeader], i + 1);
    if (ada.toLowerCase() !== h.toLowerCase()) {
      galat.push({
        field: `baris ${idxHeader + 1}, kolom ${hurufKolom(i + 1)}`,
        message: `baris ${idxHeader + 1}, kolom ${hurufKolom(i + 1)}: judul kolom "${ada}", seharusnya "${h}" (kolom dipindah atau dihapus)`,
      });
    }
  });
  if (galat.length) return { hasil: [], galat, diabaikan: [] };
  const isi = baris
    .map((b, i) => ({ b, barisKe: i + 1 }))
    .slice(idxHeader + 1)
    .filter(({ b }) => sel(b, K.kode) !== "");
  const harap = urutanKode(kerangka);
  const hasil: BarisImpor[] = [];
  const [kJ, kN, kA] = sisi === "mandiri" ? [K.jm, K.nm, K.am] : [K.je, K.ne, K.ae];
  const kolomLain = sisi === "mandiri" ? [K.je, K.ae, K.ce] : [K.jm, K.am];
  const diabaikan = new Set<string>();
  harap.forEach((h, i) => {
    const r = isi[i];
    if (!r) {
      galat.push({
        field: `kriteria ${h.kode}`,
        message: `${h.jenis === "kriteria" ? "kriteria" : h.jenis === "sub" ? "sub-komponen" : "komponen"} ${h.kode}: baris tidak ditemukan (kolom B Kode; baris hilang)`,
      });
      return;
    }
    const kode = sel(r.b, K.kode);
    if (kode !== h.kode) {
      galat.push({
        field: `baris ${r.barisKe}, kolom B`,
        message: `baris ${r.barisKe}, kolom B (Kode): "${kode}", seharusnya ${h.jenis === "kriteria" ? "kriteria" : h.jenis === "sub" ? "sub-komponen" : "komponen"} ${h.kode} (baris dipindah, hilang atau kode tidak dikenal)`,
      });
      return;
    }
    if (h.jenis !== "kriteria") return;
    for (const kol of kolomLain) if (sel(r.b, kol)) diabaikan.add(KOLOM_LKE[kol - 1]!);
    try {
      const jawaban = jawabanKriteria(sel(r.b, kJ), kode, tempat(r.barisKe, kJ));
      periksaNilaiJawaban(sel(r.b, kN), jawaban, kode, tempat(r.barisKe, kN));
      hasil.push({
        kode,
        jawaban,
        alasan: sel(r.b, kA) || null,
        catatan: sisi === "evaluator" ? sel(r.b, K.ce) || null : null,
      });
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      galat.push({ field: String(e.details.field ?? `baris ${r.barisKe}`), message: e.message });
    }
  });
  const lebih = isi.slice(harap.length).filter(({ b }) => sel(b, K.kode) && sel(b, 3).toUpperCase() !== "TOTAL");
  for (const r of lebih) {
    galat.push({
      field: `baris ${r.barisKe}, kolom B`,
      message: `baris ${r.barisKe}, kolom B (Kode): "${sel(r.b, K.kode)}" tidak dikenal dalam kerangka ${kerangka.value.kerangka} (baris berlebih)`,
    });
  }
  return { hasil, galat: galat.slice(0, 100), diabaikan: [...diabaikan] };
}

/** The uploaded file: bytes, or base64 text (JSON body) decoded only after the caller is authorised. */
export type BerkasImpor = { isi: Uint8Array } | { isiBase64: string };

function bytesBerkas(b: BerkasImpor): Uint8Array {
  if ("isi" in b) return b.isi;
  const t = b.isiBase64.replace(/^data:[^,]*,/, "").replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(t) || t.length === 0) {
    throw new DomainError("base64_tidak_valid", "isiBase64: bukan teks base64 yang sah", { field: "isiBase64" });
  }
  return new Uint8Array(Buffer.from(t, "base64"));
}

async function bacaDanUrai(ctx: ServiceContext, lingkup: LingkupOpd, tahun: number, b: BerkasImpor) {
  const { opdId } = await otorisasiOpd(ctx, lingkup, "evaluasi.baca");
  const m = await muatEvaluasi(ctx.db, opdId, tahun);
  pastikanAdaKriteria(m.kerangka, tahun);
  const status = m.evaluasi?.status ?? "draft";
  const sisi = sisiBolehDiubah(status);
  if (!sisi) {
    throw new ConflictError(
      `Evaluasi LKE ${tahun} berstatus "${LABEL_STATUS_LKE[status]}"; lembar tidak dapat diimpor`,
    );
  }
  // the side's own permission, before the file is read
  await otorisasiOpd(ctx, lingkup, IZIN_SISI[sisi]);
  const berkas = await bacaBerkasDiPekerja(bytesBerkas(b), ctx.batasImpor, "teks");
  const lembar = berkas.lembar.find((l) => (l.nama ?? "").trim().toUpperCase() === NAMA_LEMBAR) ?? berkas.lembar[0];
  const u = uraiLembar(lembar?.baris ?? [], m.kerangka, sisi);
  return { m, sisi, ...u };
}

export async function pratinjauImporLke(ctx: ServiceContext, lingkup: LingkupOpd, tahun: number, b: BerkasImpor) {
  const { m, sisi, hasil, galat, diabaikan } = await bacaDanUrai(ctx, lingkup, tahun, b);
  const per = new Map(m.jawaban.map((j) => [j.kodeKriteria, j]));
  const sekarang = jawabanSisi(m.jawaban, sisi);
  const setelah = { ...sekarang };
  for (const h of hasil) setelah[h.kode] = h.jawaban;
  const { hasil: _h, ...nilaiSetelah } = nilaiSisi(setelah, m.kerangka);
  const berubah = hasil
    .map((h) => {
      const j = per.get(h.kode);
      const lama = (sisi === "mandiri" ? j?.jawabanMandiri : j?.jawabanEvaluator) ?? null;
      const alasanLama = (sisi === "mandiri" ? j?.alasanMandiri : j?.alasanEvaluator) ?? null;
      const catatanBeda = sisi === "evaluator" && (j?.catatanEvaluator ?? null) !== h.catatan;
      return {
        kode: h.kode,
        lama: lama as KodeJawaban | null,
        baru: h.jawaban,
        alasanBerubah: alasanLama !== h.alasan || catatanBeda,
      };
    })
    .filter((b) => b.lama !== b.baru || b.alasanBerubah);
  return {
    sisi,
    baris: hasil.length,
    berubah: galat.length ? [] : berubah,
    diabaikan,
    nilaiSetelah,
    galat,
  };
}

/** Writes the file's side when it has no error; else refuses the whole file (DomainError with every error). */
export async function konfirmasiImporLke(ctx: ServiceContext, lingkup: LingkupOpd, tahun: number, b: BerkasImpor) {
  const { m, sisi, hasil, galat, diabaikan } = await bacaDanUrai(ctx, lingkup, tahun, b);
  if (galat.length) {
    throw new DomainError(
      "impor_lke_ditolak",
      `Berkas LKE ditolak, tidak ada yang disimpan (${galat.length} kesalahan): ${galat
        .slice(0, 3)
        .map((g) => g.message)
        .join("; ")}`,
      { field: galat[0]!.field, galat },
    );
  }
  const s = await simpanJawabanLke(ctx, lingkup, tahun, {
    sisi,
    versi: m.evaluasi?.versi,
    jawaban: hasil.map((h) => ({
      kode: h.kode,
      jawaban: h.jawaban,
      alasan: h.alasan,
      ...(sisi === "evaluator" ? { catatan: h.catatan } : {}),
    })),
  });
  return { sisi, diabaikan, ...s, jumlahKriteria: daftarKriteria(m.kerangka).length };
}

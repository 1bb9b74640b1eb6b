/**
 * The Pemda's RPJMD IKU as one document per RPJMD (issue 15, ADR 0036): tujuan → sasaran → IKU with satuan,
 * polarity, negative formula, targets per year of the period, and either realisasi entered at Pemda level or links
 * to OPD measured indicators (by OPD slug + indicator code; combined per `gabungan`). Read with rpjmd.baca (Admin
 * Pemda, Pembaca = Bupati/Sekda/Bappeda, Inspektorat), replaced whole with rpjmd.ubah (Admin Pemda), audited,
 * versioned by the route (If-Match, simpanBerversi). Every refusal names the row (tujuan/sasaran/IKU code) and field.
 */
import { parseTarget } from "../../domain/capaian";
import type { GABUNGAN_TAUTAN, SUMBER_IKU } from "../../domain/rpjmd";
import { periksaTahunTarget } from "../../domain/rpjmd";
import { parseDecimal } from "../../domain/shared/decimal";
import { DomainError } from "../../domain/shared/errors";
import { listRpjmd, type RpjmdRow } from "../../storage/repositories/perencanaan-repository";
import {
  bacaPohonIku,
  cariIndikatorOpd,
  gantiPohonIku,
  type PohonIkuBaru,
} from "../../storage/repositories/rpjmd-iku-repository";
import type { Db } from "../../storage/database";
import { mutasi } from "../audit/mutasi";
import { otorisasiPemda } from "../bersama/lingkup";
import { samaData } from "../bersama/sama";
import type { ServiceContext } from "../context";
import { NotFoundError } from "../errors";

export type SumberIku = (typeof SUMBER_IKU)[number];
export type Gabungan = (typeof GABUNGAN_TAUTAN)[number];

export interface TautanMasukan {
  /** OPD slug ("kecamatan-sei-balai"). */
  opd: string;
  /** The OPD indicator's code ("ikm"). */
  indikator: string;
  utama?: boolean | undefined;
}

export interface IkuMasukan {
  kode: string;
  nama: string;
  satuan: string;
  polaritas: "positif" | "negatif";
  rumusNegatif: "2t-r" | "t/r";
  definisiOperasional?: string | undefined;
  sumber: SumberIku;
  gabungan: Gabungan;
  /** Year → target as written ("85,00"). */
  target: Record<string, string>;
  /** Year → realisasi entered at Pemda level (only for sumber "langsung"). */
  realisasi: Record<string, { nilai: string; sumber: string }>;
  catatan?: string | undefined;
  tautan: TautanMasukan[];
}

export interface RpjmdIkuMasukan {
  tujuan: Array<{
    kode: string;
    teks: string;
    misiNomor?: number | null | undefined;
    sasaran: Array<{ kode: string; teks: string; iku: IkuMasukan[] }>;
  }>;
}

export interface TautanTampil {
  opd: string;
  opdNama: string;
  indikator: string;
  indikatorNama: string;
  satuan: string;
  utama: boolean;
}

export interface IkuTampil extends Omit<IkuMasukan, "tautan" | "definisiOperasional" | "catatan"> {
  definisiOperasional: string;
  catatan: string;
  tautan: TautanTampil[];
}

export interface RpjmdIku {
  pemda: { slug: string; nama: string };
  rpjmd: { tahunAwal: number; tahunAkhir: number; visi: string };
  tujuan: Array<{
    kode: string;
    teks: string;
    misiNomor: number | null;
    sasaran: Array<{ kode: string; teks: string; iku: IkuTampil[] }>;
  }>;
}

/** The RPJMD of the Pemda starting in `tahunAwal` (404 in Indonesian when none). */
export async function cariRpjmd(db: Db, pemdaId: string, tahunAwal: number): Promise<RpjmdRow> {
  const r = (await listRpjmd(db, pemdaId)).find((x) => x.tahunAwal === tahunAwal);
  if (!r) throw new NotFoundError(`RPJMD periode mulai ${tahunAwal} belum ada untuk Pemda ini`);
  return r;
}

/** The RPJMD whose period contains `tahun`, or null. */
export async function rpjmdTahun(db: Db, pemdaId: string, tahun: number): Promise<RpjmdRow | null> {
  return (await listRpjmd(db, pemdaId)).find((x) => x.tahunAwal <= tahun && tahun <= x.tahunAkhir) ?? null;
}

/** The stored tree of one RPJMD, in the document shape (no authorisation: callers authorise). */
export async function muatRpjmdIku(db: Db, pemda: { id: string; slug: string; nama: string }, r: RpjmdRow) {
  const p = await bacaPohonIku(db, pemda.id, r.id);
  const dok: RpjmdIku = {
    pemda: { slug: pemda.slug, nama: pemda.nama },
    rpjmd: { tahunAwal: r.tahunAwal, tahunAkhir: r.tahunAkhir, visi: r.visi },
    tujuan: p.tujuan.map((t) => ({
      kode: t.kode,
      teks: t.teks,
      misiNomor: t.misiNomor,
      sasaran: p.sasaran
        .filter((s) => s.tujuanId === t.id)
        .map((s) => ({
          kode: s.kode,
          teks: s.teks,
          iku: p.iku
            .filter((i) => i.sasaranId === s.id)
            .map((i): IkuTampil => ({
              kode: i.kode,
              nama: i.nama,
              satuan: i.satuan,
              polaritas: i.polaritas,
              rumusNegatif: i.rumusNegatif,
              definisiOperasional: i.definisiOperasional,
              sumber: i.sumber,
              gabungan: i.gabungan,
              target: i.target,
              realisasi: i.realisasi,
              catatan: i.catatan,
              tautan: p.tautan
                .filter((l) => l.ikuId === i.id)
                .map((l) => ({
                  opd: l.opdSlug,
                  opdNama: l.opdNama,
                  indikator: l.indikatorKode,
                  indikatorNama: l.indikatorNama,
                  satuan: l.satuan,
                  utama: l.utama,
                })),
            })),
        })),
    })),
  };
  return { dok, pohon: p };
}

export async function bacaRpjmdIku(ctx: ServiceContext, pemdaSlug: string, tahunAwal: number): Promise<RpjmdIku> {
  const { pemda, pemdaId } = await otorisasiPemda(ctx, pemdaSlug, "rpjmd.baca");
  const r = await cariRpjmd(ctx.db, pemdaId, tahunAwal);
  return (await muatRpjmdIku(ctx.db, { id: pemdaId, slug: pemda.slug, nama: pemda.nama }, r)).dok;
}

function galat(kode: string, pesan: string, field: string, value?: string): never {
  throw new DomainError(kode, pesan, value === undefined ? { field } : { field, value });
}

function wajib(teks: string | undefined, letak: string, field: string): string {
  const t = (teks ?? "").trim();
  if (!t) galat("wajib_diisi", `${letak}: ${field} wajib diisi`, field);
  return t;
}

function unik(kode: string[], letak: string): void {
  const lihat = new Set<string>();
  for (const k of kode) {
    if (lihat.has(k)) galat("kode_ganda", `${letak}: kode "${k}" dipakai lebih dari sekali`, "kode", k);
    lihat.add(k);
  }
}

/** Checks the document and resolves the links; every message names the row. */
async function periksa(db: Db, pemdaId: string, r: RpjmdRow, m: RpjmdIkuMasukan): Promise<PohonIkuBaru> {
  unik(
    m.tujuan.map((t) => t.kode.trim()),
    "Tujuan",
  );
  const semuaTautan = m.tujuan.flatMap((t) => t.sasaran.flatMap((s) => s.iku.flatMap((i) => i.tautan)));
  const indikator = await cariIndikatorOpd(db, pemdaId, [...new Set(semuaTautan.map((l) => l.opd))]);
  return {
    tujuan: m.tujuan.map((t) => {
      const lt = `Tujuan ${t.kode}`;
      const kodeT = wajib(t.kode, "Tujuan", "kode");
      unik(
        t.sasaran.map((s) => s.kode.trim()),
        `${lt}, sasaran`,
      );
      return {
        kode: kodeT,
        teks: wajib(t.teks, lt, "teks"),
        misiNomor: t.misiNomor ?? null,
        sasaran: t.sasaran.map((s) => {
          const ls = `Sasaran ${s.kode}`;
          unik(
            s.iku.map((i) => i.kode.trim()),
            `${ls}, IKU`,
          );
          return {
            kode: wajib(s.kode, `${lt}, sasaran`, "kode"),
            teks: wajib(s.teks, ls, "teks"),
            iku: s.iku.map((i) => {
              const li = `IKU ${i.kode} (sasaran ${s.kode})`;
              const tahunTarget = Object.keys(i.target).map((y) => {
                const n = Number(y);
                if (!Number.isInteger(n))
                  galat("tahun_tidak_valid", `${li}: tahun target "${y}" bukan tahun`, "target", y);
                return n;
              });
              periksaTahunTarget(i.kode, tahunTarget, r.tahunAwal, r.tahunAkhir);
              for (const [y, teks] of Object.entries(i.target)) parseTarget(teks, `${li}: target ${y}`);
              const realisasi: Record<string, { nilai: string; sumber: string }> = {};
              for (const [y, v] of Object.entries(i.realisasi)) {
                const n = Number(y);
                if (!Number.isInteger(n) || n < r.tahunAwal || n > r.tahunAkhir) {
                  galat(
                    "tahun_di_luar_periode",
                    `${li}: realisasi tahun ${y} di luar periode RPJMD ${r.tahunAwal}–${r.tahunAkhir}`,
                    "realisasi",
                    y,
                  );
                }
                realisasi[y] = {
                  nilai: parseDecimal(v.nilai, `${li}: realisasi ${y}`).toString(),
                  sumber: wajib(v.sumber, `${li}: realisasi ${y}`, "sumber"),
                };
              }
              if (i.sumber === "langsung" && i.tautan.length > 0) {
                galat("tautan_langsung", `${li}: IKU yang diisi langsung tidak boleh memiliki tautan`, "tautan");
              }
              if (i.sumber === "tautan") {
                if (i.tautan.length === 0)
                  galat(
                    "tautan_kosong",
                    `${li}: pilih minimal satu indikator perangkat daerah untuk ditautkan`,
                    "tautan",
                  );
                if (Object.keys(realisasi).length > 0)
                  galat(
                    "realisasi_tautan",
                    `${li}: realisasi IKU tertaut diambil dari perangkat daerah, jangan diisi`,
                    "realisasi",
                  );
                const utama = i.tautan.filter((l) => l.utama).length;
                if (i.gabungan === "utama" && utama !== 1)
                  galat(
                    "tautan_utama",
                    `${li}: tandai tepat satu indikator sebagai sumber (sekarang ${utama})`,
                    "tautan",
                  );
              }
              const lihat = new Set<string>();
              return {
                kode: wajib(i.kode, `Sasaran ${s.kode}, IKU`, "kode"),
                nama: wajib(i.nama, li, "nama"),
                satuan: wajib(i.satuan, li, "satuan"),
                polaritas: i.polaritas,
                rumusNegatif: i.rumusNegatif,
                definisiOperasional: i.definisiOperasional?.trim() ?? "",
                sumber: i.sumber,
                gabungan: i.gabungan,
                target: Object.fromEntries(Object.entries(i.target).map(([y, t]) => [y, t.trim()])),
                realisasi,
                catatan: i.catatan?.trim() ?? "",
                tautan: i.tautan.map((l, n) => {
                  const x = indikator.find((d) => d.opdSlug === l.opd && d.kode === l.indikator);
                  if (!x) {
                    galat(
                      "tautan_tidak_ditemukan",
                      `${li}, tautan ${n + 1}: indikator "${l.indikator}" perangkat daerah "${l.opd}" tidak ditemukan`,
                      "tautan",
                      `${l.opd}/${l.indikator}`,
                    );
                  }
                  if (lihat.has(x.id))
                    galat("tautan_ganda", `${li}, tautan ${n + 1}: indikator ditautkan dua kali`, "tautan");
                  lihat.add(x.id);
                  return {
                    indikatorId: x.id,
                    opdId: x.opdId,
                    utama: i.gabungan === "utama" ? Boolean(l.utama) : false,
                  };
                }),
              };
            }),
          };
        }),
      };
    }),
  };
}

/** Strips the display-only fields so a save of what was read compares equal. */
function inti(d: RpjmdIku["tujuan"] | RpjmdIkuMasukan["tujuan"]) {
  return d.map((t) => ({
    kode: t.kode.trim(),
    teks: t.teks.trim(),
    misiNomor: t.misiNomor ?? null,
    sasaran: t.sasaran.map((s) => ({
      kode: s.kode.trim(),
      teks: s.teks.trim(),
      iku: s.iku.map((i) => ({
        kode: i.kode.trim(),
        nama: i.nama.trim(),
        satuan: i.satuan.trim(),
        polaritas: i.polaritas,
        rumusNegatif: i.rumusNegatif,
        definisiOperasional: i.definisiOperasional?.trim() ?? "",
        sumber: i.sumber,
        gabungan: i.gabungan,
        target: i.target,
        realisasi: i.realisasi,
        catatan: i.catatan?.trim() ?? "",
        tautan: i.tautan.map((l) => ({
          opd: l.opd,
          indikator: l.indikator,
          utama: i.gabungan === "utama" && !!l.utama,
        })),
      })),
    })),
  }));
}

/** Replaces the RPJMD's IKU document (audited; nothing written when nothing changed). */
export async function simpanRpjmdIku(
  ctx: ServiceContext,
  pemdaSlug: string,
  tahunAwal: number,
  m: RpjmdIkuMasukan,
): Promise<RpjmdIku & { diubah: boolean }> {
  const { pemda, pemdaId } = await otorisasiPemda(ctx, pemdaSlug, "rpjmd.ubah");
  const r = await cariRpjmd(ctx.db, pemdaId, tahunAwal);
  const baru = await periksa(ctx.db, pemdaId, r, m);
  const lama = (await muatRpjmdIku(ctx.db, { id: pemdaId, slug: pemda.slug, nama: pemda.nama }, r)).dok;
  const sebelum = inti(lama.tujuan);
  const sesudah = inti(m.tujuan);
  if (samaData(sebelum, sesudah)) return { ...lama, diubah: false };
  await mutasi(ctx, { entity: "rpjmd_iku", action: "ubah", pemdaId }, async (tx) => {
    await gantiPohonIku(tx, pemdaId, r.id, baru);
    return { entityId: r.id, before: sebelum, after: sesudah, result: null };
  });
  const dok = (await muatRpjmdIku(ctx.db, { id: pemdaId, slug: pemda.slug, nama: pemda.nama }, r)).dok;
  return { ...dok, diubah: true };
}

/**
 * The report's free texts of an OPD and year: read them with the catalogue (laporan.baca), save one section
 * (laporan.buat; audited; an empty section is removed so the document shows the placeholder again; nothing is
 * written when nothing changed).
 */
import { DomainError } from "../../domain/shared/errors";
import {
  deleteTeksLaporan,
  listTeksLaporan,
  type TeksLaporanRow,
  upsertTeksLaporan,
} from "../../storage/repositories/laporan-repository";
import { listSasaranOpd } from "../../storage/repositories/perencanaan-repository";
import type { TeksSumber } from "../../reports/model/sumber";
import { pastikanBolehDiubah } from "../alur/status-periode";
import { mutasi } from "../audit/mutasi";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import { samaData } from "../bersama/sama";
import type { ServiceContext } from "../context";
import { type EntriKatalogTeks, entriTeks, katalogTeks } from "./katalog-teks";
import { teksKosong } from "./terapkan-teks";

export interface IsiTeks {
  paragraf: string[];
  butir: { label: string; teks: string }[];
  paragrafPenutup: string[];
}

export interface TeksLaporan extends EntriKatalogTeks, IsiTeks {
  diubahOleh: string | null;
  diubahPada: string | null;
}

const BATAS_TEKS = 20_000;

/** Stored rows as report texts (for the assembler). */
export function teksDariBaris(rows: readonly TeksLaporanRow[]): TeksSumber[] {
  return rows.map((r) => ({
    kode: r.kode,
    paragraf: r.paragraf,
    ...(r.butir.length ? { butir: r.butir } : {}),
    ...(r.paragrafPenutup.length ? { paragrafPenutup: r.paragrafPenutup } : {}),
  }));
}

/** Trimmed content; empty paragraphs and list items dropped; fixed-label sections keep only their labels. */
export function bersihkanTeks(kode: string, isi: IsiTeks): IsiTeks {
  const entri = entriTeks(kode);
  if (!entri) {
    throw new DomainError("teks_tidak_dikenal", `kode: teks laporan "${kode}" tidak dikenal`, {
      field: "kode",
      value: kode,
    });
  }
  const par = (xs: string[], field: string) =>
    xs
      .map((x) => x.replace(/\r\n/g, "\n").trim())
      .filter((x) => x !== "")
      .map((x, i) => {
        if (x.length > BATAS_TEKS) {
          throw new DomainError("teks_terlalu_panjang", `${field} ${i + 1}: lebih dari ${BATAS_TEKS} karakter`, {
            field,
          });
        }
        return x;
      });
  let butir = isi.butir.map((b) => ({ label: b.label.trim(), teks: b.teks.trim() })).filter((b) => b.teks !== "");
  if (entri.bentuk === "butir-tetap") {
    const label = new Set(entri.butirTetap!.map((b) => b.label));
    const salah = butir.find((b) => !label.has(b.label));
    if (salah) {
      throw new DomainError("label_tidak_dikenal", `butir: label "${salah.label}" tidak dikenal untuk ${entri.judul}`, {
        field: "butir",
        value: salah.label,
      });
    }
    butir = entri.butirTetap!.flatMap((t) => butir.filter((b) => b.label === t.label).slice(0, 1));
  }
  return {
    paragraf: entri.bentuk === "butir-tetap" ? [] : par(isi.paragraf, "paragraf"),
    butir: entri.bentuk === "lengkap" || entri.bentuk === "butir-tetap" ? butir : [],
    paragrafPenutup: entri.bentuk === "lengkap" ? par(isi.paragrafPenutup, "paragrafPenutup") : [],
  };
}

/** Every section of the catalogue with what is stored (empty where nothing is). */
export async function bacaTeksLaporan(ctx: ServiceContext, lingkup: LingkupOpd, tahun: number) {
  const { opdId } = await otorisasiOpd(ctx, lingkup, "laporan.baca");
  const [rows, sasaran] = await Promise.all([listTeksLaporan(ctx.db, { opdId, tahun }), listSasaranOpd(ctx.db, opdId)]);
  const katalog = katalogTeks(sasaran.map((s) => ({ kode: s.kode, teks: s.teks })));
  const lain = rows.filter((r) => !katalog.some((e) => e.kode === r.kode)).flatMap((r) => entriTeks(r.kode) ?? []);
  return [...katalog, ...lain].map((e): TeksLaporan => {
    const r = rows.find((x) => x.kode === e.kode);
    return {
      ...e,
      paragraf: r?.paragraf ?? [],
      butir: r?.butir ?? [],
      paragrafPenutup: r?.paragrafPenutup ?? [],
      diubahOleh: r?.diubahOleh ?? null,
      diubahPada: r?.diubahPada.toISOString() ?? null,
    };
  });
}

/** Saves one section; returns whether anything changed. */
export async function simpanTeksLaporan(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  tahun: number,
  kode: string,
  isi: IsiTeks,
): Promise<{ diubah: boolean }> {
  const { pemdaId, opdId, aktor } = await otorisasiOpd(ctx, lingkup, "laporan.buat");
  const baru = bersihkanTeks(kode, isi);
  const k = { opdId, tahun };
  const ada = (await listTeksLaporan(ctx.db, k)).find((r) => r.kode === kode);
  const lama = ada ? { paragraf: ada.paragraf, butir: ada.butir, paragrafPenutup: ada.paragrafPenutup } : null;
  const kosong = teksKosong(baru);
  if (samaData(lama, kosong ? null : baru)) return { diubah: false };
  const action = kosong ? "hapus" : ada ? "ubah" : "buat";
  return mutasi(ctx, { entity: "laporan_teks", action, pemdaId, opdId }, async (tx) => {
    await pastikanBolehDiubah(tx, { pemdaId, opdId, tahun, modul: "laporan" });
    if (kosong) await deleteTeksLaporan(tx, k, kode);
    else await upsertTeksLaporan(tx, { pemdaId, ...k, kode, ...baru, diubahOleh: aktor.nama, diubahPada: ctx.now() });
    return { entityId: `${tahun}/${kode}`, before: lama, after: kosong ? null : baru, result: { diubah: true } };
  });
}

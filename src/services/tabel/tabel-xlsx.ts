/**
 * Export, template and import of the XLSX tables. Import authorises first, validates the whole file (headers, row
 * ids, every cell; a changed read-only cell is an error; required cells of new rows; then the table's whole-file
 * rules) and writes nothing unless all of it is valid; then the changed cells, new rows and rows marked "Hapus" —
 * and only those — are saved in one audited write. A template of a table that accepts new rows is an empty sheet
 * with unlocked rows to fill; otherwise it lists the rows with their input cells empty.
 */
import { DomainError } from "../../domain/shared/errors";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import type { ServiceContext } from "../context";
import { NotFoundError } from "../errors";
import type { Db } from "../../storage/database";
import type { BarisAkhir, BarisTabel, DefinisiTabel, NilaiSel } from "./definisi";
import { tabelAnalisis } from "./tabel-analisis";
import { tabelIndikator } from "./tabel-indikator";
import { tabelDasarHukum, tabelInovasi } from "./tabel-butir";
import { tabelDesa } from "./tabel-desa";
import { tabelIndikatorProgram } from "./tabel-indikator-program";
import { tabelPejabat } from "./tabel-pejabat";
import { tabelPk } from "./tabel-pk";
import { tabelRealisasi } from "./tabel-realisasi";
import { tabelTarget } from "./tabel-target";
import { tabelUnitKerja } from "./tabel-unit-kerja";
import { periksaVersiBaris } from "./versi-baris";
import { bacaXlsx, KOLOM_HAPUS, tempat, tolak, tulisXlsx } from "./xlsx";

export const TABEL: Record<string, DefinisiTabel> = {
  realisasi: tabelRealisasi,
  target: tabelTarget,
  desa: tabelDesa,
  "pk-kinerja": tabelPk,
  pejabat: tabelPejabat,
  "unit-kerja": tabelUnitKerja,
  "indikator-program": tabelIndikatorProgram,
  analisis: tabelAnalisis,
  "dasar-hukum": tabelDasarHukum,
  inovasi: tabelInovasi,
  indikator: tabelIndikator,
};

/** Empty rows offered for new rows: in an export, and in a template (which has no existing rows). */
export const BARIS_KOSONG = { ekspor: 20, templat: 100 };

export const ID_TABEL = Object.keys(TABEL);

function definisi(id: string): DefinisiTabel {
  const d = TABEL[id];
  if (!d) throw new NotFoundError(`Tabel "${id}" tidak dikenal (${ID_TABEL.join(", ")})`);
  return d;
}

export async function eksporTabel(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  tabel: string,
  tahun: number,
  templat: boolean,
): Promise<{ namaBerkas: string; isi: Uint8Array }> {
  const def = definisi(tabel);
  const { opd } = await otorisasiOpd(ctx, lingkup, def.izinBaca);
  const [kolom, baris] = await Promise.all([def.kolom(ctx, lingkup, tahun), def.baca(ctx, lingkup, tahun)]);
  const judul = `${def.judul}${tahun ? ` ${tahun}` : ""} — ${opd.nama}`;
  const tambah = !!def.bolehTambah;
  const isi = await tulisXlsx(judul, kolom, templat && tambah ? [] : baris, {
    templat,
    barisKosong: tambah ? BARIS_KOSONG[templat ? "templat" : "ekspor"] : 0,
    hapus: !!def.bolehHapus,
  });
  const nama = `${def.id}${tahun ? `-${tahun}` : ""}-${opd.slug}${templat ? "-templat" : ""}.xlsx`;
  return { namaBerkas: nama, isi };
}

export interface HasilImpor {
  /** Number of changed cells of existing rows. */
  jumlah: number;
  diubah: Array<{ baris: number; kolom: string; dari: NilaiSel; ke: NilaiSel }>;
  /** Sheet rows added as new rows. */
  ditambah: number[];
  /** Sheet rows removed ("Hapus": ya). */
  dihapus: number[];
}

export async function imporTabel(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  tabel: string,
  tahun: number,
  isi: Uint8Array,
): Promise<HasilImpor> {
  const def = definisi(tabel);
  const { opdId } = await otorisasiOpd(ctx, lingkup, def.izinUbah);
  if (isi.byteLength === 0) {
    throw new DomainError("berkas_kosong", "Berkas kosong: lampirkan berkas XLSX", {
      errors: [{ field: "berkas", message: "kosong" }],
    });
  }
  const [kolom, baris] = await Promise.all([def.kolom(ctx, lingkup, tahun), def.baca(ctx, lingkup, tahun)]);
  const hasil = await bacaXlsx(isi, kolom, baris, {
    tambah: !!def.bolehTambah,
    hapus: !!def.bolehHapus,
    batas: ctx.batasImpor,
  });
  const { perubahan, baru, hapus } = hasil;
  if (!perubahan.length && !baru.length && !hapus.length) return { jumlah: 0, diubah: [], ditambah: [], dihapus: [] };
  if (def.periksa) {
    const dihapus = new Set(hapus.map((h) => h.id));
    const akhir: BarisAkhir[] = [
      ...baris
        .filter((b) => !dihapus.has(b.id))
        .map((b) => {
          const nilai = { ...b.nilai };
          for (const p of perubahan.filter((x) => x.id === b.id)) nilai[p.kunci] = p.ke;
          return { id: b.id, baris: hasil.barisId.get(b.id) ?? null, nilai };
        }),
      ...baru.map((b) => ({ id: null, baris: b.baris, nilai: b.nilai })),
    ];
    const galat = await def.periksa(ctx, lingkup, tahun, {
      akhir,
      hapus: hapus.map((h) => ({ ...baris.find((b) => b.id === h.id)!, baris: h.baris })),
    });
    if (galat.length) {
      const semua = def.bolehHapus ? [...kolom, KOLOM_HAPUS] : kolom;
      const posisi = (kunci: string) => semua.findIndex((k) => k.kunci === kunci);
      tolak(
        galat.map((g) => {
          const i = posisi(g.kunci);
          return { field: tempat(g.baris, i < 0 ? 1 : i + 2, semua[i]?.judul ?? "ID"), message: g.pesan };
        }),
      );
    }
  }
  // the rows the file changes or removes must still have the version they were downloaded with: checked by mutasi
  // inside the write's transaction, under the rows' form locks (ADR 0016); rows the file leaves alone never conflict
  const disentuh = new Map<string, number>([
    ...perubahan.map((p): [string, number] => [p.id, p.baris]),
    ...hapus.map((h): [string, number] => [h.id, h.baris]),
  ]);
  const prasyaratBaris = {
    periksa: (tx: Db) =>
      periksaVersiBaris(
        tx,
        {
          berkas: hasil.versi,
          disentuh,
          kunci: (b: BarisTabel) => def.kunciBaris?.(opdId, tahun, b) ?? [`tabel:${def.id}:${opdId}:${tahun}`],
          baca: (db: Db) => def.baca({ ...ctx, db }, lingkup, tahun),
        },
        baris,
      ),
  };
  await def.simpan({ ...ctx, prasyaratBaris }, lingkup, tahun, perubahan, { baru, hapus });
  return {
    jumlah: perubahan.length,
    diubah: perubahan.map(({ baris: b, kolom: k, dari, ke }) => ({ baris: b, kolom: k, dari, ke })),
    ditambah: baru.map((b) => b.baris),
    dihapus: hapus.map((h) => h.baris),
  };
}

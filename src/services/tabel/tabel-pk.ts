/**
 * XLSX table "pk-kinerja": every kinerja row of every PK of the year (sasaran, indikator, satuan, target editable;
 * PK, pejabat and position shown). Import writes the changed rows in one audited write. Lock: pk of the year. Each row
 * carries the inline edit's version; an import takes the row's PK lock (ADR 0016).
 */
import { MAKS_SATUAN, MAKS_TARGET, MAKS_TEKS } from "../../domain/shared/batas-teks";
import { updateKinerja } from "../../storage/repositories/pk-repository";
import { pastikanBolehDiubah } from "../alur/status-periode";
import { mutasi } from "../audit/mutasi";
import { otorisasiOpd } from "../bersama/lingkup";
import { bacaDaftarPk } from "../pk/baca-pk";
import { versiBarisPk } from "../pk/ubah-baris-pk";
import type { SimpulBaris } from "../pk/pohon";
import type { PkKinerjaRow } from "../../storage/repositories/pk-repository";
import type { BarisTabel, DefinisiTabel, KolomTabel } from "./definisi";

const KOLOM: KolomTabel[] = [
  { kunci: "pk", judul: "PK", jenis: "teks", dapatDiubah: false, lebar: 30 },
  { kunci: "pejabat", judul: "Pihak Pertama", jenis: "teks", dapatDiubah: false, lebar: 30 },
  { kunci: "baris", judul: "Baris", jenis: "teks", dapatDiubah: false, lebar: 7 },
  { kunci: "sasaran", judul: "Sasaran", jenis: "teks", dapatDiubah: true, lebar: 40, maks: MAKS_TEKS },
  { kunci: "indikator", judul: "Indikator", jenis: "teks", dapatDiubah: true, lebar: 40, maks: MAKS_TEKS },
  { kunci: "satuan", judul: "Satuan", jenis: "teks", dapatDiubah: true, lebar: 10, maks: MAKS_SATUAN },
  { kunci: "target", judul: "Target", jenis: "target", dapatDiubah: true, lebar: 12, maks: MAKS_TARGET },
];

const KOLOM_DB: Record<string, keyof PkKinerjaRow> = {
  sasaran: "sasaran",
  indikator: "indikator",
  satuan: "satuan",
  target: "targetTeks",
};

export const tabelPk: DefinisiTabel = {
  id: "pk-kinerja",
  judul: "Perjanjian Kinerja",
  izinBaca: "pk.baca",
  izinUbah: "pk.ubah",
  kolom: async () => KOLOM,
  async baca(ctx, lingkup, tahun) {
    const { pk } = await bacaDaftarPk(ctx, lingkup, tahun);
    const out: BarisTabel[] = [];
    for (const p of pk) {
      const jalan = (s: SimpulBaris<PkKinerjaRow>) => {
        out.push({
          id: s.baris.id,
          nilai: {
            pk: p.kode,
            pejabat: p.pihakPertama?.namaLengkap ?? "",
            baris: s.baris.kode,
            sasaran: s.baris.sasaran,
            indikator: s.baris.indikator,
            satuan: s.baris.satuan,
            target: s.baris.targetTeks,
          },
          // the inline row edit's version (its If-Match), so an import and the form agree on it
          versi: versiBarisPk(s.baris),
        });
        s.anak.forEach(jalan);
      };
      p.kinerja.forEach(jalan);
    }
    return out;
  },
  // the lock of the row's PK document, which the PK save and the row edit take (ubah-baris-pk.ts)
  kunciBaris: (opdId, _tahun, b) => [`pk:${opdId}:${String(b.nilai.pk)}`],
  async simpan(ctx, lingkup, tahun, perubahan) {
    const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "pk.ubah");
    await mutasi(ctx, { entity: "pk_kinerja", action: "impor-xlsx", pemdaId, opdId }, async (tx) => {
      await pastikanBolehDiubah(tx, { pemdaId, opdId, tahun, modul: "pk" });
      for (const p of perubahan) {
        const kolom = KOLOM_DB[p.kunci];
        if (kolom)
          await updateKinerja(tx, p.id, {
            [kolom]: p.ke === null ? (kolom === "targetTeks" ? null : "") : String(p.ke),
          });
      }
      return {
        entityId: `${opdId}/${tahun}`,
        before: perubahan.map((p) => ({ baris: p.id, kolom: p.kolom, nilai: p.dari })),
        after: perubahan.map((p) => ({ baris: p.id, kolom: p.kolom, nilai: p.ke })),
        result: undefined,
      };
    });
  },
};

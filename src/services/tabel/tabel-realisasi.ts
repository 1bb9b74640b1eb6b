/**
 * XLSX table "realisasi": the IKU table of a year — realisasi per year and per triwulan and the narrative are
 * editable; target and capaian are shown (capaian computed, never imported); a realisasi taken from a linked result
 * is locked. Import writes all changed cells in one audited write. Lock: pengukuran of the year. A row's
 * version is the five cells' form versions; an import takes those cells' locks (ADR 0016).
 */
import { MAKS_NARASI, MAKS_NILAI_REALISASI } from "../../domain/shared/batas-teks";
import { DomainError } from "../../domain/shared/errors";
import { listRealisasi, upsertRealisasi } from "../../storage/repositories/pengukuran-repository";
import { pastikanBolehDiubah } from "../alur/status-periode";
import { mutasi } from "../audit/mutasi";
import { otorisasiOpd } from "../bersama/lingkup";
import { bacaPengukuran } from "../pengukuran/baca-pengukuran";
import type { PeriodeRealisasi } from "../pengukuran/ubah-realisasi";
import type { DefinisiTabel, KolomTabel } from "./definisi";

const PERIODE: Record<string, PeriodeRealisasi> = {
  realisasi: "tahunan",
  tw1: "tw1",
  tw2: "tw2",
  tw3: "tw3",
  tw4: "tw4",
  narasi: "tahunan",
};

const KOLOM: KolomTabel[] = [
  { kunci: "kode", judul: "Kode", jenis: "teks", dapatDiubah: false, lebar: 8 },
  { kunci: "sasaran", judul: "Sasaran", jenis: "teks", dapatDiubah: false, lebar: 36 },
  { kunci: "indikator", judul: "Indikator", jenis: "teks", dapatDiubah: false, lebar: 36 },
  { kunci: "satuan", judul: "Satuan", jenis: "teks", dapatDiubah: false, lebar: 10 },
  { kunci: "target", judul: "Target", jenis: "target", dapatDiubah: false, lebar: 12 },
  { kunci: "realisasi", judul: "Realisasi", jenis: "angka", dapatDiubah: true, lebar: 12, maks: MAKS_NILAI_REALISASI },
  { kunci: "tw1", judul: "Realisasi TW I", jenis: "angka", dapatDiubah: true, lebar: 12, maks: MAKS_NILAI_REALISASI },
  { kunci: "tw2", judul: "Realisasi TW II", jenis: "angka", dapatDiubah: true, lebar: 12, maks: MAKS_NILAI_REALISASI },
  { kunci: "tw3", judul: "Realisasi TW III", jenis: "angka", dapatDiubah: true, lebar: 12, maks: MAKS_NILAI_REALISASI },
  { kunci: "tw4", judul: "Realisasi TW IV", jenis: "angka", dapatDiubah: true, lebar: 12, maks: MAKS_NILAI_REALISASI },
  { kunci: "narasi", judul: "Narasi", jenis: "teks", dapatDiubah: true, lebar: 40, maks: MAKS_NARASI },
  { kunci: "capaian", judul: "Capaian (%)", jenis: "angka", dapatDiubah: false, lebar: 12 },
];

export const tabelRealisasi: DefinisiTabel = {
  id: "realisasi",
  judul: "Realisasi IKU",
  izinBaca: "pengukuran.baca",
  izinUbah: "pengukuran.ubah",
  kolom: async () => KOLOM,
  async baca(ctx, lingkup, tahun) {
    const p = await bacaPengukuran(ctx, lingkup, tahun);
    const { opdId } = await otorisasiOpd(ctx, lingkup, "pengukuran.baca");
    const ketik = (await listRealisasi(ctx.db, opdId)).filter((r) => r.tahun === tahun);
    return p.sasaran.flatMap((s) =>
      s.indikator.map((i) => {
        const tw = (periode: string) => i.triwulan.find((q) => q.periode === periode)?.nilai ?? null;
        const tertaut = i.realisasi && i.realisasi.asal !== "manual" ? i.realisasi.keterangan : null;
        return {
          id: i.id,
          nilai: {
            kode: i.kode,
            sasaran: s.teks,
            indikator: i.nama,
            satuan: i.satuan,
            target: i.target?.teks ?? null,
            realisasi: i.realisasi?.nilai ?? null,
            tw1: tw("tw1"),
            tw2: tw("tw2"),
            tw3: tw("tw3"),
            tw4: tw("tw4"),
            narasi: ketik.find((r) => r.indikatorId === i.id && r.periode === "tahunan")?.narasi || null,
            capaian: i.capaian?.nilai ?? null,
          },
          // the versions of the five cells as the form uses them (If-Match of each cell's edit), period order
          versi: [i.versiRealisasi, ...i.triwulan.map((q) => q.versi)].join(" "),
          ...(tertaut ? { terkunci: { realisasi: `realisasi diambil dari sumbernya: ${tertaut}` } } : {}),
        };
      }),
    );
  },
  // the locks of the row's five cells, the names ubahRealisasi takes (ADR 0016)
  kunciBaris: (opdId, tahun, b) =>
    ["tahunan", "tw1", "tw2", "tw3", "tw4"].map((periode) => `realisasi:${opdId}:${b.id}:${tahun}:${periode}`),
  async simpan(ctx, lingkup, tahun, perubahan) {
    const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "pengukuran.ubah");
    const ada = (await listRealisasi(ctx.db, opdId)).filter((r) => r.tahun === tahun);
    const sasaran = new Map<string, { nilai: string | null; narasi: string; sumber: string | null }>();
    for (const p of perubahan) {
      const periode = PERIODE[p.kunci];
      if (!periode) throw new DomainError("kolom_tidak_dikenal", `kolom ${p.kolom} tidak dapat disimpan`);
      const k = `${p.id}/${periode}`;
      const lama = ada.find((r) => r.indikatorId === p.id && r.periode === periode);
      const cur = sasaran.get(k) ?? {
        nilai: lama?.nilai ?? null,
        narasi: lama?.narasi ?? "",
        sumber: lama?.sumber ?? null,
      };
      if (p.kunci === "narasi") cur.narasi = p.ke === null ? "" : String(p.ke);
      else cur.nilai = p.ke === null ? null : String(p.ke);
      sasaran.set(k, cur);
    }
    await mutasi(ctx, { entity: "realisasi", action: "impor-xlsx", pemdaId, opdId }, async (tx) => {
      await pastikanBolehDiubah(tx, { pemdaId, opdId, tahun, modul: "pengukuran" });
      for (const [k, v] of sasaran) {
        const [indikatorId = "", periode] = k.split("/");
        await upsertRealisasi(tx, { pemdaId, opdId, indikatorId, tahun, periode: periode as PeriodeRealisasi, ...v });
      }
      return {
        entityId: `${opdId}/${tahun}`,
        before: perubahan.map((p) => ({ indikatorId: p.id, kolom: p.kolom, nilai: p.dari })),
        after: perubahan.map((p) => ({ indikatorId: p.id, kolom: p.kolom, kunci: p.kunci, nilai: p.ke })),
        result: undefined,
      };
    });
  },
};

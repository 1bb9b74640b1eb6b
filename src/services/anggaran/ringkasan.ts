/**
 * `sakip anggaran ringkasan`: totals per program and per belanja class (pegawai 5.1.01, barang dan jasa 5.1.02,
 * modal 5.2): anggaran, realisasi, serapan %, sisa. Anggaran per class is null until the DPPA breakdown or the
 * sub-kegiatan rincian is entered.
 */
import { authorize } from "../akses/authorize";
import type { ServiceContext } from "../context";
import { type LingkupAnggaran, resolveLingkup } from "./lingkup";
import { susunTabel, type TemuanTabel } from "./tabel";

export interface BarisRingkasanDto {
  anggaran: string | null;
  realisasi: string | null;
  serapan: string | null;
  sisa: string | null;
}

export interface RingkasanAnggaran {
  pemda: string;
  opd: string;
  tahun: number;
  bulan: number | null;
  total: BarisRingkasanDto;
  program: (BarisRingkasanDto & { kode: string; uraian: string })[];
  kelas: (BarisRingkasanDto & { id: "pegawai" | "barangJasa" | "modal"; uraian: string })[];
  temuan: TemuanTabel[];
}

export async function bacaRingkasanAnggaran(
  ctx: ServiceContext,
  o: LingkupAnggaran & { bulan?: number | undefined },
): Promise<RingkasanAnggaran> {
  const l = await resolveLingkup(ctx, o);
  authorize(ctx, "anggaran.baca", { pemdaId: l.pemda.id, opdId: l.opd.id });
  const t = await susunTabel(ctx, l, { bulan: o.bulan });
  const nilai = (b: BarisRingkasanDto): BarisRingkasanDto => ({
    anggaran: b.anggaran,
    realisasi: b.realisasi,
    serapan: b.serapan,
    sisa: b.sisa,
  });
  const jumlah = t.perProgram.find((b) => b.id === "JUMLAH");
  return {
    pemda: t.pemda.slug,
    opd: t.opd.slug,
    tahun: t.tahun,
    bulan: t.bulan,
    total: jumlah ? nilai(jumlah) : { anggaran: "0.00", realisasi: "0.00", serapan: null, sisa: "0.00" },
    program: t.perProgram.filter((b) => b.id !== "JUMLAH").map((b) => ({ kode: b.id, uraian: b.uraian, ...nilai(b) })),
    kelas: (["pegawai", "barangJasa", "modal"] as const).map((id) => {
      const b = t.perKelas.baris.find((x) => x.id === id);
      return {
        id,
        uraian: b?.uraian ?? id,
        ...nilai(b ?? { anggaran: null, realisasi: null, serapan: null, sisa: null }),
      };
    }),
    temuan: t.temuan,
  };
}

/**
 * Evidence the system already holds, offered per kriteria with a link (issue 13). A pluggable list: each source
 * names the kriteria it can evidence and checks the data; a module added later (the SKM survey with its RTL, once
 * its tables exist) adds its source with `daftarkanSumberBukti`. The built-in sources read one summary query.
 *
 * Kriteria the system can evidence itself (88/2021):
 * - PK exists and was signed (date): 1.a.4 (perencanaan jangka pendek), 1.b.1 (diformalkan)
 * - Renstra indicators with a target for the year: 1.a.3 (jangka menengah), 1.b.5 (ukuran keberhasilan)
 * - realisasi entered per triwulan: 1.c.4 (dipantau berkala), 2.b.4 (pengukuran berkala), 2.b.6 (aplikasi)
 * - budget linked to sasaran: 1.a.6 (perencanaan anggaran), 1.c.1 (anggaran mengacu pada kinerja)
 * - LKjIP drafted / signed / locked: 3.a.1 (disusun), 3.a.3 (diformalkan)
 * - the SKM ran (respondents, IKM) and its RTL exists: 2.b.2, 2.b.6, 1.c.5 (bukti-skm.ts, registered)
 */
import { formatTanggal } from "../../domain/format/tanggal";
import type { Db } from "../../storage/database";
import { type RingkasanBuktiSistem, ringkasanBuktiSistem } from "../../storage/repositories/lke-repository";

export interface KunciBuktiSistem {
  pemdaId: string;
  opdId: string;
  tahun: number;
  pemdaSlug: string;
  opdSlug: string;
}

export interface BuktiSistem {
  kodeKriteria: string;
  jenis: string;
  ada: boolean;
  uraian: string;
  tautan: string | null;
}

export interface SumberBuktiSistem {
  jenis: string;
  /** The kriteria this source can evidence (88/2021 codes). */
  kriteria: readonly string[];
  periksa: (
    db: Db,
    k: KunciBuktiSistem,
    ringkasan: RingkasanBuktiSistem,
  ) => Promise<{ ada: boolean; uraian: string; tautan: string | null }>;
}

const SUMBER: SumberBuktiSistem[] = [
  {
    jenis: "pk-ditandatangani",
    kriteria: ["1.a.4", "1.b.1"],
    periksa: async (_db, k, r) => ({
      ada: r.pk.jumlah > 0,
      uraian:
        r.pk.jumlah > 0
          ? `${r.pk.jumlah} Perjanjian Kinerja ${k.tahun} tersimpan; ditandatangani ${r.pk.tanggalTerakhir ? formatTanggal(r.pk.tanggalTerakhir) : "-"}`
          : `Belum ada Perjanjian Kinerja ${k.tahun}`,
      tautan: `/perjanjian-kinerja?opd=${k.opdSlug}&tahun=${k.tahun}`,
    }),
  },
  {
    jenis: "renstra-target",
    kriteria: ["1.a.3", "1.b.5"],
    periksa: async (_db, k, r) => ({
      ada: r.indikator.jumlah > 0 && r.indikator.denganTarget === r.indikator.jumlah,
      uraian: `${r.indikator.denganTarget} dari ${r.indikator.jumlah} indikator Renstra memiliki target tahun ${k.tahun}`,
      tautan: `/perencanaan?opd=${k.opdSlug}`,
    }),
  },
  {
    jenis: "realisasi-triwulan",
    kriteria: ["1.c.4", "2.b.4", "2.b.6"],
    periksa: async (_db, k, r) => ({
      ada: r.realisasi.triwulan > 0,
      uraian: `Realisasi ${k.tahun} tercatat di aplikasi untuk ${r.realisasi.triwulan} dari 4 triwulan (${r.realisasi.baris} isian)`,
      tautan: `/pengukuran?opd=${k.opdSlug}&tahun=${k.tahun}`,
    }),
  },
  {
    jenis: "anggaran-sasaran",
    kriteria: ["1.a.6", "1.c.1"],
    periksa: async (_db, k, r) => ({
      ada: r.anggaranSasaran > 0,
      uraian:
        r.anggaranSasaran > 0
          ? `${r.anggaranSasaran} tautan anggaran (program/kegiatan) ke sasaran Renstra tahun ${k.tahun}`
          : `Anggaran ${k.tahun} belum ditautkan ke sasaran`,
      tautan: `/anggaran?opd=${k.opdSlug}&tahun=${k.tahun}`,
    }),
  },
  {
    jenis: "lkjip",
    kriteria: ["3.a.1", "3.a.3"],
    periksa: async (_db, k, r) => {
      const bagian: string[] = [];
      if (r.lkjip.teks > 0) bagian.push(`${r.lkjip.teks} bagian teks LKjIP ${k.tahun} disusun di aplikasi`);
      if (r.lkjip.tanggal) bagian.push(`ditandatangani ${formatTanggal(r.lkjip.tanggal)}`);
      if (r.lkjip.status === "terkunci") bagian.push("terkunci (terbit)");
      return {
        ada: r.lkjip.teks > 0 || r.lkjip.tanggal !== null,
        uraian: bagian.length ? bagian.join("; ") : `LKjIP ${k.tahun} belum disusun di aplikasi`,
        tautan: `/laporan?opd=${k.opdSlug}&tahun=${k.tahun}`,
      };
    },
  },
];

export function daftarkanSumberBukti(s: SumberBuktiSistem): void {
  if (!SUMBER.some((x) => x.jenis === s.jenis)) SUMBER.push(s);
}

export function sumberBuktiSistem(): readonly SumberBuktiSistem[] {
  return SUMBER;
}

/** Every source's answer, one row per kriteria it evidences. */
export async function buktiSistemOpd(db: Db, k: KunciBuktiSistem): Promise<BuktiSistem[]> {
  const ringkasan = await ringkasanBuktiSistem(db, k.opdId, k.tahun);
  const out: BuktiSistem[] = [];
  for (const s of SUMBER) {
    const r = await s.periksa(db, k, ringkasan);
    for (const kode of s.kriteria) out.push({ kodeKriteria: kode, jenis: s.jenis, ...r });
  }
  return out;
}

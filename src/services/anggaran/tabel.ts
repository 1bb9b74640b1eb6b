/**
 * Computed budget tables for the LKjIP (model only; the reports issue renders them), from the stored tree:
 * Tabel 2.3 / 3.17 by belanja class, Tabel 2.4 / 3.18 by program, the appendix listing, serapan per sasaran and
 * efisiensi per sasaran with its method. Plain data, decimal strings.
 * NOTE: SEED 399-422 (2.3, 2.4), 996-1023 (3.17, 3.18), 1709-1807 (appendix), 932-937 (3.15); regulations.md §4.
 */
import {
  type AnggaranAkun,
  cariNodeKode,
  formatRupiah,
  hitungEfisiensi,
  parseAkun,
  type PemetaanSasaran,
  type PohonAnggaran,
  ringkasanPerKelas,
  ringkasanPerProgram,
  SERAPAN_PROGRAM_PENDUKUNG,
  serapanPerSasaran,
  susunLampiran,
} from "../../domain/anggaran";
import { serapanPersen, sisaAnggaran } from "../../domain/anggaran/serapan";
import { type Dec, dec, roundHalfUp, sum, toFixed } from "../../domain/shared/decimal";
import {
  bacaAnggaranPk,
  bacaKelasOpd,
  bacaRincian,
  bacaSasaran,
  bacaTeksSasaran,
  bulanRealisasi,
  type KelasOpdRow,
} from "../../storage/repositories/anggaran-repository";
import { authorize } from "../akses/authorize";
import type { ServiceContext } from "../context";
import { bacaPohonTersimpan } from "./data";
import { type NilaiDto, nilaiDto, persen, rp } from "./dto";
import { type Lingkup, type LingkupAnggaran, resolveLingkup } from "./lingkup";

export interface BarisTabelDto {
  /** Program code, class id (operasi, pegawai, barangJasa, modal, 5.2.0x) or JUMLAH. */
  id: string;
  uraian: string;
  /** 0 = main row, 1 = "- Belanja …" sub-row (Tabel 2.3 / 3.17 layout). */
  tingkat: 0 | 1;
  anggaran: string | null;
  realisasi: string | null;
  serapan: string | null;
  sisa: string | null;
}

export interface TemuanTabel {
  jenis: "kelas_berbeda_total" | "kelas_realisasi_berbeda" | "kelas_berbeda_rincian" | "sasaran_kode_tidak_ada";
  pesan: string;
}

export interface BarisLampiranDto {
  jenis: "program" | "kegiatan" | "sub-kegiatan" | "total-kegiatan" | "total-program" | "jumlah";
  kode: string | null;
  uraian: string;
  nilai: NilaiDto | null;
}

export interface SerapanSasaranDto {
  sasaranKode: string;
  /** From the Renstra when entered, else null (the link is stored by code). */
  sasaranTeks: string | null;
  kode: string[];
  subKegiatan: number;
  anggaran: string;
  realisasi: string;
  serapan: string | null;
}

export interface EfisiensiDto {
  metode: { id: string; label: string; keterangan: string; regulasi: string; catatan: string };
  baris: {
    sasaranKode: string;
    sasaranTeks: string | null;
    /** % capaian kinerja of the sasaran (given by the caller, 2 dp), null when not known yet. */
    capaian: string | null;
    serapan: string | null;
    /** capaian − serapan, both at 2 dp, in percentage points; null when either is missing. */
    efisiensi: string | null;
  }[];
}

/** A PK budget row linked by its code to the DPA tree: the PK's anggaran vs the DPA's (Rp, decimal strings). */
export interface TautanPkDto {
  pkKode: string;
  jenis: string;
  level: string;
  tingkat: string;
  uraian: string;
  kodeDppa: string | null;
  /** Canonical code of the DPA node the PK row names; null when the code is missing or names no node. */
  kodeAnggaran: string | null;
  anggaranPk: string;
  anggaranDpa: string | null;
  /** anggaranPk − anggaranDpa; null when not linked. */
  selisih: string | null;
}

export interface TabelAnggaran {
  pemda: { slug: string; nama: string };
  opd: { slug: string; nama: string };
  tahun: number;
  /** Month of the latest realisasi used; null when none is stored. */
  bulan: number | null;
  bulanTersedia: number[];
  total: NilaiDto;
  /** Tabel 2.3 (anggaran) / 3.17 (anggaran, realisasi, %). */
  perKelas: {
    baris: BarisTabelDto[];
    /** Where anggaran per class comes from. */
    sumberAnggaran: "kelas-opd" | "rincian-sub-kegiatan" | null;
    sumberTeks: string | null;
    selisihAnggaran: string | null;
    temuan: TemuanTabel[];
  };
  /** Tabel 2.4 (anggaran) / 3.18 (anggaran, realisasi, %). */
  perProgram: BarisTabelDto[];
  /** The appendix, totals in place. */
  lampiran: BarisLampiranDto[];
  serapanSasaran: SerapanSasaranDto[];
  efisiensi: EfisiensiDto;
  /** PK budget rows (Perjanjian Kinerja of the year) linked to the DPA tree by code. */
  tautanPk: TautanPkDto[];
  temuan: TemuanTabel[];
}

export interface OpsiTabel extends LingkupAnggaran {
  /** Realisasi up to this month (default: latest stored). */
  bulan?: number | undefined;
  /** % capaian kinerja per sasaran code, e.g. { S1: "94.71", S2: "93.53" } (from measurement). */
  capaian?: Readonly<Record<string, string>> | undefined;
}

/** Every computed budget table of an OPD and year. Requires anggaran.baca. */
export async function bacaTabelAnggaran(ctx: ServiceContext, o: OpsiTabel): Promise<TabelAnggaran> {
  const l = await resolveLingkup(ctx, o);
  authorize(ctx, "anggaran.baca", { pemdaId: l.pemda.id, opdId: l.opd.id });
  return susunTabel(ctx, l, o);
}

/** The tables for an already resolved and authorised scope (used by the export and the summary). */
export async function susunTabel(
  ctx: ServiceContext,
  l: Lingkup,
  o: Pick<OpsiTabel, "bulan" | "capaian">,
): Promise<TabelAnggaran> {
  const { pohon, bulan } = await bacaPohonTersimpan(ctx.db, l.kunci, o.bulan);
  const kelasOpd = await bacaKelasOpd(ctx.db, l.kunci);
  const rincian = await bacaRincian(ctx.db, l.kunci);
  const links = await bacaSasaran(ctx.db, l.kunci);
  const teks = await bacaTeksSasaran(ctx.db, l.opd.id, l.tahun);
  const perKelas = tabelKelas(pohon, kelasOpd, rincian);
  const tautanPk = (await bacaAnggaranPk(ctx.db, l.kunci)).map((r) => {
    const node = r.kodeDppa ? cariNodeKode(pohon, r.kodeDppa) : undefined;
    return {
      ...r,
      kodeAnggaran: node?.kode.canonical ?? null,
      anggaranPk: r.anggaran,
      anggaranDpa: node ? rp(node.anggaran) : null,
      selisih: node ? rp(dec(r.anggaran).minus(node.anggaran)) : null,
    };
  });
  const serapanSasaran = tabelSasaran(pohon, links, teks);
  return {
    pemda: { slug: l.pemda.slug, nama: l.pemda.nama },
    opd: { slug: l.opd.slug, nama: l.opd.nama },
    tahun: l.tahun,
    bulan,
    bulanTersedia: await bulanRealisasi(ctx.db, l.kunci),
    total: nilaiDto(pohon),
    perKelas,
    perProgram: ringkasanPerProgram(pohon).map((b) =>
      baris(b.id, b.id === "JUMLAH" ? "JUMLAH" : b.uraian, 0, b.anggaran, b.realisasi),
    ),
    lampiran: susunLampiran(pohon).map((b) => ({ ...b, nilai: b.nilai ? nilaiDto(b.nilai) : null })),
    serapanSasaran: serapanSasaran.baris,
    efisiensi: tabelEfisiensi(serapanSasaran.baris, o.capaian ?? {}),
    tautanPk: tautanPk.map(({ anggaran: _a, ...r }) => r),
    temuan: [...perKelas.temuan, ...serapanSasaran.temuan],
  };
}

function baris(id: string, uraian: string, tingkat: 0 | 1, anggaran: Dec | null, realisasi: Dec | null): BarisTabelDto {
  // NOTE: serapan and sisa come from the domain (regulations.md §4: realisasi / anggaran × 100; null for a zero anggaran).
  const serapan = anggaran === null || realisasi === null ? null : serapanPersen(realisasi, anggaran);
  return {
    id,
    uraian,
    tingkat,
    anggaran: anggaran === null ? null : rp(anggaran),
    realisasi: realisasi === null ? null : rp(realisasi),
    serapan: persen(serapan),
    sisa: anggaran === null || realisasi === null ? null : rp(sisaAnggaran(anggaran, realisasi)),
  };
}

/** Tabel 2.3 / 3.17: anggaran per class from the OPD breakdown, else from the sub-kegiatan rincian; reconciled. */
function tabelKelas(
  pohon: PohonAnggaran,
  kelasOpd: readonly KelasOpdRow[],
  rincian: readonly { akun: string; anggaran: string }[],
): TabelAnggaran["perKelas"] {
  const dariRincian = agregat(rincian);
  const pakaiOpd = kelasOpd.length > 0;
  const sumber: AnggaranAkun[] = pakaiOpd
    ? kelasOpd.map((k) =>
        k.realisasi === null
          ? { akun: k.akun, anggaran: k.anggaran }
          : { akun: k.akun, anggaran: k.anggaran, realisasi: k.realisasi },
      )
    : dariRincian;
  const r = ringkasanPerKelas(pohon, sumber);
  const temuan: TemuanTabel[] = [];
  if (r.selisihAnggaran && !r.selisihAnggaran.isZero()) {
    const total = pohon.anggaran.plus(r.selisihAnggaran);
    temuan.push({
      jenis: "kelas_berbeda_total",
      pesan:
        `Jumlah anggaran per kelas belanja ${formatRupiah(total)} berbeda dengan jumlah anggaran sub-kegiatan ` +
        `${formatRupiah(pohon.anggaran)} (selisih ${formatRupiah(r.selisihAnggaran)})`,
    });
  }
  const modalSub = r.baris.filter((b) => /^5\.2\.\d{2}$/.test(b.id));
  if (modalSub.length > 0 && modalSub.every((b) => b.realisasi !== null)) {
    const s = sum(modalSub.map((b) => b.realisasi as Dec));
    if (!s.eq(pohon.realisasi.modal)) {
      temuan.push({
        jenis: "kelas_realisasi_berbeda",
        pesan: `Realisasi belanja modal per sub-kelas ${formatRupiah(s)} berbeda dengan realisasi modal sub-kegiatan ${formatRupiah(pohon.realisasi.modal)}`,
      });
    }
  }
  if (pakaiOpd && dariRincian.length > 0) {
    const a = ringkasanPerKelas(pohon, dariRincian).baris;
    for (const id of ["pegawai", "barangJasa", "modal"]) {
      const x = r.baris.find((b) => b.id === id)?.anggaran ?? null;
      const y = a.find((b) => b.id === id)?.anggaran ?? null;
      if (x && y && !x.eq(y)) {
        temuan.push({
          jenis: "kelas_berbeda_rincian",
          pesan: `Anggaran ${id} menurut DPPA OPD ${formatRupiah(x)} berbeda dengan jumlah rincian sub-kegiatan ${formatRupiah(y)}`,
        });
      }
    }
  }
  const sub = new Set(["pegawai", "barangJasa"]);
  return {
    baris: r.baris.map((b) =>
      baris(b.id, b.uraian, sub.has(b.id) || /^5\.2\.\d{2}$/.test(b.id) ? 1 : 0, b.anggaran, b.realisasi),
    ),
    sumberAnggaran: pakaiOpd ? "kelas-opd" : dariRincian.length > 0 ? "rincian-sub-kegiatan" : null,
    sumberTeks: pakaiOpd ? (kelasOpd.find((k) => k.sumber)?.sumber ?? null) : null,
    selisihAnggaran: r.selisihAnggaran === null ? null : rp(r.selisihAnggaran),
    temuan,
  };
}

function agregat(rincian: readonly { akun: string; anggaran: string }[]): AnggaranAkun[] {
  const m = new Map<string, Dec>();
  for (const r of rincian) m.set(r.akun, (m.get(r.akun) ?? dec(0)).plus(r.anggaran));
  return [...m].map(([akun, v]) => ({ akun: parseAkun(akun).akun, anggaran: v }));
}

function tabelSasaran(
  pohon: PohonAnggaran,
  links: readonly { kode: string; sasaranKode: string }[],
  teks: ReadonlyMap<string, string>,
): { baris: SerapanSasaranDto[]; temuan: TemuanTabel[] } {
  const per = new Map<string, string[]>();
  const temuan: TemuanTabel[] = [];
  for (const l of links) {
    if (!cariNodeKode(pohon, l.kode)) {
      temuan.push({
        jenis: "sasaran_kode_tidak_ada",
        pesan: `Sasaran ${l.sasaranKode}: kode ${l.kode} tidak ada di pohon anggaran`,
      });
      continue;
    }
    per.set(l.sasaranKode, [...(per.get(l.sasaranKode) ?? []), l.kode]);
  }
  const pemetaan: PemetaanSasaran[] = [...per]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([sasaran, kode]) => ({ sasaran, kode }));
  const baris = serapanPerSasaran(pohon, pemetaan).map((s, i) => ({
    sasaranKode: s.sasaran,
    sasaranTeks: teks.get(s.sasaran) ?? null,
    kode: [...(pemetaan[i]?.kode ?? [])],
    subKegiatan: s.subKegiatan.length,
    anggaran: rp(s.anggaran),
    realisasi: rp(s.realisasi),
    serapan: persen(s.serapan),
  }));
  return { baris, temuan };
}

/**
 * Efisiensi per sasaran = % capaian − % serapan (both rounded half-up to 2 dp first, as Tabel 3.15 does:
 * 93,53 − 93,45 = 0,08, SEED 937), serapan of the programs/kegiatan linked to the sasaran.
 */
function tabelEfisiensi(
  serapan: readonly SerapanSasaranDto[],
  capaian: Readonly<Record<string, string>>,
): EfisiensiDto {
  const m = SERAPAN_PROGRAM_PENDUKUNG;
  return {
    metode: {
      id: m.id,
      label: m.label,
      keterangan:
        `Tingkat efisiensi = % capaian kinerja − % penyerapan anggaran (poin persentase; positif = efisien); ` +
        `penyerapan = ${m.value.keterangan}; keduanya dibulatkan 2 desimal sebelum dikurangkan`,
      regulasi: m.source.regulasi,
      catatan: m.source.catatan ?? "",
    },
    baris: serapan.map((s) => {
      const c = capaian[s.sasaranKode];
      const cap = c === undefined ? null : roundHalfUp(c, 2);
      return {
        sasaranKode: s.sasaranKode,
        sasaranTeks: s.sasaranTeks,
        capaian: cap === null ? null : toFixed(cap, 2),
        serapan: s.serapan,
        efisiensi: cap === null || s.serapan === null ? null : toFixed(hitungEfisiensi(cap, s.serapan), 2),
      };
    }),
  };
}

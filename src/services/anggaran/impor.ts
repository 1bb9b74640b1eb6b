/**
 * Budget import, always preview → confirm (issue 6). The preview parses the file, reconciles its printed totals
 * (domain findings) and lists what would be created, changed or deleted against what is stored. Confirm re-parses the
 * same bytes, checks they hash to the previewed `hashBerkas` and that the stored data still hashes to the previewed
 * `hashDasar`, then writes every row in ONE transaction through `mutasi` (one audit entry "impor" with before/after
 * totals). A file that changes nothing writes nothing and adds no audit entry (result `tanpaPerubahan: true`).
 * A malformed file throws DomainError("berkas_anggaran_tidak_valid", …, { errors }) before anything is written.
 */
import { createHash } from "node:crypto";
import {
  bacaDataImpor,
  bacaPerTanggal,
  type CatatanParse,
  cekUnit,
  type DataImpor,
  type DataTersimpan,
  type EntriPerubahan,
  type FormatImpor,
  type PilihanFormat,
  periksaNomenklatur,
  rencanakanImpor,
  type RencanaImpor,
  type Temuan,
} from "../../domain/anggaran";
import { formatRupiah } from "../../domain/anggaran/format-id";
import { type Dec, dec, sum } from "../../domain/shared/decimal";
import { DomainError } from "../../domain/shared/errors";
import { terapkanRencana } from "../../storage/repositories/anggaran-tulis-repository";
import { authorize } from "../akses/authorize";
import { bacaStatusPeriode, pastikanBolehDiubah } from "../alur/status-periode";
import { mutasi } from "../audit/mutasi";
import type { ServiceContext } from "../context";
import { ConflictError } from "../errors";
import { bacaBerkasTabel, type JenisBerkasAnggaran, type TabelBerkas } from "./baca-berkas";
import { bacaTersimpan, hashDataAnggaran } from "./data";
import { type Lingkup, type LingkupAnggaran, resolveLingkup } from "./lingkup";
import { rp } from "./dto";

export interface PermintaanImpor extends LingkupAnggaran {
  berkas: { nama: string; isi: Uint8Array };
  format?: PilihanFormat | undefined;
  /** Month the realisasi is cumulative to (1–12); default: the file's "per <tanggal>", else 12. */
  bulan?: number | undefined;
  /** How many change entries to return (default all). */
  batasEntri?: number | undefined;
}

export interface KonfirmasiImpor extends PermintaanImpor {
  /** hashBerkas of the preview: the file must be the same bytes. */
  hashBerkas?: string | undefined;
  /** hashDasar of the preview: the stored data must not have changed since. */
  hashDasar?: string | undefined;
}

export interface RingkasanData {
  program: number;
  kegiatan: number;
  subKegiatan: number;
  anggaran: string;
  realisasi: { pegawai: string; barangJasa: string; modal: string; total: string };
}

export interface PratinjauImpor {
  pemda: { slug: string; nama: string };
  opd: { slug: string; nama: string };
  tahun: number;
  bulan: number;
  berkas: {
    nama: string;
    hash: string;
    ukuran: number;
    jenis: JenisBerkasAnggaran;
    lembar: string | null;
    format: FormatImpor;
  };
  meta: { judul: string[]; unitOrganisasi: string | null; perTanggal: string | null } | null;
  /** Hash of the stored data the changes were computed against (send back on confirm). */
  hashDasar: string;
  statusPeriode: string;
  bolehDiubah: boolean;
  /** The file's content, rolled up (before merging with kept columns). */
  berkasRingkasan: RingkasanData;
  sebelum: RingkasanData;
  sesudah: RingkasanData;
  perubahan: {
    buat: number;
    ubah: number;
    hapus: number;
    tetap: number;
    entri: EntriPerubahan[];
    entriTerpotong: number;
  };
  tanpaPerubahan: boolean;
  rekonsiliasi: { temuan: Temuan[]; catatan: CatatanParse[] };
}

export interface HasilImpor {
  tanpaPerubahan: boolean;
  pesan: string;
  perubahan: { buat: number; ubah: number; hapus: number; tetap: number };
  hashData: string;
  pratinjau: PratinjauImpor;
}

interface Siap {
  l: Lingkup;
  data: DataImpor;
  lama: DataTersimpan;
  rencana: RencanaImpor;
  bulan: number;
  hashBerkas: string;
  hashDasar: string;
  pratinjau: PratinjauImpor;
}

/** Preview only: nothing is written. */
export async function pratinjauImpor(ctx: ServiceContext, p: PermintaanImpor): Promise<PratinjauImpor> {
  return (await siapkan(ctx, p)).pratinjau;
}

/** Confirm: apply exactly the previewed file in one audited transaction (see the file comment). */
export async function konfirmasiImpor(ctx: ServiceContext, p: KonfirmasiImpor): Promise<HasilImpor> {
  const s = await siapkan(ctx, p);
  const { l, rencana } = s;
  if (p.hashBerkas && p.hashBerkas !== s.hashBerkas) {
    throw new ConflictError("Berkas berbeda dengan berkas yang dipratinjau; unggah ulang dan buat pratinjau baru");
  }
  if (p.hashDasar && p.hashDasar !== s.hashDasar) {
    throw new ConflictError("Data anggaran berubah sejak pratinjau dibuat; buat pratinjau ulang sebelum konfirmasi");
  }
  const { buat, ubah, hapus, tetap } = rencana.jumlah;
  if (rencana.entri.length === 0) {
    return {
      tanpaPerubahan: true,
      pesan: `Tanpa perubahan: isi berkas sama dengan data anggaran ${l.opd.nama} ${l.tahun} yang tersimpan`,
      perubahan: rencana.jumlah,
      hashData: s.hashDasar,
      pratinjau: s.pratinjau,
    };
  }
  const hashData = await mutasi(
    ctx,
    { entity: "anggaran", action: "impor", pemdaId: l.pemda.id, opdId: l.opd.id },
    async (tx) => {
      await pastikanBolehDiubah(tx, { ...l.kunci, modul: "anggaran" });
      if ((await hashDataAnggaran(tx, l.kunci)) !== s.hashDasar) {
        throw new ConflictError("Data anggaran berubah bersamaan; buat pratinjau ulang");
      }
      await terapkanRencana(tx, l.kunci, s.bulan, rencana, ctx.now());
      const sesudah = await hashDataAnggaran(tx, l.kunci);
      const berkas = { nama: p.berkas.nama, hash: s.hashBerkas, format: s.data.format };
      return {
        entityId: `${l.opd.id}/${l.tahun}`,
        before: { ...s.pratinjau.sebelum, hashData: s.hashDasar },
        after: {
          ...s.pratinjau.sesudah,
          hashData: sesudah,
          bulan: s.bulan,
          berkas,
          perubahan: { buat, ubah, hapus, tetap },
        },
        result: sesudah,
      };
    },
  );
  return {
    tanpaPerubahan: false,
    pesan: `Impor diterapkan: ${buat} dibuat, ${ubah} diubah, ${hapus} dihapus, ${tetap} tetap`,
    perubahan: rencana.jumlah,
    hashData,
    pratinjau: s.pratinjau,
  };
}

async function siapkan(ctx: ServiceContext, p: PermintaanImpor): Promise<Siap> {
  const l = await resolveLingkup(ctx, p);
  authorize(ctx, "anggaran.ubah", { pemdaId: l.pemda.id, opdId: l.opd.id });
  const hashBerkas = createHash("sha256").update(p.berkas.isi).digest("hex");
  const { tabel, data } = await bacaBerkasTersimpan(ctx, p);
  const bulan = tentukanBulan(p, data, l.tahun);
  const lama = await bacaTersimpan(ctx.db, l.kunci, bulan);
  const temuanSipd = realisasiSipd(data, lama);
  const rencana = rencanakanImpor(lama, data);
  const hashDasar = await hashDataAnggaran(ctx.db, l.kunci);
  const status = await bacaStatusPeriode(ctx, { ...l.kunci, modul: "anggaran" });
  const batas = p.batasEntri ?? rencana.entri.length;
  const pratinjau: PratinjauImpor = {
    pemda: { slug: l.pemda.slug, nama: l.pemda.nama },
    opd: { slug: l.opd.slug, nama: l.opd.nama },
    tahun: l.tahun,
    bulan,
    berkas: {
      nama: p.berkas.nama,
      hash: hashBerkas,
      ukuran: p.berkas.isi.length,
      jenis: tabel.jenis,
      lembar: tabel.lembar,
      format: data.format,
    },
    meta: data.meta
      ? {
          judul: data.meta.judul,
          unitOrganisasi: data.meta.unitOrganisasi ?? null,
          perTanggal: data.meta.perTanggal ?? null,
        }
      : null,
    hashDasar,
    statusPeriode: status,
    bolehDiubah: status === "draft",
    berkasRingkasan: ringkas(data),
    sebelum: ringkas(lama),
    sesudah: ringkas(rencana.target),
    perubahan: {
      ...rencana.jumlah,
      entri: rencana.entri.slice(0, batas),
      entriTerpotong: Math.max(0, rencana.entri.length - batas),
    },
    tanpaPerubahan: rencana.entri.length === 0,
    rekonsiliasi: {
      temuan: [...cekUnit(data, l.opd), ...data.temuan, ...temuanSipd, ...periksaNomenklatur(data.nodes, l.tahun)],
      catatan: data.catatan,
    },
  };
  return { l, data, lama, rencana, bulan, hashBerkas, hashDasar, pratinjau };
}

interface Terbaca {
  tabel: Omit<TabelBerkas, "rows">;
  data: DataImpor;
}

/**
 * Parses the file (in the reading worker, within the SAKIP_IMPOR_* limits). Nothing of it is kept once the use case
 * returns — a confirm parses its bytes again rather than holding parsed files in memory (issue 18 finding 12).
 */
async function bacaBerkasTersimpan(ctx: ServiceContext, p: PermintaanImpor): Promise<Terbaca> {
  const { rows, ...tabel } = await bacaBerkasTabel(p.berkas.isi, ctx.batasImpor);
  return { tabel, data: bacaDataImpor(rows, p.format ?? "auto") };
}

/**
 * The month the realisasi is cumulative to: the option, else the file's "per <tanggal>", else December. A file whose
 * "per" date names another year is refused (it belongs to another budget year).
 */
function tentukanBulan(p: PermintaanImpor, data: DataImpor, tahun: number): number {
  const per = data.meta?.perTanggal ? bacaPerTanggal(data.meta.perTanggal) : null;
  if (per && per.tahun !== tahun) {
    throw new DomainError(
      "tahun_berkas_berbeda",
      `Berkas memuat realisasi per ${data.meta?.perTanggal}, bukan tahun anggaran ${tahun}; periksa --tahun`,
      { field: "tahun", value: tahun, berkas: data.meta?.perTanggal },
    );
  }
  if (p.bulan !== undefined) {
    if (!Number.isInteger(p.bulan) || p.bulan < 1 || p.bulan > 12) {
      throw new DomainError("bulan_tidak_sah", `bulan: "${p.bulan}" harus 1–12 (triwulan I–IV = 3, 6, 9, 12)`, {
        field: "bulan",
        value: p.bulan,
      });
    }
    return p.bulan;
  }
  return per?.bulan ?? 12;
}

/** Counts and totals of nodes + realisasi (anggaran = Σ perubahan ?? murni of the sub-kegiatan). */
function ringkas(d: Pick<DataTersimpan, "nodes" | "realisasi">): RingkasanData {
  const leaves = d.nodes.filter((n) => n.level === "sub-kegiatan");
  const col = (k: "pegawai" | "barangJasa" | "modal"): Dec => sum(d.realisasi.map((r) => r[k]));
  const [pegawai, barangJasa, modal] = [col("pegawai"), col("barangJasa"), col("modal")];
  return {
    program: d.nodes.filter((n) => n.level === "program").length,
    kegiatan: d.nodes.filter((n) => n.level === "kegiatan").length,
    subKegiatan: leaves.length,
    anggaran: rp(sum(leaves.map((n) => dec(n.anggaranPerubahan ?? n.anggaranMurni ?? 0)))),
    realisasi: {
      pegawai: rp(pegawai),
      barangJasa: rp(barangJasa),
      modal: rp(modal),
      total: rp(pegawai.plus(barangJasa).plus(modal)),
    },
  };
}

/**
 * SIPD "Laporan Realisasi per Sub Kegiatan" (ADR 0040): its realisasi is one total per sub-kegiatan, not split by
 * belanja group, so the stored realisasi (with its split) is kept and each printed total is compared with it.
 */
function realisasiSipd(data: DataImpor, lama: DataTersimpan): Temuan[] {
  if (!data.realisasiTotal) return [];
  const tersimpan = new Map(lama.realisasi.map((r) => [r.kode, r]));
  const kode = new Set(data.nodes.map((n) => n.kode));
  data.realisasi = lama.realisasi.filter((r) => kode.has(r.kode));
  const out: Temuan[] = [];
  for (const r of data.realisasiTotal) {
    const s = tersimpan.get(r.kode);
    const simpan = s ? dec(s.pegawai).plus(s.barangJasa).plus(s.modal) : dec(0);
    if (simpan.equals(dec(r.total))) continue;
    out.push({
      jenis: "realisasi_sipd_berbeda",
      baris: r.baris,
      kolom: "REALISASI",
      kode: r.kode,
      nilaiCetak: formatRupiah(r.total),
      nilaiHitung: formatRupiah(simpan),
      pesan: `Baris ${r.baris}, kolom REALISASI: SIPD mencatat Rp ${formatRupiah(r.total)} untuk ${r.kode}, tersimpan Rp ${formatRupiah(simpan)}${s ? "" : " (belum ada)"}; realisasi per kelompok belanja diimpor dari Laporan Pengawasan Anggaran atau templat`,
    });
  }
  return out;
}

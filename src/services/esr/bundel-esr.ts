/**
 * The ESR bundle (issue 17, ADR 0039): one ZIP per OPD and year with what KemenPAN's e-SAKIP Review asks an OPD to
 * upload — Renstra, Perjanjian Kinerja, IKU, LKjIP, Renja — the signed PDFs where a TTE signature exists, and a
 * manifest (`manifest.json` + a human-readable `DAFTAR-ISI.txt`) with the SHA-256 of every file. What SAKIP does not
 * hold is named in the manifest with the reason instead of failing the bundle. Authorised as `laporan.baca`;
 * audited as an export (`esr_bundel`/`ekspor`, the manifest without file bytes).
 */
import { createHash } from "node:crypto";
import { strToU8, zipSync } from "fflate";
import { tulisCsv } from "../../domain/format/csv";
import { cariTandaTanganKode, listTandaTangan } from "../../storage/repositories/tte-repository";
import { mutasi } from "../audit/mutasi";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import type { ServiceContext } from "../context";
import { ForbiddenError, NotFoundError } from "../errors";
import { unduhLaporan, unduhPk } from "../laporan/unduh-laporan";
import { bacaRenstra } from "../perencanaan/baca-renstra";

export type JenisEsr = "renstra" | "pk" | "iku" | "lkjip" | "renja";

export const JUDUL_ESR: Record<JenisEsr, string> = {
  renstra: "Rencana Strategis (Renstra)",
  pk: "Perjanjian Kinerja (PK)",
  iku: "Indikator Kinerja Utama (IKU)",
  lkjip: "Laporan Kinerja Instansi Pemerintah (LKjIP)",
  renja: "Rencana Kerja (Renja)",
};

export interface BerkasManifest {
  jenis: JenisEsr;
  nama: string;
  keterangan: string;
  sha256: string;
  ukuran: number;
  /** Present for a signed PDF: the signing log's code (verify at /v/{kode}), signer and time. */
  tandaTangan?: { kode: string; penyedia: string; penandatangan: string; jabatan: string; waktu: string };
}

export interface ManifestEsr {
  pemda: string;
  opd: string;
  tahun: number;
  dibuatPada: string;
  berkas: BerkasManifest[];
  tidakTersedia: { jenis: JenisEsr; judul: string; alasan: string }[];
}

export interface BundelEsr {
  isi: Uint8Array;
  namaBerkas: string;
  manifest: ManifestEsr;
}

const sha256 = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

/** CSV with a BOM (opens in Excel), `;`-separated as id-ID Excel expects; formula-looking cells neutralised (domain/format/csv). */
function csv(kolom: string[], baris: (string | number | null)[][]): Uint8Array {
  return strToU8(tulisCsv([kolom, ...baris], { pemisah: ";", bom: true }));
}

/** Runs one part; a missing (404) or not-permitted (403) part becomes a "tidak tersedia" line with the reason. */
async function bagian<T>(f: () => Promise<T>): Promise<T | { alasan: string }> {
  try {
    return await f();
  } catch (e) {
    if (e instanceof NotFoundError || e instanceof ForbiddenError) return { alasan: e.message };
    throw e;
  }
}
const gagal = (x: unknown): x is { alasan: string } => typeof x === "object" && x !== null && "alasan" in x;

export async function buatBundelEsr(ctx: ServiceContext, lingkup: LingkupOpd, tahun: number): Promise<BundelEsr> {
  const o = await otorisasiOpd(ctx, lingkup, "laporan.baca");
  const berkas: {
    jenis: JenisEsr;
    nama: string;
    keterangan: string;
    isi: Uint8Array;
    tt?: BerkasManifest["tandaTangan"];
  }[] = [];
  const tidakTersedia: ManifestEsr["tidakTersedia"] = [];
  const hilang = (jenis: JenisEsr, alasan: string) => tidakTersedia.push({ jenis, judul: JUDUL_ESR[jenis], alasan });

  // Renstra and IKU: the indicators and targets SAKIP holds (the Renstra's own PDF is not stored in SAKIP)
  const r = await bagian(() => bacaRenstra(ctx, lingkup, tahun));
  if (gagal(r) || !r.renstra) {
    const alasan = gagal(r) ? r.alasan : `Renstra yang mencakup tahun ${tahun} belum ada`;
    hilang("renstra", alasan);
    hilang("iku", alasan);
  } else {
    const rs = r.renstra;
    const semua: (string | number | null)[][] = [];
    const iku: (string | number | null)[][] = [];
    for (const t of rs.tujuan)
      for (const s of t.sasaran)
        for (const i of s.indikator) {
          for (const tg of i.target)
            semua.push([t.teks, s.teks, i.kode, i.nama, i.satuan, i.iku ? "ya" : "tidak", tg.tahun, tg.target]);
          const tgTahun = i.target.find((x) => x.tahun === tahun);
          if (i.iku) iku.push([s.teks, i.kode, i.nama, i.satuan, tgTahun?.target ?? null]);
        }
    berkas.push({
      jenis: "renstra",
      nama: `01-Renstra-${rs.tahunAwal}-${rs.tahunAkhir}-indikator-target.csv`,
      keterangan: `${rs.namaDokumen} (${rs.tahunAwal}–${rs.tahunAkhir}): tujuan, sasaran, indikator dan target per tahun dari data SAKIP`,
      isi: csv(["tujuan", "sasaran", "kode_indikator", "indikator", "satuan", "iku", "tahun", "target"], semua),
    });
    if (iku.length)
      berkas.push({
        jenis: "iku",
        nama: `03-IKU-${tahun}.csv`,
        keterangan: `Indikator Kinerja Utama ${tahun} (indikator Renstra bertanda IKU) dengan target tahun ${tahun}`,
        isi: csv(["sasaran", "kode_indikator", "indikator", "satuan", `target_${tahun}`], iku),
      });
    else hilang("iku", `Tidak ada indikator Renstra yang ditandai IKU`);
  }

  const pk = await bagian(() => unduhPk(ctx, lingkup, tahun, { format: "pdf" }));
  if (gagal(pk)) hilang("pk", pk.alasan);
  else
    berkas.push({
      jenis: "pk",
      nama: `02-${pk.namaBerkas}`,
      keterangan: `Perjanjian Kinerja ${tahun}, semua pejabat (versi terakhir)`,
      isi: new Uint8Array(pk.isi),
    });

  const lk = await bagian(() => unduhLaporan(ctx, lingkup, tahun, "pdf"));
  if (gagal(lk)) hilang("lkjip", lk.alasan);
  else
    berkas.push({
      jenis: "lkjip",
      nama: `04-${lk.namaBerkas}`,
      keterangan: `LKjIP ${tahun} dari data SAKIP`,
      isi: new Uint8Array(lk.isi),
    });

  hilang("renja", "Renja belum dikelola di SAKIP; unggah dokumen Renja dari aplikasi perencanaan daerah");

  // signed versions: the latest signed PDF per document kind whose file name names this year
  const ttd = await listTandaTangan(ctx.db, o.pemdaId, o.opdId);
  for (const jenis of ["pk", "lkjip"] as const) {
    const terakhir = ttd
      .filter((x) => x.jenisDokumen === jenis && new RegExp(`(^|[^0-9])${tahun}([^0-9]|$)`).test(x.namaBerkas))
      .sort((a, b) => b.ditandatanganiPada.getTime() - a.ditandatanganiPada.getTime())[0];
    if (!terakhir) continue;
    const row = await cariTandaTanganKode(ctx.db, terakhir.kode);
    if (!row) continue;
    berkas.push({
      jenis,
      nama: `ditandatangani/${terakhir.namaBerkas.replace(/\.pdf$/i, "")}-TTE-${terakhir.kode}.pdf`,
      keterangan: `${terakhir.judul}, ditandatangani ${terakhir.penandatanganNama} (${terakhir.penandatanganJabatan})`,
      isi: new Uint8Array(row.berkas),
      tt: {
        kode: terakhir.kode,
        penyedia: terakhir.penyedia,
        penandatangan: terakhir.penandatanganNama,
        jabatan: terakhir.penandatanganJabatan,
        waktu: terakhir.ditandatanganiPada.toISOString(),
      },
    });
  }

  const manifest: ManifestEsr = {
    pemda: o.pemda.nama,
    opd: o.opd.nama,
    tahun,
    dibuatPada: ctx.now().toISOString(),
    berkas: berkas.map((b) => ({
      jenis: b.jenis,
      nama: b.nama,
      keterangan: b.keterangan,
      sha256: sha256(b.isi),
      ukuran: b.isi.byteLength,
      ...(b.tt ? { tandaTangan: b.tt } : {}),
    })),
    tidakTersedia,
  };
  const files: Record<string, Uint8Array> = {};
  for (const b of berkas) files[b.nama] = b.isi;
  files["manifest.json"] = strToU8(`${JSON.stringify(manifest, null, 2)}\n`);
  files["DAFTAR-ISI.txt"] = strToU8(daftarIsi(manifest));
  const isi = zipSync(files, { level: 6, mtime: ctx.now() });
  const namaBerkas = `ESR-${tahun}-${o.opd.slug}.zip`;
  await mutasi(ctx, { entity: "esr_bundel", action: "ekspor", pemdaId: o.pemdaId, opdId: o.opdId }, async () => ({
    entityId: `${o.opd.slug}/${tahun}`,
    before: null,
    after: { namaBerkas, sha256: sha256(isi), manifest },
    result: undefined,
  }));
  return { isi, namaBerkas, manifest };
}

/** The human-readable table of contents (Bahasa Indonesia), one line per file with its SHA-256. */
export function daftarIsi(m: ManifestEsr): string {
  const baris = [
    `DAFTAR ISI BUNDEL ESR — ${m.opd}, ${m.pemda}, tahun ${m.tahun}`,
    `Dibuat: ${m.dibuatPada}`,
    "",
    "Berkas (SHA-256 untuk memeriksa keutuhan: sha256sum <berkas>):",
    ...m.berkas.map(
      (b, i) =>
        `${i + 1}. ${b.nama}\n   ${JUDUL_ESR[b.jenis]} — ${b.keterangan}\n   ${b.ukuran} bita, SHA-256 ${b.sha256}` +
        (b.tandaTangan
          ? `\n   Tanda tangan elektronik: kode ${b.tandaTangan.kode} (periksa di /v/${b.tandaTangan.kode})`
          : ""),
    ),
    "",
    "Tidak tersedia di SAKIP:",
    ...(m.tidakTersedia.length ? m.tidakTersedia.map((x) => `- ${x.judul}: ${x.alasan}`) : ["- (tidak ada)"]),
    "",
  ];
  return baris.join("\r\n");
}

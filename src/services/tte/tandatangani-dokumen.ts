/**
 * Sign a PDF (issue 17, ADR 0032): the signer is an official of the Pemda found by NIP; the provider is the one the
 * Pemda chose (`tte_pengaturan`, register when none) unless the caller names one. The PDF gets the verification block
 * (QR to `/v/{kode}`, signer, time, footer), then the provider signs it, then the SHA-256 of the result is written to
 * the append-only signing log in the same audited transaction. Any failure before that write (wrong passphrase,
 * unknown NIK, gateway timeout) leaves nothing stored, so the signer can simply try again.
 */
import { createHash, randomBytes } from "node:crypto";
import { normalisasiNip } from "../../domain/nip";
import { jabatanTercetak, penugasanPada } from "../../domain/pejabat/penugasan";
import { singkatanZona, waktuDiZona } from "../../domain/pengaturan/zona-waktu";
import { DomainError } from "../../domain/shared/errors";
import {
  CATATAN_KAKI_BSRE,
  CATATAN_KAKI_REGISTER,
  isPenyediaTte,
  kodeDariAcak,
  type PenyediaTte,
  periksaNik,
  periksaPassphrase,
} from "../../domain/tte";
import type { PejabatRow } from "../../storage/repositories/pejabat-repository";
import { listPenugasanPejabat } from "../../storage/repositories/penugasan-pejabat-repository";
import { cariPejabatNip, getTtePengaturan, insertTandaTangan } from "../../storage/repositories/tte-repository";
import { authorize } from "../akses/authorize";
import { mutasi } from "../audit/mutasi";
import type { ServiceContext } from "../context";
import { resolvePemda } from "../organisasi/resolve-opd";
import { otorisasiOpd } from "../bersama/lingkup";
import type { PemdaRow } from "../../storage/repositories/organisasi-repository";
import { bacaPengaturanPemda } from "../pengaturan/pengaturan-pemda";
import type { Kredensial, PenyediaTteAdapter, TampilanTte } from "./penyedia";
import { penyediaRegister } from "./penyedia";
import { penyediaBsre } from "./penyedia-bsre";
import { stempelPdf } from "./stempel-pdf";

export const JENIS_DOKUMEN_TTE = ["pk", "lkjip", "lhe", "lain"] as const;
export type JenisDokumenTte = (typeof JENIS_DOKUMEN_TTE)[number];

/** Where signing happens: the public address for the QR and the gateway settings (TTE_*). */
export interface LingkunganTte {
  urlPublik: string;
  tteUrl?: string | undefined;
  ttePengguna?: string | undefined;
  tteSandi?: string | undefined;
  batasWaktuDetik: number;
  /** For tests: the HTTP client the BSrE adapter uses. */
  fetch?: typeof fetch;
}

export interface MasukanTandatangani {
  berkas: Uint8Array;
  namaBerkas: string;
  jenisDokumen: JenisDokumenTte;
  judul?: string | undefined;
  nip: string;
  penyedia?: string | undefined;
  /** Typed by the signer now; used for this one call only. */
  nik?: string | undefined;
  passphrase?: string | undefined;
  tampilan?: TampilanTte | undefined;
}

export interface HasilTandatangani {
  kode: string;
  urlVerifikasi: string;
  penyedia: PenyediaTte;
  sha256: string;
  penandatangan: { nama: string; nip: string | null; jabatan: string };
  ditandatanganiPada: string;
  pdf: Uint8Array;
}

const MAKS_PDF = 20 * 1024 * 1024;

export function sha256Hex(isi: Uint8Array): string {
  return createHash("sha256").update(isi).digest("hex");
}

function namaLengkap(p: PejabatRow): string {
  return [p.gelarDepan, p.nama].filter(Boolean).join(" ") + (p.gelarBelakang ? `, ${p.gelarBelakang}` : "");
}

/** The official with this NIP on the signing day (a NIP may hold several rows over time). */
function pilihPejabat(rows: PejabatRow[], hari: string): PejabatRow | undefined {
  const aktif = rows.filter((r) => (!r.mulai || r.mulai <= hari) && (!r.selesai || r.selesai >= hari));
  return aktif[0] ?? rows[0];
}

export async function pilihPenyedia(
  ctx: ServiceContext,
  pemdaId: string,
  diminta: string | undefined,
  env: LingkunganTte,
): Promise<PenyediaTteAdapter> {
  if (diminta !== undefined && !isPenyediaTte(diminta))
    throw new DomainError("penyedia_tidak_dikenal", `penyedia: "${diminta}" tidak dikenal; pilih register atau bsre`, {
      field: "penyedia",
    });
  const setelan = await getTtePengaturan(ctx.db, pemdaId);
  const nama: PenyediaTte = (diminta as PenyediaTte | undefined) ?? setelan?.penyedia ?? "register";
  if (nama === "register") return penyediaRegister;
  const alamat = setelan?.alamat ?? env.tteUrl;
  if (!alamat)
    throw new DomainError(
      "tte_url_kosong",
      "penyedia bsre: alamat Esign Client Service belum diatur (TTE_URL atau pengaturan TTE Pemda)",
      { field: "penyedia" },
    );
  return penyediaBsre(
    { alamat, pengguna: env.ttePengguna, sandi: env.tteSandi, batasWaktuDetik: env.batasWaktuDetik },
    env.fetch,
  );
}

/**
 * `lingkup.opd` given (API, "Tandatangani" on an OPD's documents): the actor must hold `tte.tandatangani` for that
 * OPD and the signer must be an official of it. Without it (CLI, the local operator): the signer's own OPD.
 */
export async function tandatanganiDokumen(
  ctx: ServiceContext,
  lingkup: { pemda: string; opd?: string | undefined },
  m: MasukanTandatangani,
  env: LingkunganTte,
): Promise<HasilTandatangani> {
  let pemda: PemdaRow;
  let opdId: string | null = null;
  if (lingkup.opd !== undefined) {
    const o = await otorisasiOpd(ctx, { pemda: lingkup.pemda, opd: lingkup.opd }, "tte.tandatangani");
    pemda = o.pemda;
    opdId = o.opdId;
  } else {
    pemda = await resolvePemda(ctx, lingkup.pemda);
    authorize(ctx, "tte.tandatangani", { pemdaId: pemda.id, opdId: ctx.aktor?.opdId ?? undefined });
  }
  const nip = normalisasiNip(m.nip, "nip");
  const pengaturan = await bacaPengaturanPemda(ctx.db, pemda.id);
  const waktu = ctx.now();
  const hari = waktuDiZona(waktu, pengaturan.zonaWaktu).slice(0, 10);
  const semua = await cariPejabatNip(ctx.db, pemda.id, nip);
  const pejabat = pilihPejabat(opdId ? semua.filter((p) => p.opdId === opdId) : semua, hari);
  if (!pejabat)
    throw new DomainError(
      "nip_tidak_dikenal",
      `nip: tidak ada pejabat dengan NIP ${nip} di ${opdId ? "perangkat daerah ini" : pemda.nama}`,
      { field: "nip" },
    );
  if (!opdId) authorize(ctx, "tte.tandatangani", { pemdaId: pemda.id, opdId: pejabat.opdId });
  if (m.berkas.length > MAKS_PDF)
    throw new DomainError("berkas_terlalu_besar", "berkas: PDF lebih dari 20 MB", { field: "berkas" });
  const penyedia = await pilihPenyedia(ctx, pemda.id, m.penyedia, env);
  let kredensial: Kredensial | undefined;
  if (penyedia.butuhKredensial) kredensial = { nik: periksaNik(m.nik), passphrase: periksaPassphrase(m.passphrase) };

  const kode = kodeDariAcak(randomBytes(12));
  const urlVerifikasi = `${env.urlPublik.replace(/\/+$/, "")}/v/${kode}`;
  const nama = namaLengkap(pejabat);
  // An acting official signs as "Plt. <jabatan>" / "Plh. <jabatan>" when an assignment is in force on the signing day.
  const penugasan = penugasanPada(await listPenugasanPejabat(ctx.db, pemda.id, pejabat.id), hari);
  const jabatan = jabatanTercetak(pejabat.jabatan, penugasan);
  const waktuTampil = `${waktuDiZona(waktu, pengaturan.zonaWaktu).slice(0, 16)} ${singkatanZona(pengaturan.zonaWaktu)}`;
  const bercap = await stempelPdf(m.berkas, {
    urlVerifikasi,
    kode,
    baris: [
      `Ditandatangani secara elektronik oleh ${nama}`,
      `${jabatan}${pejabat.nip ? `, NIP ${pejabat.nip}` : ""}`,
      `pada ${waktuTampil} (${penyedia.nama === "bsre" ? "sertifikat elektronik BSrE" : "register SAKIP"})`,
    ],
    catatanKaki: penyedia.nama === "bsre" ? CATATAN_KAKI_BSRE : CATATAN_KAKI_REGISTER,
  });
  const ditandatangani = await penyedia.tandatangani({
    pdf: bercap,
    ...(kredensial ? { kredensial } : {}),
    tampilan: m.tampilan ?? { jenis: "tidak-tampak" },
    alasan: `Menandatangani ${m.judul ?? m.namaBerkas}`,
    lokasi: pemda.nama,
  });
  kredensial = undefined;
  const sha256 = sha256Hex(ditandatangani);
  const judul = (m.judul ?? m.namaBerkas).slice(0, 300);
  const penandatangan = { nama, nip: pejabat.nip, jabatan };
  const dasar = penugasan
    ? { jenis: penugasan.jenis, nomorSk: penugasan.nomorSk, jabatanSendiri: pejabat.jabatan }
    : null;
  await mutasi(
    ctx,
    { entity: "tte_tanda_tangan", action: "tandatangani", pemdaId: pemda.id, opdId: pejabat.opdId },
    async (tx) => {
      const row = await insertTandaTangan(tx, {
        pemdaId: pemda.id,
        opdId: pejabat.opdId,
        kode,
        penyedia: penyedia.nama,
        jenisDokumen: m.jenisDokumen,
        judul,
        namaBerkas: m.namaBerkas.slice(0, 300),
        sha256,
        sha256Asal: sha256Hex(m.berkas),
        ukuran: ditandatangani.length,
        penandatanganNama: nama,
        penandatanganNip: pejabat.nip,
        penandatanganJabatan: jabatan,
        pejabatId: pejabat.id,
        ditandatanganiPada: waktu,
        olehNama: ctx.aktor?.nama ?? "sistem",
        berkas: ditandatangani,
      });
      return {
        entityId: row.id,
        before: null,
        after: {
          kode,
          penyedia: penyedia.nama,
          jenisDokumen: m.jenisDokumen,
          judul,
          sha256,
          penandatangan,
          ...(dasar ? { penugasan: dasar } : {}),
        },
        result: undefined,
      };
    },
  );
  return {
    kode,
    urlVerifikasi,
    penyedia: penyedia.nama,
    sha256,
    penandatangan,
    ditandatanganiPada: waktu.toISOString(),
    pdf: ditandatangani,
  };
}

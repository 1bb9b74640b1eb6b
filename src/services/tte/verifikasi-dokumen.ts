/**
 * Verify a signed PDF (issue 17, ADR 0032): by its SHA-256 in the signing log (both providers write it), and for a
 * BSrE document also by the gateway's own verification when the gateway is configured. Public by design: the
 * verification page `/v/{kode}` needs no sign-in, and shows only what the printed document already shows (who signed
 * what, when).
 */
import { kodeVerifikasiSah, type PenyediaTte } from "../../domain/tte";
import type { Db } from "../../storage/database";
import {
  cariTandaTanganKode,
  cariTandaTanganSha,
  type TteTandaTanganRow,
} from "../../storage/repositories/tte-repository";
import type { ZonaWaktu } from "../../domain/pengaturan/zona-waktu";
import { bacaPengaturanPemda } from "../pengaturan/pengaturan-pemda";
import type { HasilVerifikasiPenyedia } from "./penyedia";
import { penyediaBsre } from "./penyedia-bsre";
import { type LingkunganTte, sha256Hex } from "./tandatangani-dokumen";

export interface CatatanTandaTangan {
  kode: string;
  penyedia: PenyediaTte;
  pemda: string;
  judul: string;
  jenisDokumen: string;
  namaBerkas: string;
  penandatangan: { nama: string; nip: string | null; jabatan: string };
  ditandatanganiPada: string;
  sha256: string;
  /** The Pemda's time zone (ADR 0039): the page shows the time as the Pemda reads it (WIB/WITA/WIT). */
  zonaWaktu?: ZonaWaktu;
}

function catatan(r: TteTandaTanganRow & { pemdaNama: string }): CatatanTandaTangan {
  return {
    kode: r.kode,
    penyedia: r.penyedia,
    pemda: r.pemdaNama,
    judul: r.judul,
    jenisDokumen: r.jenisDokumen,
    namaBerkas: r.namaBerkas,
    penandatangan: { nama: r.penandatanganNama, nip: r.penandatanganNip, jabatan: r.penandatanganJabatan },
    ditandatanganiPada: r.ditandatanganiPada.toISOString(),
    sha256: r.sha256,
  };
}

/** What the verification page shows for a code (undefined: no such code). */
export async function bacaCatatanKode(db: Db, kode: string): Promise<CatatanTandaTangan | undefined> {
  const k = kode.trim().toUpperCase();
  if (!kodeVerifikasiSah(k)) return undefined;
  const r = await cariTandaTanganKode(db, k);
  return r ? { ...catatan(r), zonaWaktu: (await bacaPengaturanPemda(db, r.pemdaId)).zonaWaktu } : undefined;
}

/** Does this file match the document signed under this code? ("cocok" / "tidak cocok"). */
export async function cocokkanBerkasKode(
  db: Db,
  kode: string,
  berkas: Uint8Array,
): Promise<{ catatan: CatatanTandaTangan; cocok: boolean; sha256: string } | undefined> {
  const c = await bacaCatatanKode(db, kode);
  if (!c) return undefined;
  const sha256 = sha256Hex(berkas);
  return { catatan: c, cocok: sha256 === c.sha256, sha256 };
}

export interface HasilVerifikasi {
  sah: boolean;
  sha256: string;
  /** The signing-log entry of this exact file, when there is one. */
  tercatat: CatatanTandaTangan | null;
  /** The BSrE gateway's answer (only for BSrE documents, when TTE_URL is set). */
  gerbang: HasilVerifikasiPenyedia | null;
  keterangan: string;
  penandatangan: string | null;
  waktu: string | null;
}

/** Verify a file without a code (CLI `sakip tte verifikasi`, API). No sign-in needed to know a file's signer. */
export async function verifikasiBerkas(
  db: Db,
  berkas: Uint8Array,
  env?: Pick<LingkunganTte, "tteUrl" | "ttePengguna" | "tteSandi" | "batasWaktuDetik" | "fetch">,
): Promise<HasilVerifikasi> {
  const sha256 = sha256Hex(berkas);
  const [r] = await cariTandaTanganSha(db, sha256);
  const tercatat = r ? catatan(r) : null;
  let gerbang: HasilVerifikasiPenyedia | null = null;
  if (env?.tteUrl && (!tercatat || tercatat.penyedia === "bsre")) {
    const bsre = penyediaBsre(
      { alamat: env.tteUrl, pengguna: env.ttePengguna, sandi: env.tteSandi, batasWaktuDetik: env.batasWaktuDetik },
      env.fetch,
    );
    gerbang = (await bsre.verifikasi?.(berkas)) ?? null;
  }
  const sahRegister = tercatat !== null;
  const sah =
    tercatat?.penyedia === "bsre" && gerbang ? sahRegister && gerbang.sah : sahRegister || gerbang?.sah === true;
  const keterangan = tercatat
    ? `cocok: ditandatangani ${tercatat.penandatangan.nama} (${tercatat.penandatangan.jabatan}), kode ${tercatat.kode}` +
      (gerbang ? `; BSrE: ${gerbang.sah ? "sah" : `tidak sah (${gerbang.keterangan})`}` : "")
    : gerbang?.sah
      ? "tidak tercatat di register SAKIP; tanda tangan BSrE sah"
      : "tidak cocok: berkas ini tidak tercatat sebagai dokumen bertanda tangan (berubah atau tidak pernah ditandatangani)";
  return {
    sah,
    sha256,
    tercatat,
    gerbang,
    keterangan,
    penandatangan: tercatat?.penandatangan.nama ?? gerbang?.penandatangan[0]?.nama ?? null,
    waktu: tercatat?.ditandatanganiPada ?? gerbang?.penandatangan[0]?.waktu ?? null,
  };
}

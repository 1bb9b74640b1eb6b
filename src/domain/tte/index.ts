/**
 * Electronic signatures (issue 17, ADR 0032): the pure rules — input checks that never echo the secret, the
 * Indonesian message for each answer of a BSrE Esign Client Service gateway, the footer text and the verification
 * code's shape.
 */
import { DomainError } from "../shared/errors";

export type PenyediaTte = "register" | "bsre";
export const PENYEDIA_TTE: readonly PenyediaTte[] = ["register", "bsre"];

export function isPenyediaTte(v: string): v is PenyediaTte {
  return (PENYEDIA_TTE as readonly string[]).includes(v);
}

/**
 * The footer a document signed with a BSrE certificate carries (the wording BSrE asks Pemda to print, after UU 11/2008
 * ITE Pasal 5 ayat (1)): the electronic document and its printout are valid evidence.
 */
export const CATATAN_KAKI_BSRE =
  "Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang diterbitkan oleh " +
  "Balai Sertifikasi Elektronik (BSrE), BSSN. Sesuai UU ITE No. 11 Tahun 2008 Pasal 5 ayat (1), informasi elektronik " +
  "dan/atau hasil cetaknya merupakan alat bukti hukum yang sah.";

/** The footer of a register signature (no certificate: the register and its hash are the evidence). */
export const CATATAN_KAKI_REGISTER =
  "Dokumen ini tercatat dalam register tanda tangan SAKIP. Pindai kode QR atau buka alamat di bawahnya untuk " +
  "memeriksa keaslian: berkas yang diubah satu bita pun dinyatakan tidak cocok.";

/** 12 characters of an alphabet without look-alikes (0/O, 1/I/L): typed from a printout when the QR cannot be read. */
export const ABJAD_KODE = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const PANJANG_KODE = 12;

export function kodeVerifikasiSah(kode: string): boolean {
  return kode.length === PANJANG_KODE && [...kode].every((c) => ABJAD_KODE.includes(c));
}

/** A code from random bytes (the caller supplies them: no I/O here). */
export function kodeDariAcak(acak: Uint8Array): string {
  if (acak.length < PANJANG_KODE) throw new Error("kodeDariAcak: butuh 12 bita acak");
  let s = "";
  for (let i = 0; i < PANJANG_KODE; i++) s += ABJAD_KODE[(acak[i] ?? 0) % ABJAD_KODE.length];
  return s;
}

/** NIK: 16 digits. The message never repeats what was typed (it is personal data). */
export function periksaNik(nik: string | undefined): string {
  const n = (nik ?? "").replace(/\s+/g, "");
  if (n === "") throw new DomainError("nik_wajib", "NIK penanda tangan wajib diisi", { field: "nik" });
  if (!/^\d{16}$/.test(n)) throw new DomainError("nik_tidak_sah", "NIK harus 16 angka", { field: "nik" });
  return n;
}

export function periksaPassphrase(p: string | undefined): string {
  if (!p || p.length === 0)
    throw new DomainError("passphrase_wajib", "Passphrase sertifikat elektronik wajib diisi", { field: "passphrase" });
  if (p.length > 200)
    throw new DomainError("passphrase_terlalu_panjang", "Passphrase terlalu panjang (maksimal 200 karakter)", {
      field: "passphrase",
    });
  return p;
}

export type SebabGagalTte =
  | "passphrase_salah"
  | "nik_tidak_terdaftar"
  | "sertifikat_tidak_aktif"
  | "gerbang_waktu_habis"
  | "gerbang_tidak_terjangkau"
  | "gerbang_menolak";

export interface GagalTte {
  sebab: SebabGagalTte;
  pesan: string;
  /** HTTP status SAKIP answers with: 400 for what the signer typed, 502/504 for the gateway. */
  status: 400 | 502 | 504;
}

const ULANG = " Dokumen belum ditandatangani; silakan coba lagi.";

/**
 * What a gateway answer means for the signer. The Esign Client Service answers errors as JSON with a numeric
 * `status_code` and an `error` text; the codes known from its API description: 2011 the NIK is not registered as a
 * certificate holder, 2021/2022 certificate not active/expired, 2031 wrong passphrase. Other 4xx with "passphrase"
 * or "nik" in the text are read the same way (older gateways answer only text).
 */
export function tafsirGagalBsre(httpStatus: number, statusCode: number | undefined, teks: string): GagalTte {
  const t = teks.toLowerCase();
  if (statusCode === 2031 || /passphrase/.test(t))
    return { sebab: "passphrase_salah", status: 400, pesan: "Passphrase salah." + ULANG };
  if (statusCode === 2011 || /(nik|user|pengguna).*(tidak terdaftar|not found|tidak ditemukan)/.test(t))
    return {
      sebab: "nik_tidak_terdaftar",
      status: 400,
      pesan: "NIK tidak terdaftar sebagai pemilik sertifikat elektronik BSrE." + ULANG,
    };
  if (statusCode === 2021 || statusCode === 2022 || /sertifikat|certificate/.test(t))
    return {
      sebab: "sertifikat_tidak_aktif",
      status: 400,
      pesan: "Sertifikat elektronik penanda tangan tidak aktif atau kedaluwarsa; hubungi pengelola TTE Pemda." + ULANG,
    };
  return {
    sebab: "gerbang_menolak",
    status: 502,
    pesan: `Layanan TTE menolak permintaan (HTTP ${httpStatus}${statusCode !== undefined ? `, kode ${statusCode}` : ""}).${ULANG}`,
  };
}

export function gagalWaktuHabis(detik: number): GagalTte {
  return {
    sebab: "gerbang_waktu_habis",
    status: 504,
    pesan: `Layanan TTE tidak menjawab dalam ${detik} detik.${ULANG}`,
  };
}

export function gagalTakTerjangkau(alamat: string): GagalTte {
  return {
    sebab: "gerbang_tidak_terjangkau",
    status: 502,
    pesan: `Layanan TTE di ${alamat} tidak dapat dihubungi (periksa TTE_URL).${ULANG}`,
  };
}

/**
 * The signing port (ADR 0032): a provider turns the stamped PDF into the signed PDF. The register provider signs
 * nothing itself (the hash in the signing log is the evidence); the BSrE provider sends the file to the Pemda's Esign
 * Client Service. The NIK and passphrase live only in `Kredensial` for the length of one call: never stored, never
 * logged, never in an error message.
 */
import type { PenyediaTte } from "../../domain/tte";

export interface Kredensial {
  nik: string;
  passphrase: string;
}

/** How a BSrE signature appears: invisible, or visible with an image at a position or at a tag in the text. */
export type TampilanTte =
  | { jenis: "tidak-tampak" }
  | { jenis: "posisi"; halaman: number; x: number; y: number; lebar: number; tinggi: number; gambarPng?: Uint8Array }
  | { jenis: "tanda"; tanda: string; lebar: number; tinggi: number; gambarPng?: Uint8Array };

export interface PermintaanTte {
  pdf: Uint8Array;
  kredensial?: Kredensial;
  tampilan: TampilanTte;
  alasan: string;
  lokasi: string;
}

export interface HasilVerifikasiPenyedia {
  sah: boolean;
  penandatangan: Array<{ nama: string; waktu: string | null }>;
  keterangan: string;
}

export interface PenyediaTteAdapter {
  readonly nama: PenyediaTte;
  /** Whether the signer must type NIK and passphrase. */
  readonly butuhKredensial: boolean;
  tandatangani(p: PermintaanTte): Promise<Uint8Array>;
  verifikasi?(pdf: Uint8Array): Promise<HasilVerifikasiPenyedia>;
}

export const penyediaRegister: PenyediaTteAdapter = {
  nama: "register",
  butuhKredensial: false,
  tandatangani: async (p) => p.pdf,
};

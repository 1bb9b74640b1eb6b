/**
 * Checks a Pemda logo before it is stored: PNG or JPEG recognised by its magic bytes, then actually read — PNG chunk
 * walk (lengths, IHDR, CRC of IHDR, IDAT present, IEND) and its image data inflated to the exact size the IHDR
 * implies; JPEG segment walk up to a SOF marker (dimensions) and a SOS marker, then — dimensions within bounds —
 * decoded in full by jpeg-js, so a damaged scan never reaches the report renderers. Anything else is refused with an
 * Indonesian message naming the problem (DomainError, field "logo" → 400). The size limit (1 MB → 413) is the
 * caller's (logo-pemda.ts).
 */
import { inflateSync } from "node:zlib";
import jpeg from "jpeg-js";
import { DomainError } from "../../domain/shared/errors";

export type MimeLogo = "image/png" | "image/jpeg";

export interface InfoGambar {
  mime: MimeLogo;
  /** Pixels. */
  lebar: number;
  tinggi: number;
}

/** Smallest and largest side accepted, in pixels (a logo on an A4 cover needs no more than 2048 px). */
export const SISI_MIN = 16;
export const SISI_MAKS = 2048;

const PNG_SIG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function tolak(kode: string, pesan: string): never {
  throw new DomainError(kode, `logo: ${pesan}`, { field: "logo" });
}

/** Reads and checks a PNG or JPEG; returns its type and dimensions or throws DomainError naming the problem. */
export function periksaGambarLogo(isi: Uint8Array): InfoGambar {
  if (isi.byteLength === 0) tolak("logo_kosong", "berkas kosong");
  const info = PNG_SIG.every((b, i) => isi[i] === b)
    ? bacaPng(isi)
    : isi[0] === 0xff && isi[1] === 0xd8 && isi[2] === 0xff
      ? bacaJpeg(isi)
      : tolak("logo_bukan_gambar", "berkas bukan gambar PNG atau JPEG (tanda awal berkas tidak dikenali)");
  const { lebar, tinggi } = info;
  if (lebar < SISI_MIN || tinggi < SISI_MIN || lebar > SISI_MAKS || tinggi > SISI_MAKS) {
    tolak(
      "logo_ukuran_piksel",
      `ukuran gambar ${lebar} × ${tinggi} piksel di luar batas ${SISI_MIN}–${SISI_MAKS} piksel per sisi`,
    );
  }
  return info;
}

/** Dimensions of a stored logo (null when it no longer passes the check, e.g. stored before it existed). */
export function ukuranGambarTersimpan(isi: Uint8Array): { lebar: number; tinggi: number } | null {
  try {
    return periksaGambarLogo(isi);
  } catch {
    return null;
  }
}

const u32 = (b: Uint8Array, i: number) => ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0;
const u16 = (b: Uint8Array, i: number) => (b[i]! << 8) | b[i + 1]!;

const CRC_TABEL = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(b: Uint8Array): number {
  let c = 0xffffffff;
  for (const x of b) c = CRC_TABEL[(c ^ x) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Bits per pixel for a PNG colour type and bit depth (PNG spec §11.2.2); null for an invalid pair. */
function bitPerPiksel(warna: number, kedalaman: number): number | null {
  const sah: Record<number, { kanal: number; kedalaman: number[] }> = {
    0: { kanal: 1, kedalaman: [1, 2, 4, 8, 16] },
    2: { kanal: 3, kedalaman: [8, 16] },
    3: { kanal: 1, kedalaman: [1, 2, 4, 8] },
    4: { kanal: 2, kedalaman: [8, 16] },
    6: { kanal: 4, kedalaman: [8, 16] },
  };
  const j = sah[warna];
  return j && j.kedalaman.includes(kedalaman) ? j.kanal * kedalaman : null;
}

/** Size of the filtered image data: one filter byte per row, per Adam7 pass when interlaced. */
function ukuranData(lebar: number, tinggi: number, bpp: number, interlace: boolean): number {
  const baris = (w: number, h: number) => (w > 0 && h > 0 ? h * (1 + Math.ceil((w * bpp) / 8)) : 0);
  if (!interlace) return baris(lebar, tinggi);
  const lintasan = [
    [0, 0, 8, 8],
    [4, 0, 8, 8],
    [0, 4, 4, 8],
    [2, 0, 4, 4],
    [0, 2, 2, 4],
    [1, 0, 2, 2],
    [0, 1, 1, 2],
  ] as const;
  return lintasan.reduce(
    (n, [x0, y0, dx, dy]) => n + baris(Math.ceil((lebar - x0) / dx), Math.ceil((tinggi - y0) / dy)),
    0,
  );
}

function bacaPng(b: Uint8Array): InfoGambar {
  const rusak = (apa: string) => tolak("logo_png_rusak", `berkas PNG rusak (${apa})`);
  if (b.byteLength < 8 + 25 || u32(b, 8) !== 13 || String.fromCharCode(...b.subarray(12, 16)) !== "IHDR") {
    rusak("header IHDR tidak ada");
  }
  if (crc32(b.subarray(12, 29)) !== u32(b, 29)) rusak("CRC header IHDR salah");
  const lebar = u32(b, 16);
  const tinggi = u32(b, 20);
  const bpp = bitPerPiksel(b[25]!, b[24]!);
  if (!lebar || !tinggi) rusak("lebar atau tinggi 0");
  if (bpp === null) rusak(`kombinasi tipe warna ${b[25]} dan kedalaman ${b[24]} tidak sah`);
  if (lebar > SISI_MAKS || tinggi > SISI_MAKS) return { mime: "image/png", lebar, tinggi };
  const idat: Uint8Array[] = [];
  let i = 33;
  let selesai = false;
  while (i + 12 <= b.byteLength) {
    const panjang = u32(b, i);
    const jenis = String.fromCharCode(...b.subarray(i + 4, i + 8));
    if (i + 12 + panjang > b.byteLength) rusak(`potongan ${jenis} terpotong`);
    if (jenis === "IDAT") idat.push(b.subarray(i + 8, i + 8 + panjang));
    i += 12 + panjang;
    if (jenis === "IEND") {
      selesai = true;
      break;
    }
  }
  if (!idat.length) rusak("data gambar IDAT tidak ada");
  if (!selesai) rusak("penanda akhir IEND tidak ada");
  const harus = ukuranData(lebar, tinggi, bpp!, b[28] === 1);
  let data: Buffer;
  try {
    data = inflateSync(Buffer.concat(idat), { maxOutputLength: harus + 1 });
  } catch {
    return rusak("data gambar tidak dapat dibaca");
  }
  if (data.byteLength !== harus) rusak(`data gambar ${data.byteLength} byte, seharusnya ${harus} byte`);
  return { mime: "image/png", lebar, tinggi };
}

function bacaJpeg(b: Uint8Array): InfoGambar {
  const rusak = (apa: string) => tolak("logo_jpeg_rusak", `berkas JPEG rusak (${apa})`);
  let i = 2;
  let ukuran: { lebar: number; tinggi: number } | null = null;
  while (i + 4 <= b.byteLength) {
    if (b[i] !== 0xff) rusak(`penanda segmen tidak ditemukan pada byte ${i}`);
    const penanda = b[i + 1]!;
    if (penanda === 0xff) {
      i += 1; // fill byte
      continue;
    }
    if (penanda === 0x01 || (penanda >= 0xd0 && penanda <= 0xd7)) {
      i += 2;
      continue;
    }
    const panjang = u16(b, i + 2);
    if (panjang < 2 || i + 2 + panjang > b.byteLength) rusak(`segmen 0x${penanda.toString(16)} terpotong`);
    const sof = penanda >= 0xc0 && penanda <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(penanda);
    if (sof) {
      if (panjang < 8) rusak("segmen SOF terlalu pendek");
      ukuran = { tinggi: u16(b, i + 5), lebar: u16(b, i + 7) };
    }
    if (penanda === 0xda) {
      if (!ukuran) rusak("data gambar sebelum segmen SOF");
      if (!ukuran!.lebar || !ukuran!.tinggi) rusak("lebar atau tinggi 0");
      const { lebar, tinggi } = ukuran!;
      // Out-of-bounds sizes are refused by the caller without decoding (no huge allocation from a small file).
      if (lebar <= SISI_MAKS && tinggi <= SISI_MAKS) {
        try {
          jpeg.decode(b, { useTArray: true, maxResolutionInMP: (SISI_MAKS * SISI_MAKS) / 1e6, maxMemoryUsageInMB: 64 });
        } catch (e) {
          rusak(`data gambar tidak dapat dibaca: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
      return { mime: "image/jpeg", lebar, tinggi };
    }
    i += 2 + panjang;
  }
  return rusak("segmen SOF atau data gambar (SOS) tidak ada");
}

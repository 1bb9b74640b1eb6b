import { deflateSync } from "node:zlib";
import { Resvg } from "@resvg/resvg-js";
import jpegJs from "jpeg-js";
import { describe, expect, it } from "vitest";
import { periksaGambarLogo } from "./gambar-logo";

const png = (w: number, h: number) =>
  new Uint8Array(
    new Resvg(
      `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="100%" height="100%" fill="#c92a2a"/></svg>`,
    )
      .render()
      .asPng(),
  );

/** A real baseline JPEG (jpeg-js encoder), w × h pixels of one colour. */
const jpegAsli = (w: number, h: number) =>
  new Uint8Array(jpegJs.encode({ data: Buffer.alloc(w * h * 4, 0x80), width: w, height: h }, 80).data);

/** A JPEG's segment structure (SOI, APP0, SOF0 with the dimensions, SOS, scan bytes, EOI); not decodable pixels. */
function jpeg(w: number, h: number, sof = 0xc0): Uint8Array {
  const seg = (m: number, isi: number[]) => [0xff, m, (isi.length + 2) >> 8, (isi.length + 2) & 0xff, ...isi];
  return new Uint8Array([
    0xff,
    0xd8,
    ...seg(0xe0, [0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    ...seg(sof, [8, h >> 8, h & 0xff, w >> 8, w & 0xff, 1, 1, 0x11, 0]),
    ...seg(0xda, [1, 1, 0, 0, 0x3f, 0]),
    0x12,
    0x34,
    0xff,
    0xd9,
  ]);
}

/** A PNG chunk: length, type, data and CRC-32 (PNG spec §5.3). */
function potongan(jenis: string, data: Uint8Array): Uint8Array {
  const tabel = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const badan = new Uint8Array([...Buffer.from(jenis, "latin1"), ...data]);
  let c = 0xffffffff;
  for (const x of badan) c = tabel[(c ^ x) & 0xff]! ^ (c >>> 8);
  c = (c ^ 0xffffffff) >>> 0;
  const n = data.length;
  return new Uint8Array([
    n >>> 24,
    (n >> 16) & 255,
    (n >> 8) & 255,
    n & 255,
    ...badan,
    c >>> 24,
    (c >> 16) & 255,
    (c >> 8) & 255,
    c & 255,
  ]);
}

/** A hand-made 16×16 greyscale PNG whose IDAT holds `baris` rows (16 = complete). */
function pngTangan(baris: number): Uint8Array {
  const ihdr = new Uint8Array([0, 0, 0, 16, 0, 0, 0, 16, 8, 0, 0, 0, 0]);
  const data = deflateSync(Buffer.alloc(baris * 17, 0));
  return new Uint8Array([
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    ...potongan("IHDR", ihdr),
    ...potongan("IDAT", data),
    ...potongan("IEND", new Uint8Array()),
  ]);
}

describe("periksaGambarLogo", () => {
  it.each([
    // resvg renders real PNGs (RGBA 8-bit)
    ["PNG 64×48 (resvg)", png(64, 48), { mime: "image/png", lebar: 64, tinggi: 48 }],
    ["PNG 16×16 greyscale (by hand)", pngTangan(16), { mime: "image/png", lebar: 16, tinggi: 16 }],
    ["JPEG baseline 320×200", jpegAsli(320, 200), { mime: "image/jpeg", lebar: 320, tinggi: 200 }],
    ["JPEG 16×2048 (at the limit)", jpegAsli(16, 2048), { mime: "image/jpeg", lebar: 16, tinggi: 2048 }],
  ])("accepts %s", (_, isi, info) => {
    expect(periksaGambarLogo(isi)).toEqual(info);
  });

  const rusakCrc = png(32, 32);
  rusakCrc[29] = rusakCrc[29]! ^ 0xff;
  const terpotong = png(32, 32).subarray(0, 60);
  it.each([
    // each row names the problem the admin is told
    ["a text file renamed .png", new TextEncoder().encode("ini bukan gambar"), /bukan gambar PNG atau JPEG/],
    ["an empty body", new Uint8Array(), /berkas kosong/],
    ["a GIF", new TextEncoder().encode("GIF89a\u0010\u0000\u0010\u0000"), /bukan gambar PNG atau JPEG/],
    ["PNG with a wrong IHDR CRC", rusakCrc, /CRC header IHDR salah/],
    ["PNG cut short", terpotong, /PNG rusak/],
    ["PNG whose image data is short of rows", pngTangan(15), /data gambar 255 byte, seharusnya 272 byte/],
    ["PNG signature only", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), /header IHDR tidak ada/],
    ["PNG 8×8 (too small)", png(8, 8), /8 × 8 piksel di luar batas 16–2048/],
    ["PNG 2100×20 (too wide)", png(2100, 20), /2100 × 20 piksel di luar batas/],
    ["JPEG without SOF", new Uint8Array([0xff, 0xd8, 0xff, 0xda, 0, 2, 0xff, 0xd9]), /sebelum segmen SOF/],
    ["JPEG cut short", jpeg(40, 30).subarray(0, 12), /JPEG rusak/],
    ["JPEG of 0 pixels high", jpeg(40, 0), /lebar atau tinggi 0/],
    ["JPEG whose segments are right but whose scan cannot be decoded", jpeg(40, 30), /data gambar tidak dapat dibaca/],
    ["JPEG progressive header without tables", jpeg(40, 30, 0xc2), /data gambar tidak dapat dibaca/],
  ])("refuses %s", (_, isi, pesan) => {
    expect(() => periksaGambarLogo(isi)).toThrow(pesan);
  });
});

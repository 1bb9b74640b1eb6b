/**
 * The zip pre-check of an XLSX, before exceljs sees it (issue 18 finding 2: a 1 MB zip bomb took 2,6 GB).
 * 1. The central directory (yauzl, nothing inflated): number of entries, each entry's declared unpacked size and
 *    ratio, their total.
 * 2. The layout: entries follow one another from byte 0 up to the central directory with no bytes in between, and
 *    each local header agrees with its central entry (name, method, sizes).
 *    exceljs reads an XLSX by walking its local headers (unzipper.Parse), not the central directory; an entry hidden
 *    between two listed ones would be unpacked by exceljs without ever being counted here.
 * 3. A bounded inflate pass: a zip can lie about its sizes, so every entry is inflated and counted, and the pass
 *    stops at the limit (yauzl also fails an entry that inflates past its declared size; fflate would silently cut
 *    it — stack-notes 10b).
 */
import yauzl, { type Entry, type ZipFile } from "yauzl";
import { DomainError } from "../../domain/shared/errors";
import { type BatasImpor, lampaui, mb } from "./batas-impor";
import { berkasTidakTerbaca } from "./tidak-terbaca";

/** Entries smaller than this are not held to the ratio: a small part of zeros legitimately packs 1000:1. */
const RASIO_DARI_BYTE = 1024 * 1024;

const TANDA_LOKAL = 0x04034b50;
const TANDA_PUSAT = 0x02014b50;
const TANDA_DESKRIPTOR = 0x08074b50;

function tidakTerbaca(alasan: string): DomainError {
  return new DomainError(
    "berkas_tidak_terbaca",
    `Berkas XLSX tidak dapat dibaca (${alasan}); simpan ulang sebagai Excel .xlsx`,
    { field: "berkas" },
  );
}

function buka(isi: Buffer): Promise<ZipFile> {
  return new Promise((terima, tolak) =>
    yauzl.fromBuffer(isi, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (e, zip) =>
      e || !zip ? tolak(berkasTidakTerbaca("bukan zip yang utuh", e ?? "bukan zip")) : terima(zip),
    ),
  );
}

/** Every entry of the central directory (declared sizes only). */
function daftarEntri(zip: ZipFile, b: BatasImpor): Promise<Entry[]> {
  return new Promise((terima, tolak) => {
    const semua: Entry[] = [];
    let total = 0;
    zip.on("error", (e: Error) => tolak(berkasTidakTerbaca("daftar isi zip", e)));
    zip.on("end", () => terima(semua));
    zip.on("entry", (e: Entry) => {
      total += e.uncompressedSize;
      if (e.uncompressedSize > b.ukuranIsi || total > b.ukuranIsi) {
        return tolak(lampaui("ukuranIsi", b, `Isi berkas setelah dibuka (${mb(total)} atau lebih)`));
      }
      if (e.uncompressedSize > RASIO_DARI_BYTE && e.uncompressedSize > b.rasio * Math.max(1, e.compressedSize)) {
        const r = Math.round(e.uncompressedSize / Math.max(1, e.compressedSize));
        return tolak(lampaui("rasio", b, `Bagian "${e.fileName}" memadat ${r}:1`));
      }
      semua.push(e);
      zip.readEntry();
    });
    zip.readEntry();
  });
}

/** The end of a data descriptor at `posisi`: the length after which the next local header or the directory starts. */
function lewatiDeskriptor(isi: Buffer, posisi: number): number {
  const bertanda = posisi + 4 <= isi.length && isi.readUInt32LE(posisi) === TANDA_DESKRIPTOR;
  for (const n of bertanda ? [16, 24] : [12, 20]) {
    const t = posisi + n + 4 <= isi.length ? isi.readUInt32LE(posisi + n) : 0;
    if (t === TANDA_LOKAL || t === TANDA_PUSAT) return posisi + n;
  }
  return posisi + (bertanda ? 16 : 12);
}

/**
 * The local header must say what the central directory says: yauzl (this check) takes an entry's method and sizes
 * from the central directory, exceljs (unzipper) from the local header. A local "deflate" behind a central "stored"
 * would be inflated by exceljs without ever being counted here. Name bytes, method, the data-descriptor flag and,
 * when the sizes are in the local header (bit 3 clear), both sizes must be equal.
 */
function periksaKepalaLokal(isi: Buffer, e: Entry): void {
  const o = e.relativeOffsetOfLocalHeader;
  const panjangNama = isi.readUInt16LE(o + 26);
  const beda = (apa: string) => tidakTerbaca(`kepala lokal bagian "${e.fileName}" berbeda dari daftar isi zip: ${apa}`);
  const bendera = isi.readUInt16LE(o + 6);
  if ((bendera & 0x8) !== (e.generalPurposeBitFlag & 0x8)) throw beda("penanda deskriptor data");
  if (isi.readUInt16LE(o + 8) !== e.compressionMethod) throw beda("metode pemadatan");
  if (o + 30 + panjangNama > isi.length) throw beda("nama bagian");
  const nama = isi.subarray(o + 30, o + 30 + panjangNama);
  if (!nama.equals(e.fileNameRaw)) throw beda("nama bagian");
  if (!(bendera & 0x8)) {
    if (isi.readUInt32LE(o + 18) !== e.compressedSize) throw beda("ukuran terpadat");
    if (isi.readUInt32LE(o + 22) !== e.uncompressedSize) throw beda("ukuran asli");
  }
}

/** Step 2: entries back to back from byte 0, the central directory right after the last one. */
function periksaTataLetak(isi: Buffer, entri: Entry[]): void {
  const urut = [...entri].sort((a, b) => a.relativeOffsetOfLocalHeader - b.relativeOffsetOfLocalHeader);
  let posisi = 0;
  for (const e of urut) {
    const o = e.relativeOffsetOfLocalHeader;
    if (o !== posisi || o + 30 > isi.length || isi.readUInt32LE(o) !== TANDA_LOKAL) {
      throw tidakTerbaca(`susunan zip tidak lazim di byte ${o}`);
    }
    periksaKepalaLokal(isi, e);
    posisi = o + 30 + isi.readUInt16LE(o + 26) + isi.readUInt16LE(o + 28) + e.compressedSize;
    // bit 3: sizes follow the data in a descriptor: 12 bytes, 16 with its optional signature, 20/24 in zip64 form
    if (e.generalPurposeBitFlag & 0x8) posisi = lewatiDeskriptor(isi, posisi);
  }
  if (posisi + 4 > isi.length || isi.readUInt32LE(posisi) !== TANDA_PUSAT) {
    throw tidakTerbaca(`ada data di luar daftar isi zip (byte ${posisi})`);
  }
}

/** Step 3: inflate each entry, counting; stops at the unpacked-size limit whatever the entries declared. */
async function periksaInflasi(zip: ZipFile, entri: Entry[], b: BatasImpor): Promise<void> {
  let total = 0;
  for (const e of entri) {
    if (e.isEncrypted()) throw tidakTerbaca(`bagian "${e.fileName}" terenkripsi`);
    const aliran = await new Promise<NodeJS.ReadableStream>((terima, tolak) =>
      zip.openReadStream(e, (err, s) =>
        err || !s ? tolak(berkasTidakTerbaca(`bagian zip "${e.fileName}"`, err ?? "tanpa aliran")) : terima(s),
      ),
    );
    await new Promise<void>((terima, tolak) => {
      aliran.on("data", (potong: Buffer) => {
        total += potong.length;
        if (total > b.ukuranIsi) {
          (aliran as unknown as { destroy(): void }).destroy();
          tolak(lampaui("ukuranIsi", b, "Isi berkas setelah dibuka"));
        }
      });
      aliran.on("error", (err: Error) => tolak(berkasTidakTerbaca(`bagian zip "${e.fileName}"`, err)));
      aliran.on("end", () => terima());
    });
  }
}

/** Throws BatasTerlampauiError (a limit) or DomainError (not a readable zip); resolves when the XLSX may be read. */
export async function periksaZip(isi: Uint8Array, b: BatasImpor): Promise<void> {
  const buf = Buffer.from(isi.buffer, isi.byteOffset, isi.byteLength);
  const zip = await buka(buf);
  try {
    if (zip.entryCount > b.entri) throw lampaui("entri", b, `Berkas berisi ${zip.entryCount} bagian zip`);
    const entri = await daftarEntri(zip, b);
    periksaTataLetak(buf, entri);
    await periksaInflasi(zip, entri, b);
  } finally {
    zip.close();
  }
}

/**
 * Header of the Laporan Pengawasan Anggaran: locate it, map columns, recognise repeated page headers.
 * NOTE: SEED 1718-1719 (two header rows: KODE URAIAN ANGGARAN REALISASI … SISA / PEGAWAI BARANG & JASA MODAL TOTAL %
 * ANGGARAN), repeated at every page break (SEED 1743-1744, 1772-1773, 1795-1796).
 */
import { DomainError } from "../shared/errors";
import { cariJudul } from "./judul-tabel";
import { kolomPengawasanDari } from "./pengawasan-kolom";
import { type Kolom, type MetaPengawasan, NAMA_KOLOM } from "./pengawasan-types";

export type PetaKolom = Partial<Record<Kolom, number>>;

export interface Header {
  /** 0-based index of the last header row; data starts after it. */
  akhir: number;
  kolom: PetaKolom;
  meta: MetaPengawasan;
}

const norm = (s: string | undefined): string => (s ?? "").trim().replace(/\s+/g, " ").toUpperCase();

/** True for a header row (KODE … URAIAN) or its second line (… PEGAWAI … with no KODE text). */
export function isBarisHeader(row: readonly string[]): boolean {
  let kode = false;
  let uraian = false;
  let pegawai = false;
  let barang = false;
  for (const c of row) {
    if (c.length > 24) continue; // header labels are short: long uraian cells are skipped cheaply
    const u = norm(c);
    if (u === "KODE") kode = true;
    else if (u === "URAIAN") uraian = true;
    else if (u === "PEGAWAI") pegawai = true;
    else if (u.startsWith("BARANG")) barang = true;
  }
  return (kode && uraian) || (pegawai && barang);
}

/** Find the first header, map its columns and read the title block above it. Throws when not found or incomplete. */
export function bacaHeader(rows: readonly (readonly string[])[]): Header {
  const judul = cariJudul(rows, "pengawasan");
  if (judul) {
    const kolom: PetaKolom = {};
    judul.label.forEach((label, j) => {
      const key = label === "" ? undefined : kolomPengawasanDari(label);
      if (key && kolom[key] === undefined) kolom[key] = j;
    });
    return { akhir: judul.akhir, kolom, meta: bacaMeta(rows.slice(0, judul.baris)) };
  }
  const h = rows.findIndex((r) => {
    const c = r.map(norm);
    return c.includes("KODE") && c.includes("URAIAN");
  });
  if (h < 0) {
    throw new DomainError(
      "header_tidak_ditemukan",
      'Baris judul kolom "KODE | URAIAN | ANGGARAN | REALISASI …" tidak ditemukan',
      {
        field: "header",
      },
    );
  }
  const first = rows[h] ?? [];
  const second = rows[h + 1];
  const twoRows = second !== undefined && !second.map(norm).includes("KODE") && isBarisHeader(second);
  const width = Math.max(first.length, twoRows ? (second?.length ?? 0) : 0);
  const kolom: PetaKolom = {};
  for (let j = 0; j < width; j++) {
    const label = norm(`${first[j] ?? ""} ${twoRows ? (second?.[j] ?? "") : ""}`);
    const key = kolomPengawasanDari(label);
    if (key && kolom[key] === undefined) kolom[key] = j;
  }
  const missing: Kolom[] = (["kode", "uraian", "pegawai", "barangJasa", "modal"] as const).filter(
    (k) => kolom[k] === undefined,
  );
  if (kolom.anggaran === undefined && kolom.anggaranMurni === undefined && kolom.anggaranPerubahan === undefined) {
    missing.push("anggaran");
  }
  if (missing.length > 0) {
    throw new DomainError(
      "header_tidak_lengkap",
      `Kolom tidak ditemukan pada judul tabel (baris ${h + 1}): ${missing.map((k) => NAMA_KOLOM[k]).join(", ")}`,
      {
        field: "header",
        row: h + 1,
        missing,
      },
    );
  }
  return { akhir: twoRows ? h + 1 : h, kolom, meta: bacaMeta(rows.slice(0, h)) };
}

function bacaMeta(rows: readonly (readonly string[])[]): MetaPengawasan {
  const meta: MetaPengawasan = { judul: [] };
  for (const r of rows) {
    const text = r
      .map((c) => c.trim())
      .filter((c) => c !== "")
      .join(" ");
    if (text === "") continue;
    const m = /^(unit organisasi|sub unit)\s*:\s*(.*)$/i.exec(text);
    const per = /^per\s+(.+)$/i.exec(text);
    if (m && /^unit/i.test(m[1] ?? "")) meta.unitOrganisasi = (m[2] ?? "").trim();
    else if (m) meta.subUnit = (m[2] ?? "").trim();
    else if (per) meta.perTanggal = (per[1] ?? "").trim();
    else meta.judul.push(text);
  }
  return meta;
}

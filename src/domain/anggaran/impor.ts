/**
 * From rows of cells to storable budget data: tell the two accepted layouts apart (the SAKIP template and the
 * "Laporan Pengawasan Anggaran Definitif per Sub Kegiatan", SEED 1709-1807), parse, reconcile and normalise.
 */
import { type DataImpor, type FormatImpor, masalahNominal, type NodeData, rupiah } from "./data-anggaran";
import { tolakBerkas } from "./kesalahan-berkas";
import { parsePengawasan } from "./pengawasan";
import { pastikanTataLetak } from "./judul-tabel";
import {
  type HasilPengawasan,
  type KesalahanBaris,
  type KolomNilai,
  NAMA_KOLOM,
  type Temuan,
} from "./pengawasan-types";
import { dariSipd, parseSipdRealisasi } from "./sipd-realisasi";
import { parseTemplat } from "./templat";

export type PilihanFormat = "auto" | FormatImpor;

/**
 * The layout of the file: every known layout is tried on one- and two-row header candidates (judul-tabel.ts); when
 * none fits, DomainError("format_tidak_dikenali") names the columns each layout was missing.
 */
export function deteksiFormat(rows: readonly (readonly string[])[]): FormatImpor {
  return pastikanTataLetak(rows).format;
}

/** Parse `rows` in the given (or detected) format. Throws DomainError naming every malformed cell. */
export function bacaDataImpor(rows: readonly (readonly string[])[], format: PilihanFormat = "auto"): DataImpor {
  const f = format === "auto" ? deteksiFormat(rows) : format;
  if (f === "sipd-realisasi") return dariSipd(parseSipdRealisasi(rows));
  return f === "templat" ? parseTemplat(rows) : dariPengawasan(parsePengawasan(rows));
}

const UANG: readonly KolomNilai[] = [
  "anggaran",
  "anggaranMurni",
  "anggaranPerubahan",
  "pegawai",
  "barangJasa",
  "modal",
];

/**
 * Normalise a parsed Laporan Pengawasan: nodes from its program/kegiatan/sub-kegiatan rows (sub-kegiatan amounts
 * as given; a single ANGGARAN column is the anggaran definitif = perubahan), realisasi per sub-kegiatan. Rejects
 * amounts that numeric(18, 2) cannot hold (more than 2 decimals, 17+ integer digits).
 */
export function dariPengawasan(hasil: HasilPengawasan): DataImpor {
  const errors: KesalahanBaris[] = [];
  for (const b of hasil.baris) {
    if (b.jenis !== "sub-kegiatan") continue;
    for (const k of UANG) {
      const v = b.nilai[k];
      const masalah = v ? masalahNominal(v.nilai) : null;
      if (v && masalah) {
        errors.push({
          baris: b.baris,
          kolom: NAMA_KOLOM[k],
          nilai: v.teks,
          kode: "nominal_tidak_sah",
          pesan: `Baris ${b.baris}, kolom ${NAMA_KOLOM[k]}: "${v.teks}" ${masalah}`,
        });
      }
    }
  }
  if (errors.length > 0) tolakBerkas("laporan pengawasan anggaran", errors);
  const { pohon } = hasil;
  const nodes: NodeData[] = [];
  for (const p of pohon.program) {
    nodes.push(induk(p.kode.canonical, "program", p.uraian));
    for (const k of p.kegiatan) {
      nodes.push(induk(k.kode.canonical, "kegiatan", k.uraian));
      for (const s of k.subKegiatan) {
        nodes.push({
          kode: s.kode.canonical,
          level: "sub-kegiatan",
          uraian: s.uraian,
          anggaranMurni: s.anggaranMurni === null ? null : rupiah(s.anggaranMurni),
          anggaranPerubahan: s.anggaranPerubahan === null ? null : rupiah(s.anggaranPerubahan),
          sumberDana: null,
        });
      }
    }
  }
  const leaves = nodes.filter((n) => n.level === "sub-kegiatan");
  return {
    format: "pengawasan",
    nodes,
    realisasi: leaves.map((n) => {
      const s = pohon.indeks.get(n.kode);
      return {
        kode: n.kode,
        pegawai: rupiah(s?.realisasi.pegawai ?? 0),
        barangJasa: rupiah(s?.realisasi.barangJasa ?? 0),
        modal: rupiah(s?.realisasi.modal ?? 0),
      };
    }),
    rincian: null,
    sasaran: null,
    punya: {
      anggaranMurni: leaves.some((n) => n.anggaranMurni !== null),
      anggaranPerubahan: leaves.some((n) => n.anggaranPerubahan !== null),
      sumberDana: false,
    },
    pohon,
    temuan: [...hasil.temuan],
    catatan: [...hasil.catatan],
    meta: hasil.meta,
  };
}

function induk(kode: string, level: "program" | "kegiatan", uraian: string): NodeData {
  return { kode, level, uraian, anggaranMurni: null, anggaranPerubahan: null, sumberDana: null };
}

const BULAN = [
  "januari",
  "februari",
  "maret",
  "april",
  "mei",
  "juni",
  "juli",
  "agustus",
  "september",
  "oktober",
  "november",
  "desember",
];
const VARIAN: Record<string, number> = { pebruari: 2, nopember: 11, agust: 8, okt: 10, des: 12, sept: 9 };

/**
 * Month and year of a printed "per" date ("31 Desember 2023" → { bulan: 12, tahun: 2023 }, SEED 1712), or null when
 * the text names no Indonesian month and year.
 */
export function bacaPerTanggal(teks: string): { bulan: number; tahun: number } | null {
  const m = /([A-Za-z]+)\.?\s+(\d{4})/.exec(teks.trim());
  if (!m) return null;
  const nama = (m[1] ?? "").toLowerCase();
  const i = BULAN.indexOf(nama);
  const bulan = i >= 0 ? i + 1 : VARIAN[nama];
  return bulan === undefined ? null : { bulan, tahun: Number(m[2]) };
}

/**
 * Findings when the file names another unit organisasi than the OPD: its unit code (seed/SIPD print, regulations.md §5
 * row B) differs from the OPD's stored code, or its "Unit Organisasi :" line (SEED 1714) from the OPD's name.
 */
export function cekUnit(data: DataImpor, opd: { nama: string; kode: string | null }): Temuan[] {
  const out: Temuan[] = [];
  const units = new Set<string>();
  for (const n of data.pohon.indeks.values()) if (n.kode.unit) units.add(n.kode.unit.canonical);
  if (opd.kode && units.size > 0 && !units.has(opd.kode)) {
    out.push({
      jenis: "unit_berbeda",
      baris: null,
      kolom: "KODE",
      kode: null,
      nilaiCetak: [...units].join(", "),
      nilaiHitung: opd.kode,
      pesan: `Kode unit organisasi di berkas (${[...units].join(", ")}) berbeda dengan kode ${opd.nama} (${opd.kode})`,
    });
  }
  const nama = data.meta?.unitOrganisasi;
  const norm = (s: string): string => s.trim().replace(/\s+/g, " ").toUpperCase();
  if (nama && norm(nama) !== norm(opd.nama)) {
    out.push({
      jenis: "unit_berbeda",
      baris: null,
      kolom: "Unit Organisasi",
      kode: null,
      nilaiCetak: nama,
      nilaiHitung: opd.nama,
      pesan: `Berkas untuk unit organisasi "${nama}", sedangkan impor ditujukan ke ${opd.nama}`,
    });
  }
  return out;
}

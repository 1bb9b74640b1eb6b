/**
 * Reconciliation of a parsed Laporan Pengawasan Anggaran: match printed TOTAL rows to their node by name (not by
 * position: the seed prints a kegiatan's total after the next PROGRAM header, SEED 1760-1761), check every printed
 * figure, report missing, misplaced, duplicate and unmatched total rows.
 */
import { formatPersen, formatRupiah } from "./format-id";
import { kanonikKegiatan, kanonikProgram } from "./kode";
import type { NilaiAnggaran, NodeAnggaran, NodeKegiatan, NodeProgram, PohonAnggaran } from "./pohon-types";
import type { BarisPengawasan, CatatanParse, Temuan } from "./pengawasan-types";
import { cekAritmetika, cekJumlahAnak } from "./rekonsiliasi-nilai";
import { serapanTampil } from "./serapan";

type BarisNode = Extract<BarisPengawasan, { jenis: "program" | "kegiatan" | "sub-kegiatan" }>;
type BarisTotal = Extract<BarisPengawasan, { jenis: "total-kegiatan" | "total-program" | "jumlah" }>;

/** Upper case, single spaces, no trailing punctuation: how TOTAL names are compared with node names. */
export function normalisasiNama(s: string): string {
  return s
    .trim()
    .replace(/\s+/g, " ")
    .replace(/[.,;:]+$/, "")
    .toUpperCase();
}

const namaProgram = (s: string): string => normalisasiNama(s).replace(/^PROGRAM\s+/, "");

/** All findings of the report, in row order (findings without a row last). */
export function rekonsiliasi(
  pohon: PohonAnggaran,
  baris: readonly BarisPengawasan[],
): { temuan: Temuan[]; catatan: CatatanParse[] } {
  const temuan: Temuan[] = [];
  const catatan: CatatanParse[] = [];
  const nodes = baris.filter(
    (b): b is BarisNode => b.jenis === "program" || b.jenis === "kegiatan" || b.jenis === "sub-kegiatan",
  );
  const headerRow = new Map<string, number>();
  const lastRow = new Map<string, number>();
  for (const b of nodes) {
    if (b.jenis !== "sub-kegiatan" && !headerRow.has(b.kode.canonical)) headerRow.set(b.kode.canonical, b.baris);
    for (const key of leluhur(b.kode.canonical)) lastRow.set(key, b.baris);
  }

  const matched = new Map<string, BarisPengawasan[]>();
  const match = (kode: string, b: BarisPengawasan): void => {
    const list = matched.get(kode) ?? [];
    list.push(b);
    matched.set(kode, list);
  };
  const byName = indexNama(pohon);

  for (const b of baris) {
    if (b.jenis === "sub-kegiatan") {
      temuan.push(...cekAritmetika({ baris: b.baris, kode: b.kode.canonical, label: labelBaris(b), nilai: b.nilai }));
      continue;
    }
    if (b.jenis === "program" || b.jenis === "kegiatan") {
      // A header row that prints amounts is a printed total of its own node (matched by code).
      if (Object.keys(b.nilai).length > 0) match(b.kode.canonical, b);
      continue;
    }
    if (b.jenis === "jumlah") {
      match("", b);
      continue;
    }
    const node = cariNode(b as Extract<BarisTotal, { nama: string }>, byName, matched, catatan);
    if (node) match(node.kode.canonical, b);
    else {
      temuan.push({
        jenis: "total_tanpa_node",
        baris: b.baris,
        kolom: "URAIAN",
        kode: null,
        nilaiCetak: b.uraian,
        nilaiHitung: null,
        pesan: `Baris ${b.baris}: "${b.uraian}" tidak cocok dengan ${b.jenis === "total-kegiatan" ? "kegiatan" : "program"} mana pun dalam laporan`,
      });
    }
  }

  const all: [string, NodeAnggaran | PohonAnggaran][] = [
    ["", pohon],
    ...[...pohon.indeks].filter(([, n]) => n.level !== "sub-kegiatan"),
  ];
  for (const [kode, node] of all) {
    const rows = matched.get(kode) ?? [];
    const nama = "level" in node ? `${levelKata(node)} "${node.uraian}" (${kode})` : "Jumlah seluruh program";
    if (rows.length === 0) {
      temuan.push(tidakAda(kode, nama, node, headerRow.get(kode) ?? null));
      continue;
    }
    rows.forEach((b, i) => {
      const t = { baris: b.baris, kode, label: labelBaris(b), nilai: b.nilai };
      if (i > 0) {
        temuan.push({
          jenis: "total_ganda",
          baris: b.baris,
          kolom: "URAIAN",
          kode,
          nilaiCetak: b.uraian,
          nilaiHitung: null,
          pesan: `Baris ${b.baris}: total ${nama} tercetak lebih dari sekali (pertama di baris ${rows[0]?.baris})`,
        });
      }
      if (b.jenis === "total-kegiatan" || b.jenis === "total-program" || b.jenis === "jumlah") {
        const salah = cekTempat(b, kode, nodes, headerRow, lastRow);
        if (salah) temuan.push(salah);
      }
      temuan.push(...cekJumlahAnak(t, node), ...cekAritmetika(t));
    });
  }

  for (const [kode, node] of pohon.indeks) {
    if (node.level !== "sub-kegiatan" && !headerRow.has(kode)) {
      const first = nodes.find((b) => b.kode.canonical.startsWith(`${kode}.`));
      temuan.push({
        jenis: "induk_tidak_ada",
        baris: first?.baris ?? null,
        kolom: "KODE",
        kode,
        nilaiCetak: null,
        nilaiHitung: null,
        pesan: `Baris ${levelKata(node)} ${kode} tidak tercetak; baris di bawahnya mulai baris ${first?.baris}`,
      });
    }
  }
  temuan.sort((a, b) => (a.baris ?? Infinity) - (b.baris ?? Infinity));
  return { temuan, catatan };
}

/** The node itself and its kegiatan and program (canonical codes). */
function leluhur(canonical: string): string[] {
  const out = [kanonikProgram(canonical)];
  if (canonical.length >= 12) out.push(kanonikKegiatan(canonical));
  if (canonical.length > 12) out.push(canonical);
  return out;
}

function indexNama(pohon: PohonAnggaran): {
  kegiatan: Map<string, NodeKegiatan[]>;
  program: Map<string, NodeProgram[]>;
} {
  const kegiatan = new Map<string, NodeKegiatan[]>();
  const program = new Map<string, NodeProgram[]>();
  for (const p of pohon.program) {
    push(program, namaProgram(p.uraian), p);
    for (const k of p.kegiatan) push(kegiatan, normalisasiNama(k.uraian), k);
  }
  return { kegiatan, program };
}

function push<T>(m: Map<string, T[]>, key: string, v: T): void {
  const list = m.get(key);
  if (list) list.push(v);
  else m.set(key, [v]);
}

/** Exact name first; a unique node whose name starts with the printed (truncated) name second. */
function cariNode(
  b: Extract<BarisTotal, { nama: string }>,
  byName: ReturnType<typeof indexNama>,
  matched: ReadonlyMap<string, unknown>,
  catatan: CatatanParse[],
): NodeKegiatan | NodeProgram | undefined {
  const map: Map<string, (NodeKegiatan | NodeProgram)[]> =
    b.jenis === "total-kegiatan" ? byName.kegiatan : byName.program;
  const key = b.jenis === "total-kegiatan" ? normalisasiNama(b.nama) : namaProgram(b.nama);
  let candidates = key === "" ? [] : (map.get(key) ?? []);
  if (candidates.length === 0 && key.length >= 10) {
    const prefix = [...map].filter(([name]) => name.startsWith(key)).flatMap(([, list]) => list);
    if (prefix.length === 1) {
      candidates = prefix;
      catatan.push({
        baris: b.baris,
        pesan: `Baris ${b.baris}: nama "${b.nama}" terpotong; dicocokkan dengan "${prefix[0]?.uraian}"`,
      });
    }
  }
  // Several nodes with the same name: the first one not yet matched.
  return candidates.find((c) => !matched.has(c.kode.canonical)) ?? candidates[0];
}

/** A total row is in place when no row outside its node lies between the node's header and the total, and no row of
 * the node comes after the total. */
function cekTempat(
  b: BarisTotal,
  kode: string,
  nodes: readonly BarisNode[],
  headerRow: ReadonlyMap<string, number>,
  lastRow: ReadonlyMap<string, number>,
): Temuan | null {
  const own = (c: string): boolean => kode === "" || c === kode || c.startsWith(`${kode}.`);
  const start = kode === "" ? 0 : headerRow.get(kode);
  if (start === undefined) return null;
  const last = kode === "" ? (nodes[nodes.length - 1]?.baris ?? 0) : (lastRow.get(kode) ?? start);
  let foreign: BarisNode | undefined;
  for (let i = firstAfter(nodes, start); i < nodes.length; i++) {
    const n = nodes[i] as BarisNode;
    if (n.baris >= b.baris) break;
    if (!own(n.kode.canonical)) {
      foreign = n;
      break;
    }
  }
  if (!foreign && last < b.baris) return null;
  const where = foreign
    ? `sesudah baris ${foreign.baris} (${foreign.kode.canonical} "${foreign.uraian}") yang bukan bagian darinya`
    : `sebelum baris terakhirnya (baris ${last})`;
  return {
    jenis: "total_salah_tempat",
    baris: b.baris,
    kolom: "URAIAN",
    kode,
    nilaiCetak: b.uraian,
    nilaiHitung: null,
    pesan: `Baris ${b.baris}: "${b.uraian}" tercetak ${where}; seharusnya tepat sesudah baris ${last} (baris terakhir ${kode === "" ? "laporan" : kode})`,
  };
}

/** Index of the first row numbered above `baris` (rows are in input order). */
function firstAfter(nodes: readonly BarisNode[], baris: number): number {
  let lo = 0;
  let hi = nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((nodes[mid]?.baris ?? 0) <= baris) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function tidakAda(kode: string, nama: string, node: NilaiAnggaran, baris: number | null): Temuan {
  const serapan = serapanTampil(node.totalRealisasi, node.anggaran);
  const jenisBaris = kode === "" ? "Jumlah" : kode.split(".").length === 3 ? "TOTAL PROGRAM" : "TOTAL KEGIATAN";
  return {
    jenis: "total_tidak_ada",
    baris,
    kolom: null,
    kode,
    nilaiCetak: null,
    nilaiHitung: formatRupiah(node.anggaran),
    pesan:
      `Baris ${jenisBaris} untuk ${nama} tidak tercetak; hasil hitung: anggaran ${formatRupiah(node.anggaran)}, ` +
      `realisasi ${formatRupiah(node.totalRealisasi)} (${serapan === null ? "tidak terdefinisi" : `${formatPersen(serapan)}%`}), ` +
      `sisa ${formatRupiah(node.sisa)}`,
  };
}

function levelKata(node: NodeAnggaran): string {
  return node.level === "program" ? "program" : node.level === "kegiatan" ? "kegiatan" : "sub-kegiatan";
}

function labelBaris(b: BarisPengawasan): string {
  if (b.jenis === "sub-kegiatan" || b.jenis === "program" || b.jenis === "kegiatan")
    return `Baris ${b.baris} (${b.kode.canonical} ${b.uraian})`;
  return `Baris ${b.baris} (${b.uraian})`;
}

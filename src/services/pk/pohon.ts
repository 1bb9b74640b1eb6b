/**
 * Pure helpers over PK rows: rows as a tree, the latest version per Pihak Pertama (perubahan over awal), and the
 * cascade tree from the Kepala Daerah's misi down to eselon IV with gap flags.
 * NOTE: regulations.md §3.1 — the latest PK counts; PK "wajib disusun sampai eselon yang paling rendah".
 */
import type { PkKinerjaRow, PkRow } from "../../storage/repositories/pk-repository";

export interface SimpulBaris<T> {
  baris: T;
  anak: SimpulBaris<T>[];
}

export function pohonBaris<T extends { id: string; indukId: string | null }>(rows: readonly T[]): SimpulBaris<T>[] {
  const simpul = new Map(rows.map((r) => [r.id, { baris: r, anak: [] as SimpulBaris<T>[] }]));
  const akar: SimpulBaris<T>[] = [];
  for (const r of rows) {
    const s = simpul.get(r.id)!;
    const induk = r.indukId ? simpul.get(r.indukId) : undefined;
    if (induk) induk.anak.push(s);
    else akar.push(s);
  }
  return akar;
}

/** Rank of a PK level, 0 = highest: a cascade parent is a PK of a strictly lower rank (kandidat-induk.ts). */
export const PERINGKAT_LEVEL = { "kepala-opd": 0, "eselon-iii": 1, "eselon-iv": 2 } as const;

/** A PK level in the words of messages. */
export const LABEL_LEVEL = {
  "kepala-opd": "Kepala OPD",
  "eselon-iii": "eselon III",
  "eselon-iv": "eselon IV",
} as const;

const URUTAN_JENIS = { awal: 0, perubahan: 1 } as const;

/** The PK that counts for each Pihak Pertama in a year: perubahan over awal, then the later date. */
export function pkTerbaru(pks: readonly PkRow[]): PkRow[] {
  const per = new Map<string, PkRow>();
  for (const p of pks) {
    const k = `${p.tahun}/${p.pihakPertamaId}`;
    const l = per.get(k);
    const lebihBaru =
      !l || URUTAN_JENIS[p.jenis] > URUTAN_JENIS[l.jenis] || (p.jenis === l.jenis && p.tanggal > l.tanggal);
    if (lebihBaru) per.set(k, p);
  }
  return pks.filter((p) => per.get(`${p.tahun}/${p.pihakPertamaId}`) === p);
}

export type Celah = "tanpa-turunan" | "tanpa-target" | "tanpa-induk";

export interface SimpulKaskade {
  id: string;
  jenis: "kepala-daerah" | "baris";
  label: string;
  pejabat: string | null;
  level: PkRow["level"] | null;
  pkId: string | null;
  indikator: string | null;
  satuan: string | null;
  target: string | null;
  rincian: Array<{ sasaran: string; indikator: string; satuan: string; target: string | null; celah: Celah[] }>;
  celah: Celah[];
  anak: SimpulKaskade[];
}

export interface MasukanKaskade {
  kepalaDaerah: { nama: string; misi: string[] };
  pks: PkRow[];
  kinerja: PkKinerjaRow[];
  namaPejabat: Map<string, string>;
}

/**
 * Builds the cascade: Kepala Daerah → top rows of kepala-opd PKs → rows of subordinate PKs that point at them
 * (indukKaskadeId), recursively. Only the latest PK of each Pihak Pertama takes part; a link to a superseded row is
 * followed to the row with the same position in the latest version. Flags: a row above eselon IV with no cascaded
 * child ("tanpa-turunan"), a row without target ("tanpa-target"), an eselon III/IV row without a parent
 * ("tanpa-induk", listed under the Kepala Daerah node).
 */
export function bangunKaskade(m: MasukanKaskade): SimpulKaskade {
  const aktif = pkTerbaru(m.pks);
  const aktifId = new Set(aktif.map((p) => p.id));
  const pkById = new Map(m.pks.map((p) => [p.id, p]));
  const barisById = new Map(m.kinerja.map((k) => [k.id, k]));
  const pengganti = (id: string): string | undefined => {
    const b = barisById.get(id);
    const p = b ? pkById.get(b.pkId) : undefined;
    if (!b || !p) return undefined;
    if (aktifId.has(p.id)) return b.id;
    const baru = aktif.find((x) => x.tahun === p.tahun && x.pihakPertamaId === p.pihakPertamaId);
    return m.kinerja.find((k) => k.pkId === baru?.id && k.kode === b.kode)?.id;
  };
  const puncak = m.kinerja.filter((k) => aktifId.has(k.pkId) && k.indukId === null);
  const anakKaskade = new Map<string, PkKinerjaRow[]>();
  const yatim: PkKinerjaRow[] = [];
  for (const k of puncak) {
    const p = pkById.get(k.pkId)!;
    const induk = k.indukKaskadeId ? pengganti(k.indukKaskadeId) : undefined;
    if (induk) anakKaskade.set(induk, [...(anakKaskade.get(induk) ?? []), k]);
    else if (p.level !== "kepala-opd") yatim.push(k);
  }
  const urutLevel = { "kepala-opd": 0, "eselon-iii": 1, "eselon-iv": 2 } as const;
  const urut = (a: PkKinerjaRow, b: PkKinerjaRow) => {
    const pa = pkById.get(a.pkId)!;
    const pb = pkById.get(b.pkId)!;
    return urutLevel[pa.level] - urutLevel[pb.level] || pa.kode.localeCompare(pb.kode) || a.urutan - b.urutan;
  };
  for (const list of anakKaskade.values()) list.sort(urut);
  yatim.sort(urut);
  const simpul = (k: PkKinerjaRow, jejak: Set<string>): SimpulKaskade => {
    const p = pkById.get(k.pkId)!;
    const celah: Celah[] = [];
    const turunan = jejak.has(k.id) ? [] : (anakKaskade.get(k.id) ?? []);
    if (!k.targetTeks) celah.push("tanpa-target");
    if (p.level !== "eselon-iv" && turunan.length === 0) celah.push("tanpa-turunan");
    if (p.level !== "kepala-opd" && !k.indukKaskadeId) celah.push("tanpa-induk");
    const rincian = m.kinerja
      .filter((r) => r.indukId === k.id)
      .map((r) => ({
        sasaran: r.sasaran,
        indikator: r.indikator,
        satuan: r.satuan,
        target: r.targetTeks,
        celah: r.targetTeks ? [] : (["tanpa-target"] as Celah[]),
      }));
    const lanjut = new Set(jejak).add(k.id);
    return {
      id: k.id,
      jenis: "baris",
      label: k.sasaran,
      pejabat: m.namaPejabat.get(p.pihakPertamaId) ?? null,
      level: p.level,
      pkId: p.id,
      indikator: k.indikator,
      satuan: k.satuan,
      target: k.targetTeks,
      rincian,
      celah,
      anak: turunan.map((t) => simpul(t, lanjut)),
    };
  };
  const akar = puncak.filter((k) => pkById.get(k.pkId)?.level === "kepala-opd");
  return {
    id: "kepala-daerah",
    jenis: "kepala-daerah",
    label: m.kepalaDaerah.misi.length ? m.kepalaDaerah.misi.join("; ") : "Misi RPJMD",
    pejabat: m.kepalaDaerah.nama,
    level: null,
    pkId: null,
    indikator: null,
    satuan: null,
    target: null,
    rincian: [],
    celah: akar.length === 0 ? ["tanpa-turunan"] : [],
    anak: [...akar, ...yatim].map((k) => simpul(k, new Set())),
  };
}

/** Every gap in a cascade tree, flattened for a summary list. */
export function daftarCelah(
  akar: SimpulKaskade,
): Array<{ id: string; label: string; pejabat: string | null; celah: Celah }> {
  const out: Array<{ id: string; label: string; pejabat: string | null; celah: Celah }> = [];
  const jalan = (s: SimpulKaskade) => {
    for (const c of s.celah) out.push({ id: s.id, label: s.label, pejabat: s.pejabat, celah: c });
    for (const r of s.rincian)
      for (const c of r.celah) out.push({ id: s.id, label: r.sasaran, pejabat: s.pejabat, celah: c });
    s.anak.forEach(jalan);
  };
  jalan(akar);
  return out;
}

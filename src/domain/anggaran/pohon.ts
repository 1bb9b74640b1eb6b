/**
 * Roll-up of sub-kegiatan amounts into kegiatan, program and OPD totals (pure, exact Rupiah).
 * NOTE: regulations.md §4 (serapan) and §5 (codes); the seed's appendix rolls up the same way (SEED 1718-1807).
 */
import { type Dec, dec } from "../shared/decimal";
import { DomainError } from "../shared/errors";
import type { KelompokRealisasi } from "./belanja-kelas";
import { kanonikKegiatan, kanonikProgram, type Kode, type KodeLevel, parseKode, potongKode } from "./kode";
import type {
  LabelInput,
  NilaiAnggaran,
  NodeAnggaran,
  NodeKegiatan,
  NodeProgram,
  NodeSubKegiatan,
  PohonAnggaran,
  SubKegiatanInput,
} from "./pohon-types";
import { serapanPersen } from "./serapan";

const KELOMPOK: readonly KelompokRealisasi[] = ["pegawai", "barangJasa", "modal"];
const ZERO = dec(0);

class Acc {
  murni = ZERO;
  anggaran = ZERO;
  hasMurni = false;
  hasPerubahan = false;
  pegawai = ZERO;
  barangJasa = ZERO;
  modal = ZERO;

  add(o: Acc): void {
    // Adding zero is skipped: most sub-kegiatan have one or two realisasi classes only.
    if (o.hasMurni) this.murni = this.murni.plus(o.murni);
    this.anggaran = this.anggaran.plus(o.anggaran);
    this.hasMurni ||= o.hasMurni;
    this.hasPerubahan ||= o.hasPerubahan;
    if (!o.pegawai.isZero()) this.pegawai = this.pegawai.plus(o.pegawai);
    if (!o.barangJasa.isZero()) this.barangJasa = this.barangJasa.plus(o.barangJasa);
    if (!o.modal.isZero()) this.modal = this.modal.plus(o.modal);
  }

  nilai(): NilaiAnggaran {
    const totalRealisasi = this.pegawai.plus(this.barangJasa).plus(this.modal);
    return {
      anggaranMurni: this.hasMurni ? this.murni : null,
      // Σ (perubahan ?? murni) over the leaves = the anggaran that counts, once any leaf has a perubahan figure.
      anggaranPerubahan: this.hasPerubahan ? this.anggaran : null,
      anggaran: this.anggaran,
      realisasi: { pegawai: this.pegawai, barangJasa: this.barangJasa, modal: this.modal },
      totalRealisasi,
      serapan: serapanPersen(totalRealisasi, this.anggaran),
      sisa: this.anggaran.minus(totalRealisasi),
    };
  }
}

interface Draft {
  kode: Kode;
  uraian: string;
  acc: Acc;
  children: string[];
}

/**
 * Build the tree from sub-kegiatan leaves and program/kegiatan names, rolling up at every node:
 * anggaran = Σ (perubahan ?? murni), realisasi per kelompok = Σ, total = pegawai + barangJasa + modal,
 * serapan = total / anggaran × 100 (null for anggaran 0), sisa = anggaran − total. Order = first appearance,
 * labels first. A string label code is read with `program: true` when its uraian starts with "PROGRAM".
 * Throws DomainError for a duplicate or non-leaf sub-kegiatan code, a negative amount or a leaf without anggaran.
 */
export function bangunPohon(
  subKegiatan: readonly SubKegiatanInput[],
  label: readonly LabelInput[] = [],
): PohonAnggaran {
  const drafts = new Map<string, Draft>();
  const programOrder: string[] = [];

  const ensure = (kode: Kode, uraian: string): Draft => {
    let d = drafts.get(kode.canonical);
    if (!d) {
      d = { kode, uraian, acc: new Acc(), children: [] };
      drafts.set(kode.canonical, d);
      if (kode.level === "program") programOrder.push(kode.canonical);
      else {
        // Parent looked up by canonical string first: a Kode object is only cut for a parent not seen yet.
        const parentCanonical =
          kode.level === "kegiatan" ? kanonikProgram(kode.canonical) : kanonikKegiatan(kode.canonical);
        const parent = drafts.get(parentCanonical) ?? ensure(potongKode(kode, parentLevel(kode.level)), "");
        parent.children.push(kode.canonical);
      }
    } else if (d.uraian === "" && uraian !== "") {
      d.uraian = uraian;
    }
    return d;
  };

  for (const l of label) {
    const kode =
      typeof l.kode === "string" ? parseKode(l.kode, { program: /^PROGRAM\b/i.test(l.uraian.trim()) }) : l.kode;
    if (kode.level === "sub-kegiatan") {
      throw new DomainError("label_bukan_induk", `Label "${l.uraian}" memakai kode sub-kegiatan ${kode.canonical}`, {
        field: "kode",
        value: kode.canonical,
      });
    }
    ensure(kode, l.uraian.trim());
  }

  subKegiatan.forEach((s, index) => {
    const kode = typeof s.kode === "string" ? parseKode(s.kode) : s.kode;
    const where = { index, field: "kode", value: kode.canonical };
    if (kode.level !== "sub-kegiatan") {
      throw new DomainError(
        "bukan_sub_kegiatan",
        `Baris ${index + 1}: kode ${kode.canonical} bukan sub-kegiatan`,
        where,
      );
    }
    if (drafts.has(kode.canonical)) {
      throw new DomainError(
        "kode_ganda",
        `Baris ${index + 1}: sub-kegiatan ${kode.canonical} muncul lebih dari sekali`,
        where,
      );
    }
    const leaf = ensure(kode, s.uraian.trim());
    fillLeaf(leaf.acc, s, index, kode.canonical);
    // Roll the leaf into its kegiatan and program.
    drafts.get(kanonikKegiatan(kode.canonical))?.acc.add(leaf.acc);
    drafts.get(kanonikProgram(kode.canonical))?.acc.add(leaf.acc);
  });

  return freeze(drafts, programOrder);
}

function parentLevel(level: KodeLevel): KodeLevel {
  return level === "sub-kegiatan" ? "kegiatan" : "program";
}

function fillLeaf(acc: Acc, s: SubKegiatanInput, index: number, kode: string): void {
  const amount = (v: unknown, field: string): Dec => {
    let d: Dec;
    try {
      d = dec(v as string);
    } catch {
      throw new DomainError("bukan_angka", `Sub-kegiatan ${kode}: ${field} "${String(v)}" bukan angka`, {
        index,
        field,
        value: String(v),
      });
    }
    if (d.isNegative()) {
      throw new DomainError("nilai_negatif", `Sub-kegiatan ${kode}: ${field} tidak boleh negatif (${d.toString()})`, {
        index,
        field,
        value: d.toString(),
      });
    }
    return d;
  };
  const hasMurni = s.anggaranMurni !== undefined && s.anggaranMurni !== null;
  const hasPerubahan = s.anggaranPerubahan !== undefined && s.anggaranPerubahan !== null;
  if (!hasMurni && !hasPerubahan) {
    throw new DomainError("anggaran_kosong", `Sub-kegiatan ${kode}: anggaran murni maupun perubahan tidak diisi`, {
      index,
      field: "anggaran",
    });
  }
  const murni = hasMurni ? amount(s.anggaranMurni, "anggaranMurni") : ZERO;
  acc.hasMurni = hasMurni;
  acc.murni = murni;
  acc.hasPerubahan = hasPerubahan;
  acc.anggaran = hasPerubahan ? amount(s.anggaranPerubahan, "anggaranPerubahan") : murni;
  for (const k of KELOMPOK) acc[k] = s.realisasi[k] === undefined ? ZERO : amount(s.realisasi[k], `realisasi.${k}`);
}

function freeze(drafts: Map<string, Draft>, programOrder: readonly string[]): PohonAnggaran {
  const indeks = new Map<string, NodeAnggaran>();
  const root = new Acc();
  const program: NodeProgram[] = programOrder.map((pc) => {
    const p = drafts.get(pc) as Draft;
    root.add(p.acc);
    const kegiatan: NodeKegiatan[] = p.children.map((kc) => {
      const k = drafts.get(kc) as Draft;
      const subKegiatan: NodeSubKegiatan[] = k.children.map((sc) => {
        const s = drafts.get(sc) as Draft;
        return register(indeks, { level: "sub-kegiatan", kode: s.kode, uraian: s.uraian, ...s.acc.nilai() });
      });
      return register(indeks, { level: "kegiatan", kode: k.kode, uraian: k.uraian, subKegiatan, ...k.acc.nilai() });
    });
    return register(indeks, { level: "program", kode: p.kode, uraian: p.uraian, kegiatan, ...p.acc.nilai() });
  });
  return { program, indeks, ...root.nilai() };
}

function register<T extends NodeAnggaran>(indeks: Map<string, NodeAnggaran>, node: T): T {
  indeks.set(node.kode.canonical, node);
  return node;
}

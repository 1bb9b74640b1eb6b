/**
 * What an import changes: merge the parsed file into the stored budget of the OPD and year (parts the file does not
 * carry keep their stored values) and list every node created, changed or deleted with its columns before/after.
 * The file is the whole tree: a stored node that is not in the file is deleted (with its realisasi of every month).
 */
import {
  bandingkanKode,
  type DataImpor,
  type DataTersimpan,
  type NodeData,
  type RealisasiData,
  type RincianData,
  type TautanSasaran,
} from "./data-anggaran";
import type { KodeLevel } from "./kode";

export type BagianData = "node" | "realisasi" | "rincian" | "sasaran";

export interface KolomBerubah {
  /** Stable key: uraian, anggaranMurni, anggaranPerubahan, sumberDana, realisasi.pegawai, rincian.5.2.02, sasaran. */
  kolom: string;
  /** Indonesian label. */
  label: string;
  sebelum: string | null;
  sesudah: string | null;
}

export interface EntriPerubahan {
  aksi: "buat" | "ubah" | "hapus";
  kode: string;
  level: KodeLevel;
  uraian: string;
  kolom: KolomBerubah[];
  /** Which stored parts of this code must be rewritten. */
  bagian: BagianData[];
}

export interface RencanaImpor {
  /** The stored state after the import (realisasi: of the imported month). */
  target: DataTersimpan;
  entri: EntriPerubahan[];
  jumlah: { buat: number; ubah: number; hapus: number; tetap: number };
}

const LABEL: Record<string, string> = {
  uraian: "Uraian",
  anggaranMurni: "Anggaran murni",
  anggaranPerubahan: "Anggaran perubahan",
  sumberDana: "Sumber dana",
  "realisasi.pegawai": "Realisasi pegawai",
  "realisasi.barangJasa": "Realisasi barang dan jasa",
  "realisasi.modal": "Realisasi modal",
  sasaran: "Sasaran",
};

/** Merge `baru` into `lama` and list the differences, in DPA code order. Pure; nothing is written. */
export function rencanakanImpor(lama: DataTersimpan, baru: DataImpor): RencanaImpor {
  const lamaNode = new Map(lama.nodes.map((n) => [n.kode, n]));
  const nodes: NodeData[] = baru.nodes.map((n) => {
    const l = lamaNode.get(n.kode);
    if (n.level !== "sub-kegiatan") return n;
    return {
      ...n,
      anggaranMurni: baru.punya.anggaranMurni ? n.anggaranMurni : (l?.anggaranMurni ?? null),
      anggaranPerubahan: baru.punya.anggaranPerubahan ? n.anggaranPerubahan : (l?.anggaranPerubahan ?? null),
      sumberDana: baru.punya.sumberDana ? n.sumberDana : (l?.sumberDana ?? null),
    };
  });
  const ada = new Set(nodes.map((n) => n.kode));
  const leaf = new Set(nodes.filter((n) => n.level === "sub-kegiatan").map((n) => n.kode));
  const target: DataTersimpan = {
    nodes,
    realisasi: baru.realisasi,
    rincian: baru.rincian ?? lama.rincian.filter((r) => leaf.has(r.kode)),
    sasaran: baru.sasaran ?? lama.sasaran.filter((s) => ada.has(s.kode)),
  };

  const realLama = byKode(lama.realisasi);
  const realBaru = byKode(target.realisasi);
  const rinLama = groupKode(lama.rincian);
  const rinBaru = groupKode(target.rincian);
  const sasLama = groupKode(lama.sasaran);
  const sasBaru = groupKode(target.sasaran);
  const entri: EntriPerubahan[] = [];
  let tetap = 0;

  for (const n of nodes) {
    const l = lamaNode.get(n.kode);
    const kolom: KolomBerubah[] = [];
    const bagian = new Set<BagianData>();
    const cek = (key: string, b: BagianData, sebelum: string | null, sesudah: string | null): void => {
      if (sebelum === sesudah) return;
      kolom.push({ kolom: key, label: LABEL[key] ?? labelRincian(key), sebelum, sesudah });
      bagian.add(b);
    };
    cek("uraian", "node", l?.uraian ?? null, n.uraian);
    cek("anggaranMurni", "node", l?.anggaranMurni ?? null, n.anggaranMurni);
    cek("anggaranPerubahan", "node", l?.anggaranPerubahan ?? null, n.anggaranPerubahan);
    cek("sumberDana", "node", l?.sumberDana ?? null, n.sumberDana);
    const ra = realLama.get(n.kode);
    const rb = realBaru.get(n.kode);
    for (const k of ["pegawai", "barangJasa", "modal"] as const) {
      cek(`realisasi.${k}`, "realisasi", ra?.[k] ?? null, rb?.[k] ?? null);
    }
    const ia = rinLama.get(n.kode) ?? [];
    const ib = rinBaru.get(n.kode) ?? [];
    for (const akun of new Set([...ia, ...ib].map((r) => r.akun))) {
      cek(
        `rincian.${akun}`,
        "rincian",
        ia.find((r) => r.akun === akun)?.anggaran ?? null,
        ib.find((r) => r.akun === akun)?.anggaran ?? null,
      );
    }
    cek("sasaran", "sasaran", daftarSasaran(sasLama.get(n.kode)), daftarSasaran(sasBaru.get(n.kode)));
    if (l && kolom.length === 0) {
      tetap++;
      continue;
    }
    if (!l) bagian.add("node");
    entri.push({
      aksi: l ? "ubah" : "buat",
      kode: n.kode,
      level: n.level,
      uraian: n.uraian,
      kolom,
      bagian: [...bagian],
    });
  }
  for (const l of lama.nodes) {
    if (ada.has(l.kode)) continue;
    entri.push({
      aksi: "hapus",
      kode: l.kode,
      level: l.level,
      uraian: l.uraian,
      kolom: [],
      bagian: ["node", "realisasi", "rincian", "sasaran"],
    });
  }
  entri.sort((a, b) => bandingkanKode(a.kode, b.kode));
  const count = (aksi: EntriPerubahan["aksi"]): number => entri.filter((e) => e.aksi === aksi).length;
  return { target, entri, jumlah: { buat: count("buat"), ubah: count("ubah"), hapus: count("hapus"), tetap } };
}

function byKode(rows: readonly RealisasiData[]): Map<string, RealisasiData> {
  return new Map(rows.map((r) => [r.kode, r]));
}

function groupKode<T extends RincianData | TautanSasaran>(rows: readonly T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    const list = m.get(r.kode);
    if (list) list.push(r);
    else m.set(r.kode, [r]);
  }
  return m;
}

function daftarSasaran(rows: readonly TautanSasaran[] | undefined): string | null {
  if (!rows || rows.length === 0) return null;
  return [...new Set(rows.map((r) => r.sasaranKode))].sort().join(", ");
}

function labelRincian(key: string): string {
  return key.startsWith("rincian.") ? `Anggaran ${key.slice("rincian.".length)}` : key;
}

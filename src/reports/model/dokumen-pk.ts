/**
 * Standalone Perjanjian Kinerja documents: the pernyataan and lampiran of every PK of the year, or of one pejabat
 * (by NIP) and/or one version, one section each.
 * NOTE: regulations.md §3.1 (levels, versions: awal and perubahan; measure against the latest).
 */
import { normalisasiNip } from "../../domain/nip";
import { DomainError } from "../../domain/shared/errors";
import type { Dokumen } from "./dokumen";
import type { DataHilang } from "./hilang";
import { buatKonteks, pejabat } from "./konteks";
import { blokPk } from "./pk";
import type { PkSumber, SumberLkjip, VersiPk } from "./sumber";
import { namaLengkap } from "./tampil";

export interface OpsiPk {
  /** NIP of the Pihak Pertama (any spacing). */
  nip?: string;
  /** Version; default: the latest of each pejabat (perubahan over awal). */
  versi?: VersiPk;
}

export interface HasilPk {
  dokumen: Dokumen;
  pk: PkSumber[];
  hilang: DataHilang[];
}

export function pilihPk(s: SumberLkjip, opsi: OpsiPk = {}): PkSumber[] {
  const k = buatKonteks(s);
  let list = s.pk.filter((p) => p.tahun === s.tahun);
  if (opsi.nip) {
    const nip = normalisasiNip(opsi.nip, "--pejabat");
    list = list.filter((p) => pejabat(k, p.pihakPertamaKode)?.nip === nip);
  }
  if (opsi.versi) return list.filter((p) => p.versi === opsi.versi);
  return list.filter(
    (p) =>
      p.versi === "perubahan" ||
      !list.some((q) => q.versi === "perubahan" && q.pihakPertamaKode === p.pihakPertamaKode && q.level === p.level),
  );
}

/** The PK document(s). Throws DomainError("pk_tidak_ada") naming the filter when nothing matches. */
export function bangunDokumenPk(s: SumberLkjip, opsi: OpsiPk = {}): HasilPk {
  const pk = pilihPk(s, opsi);
  if (pk.length === 0) {
    const filter = [opsi.nip ? `NIP ${opsi.nip}` : "", opsi.versi ? `versi ${opsi.versi}` : ""]
      .filter(Boolean)
      .join(", ");
    throw new DomainError(
      "pk_tidak_ada",
      `Perjanjian Kinerja ${s.opd.nama} tahun ${s.tahun}${filter ? ` (${filter})` : ""} tidak ditemukan`,
      {
        opd: s.opd.slug,
        tahun: s.tahun,
        ...opsi,
      },
    );
  }
  const k = buatKonteks(s);
  const satu = pk.length === 1 ? pejabat(k, pk[0]!.pihakPertamaKode) : null;
  const dokumen: Dokumen = {
    judul: `Perjanjian Kinerja ${s.opd.nama} Tahun ${s.tahun}${satu ? ` — ${namaLengkap(satu)}` : ""}`,
    kaki: `PK ${s.opd.nama} ${s.tahun}`,
    bagian: pk.map((p, i) => ({
      id: `pk-${i + 1}`,
      orientasi: "potret",
      nomorHalaman: "tidak",
      bab: null,
      blok: blokPk(k, p, `pk-${i + 1}`, false),
    })),
  };
  return { dokumen, pk, hilang: k.hilang.semua() };
}

/**
 * The nomenclature check of hand-entered budget rows (issue 17, ADR 0043): the program/kegiatan/sub-kegiatan rows of
 * a PK's budget table carry a code (`kodeDppa`) and a name typed by the operator. Each code is read in full form
 * ("7.01.02.2.02.0003") or in the short form printed in LKjIP/DPA tables ("2.2.02.3" = program 02, kegiatan 2.02,
 * sub-kegiatan 0003), whose urusan.bidang is the OPD's own (from its unit organisasi code) except program 01, the
 * penunjang program X.XX.01 of every OPD (Permendagri 90/2019). Then the same rule as the import
 * (periksaNomenklatur): a code of the version in force for the budget year that is not in its list → warning
 * `kode_tidak_dikenal`; a known code with another name → warning `nama_berbeda` carrying the official name. A code
 * that cannot be read → warning `kode_tidak_sah`. Warnings only: saving is never refused on them.
 */
import { DomainError } from "../shared/errors";
import { type KodeLevel, parseKode } from "./kode";
import { parseKodeUnit } from "./kode-unit";
import { periksaNomenklatur, versiBerlaku } from "./nomenklatur";
import { VERSI_NOMENKLATUR } from "./nomenklatur-data";
import type { VersiNomenklatur } from "./nomenklatur-tipe";

export interface BarisNomenklatur {
  /** The row's position in the form ("1", "1.2"), echoed in the findings. */
  ref: string;
  tingkat: KodeLevel;
  kode: string;
  uraian: string;
}

export type JenisTemuanBaris = "kode_tidak_sah" | "kode_tidak_dikenal" | "nama_berbeda";

export interface TemuanBaris {
  ref: string;
  jenis: JenisTemuanBaris;
  /** The code as read (canonical), or as typed when unreadable. */
  kode: string;
  /** The official name (nama_berbeda), else null. */
  namaResmi: string | null;
  pesan: string;
}

export interface HasilPeriksaBaris {
  /** The version in force for the budget year; null before the first shipped one (nothing checked). */
  versi: Pick<VersiNomenklatur, "id" | "judul" | "mulaiTahun" | "lengkap"> | null;
  diperiksa: number;
  temuan: TemuanBaris[];
}

// Short form P[.K.KK[.S]] (program, kegiatan level, kegiatan, sub-kegiatan), as printed in the LKjIP/PK tables.
const SINGKAT = /^(\d{1,2})(?:\.([12])\.(\d{1,2})(?:\.(\d{1,4}))?)?$/;

/**
 * "U.BB" of an OPD: from its unit organisasi code ("7.01.0.00.0.00.03.0000" → "7.01"); without one, from its kind
 * where the nomenclature gives that kind one bidang (Kecamatan 7.01, Inspektorat 6.01; regulations.md §5); else null.
 */
export function urusanBidangOpd(kodeUnit: string | null, jenis?: string): string | null {
  if (kodeUnit) {
    try {
      return parseKodeUnit(kodeUnit).canonical.split(".").slice(0, 2).join(".");
    } catch {
      // an unreadable unit code: fall back on the kind
    }
  }
  return jenis === "kecamatan" ? "7.01" : jenis === "inspektorat" ? "6.01" : null;
}

/** The full code of a typed one: full forms as they are, short forms completed with the OPD's urusan.bidang. */
export function kodeLengkap(kode: string, tingkat: KodeLevel, urusanBidang: string | null): string {
  const v = kode.trim();
  const s = SINGKAT.exec(v);
  if (s && (s[2] !== undefined || !v.includes("."))) {
    const program = (s[1] ?? "").padStart(2, "0");
    const ub = program === "01" ? "X.XX" : urusanBidang;
    if (!ub)
      throw new DomainError(
        "kode_tidak_sah",
        `kode singkat "${v}" tidak dapat dilengkapi: kode urusan/bidang perangkat daerah belum diisi; tulis kode lengkap, mis. 7.01.02.2.02.0003`,
      );
    const keg = s[2] ? `.${s[2]}.${(s[3] ?? "").padStart(2, "0")}` : "";
    const sub = s[4] ? `.${s[4].padStart(4, "0")}` : "";
    return parseKode(`${ub}.${program}${keg}${sub}`, { program: tingkat === "program" }).canonical;
  }
  return parseKode(v, { program: tingkat === "program" }).canonical;
}

/** Findings of the rows (those with a code) against the version in force for `tahun`. */
export function periksaBarisNomenklatur(
  baris: readonly BarisNomenklatur[],
  tahun: number,
  urusanBidang: string | null,
  daftar: readonly VersiNomenklatur[] = VERSI_NOMENKLATUR,
): HasilPeriksaBaris {
  const v = versiBerlaku(tahun, daftar);
  const versi = v ? { id: v.id, judul: v.judul, mulaiTahun: v.mulaiTahun, lengkap: v.lengkap } : null;
  const temuan: TemuanBaris[] = [];
  let diperiksa = 0;
  if (!v) return { versi, diperiksa, temuan };
  for (const b of baris) {
    if (b.kode.trim() === "") continue;
    diperiksa++;
    let kode: string;
    try {
      kode = kodeLengkap(b.kode, b.tingkat, urusanBidang);
    } catch (e) {
      const sebab = e instanceof Error ? e.message.replace(/^Kode "[^"]*" tidak dapat dibaca: /, "") : String(e);
      temuan.push({
        ref: b.ref,
        jenis: "kode_tidak_sah",
        kode: b.kode.trim(),
        namaResmi: null,
        pesan: `Baris ${b.ref}: kode "${b.kode.trim()}" tidak dapat dibaca; ${sebab}`,
      });
      continue;
    }
    const level = kode.split(".").length <= 3 ? "program" : kode.split(".").length <= 5 ? "kegiatan" : "sub-kegiatan";
    // an empty name is the form's own "wajib" error, not a naming finding
    const uraian = b.uraian.trim() === "" ? null : b.uraian;
    for (const t of periksaNomenklatur([{ kode, level, uraian: uraian ?? "" }], tahun, daftar)) {
      if (t.jenis === "nama_berbeda" && uraian === null) continue;
      // the import's rule decides; the message speaks of the form's row, not of a file
      if (t.jenis === "nama_berbeda")
        temuan.push({
          ref: b.ref,
          jenis: "nama_berbeda",
          kode,
          namaResmi: t.nilaiHitung,
          pesan: `Baris ${b.ref}: nama ${level} ${kode} "${b.uraian.trim()}" berbeda dengan nama resmi "${t.nilaiHitung}" (${v.judul})`,
        });
      else
        temuan.push({
          ref: b.ref,
          jenis: "kode_tidak_dikenal",
          kode,
          namaResmi: null,
          pesan: `Baris ${b.ref}: kode ${level} ${kode} tidak ada dalam daftar nomenklatur${v.lengkap ? "" : " yang dimuat (daftar sebagian)"} ${v.judul}, berlaku TA ${tahun}`,
        });
    }
  }
  return { versi, diperiksa, temuan };
}

/**
 * The source as the model reads it (issue 14, "a report that never breaks"; ADR 0026). The names every chapter quotes
 * — the Pemda, the OPD, each official's name and jabatan — are checked once here: a missing one (null, not a text,
 * blank) becomes the placeholder "[Data belum tersedia: …]" naming it, and an entry of the missing list. List items
 * that are not records (null, undefined) are dropped from the lists the model walks. Everything else that may be
 * missing is handled where it is used (a table cell, a sentence), which says what is missing there.
 * Pure: a copy is returned, the input is not changed.
 */
import { dec } from "../../domain/shared/decimal";
import type { DataHilang } from "./hilang";
import type { BarisAnggaranPkSumber, BarisKinerjaPkSumber, PejabatSumber, SumberLkjip } from "./sumber";

/** The text, or null when it is missing (null, undefined, not a string, only blanks). */
export function teksAda(x: unknown): string | null {
  return typeof x === "string" && x.trim() !== "" ? x : null;
}

/** The placeholder printed where a text is missing. */
export function tandaHilang(teks: string): string {
  return `[Data belum tersedia: ${teks}]`;
}

function daftar<T>(x: readonly T[] | null | undefined): T[] {
  return Array.isArray(x) ? x.filter((y): y is T => y !== null && y !== undefined && typeof y === "object") : [];
}

/** A number of the source (a decimal string or a finite number) as it was given, or null when it is not one. */
export function angkaAda<T>(x: T): T | null {
  if (typeof x === "number") return Number.isFinite(x) ? x : null;
  if (typeof x !== "string" || x.trim() === "") return null;
  try {
    dec(x);
    return x;
  } catch {
    return null;
  }
}

/** PK rows at every level: a target that is not a number is missing (the cell says so). */
function barisKinerja(rows: readonly BarisKinerjaPkSumber[] | null | undefined): BarisKinerjaPkSumber[] {
  return daftar(rows).map((r) => ({ ...r, target: angkaAda(r.target) ?? null, anak: barisKinerja(r.anak) }));
}

function barisAnggaran(rows: readonly BarisAnggaranPkSumber[] | null | undefined): BarisAnggaranPkSumber[] {
  return daftar(rows).map((r) => ({ ...r, anak: barisAnggaran(r.anak) }));
}

/** The lines of a list of texts that are texts (a missing line is left out, not printed "null"). */
function baris(x: readonly unknown[] | null | undefined): string[] {
  return Array.isArray(x) ? x.filter((y): y is string => typeof y === "string") : [];
}

export function rapikanSumber(s: SumberLkjip): { sumber: SumberLkjip; hilang: DataHilang[] } {
  const hilang: DataHilang[] = [];
  const teks = (x: unknown, kunci: string, apa: string): string => {
    const t = teksAda(x);
    if (t !== null) return t;
    hilang.push({ kunci, teks: apa });
    return tandaHilang(apa);
  };
  const orang = (p: PejabatSumber, kunci: string): PejabatSumber => ({
    ...p,
    nama: teks(p.nama, `${kunci}:nama`, `nama pejabat ${teksAda(p.jabatan) ?? p.kode}`),
    jabatan: teks(p.jabatan, `${kunci}:jabatan`, `jabatan pejabat ${teksAda(p.nama) ?? p.kode}`),
  });
  const pemda = s.pemda ?? { nama: "", jenis: "kabupaten", kepalaDaerah: null };
  const opd = s.opd ?? { slug: "", nama: "", jenis: "" };
  const sumber: SumberLkjip = {
    ...s,
    pemda: {
      ...pemda,
      nama: teks(pemda.nama, "pemda:nama", "nama Pemerintah Daerah"),
      kepalaDaerah: pemda.kepalaDaerah ? orang(pemda.kepalaDaerah, "pejabat:kepala-daerah") : null,
    },
    opd: { ...opd, nama: teks(opd.nama, "opd:nama", "nama perangkat daerah") },
    pejabat: daftar(s.pejabat).map((p, i) => orang(p, `pejabat:${teksAda(p.kode) ?? i}`)),
    teks: daftar(s.teks).map((x) => ({
      ...x,
      paragraf: baris(x.paragraf),
      ...(x.butir
        ? { butir: daftar(x.butir).map((b) => ({ label: teksAda(b.label) ?? "", teks: teksAda(b.teks) ?? "" })) }
        : {}),
      ...(x.paragrafPenutup ? { paragrafPenutup: baris(x.paragrafPenutup) } : {}),
    })),
    profil: s.profil
      ? {
          ...s.profil,
          desa: daftar(s.profil.desa).map((d, i) => ({
            ...d,
            nama: teks(d.nama, `desa:${i + 1}:nama`, `nama desa baris ${i + 1}`),
            // a count or an area that is not a number is "not recorded" (the table marks it, the total too)
            luasHa: angkaAda(d.luasHa),
            dusun: angkaAda(d.dusun),
            kk: angkaAda(d.kk),
            pendudukL: angkaAda(d.pendudukL),
            pendudukP: angkaAda(d.pendudukP),
            lahan:
              d.lahan &&
              angkaAda(d.lahan.perkebunanHa) !== null &&
              angkaAda(d.lahan.pertanianHa) !== null &&
              angkaAda(d.lahan.perumahanHa) !== null
                ? d.lahan
                : null,
          })),
        }
      : null,
    indikator: daftar(s.indikator).map((i) => ({
      ...i,
      nama: teks(i.nama, `indikator:${i.kode}:nama`, `nama indikator ${i.kode}`),
      satuan: typeof i.satuan === "string" ? i.satuan : "",
      // a year's value that is not a number is missing for that year
      target: daftar(i.target).filter((x) => angkaAda(x.nilai) !== null),
      realisasi: daftar(i.realisasi).filter((x) => angkaAda(x.nilai) !== null),
      targetAkhir: angkaAda(i.targetAkhir),
    })),
    akip: daftar(s.akip),
    analisis: daftar(s.analisis).map((a) => ({
      ...a,
      pengantar: baris(a.pengantar),
      faktorPendukung: baris(a.faktorPendukung),
      faktorPenghambat: baris(a.faktorPenghambat),
      solusi: baris(a.solusi),
    })),
    programKegiatan: daftar(s.programKegiatan).map((r) => ({
      ...r,
      target: angkaAda(r.target) ?? null,
      realisasi: angkaAda(r.realisasi) ?? null,
    })),
    pk: daftar(s.pk).map((p) => ({
      ...p,
      kinerja: barisKinerja(p.kinerja),
      anggaran: barisAnggaran(p.anggaran),
      // a column header chosen by the office; without it the standard header of the PK form
      kolomSasaran: teksAda(p.kolomSasaran) ?? "Sasaran",
      kolomAnggaran: teksAda(p.kolomAnggaran) ?? "Program/Kegiatan",
    })),
    pemetaanSasaran: daftar(s.pemetaanSasaran),
    hilang: daftar(s.hilang),
  };
  if (s.peer)
    sumber.peer = {
      ...s.peer,
      opdNama: teks(s.peer.opdNama, "peer:nama", "nama perangkat daerah pembanding"),
      nilai: daftar(s.peer.nilai).map((n) => ({
        ...n,
        target: angkaAda(n.target) ?? null,
        realisasi: angkaAda(n.realisasi) ?? null,
      })),
    };
  if (s.rekapAkip?.penandatangan)
    sumber.rekapAkip = { ...s.rekapAkip, penandatangan: orang(s.rekapAkip.penandatangan, "pejabat:rekap-akip") };
  return { sumber, hilang };
}

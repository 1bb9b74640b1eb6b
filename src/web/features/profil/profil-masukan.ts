/**
 * The parts of GET …/profil that the profile editors send back (PUT …/profil-teks, …/unit-kerja, …/desa), and the
 * pure conversions between the read model and those bodies. GET → PUT unchanged gives `diubah: false`.
 */
import { type Dec, dec, sum, toFixed } from "../../../domain/shared/decimal";
import type { Skema } from "../../api/tipe";

/** One item of fungsi, dasar hukum or inovasi as the profile lists it. */
export type Butir = Skema<"ButirProfil">;

/** The whole profile as GET …/profil answers it (the editors read it with its version). */
export type ProfilOpd = Skema<"ProfilOpd">;

/** The Bab I texts of the profile (PUT …/profil-teks sends them back). */
export type ProfilTeks = Pick<
  ProfilOpd,
  "alamat" | "dasarSusunan" | "uraianSusunan" | "dasarTugas" | "tugas" | "fungsi" | "dasarHukum" | "inovasi"
>;

export type SimpulUnit = Skema<"SimpulUnit">;
export type JenisUnit = SimpulUnit["jenis"];
export const JENIS_UNIT = [
  "pimpinan",
  "sekretariat",
  "subbagian",
  "seksi",
  "bidang",
  "uptd",
  "lainnya",
] as const satisfies readonly JenisUnit[];

/** One unit as PUT …/unit-kerja takes it. */
export type UnitMasukan = Skema<"UnitKerjaInput">[number];

/** One desa as PUT …/desa takes it (every field sent); hectares as machine decimal strings ("13.5"). */
export type DesaMasukan = Required<Skema<"DesaInput">>;

/** The desa totals without the land-use shares (the live total while typing has none). */
export type TotalDesa = Omit<Skema<"TotalDesa">, "persenLahan">;

const butir = (b: Butir): Butir => ({ judul: b.judul ?? null, teks: b.teks, sumber: b.sumber ?? null });

/** The PUT …/profil-teks body of the read model (fungsi and dasar hukum have no judul in the contract). */
export function teksMasukan(p: ProfilTeks) {
  const tanpaJudul = (b: Butir) => ({ teks: b.teks, sumber: b.sumber ?? null });
  return {
    alamat: p.alamat ?? null,
    dasarSusunan: p.dasarSusunan ?? null,
    uraianSusunan: p.uraianSusunan ?? null,
    dasarTugas: p.dasarTugas ?? null,
    tugas: p.tugas ?? null,
    fungsi: p.fungsi.map(tanpaJudul),
    dasarHukum: p.dasarHukum.map(tanpaJudul),
    inovasi: p.inovasi.map(butir),
  };
}

/** The tree flattened in display order (parent before its children, siblings in their stored order). */
export function unitDatar(pohon: readonly SimpulUnit[], indukKode: string | null = null): UnitMasukan[] {
  return pohon.flatMap((u) => [
    { kode: u.kode, nama: u.nama, jenis: u.jenis, indukKode },
    ...unitDatar(u.anak, u.kode),
  ]);
}

/** Depth-first order of a flat list (what the tree shows), with each unit's depth; units in a cycle are left out. */
export function urutPohon(units: readonly UnitMasukan[]): Array<UnitMasukan & { tingkat: number }> {
  const kode = new Set(units.map((u) => u.kode));
  const hasil: Array<UnitMasukan & { tingkat: number }> = [];
  const kunjung = (induk: string | null, tingkat: number) => {
    for (const u of units) {
      if (u.indukKode === induk || (induk === null && u.indukKode !== null && !kode.has(u.indukKode))) {
        hasil.push({ ...u, tingkat });
        kunjung(u.kode, tingkat + 1);
      }
    }
  };
  kunjung(null, 0);
  return hasil;
}

/** Codes of `kode` and every unit below it (a unit cannot be moved under one of these). */
export function keturunan(units: readonly UnitMasukan[], kode: string): Set<string> {
  const hasil = new Set([kode]);
  let tambah = true;
  while (tambah) {
    tambah = false;
    for (const u of units) {
      if (u.indukKode && hasil.has(u.indukKode) && !hasil.has(u.kode)) {
        hasil.add(u.kode);
        tambah = true;
      }
    }
  }
  return hasil;
}

/** A new unit code from its name ("Seksi Ketertiban" → "seksi-ketertiban"), made unique with "-2", "-3"… */
export function kodeBaru(nama: string, dipakai: ReadonlySet<string>): string {
  const dasar =
    nama
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 80) || "unit";
  let kode = dasar;
  for (let i = 2; dipakai.has(kode); i += 1) kode = `${dasar}-${i}`;
  return kode;
}

/** Code prefix of a unit added in the editor and not saved yet. */
export const SEMENTARA = "~baru-";

/**
 * New units get a code from their name when saved ("Seksi Ketertiban" → "seksi-ketertiban"); children refer to it.
 * Returns the body of PUT …/unit-kerja in tree order and the map from each sent row to the unit's editing code.
 */
export function bodyUnit(units: readonly UnitMasukan[]): { body: UnitMasukan[]; kodeEdit: string[] } {
  const dipakai = new Set(units.filter((u) => !u.kode.startsWith(SEMENTARA)).map((u) => u.kode));
  const ganti = new Map<string, string>();
  for (const u of units) {
    if (!u.kode.startsWith(SEMENTARA)) continue;
    const k = kodeBaru(u.nama, dipakai);
    dipakai.add(k);
    ganti.set(u.kode, k);
  }
  const urut = urutPohon(units);
  return {
    body: urut.map(({ tingkat: _t, ...u }) => ({
      ...u,
      nama: u.nama.trim(),
      kode: ganti.get(u.kode) ?? u.kode,
      indukKode: u.indukKode === null ? null : (ganti.get(u.indukKode) ?? u.indukKode),
    })),
    kodeEdit: urut.map((u) => u.kode),
  };
}

/** The PUT …/desa body of one read-model row (without id and the computed L+P). */
export function desaMasukan(d: DesaMasukan): DesaMasukan {
  return {
    nomor: d.nomor,
    nama: d.nama,
    luasHa: d.luasHa,
    dusun: d.dusun,
    kk: d.kk,
    pendudukL: d.pendudukL,
    pendudukP: d.pendudukP,
    perkebunanHa: d.perkebunanHa,
    pertanianHa: d.pertanianHa,
    perumahanHa: d.perumahanHa,
    sumber: d.sumber ?? null,
  };
}

/** L+P of one desa; null when either is empty. */
export function pendudukLp(d: Pick<DesaMasukan, "pendudukL" | "pendudukP">): number | null {
  return d.pendudukL === null || d.pendudukP === null ? null : d.pendudukL + d.pendudukP;
}

const aman = (x: string | null): Dec => {
  try {
    return x === null || x.trim() === "" ? dec(0) : dec(x);
  } catch {
    return dec(0);
  }
};

/**
 * Σ of each column while typing (feedback only; the server's totals are the source of truth): hectares exact with
 * Dec, counts as integers, L+P = ΣL + ΣP.
 */
export function totalSementara(rows: readonly DesaMasukan[]): TotalDesa {
  const n = (f: "dusun" | "kk" | "pendudukL" | "pendudukP") => rows.reduce((a, r) => a + (r[f] ?? 0), 0);
  const ha = (f: "luasHa" | "perkebunanHa" | "pertanianHa" | "perumahanHa") =>
    sum(rows.map((r) => aman(r[f]))).toString();
  return {
    luasHa: ha("luasHa"),
    perkebunanHa: ha("perkebunanHa"),
    pertanianHa: ha("pertanianHa"),
    perumahanHa: ha("perumahanHa"),
    dusun: n("dusun"),
    kk: n("kk"),
    pendudukL: n("pendudukL"),
    pendudukP: n("pendudukP"),
    penduduk: n("pendudukL") + n("pendudukP"),
  };
}

/** A machine decimal or integer in id-ID form: "1234.5" → "1.234,5"; null → "—". */
export function angkaId(x: string | number | null): string {
  if (x === null || x === "") return "—";
  const [bulat, pecahan] = (typeof x === "number" ? String(x) : toFixed(dec(x), Math.max(0, dp(x)))).split(".");
  const b = (bulat ?? "").replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return pecahan ? `${b},${pecahan}` : b;
}

function dp(x: string): number {
  const i = x.indexOf(".");
  return i < 0 ? 0 : x.length - i - 1;
}

/**
 * State of the PK form and its conversions: the read-back (GET …/pk-dokumen/{kode}) ⇄ editable rows ⇄ the PUT body,
 * row positions ("1", "1.2") as the server names them, and the server's errors mapped to those positions.
 */
import { ApiError } from "../../api/client";
import { type GalatForm, galatDariServer } from "../hasil/galat-form";
import type {
  BarisAnggaranDokumen,
  BarisAnggaranKirim,
  BarisKinerjaDokumen,
  BarisKinerjaKirim,
  LevelPk,
  PkDokumen,
} from "./tipe";

export const TINGKAT_BAWAAN: Record<LevelPk, BarisKinerjaDokumen["tingkat"]> = {
  "kepala-opd": "sasaran-strategis",
  "eselon-iii": "sasaran-program",
  "eselon-iv": "sasaran-kegiatan",
};

export interface BarisK {
  kunci: string;
  kodeAsal: string | null;
  nomor: string;
  tingkat: BarisKinerjaDokumen["tingkat"];
  sasaran: string;
  indikator: string;
  satuan: string;
  target: string;
  indikatorKode: string | null;
  /** "pkKode|barisKode" of the cascade parent row, or null. */
  induk: string | null;
  sumber: string | null;
  anak: BarisK[];
}

export interface BarisA {
  kunci: string;
  nomor: string;
  tingkat: BarisAnggaranDokumen["tingkat"];
  uraian: string;
  kodeDppa: string;
  anggaran: string;
  keterangan: string;
  sumber: string | null;
  anak: BarisA[];
}

let seq = 0;
export const kunciBaru = () => `b${++seq}`;

export const barisKBaru = (tingkat: BarisK["tingkat"], nomor = ""): BarisK => ({
  kunci: kunciBaru(),
  kodeAsal: null,
  nomor,
  tingkat,
  sasaran: "",
  indikator: "",
  satuan: "",
  target: "",
  indikatorKode: null,
  induk: null,
  sumber: null,
  anak: [],
});

export const barisABaru = (): BarisA => ({
  kunci: kunciBaru(),
  nomor: "",
  tingkat: "program",
  uraian: "",
  kodeDppa: "",
  anggaran: "",
  keterangan: "APBD",
  sumber: null,
  anak: [],
});

/** "2650313819.00" (server) → "2.650.313.819,00" (id-ID, as typed in the form). */
export function rupiahForm(mesin: string): string {
  const [bulat = "0", pecahan] = mesin.split(".");
  const b = bulat.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return pecahan !== undefined ? `${b},${pecahan}` : b;
}

export function dariDokumenK(r: BarisKinerjaDokumen, salin: boolean): BarisK {
  return {
    kunci: kunciBaru(),
    kodeAsal: salin ? null : (r.kodeAsal ?? null),
    nomor: r.nomor ?? "",
    tingkat: r.tingkat,
    sasaran: r.sasaran,
    indikator: r.indikator,
    satuan: r.satuan,
    target: r.target ?? "",
    indikatorKode: r.indikatorKode ?? null,
    induk: r.indukKaskade ? `${r.indukKaskade.pkKode}|${r.indukKaskade.barisKode}` : null,
    sumber: r.sumber ?? null,
    anak: (r.anak ?? []).map((a) => dariDokumenK(a, salin)),
  };
}

export function dariDokumenA(r: BarisAnggaranDokumen): BarisA {
  return {
    kunci: kunciBaru(),
    nomor: r.nomor ?? "",
    tingkat: r.tingkat,
    uraian: r.uraian,
    kodeDppa: r.kodeDppa ?? "",
    anggaran: rupiahForm(r.anggaran),
    keterangan: r.keterangan,
    sumber: r.sumber ?? null,
    anak: (r.anak ?? []).map(dariDokumenA),
  };
}

const kosongJadiNull = (s: string) => (s.trim() === "" ? null : s.trim());

export function keDokumenK(r: BarisK): BarisKinerjaKirim {
  const [pkKode = "", barisKode = ""] = r.induk?.split("|") ?? [];
  return {
    nomor: kosongJadiNull(r.nomor),
    tingkat: r.tingkat,
    sasaran: r.sasaran.trim(),
    indikator: r.indikator.trim(),
    satuan: r.satuan.trim(),
    target: kosongJadiNull(r.target),
    indikatorKode: r.indikatorKode,
    indukKaskade: r.induk ? { pkKode, barisKode } : null,
    sumber: r.sumber,
    kodeAsal: r.kodeAsal,
    anak: r.anak.map(keDokumenK),
  };
}

export function keDokumenA(r: BarisA): BarisAnggaranKirim {
  return {
    nomor: kosongJadiNull(r.nomor),
    tingkat: r.tingkat,
    uraian: r.uraian.trim(),
    kodeDppa: kosongJadiNull(r.kodeDppa),
    anggaran: r.anggaran.trim(),
    keterangan: r.keterangan.trim(),
    sumber: r.sumber,
    anak: r.anak.map(keDokumenA),
  };
}

/** Every row with its position as the server names it ("1", "1.2", "1.2.1"), depth first. */
export function posisi<T extends { anak: T[] }>(rows: T[], induk = ""): Array<{ baris: T; pos: string }> {
  return rows.flatMap((r, i) => {
    const pos = induk ? `${induk}.${i + 1}` : `${i + 1}`;
    return [{ baris: r, pos }, ...posisi(r.anak, pos)];
  });
}

/** Field key → the text the server's message starts with (services/pk/masukan.ts, simpan-pk.ts). */
function teksKunci(k: string): string {
  const [jenis, pos, f] = k.split(":");
  if (jenis === "k") {
    const p = `kinerja baris ${pos}`;
    return (
      {
        target: `${p}, target`,
        indikator: `${p}: indikator wajib`,
        indikatorKode: `${p}: indikator Renstra`,
        induk: `${p}: baris induk`,
        letak: `${p}: menjadi induk kaskade`,
      }[f ?? ""] ?? `${p}: ${f}`
    );
  }
  if (jenis === "a") return f === "anggaran" ? `anggaran baris ${pos}, anggaran` : `anggaran baris ${pos}: ${f}`;
  return (
    {
      tempat: "tempat PK",
      tanggal: "tanggal PK",
      pihak1: "pihak pertama",
      pihak2: "pihak kedua",
      jenis: "sudah mempunyai",
    }[k] ?? k
  );
}

/** zod paths of the PUT body ("kinerja.0.anak.1.target") → the server's row wording ("kinerja baris 1.2, target"). */
function jalurKeTeks(field: string): string {
  const m = /^(kinerja|anggaran)\.((?:\d+\.anak\.)*\d+)\.(\w+)$/.exec(field);
  if (!m) return field;
  const pos = m[2]!
    .split(".anak.")
    .map((n) => String(Number(n) + 1))
    .join(".");
  return `${m[1]} baris ${pos}${["target", "anggaran"].includes(m[3]!) ? "," : ":"} ${m[3]}`;
}

/** The server's errors at the form's fields: keys "k:1.2:target", "a:1:uraian", "tempat", "pihak1"… */
export function galatPk(e: unknown, kinerja: BarisK[], anggaran: BarisA[]): GalatForm {
  const kunci = [
    ...posisi(kinerja).flatMap(({ pos }) =>
      ["sasaran", "indikatorKode", "indikator", "satuan", "target", "induk", "letak"].map((f) => `k:${pos}:${f}`),
    ),
    ...posisi(anggaran).flatMap(({ pos }) => ["uraian", "anggaran", "keterangan"].map((f) => `a:${pos}:${f}`)),
    "tempat",
    "tanggal",
    "pihak1",
    "pihak2",
    "jenis",
  ];
  const galat =
    e instanceof ApiError
      ? new ApiError(
          e.status,
          e.message,
          e.title,
          e.detail,
          e.errors.map((g) => ({ field: jalurKeTeks(g.field), message: g.message })),
        )
      : e;
  return galatDariServer(galat, kunci, teksKunci);
}

export type { PkDokumen };

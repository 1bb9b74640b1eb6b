/**
 * Parser of the SAKIP budget import template (columns in templat-kolom.ts) from rows of cells.
 *
 * Error policy (as the Laporan Pengawasan parser): malformed input rejects the whole file with one
 * DomainError("berkas_anggaran_tidak_valid", …, { errors: KesalahanBaris[] }) naming row, column and value: text or a
 * negative number in an amount, more than 2 decimals, a code that does not parse, a duplicate code, a row without
 * code or uraian, a sub-kegiatan without anggaran, a kegiatan/sub-kegiatan without its program/kegiatan row.
 * Amounts printed on program/kegiatan rows are reconciled against their sub-kegiatan (findings, not stored).
 */
import { MAKS_TEKS, salahPanjang } from "../shared/batas-teks";
import { type Dec, parseDecimal } from "../shared/decimal";
import { DomainError } from "../shared/errors";
import { parseAkun } from "./belanja-akun";
import { type DataImpor, masalahNominal, type NodeData, rupiah, type TautanSasaran } from "./data-anggaran";
import { formatRupiah } from "./format-id";
import { kanonikKegiatan, kanonikProgram, type Kode, parseKode } from "./kode";
import { cariJudul } from "./judul-tabel";
import { tolakBerkas } from "./kesalahan-berkas";
import type { CatatanParse, KesalahanBaris, NilaiBaris, Temuan } from "./pengawasan-types";
import { bangunPohon } from "./pohon";
import type { LabelInput, SubKegiatanInput } from "./pohon-types";
import { cekJumlahAnak } from "./rekonsiliasi-nilai";
import {
  akunKolomRincian,
  isHeaderTemplat,
  KOLOM_TEMPLAT,
  kolomTemplatDari,
  type KunciKolomTemplat,
} from "./templat-kolom";

type KolomUang = "anggaranMurni" | "anggaranPerubahan" | "pegawai" | "barangJasa" | "modal";
const UANG: readonly KolomUang[] = ["anggaranMurni", "anggaranPerubahan", "pegawai", "barangJasa", "modal"];
const KODE_SASARAN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

interface Peta {
  kolom: Partial<Record<KunciKolomTemplat, number>>;
  judul: Partial<Record<KunciKolomTemplat, string>>;
  rincian: { akun: string; j: number; judul: string }[];
}

/** Parse the template rows (header row anywhere above the data). Throws on malformed input (see file comment). */
export function parseTemplat(rows: readonly (readonly string[])[]): DataImpor {
  const judul = cariJudul(rows, "templat");
  const h = judul ? judul.baris : rows.findIndex((r) => isHeaderTemplat(r));
  if (h < 0) {
    throw new DomainError(
      "header_tidak_ditemukan",
      'Baris judul kolom templat ("Kode | Uraian | Anggaran Murni | Anggaran Perubahan | Realisasi Pegawai | …") tidak ditemukan',
      { field: "header" },
    );
  }
  const peta = petaKolom(judul ? judul.label : (rows[h] ?? []), h + 1);
  const akhir = judul ? judul.akhir : h;
  const errors: KesalahanBaris[] = [];
  const catatan: CatatanParse[] = [];
  const cell = (r: readonly string[], k: KunciKolomTemplat): string => {
    const j = peta.kolom[k];
    return j === undefined ? "" : (r[j] ?? "").trim();
  };
  const nama = (k: KunciKolomTemplat): string => peta.judul[k] ?? k;
  const amount = (teks: string, no: number, kolom: string): Dec | undefined => {
    if (teks === "") return undefined;
    let v: Dec;
    try {
      v = parseDecimal(teks, kolom);
    } catch {
      errors.push(err(no, kolom, teks, "bukan_angka", `"${teks}" bukan angka`));
      return undefined;
    }
    if (v.isNegative()) {
      errors.push(err(no, kolom, teks, "nilai_negatif", `nilai negatif "${teks}" tidak sah`));
      return undefined;
    }
    const masalah = masalahNominal(v);
    if (masalah) {
      errors.push(err(no, kolom, teks, "nominal_tidak_sah", `"${teks}" ${masalah}`));
      return undefined;
    }
    return v;
  };

  const seen = new Map<string, number>();
  const label: LabelInput[] = [];
  const leaves: SubKegiatanInput[] = [];
  const nodes: NodeData[] = [];
  const rincian: { kode: string; akun: string; anggaran: string }[] = [];
  const sasaran: TautanSasaran[] = [];
  const cetak: { no: number; kode: Kode; uraian: string; nilai: NilaiBaris }[] = [];
  const rincianPerLeaf = new Map<string, { no: number; total: Dec }>();

  for (let i = akhir + 1; i < rows.length; i++) {
    const r = rows[i] ?? [];
    const no = i + 1;
    if (r.every((c) => c.trim() === "")) continue;
    const kodeText = cell(r, "kode");
    const uraian = cell(r, "uraian").replace(/\s+/g, " ");
    if (kodeText === "") {
      errors.push(err(no, nama("kode"), "", "kode_kosong", "baris berisi data tetapi kodenya kosong"));
      continue;
    }
    let kode: Kode;
    try {
      kode = parseKode(kodeText, { program: /^PROGRAM\b/i.test(uraian) });
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      errors.push({
        baris: no,
        kolom: nama("kode"),
        nilai: kodeText,
        kode: e.code,
        pesan: `Baris ${no}: ${e.message}`,
      });
      continue;
    }
    const prev = seen.get(kode.canonical);
    if (prev !== undefined) {
      errors.push(
        err(no, nama("kode"), kodeText, "kode_ganda", `kode ${kode.canonical} sudah dipakai di baris ${prev}`),
      );
      continue;
    }
    seen.set(kode.canonical, no);
    if (uraian === "") errors.push(err(no, nama("uraian"), "", "uraian_kosong", "uraian wajib diisi"));
    const panjang = salahPanjang(uraian, MAKS_TEKS);
    if (panjang)
      errors.push(err(no, nama("uraian"), `${uraian.slice(0, 40)}…`, "terlalu_panjang", `uraian ${panjang}`));

    const nilai: Partial<Record<KolomUang, Dec>> = {};
    for (const k of UANG) {
      const v = amount(cell(r, k), no, nama(k));
      if (v !== undefined) nilai[k] = v;
    }
    const sumberDana = cell(r, "sumberDana");
    for (const s of cell(r, "sasaran").split(/[,;]/)) {
      const t = s.trim();
      if (t === "") continue;
      if (!KODE_SASARAN.test(t)) {
        errors.push(err(no, nama("sasaran"), t, "kode_sasaran_tidak_sah", `kode sasaran "${t}" tidak sah`));
      } else if (!sasaran.some((x) => x.kode === kode.canonical && x.sasaranKode === t)) {
        sasaran.push({ kode: kode.canonical, sasaranKode: t });
      }
    }

    if (kode.level !== "sub-kegiatan") {
      label.push({ kode, uraian });
      nodes.push({
        kode: kode.canonical,
        level: kode.level,
        uraian,
        anggaranMurni: null,
        anggaranPerubahan: null,
        sumberDana: null,
      });
      if (Object.keys(nilai).length > 0) cetak.push({ no, kode, uraian, nilai: cetakan(r, nilai, peta) });
      if (sumberDana !== "") {
        catatan.push({ baris: no, pesan: `Baris ${no}: sumber dana pada baris ${kode.level} diabaikan` });
      }
      continue;
    }
    if (nilai.anggaranMurni === undefined && nilai.anggaranPerubahan === undefined) {
      const kolom = peta.kolom.anggaranPerubahan !== undefined ? "anggaranPerubahan" : "anggaranMurni";
      if (cell(r, "anggaranMurni") === "" && cell(r, "anggaranPerubahan") === "") {
        errors.push(err(no, nama(kolom), "", "nilai_kosong", "sub-kegiatan tanpa anggaran murni maupun perubahan"));
      }
    }
    let totalRincian: Dec | undefined;
    for (const rc of peta.rincian) {
      const v = amount((r[rc.j] ?? "").trim(), no, rc.judul);
      if (v === undefined) continue;
      rincian.push({ kode: kode.canonical, akun: rc.akun, anggaran: rupiah(v) });
      totalRincian = totalRincian ? totalRincian.plus(v) : v;
    }
    if (totalRincian) rincianPerLeaf.set(kode.canonical, { no, total: totalRincian });
    leaves.push({
      kode,
      uraian,
      anggaranMurni: nilai.anggaranMurni ?? null,
      anggaranPerubahan: nilai.anggaranPerubahan ?? null,
      realisasi: { pegawai: nilai.pegawai, barangJasa: nilai.barangJasa, modal: nilai.modal },
    });
    nodes.push({
      kode: kode.canonical,
      level: "sub-kegiatan",
      uraian,
      anggaranMurni: nilai.anggaranMurni ? rupiah(nilai.anggaranMurni) : null,
      anggaranPerubahan: nilai.anggaranPerubahan ? rupiah(nilai.anggaranPerubahan) : null,
      sumberDana: sumberDana === "" ? null : sumberDana.slice(0, 200),
    });
  }
  errors.push(...cekInduk(nodes, seen, nama("kode")));
  if (errors.length > 0) tolakBerkas("templat anggaran", errors);

  const pohon = bangunPohon(leaves, label);
  const temuan: Temuan[] = [];
  for (const c of cetak) {
    const node = pohon.indeks.get(c.kode.canonical);
    if (!node) continue;
    const t = {
      baris: c.no,
      kode: c.kode.canonical,
      label: `Baris ${c.no} (${c.kode.canonical} ${c.uraian})`,
      nilai: c.nilai,
    };
    temuan.push(...cekJumlahAnak(t, node));
  }
  for (const [kode, { no, total }] of rincianPerLeaf) {
    const node = pohon.indeks.get(kode);
    if (!node || node.anggaran.eq(total)) continue;
    temuan.push({
      jenis: "rincian_berbeda",
      baris: no,
      kolom: "RINCIAN",
      kode,
      nilaiCetak: formatRupiah(total),
      nilaiHitung: formatRupiah(node.anggaran),
      pesan: `Baris ${no} (${kode}): jumlah rincian per kode rekening ${formatRupiah(total)} berbeda dengan anggaran ${formatRupiah(node.anggaran)}`,
    });
  }
  temuan.sort((a, b) => (a.baris ?? Infinity) - (b.baris ?? Infinity));
  return {
    format: "templat",
    nodes,
    realisasi: [...pohon.indeks.values()]
      .filter((n) => n.level === "sub-kegiatan")
      .map((n) => ({
        kode: n.kode.canonical,
        pegawai: rupiah(n.realisasi.pegawai),
        barangJasa: rupiah(n.realisasi.barangJasa),
        modal: rupiah(n.realisasi.modal),
      })),
    rincian: peta.rincian.length > 0 ? rincian : null,
    sasaran: peta.kolom.sasaran !== undefined ? sasaran : null,
    punya: {
      anggaranMurni: peta.kolom.anggaranMurni !== undefined,
      anggaranPerubahan: peta.kolom.anggaranPerubahan !== undefined,
      sumberDana: peta.kolom.sumberDana !== undefined,
    },
    pohon,
    temuan,
    catatan,
    meta: metaTemplat(rows.slice(0, h)),
  };
}

/** Lines above the header: a "Realisasi per 30 Juni 2023" line gives the month (else the caller's default). */
function metaTemplat(rows: readonly (readonly string[])[]): DataImpor["meta"] {
  const judul: string[] = [];
  let perTanggal: string | undefined;
  for (const r of rows) {
    const text = r
      .map((c) => c.trim())
      .filter((c) => c !== "")
      .join(" ");
    if (text === "") continue;
    const per = /\bper\s*:?\s+(.+)$/i.exec(text);
    if (per && perTanggal === undefined) perTanggal = (per[1] ?? "").trim();
    else judul.push(text);
  }
  if (judul.length === 0 && perTanggal === undefined) return null;
  return perTanggal === undefined ? { judul } : { judul, perTanggal };
}

function petaKolom(header: readonly string[], no: number): Peta {
  const peta: Peta = { kolom: {}, judul: {}, rincian: [] };
  const errors: KesalahanBaris[] = [];
  header.forEach((raw, j) => {
    const judul = raw.trim().replace(/\s+/g, " ");
    const key = kolomTemplatDari(judul);
    if (key) {
      if (peta.kolom[key] !== undefined) {
        errors.push(err(no, judul, judul, "kolom_ganda", `kolom "${judul}" muncul lebih dari sekali`));
      }
      peta.kolom[key] = j;
      peta.judul[key] = judul.toUpperCase();
      return;
    }
    const akun = akunKolomRincian(judul);
    if (!akun) return;
    try {
      const a = parseAkun(akun);
      if (a.kelompok === null) throw new Error("tanpa kolom realisasi");
      peta.rincian.push({ akun: a.akun, j, judul: judul.toUpperCase() });
    } catch {
      errors.push(
        err(
          no,
          judul,
          akun,
          "akun_tidak_valid",
          `kode rekening ${akun} bukan belanja pegawai, barang dan jasa, atau modal`,
        ),
      );
    }
  });
  const wajib = KOLOM_TEMPLAT.filter((k) => k.wajib && peta.kolom[k.kunci] === undefined).map((k) => k.judul);
  if (peta.kolom.anggaranMurni === undefined && peta.kolom.anggaranPerubahan === undefined) {
    wajib.push("Anggaran Murni atau Anggaran Perubahan");
  }
  if (wajib.length > 0) {
    throw new DomainError(
      "header_tidak_lengkap",
      `Kolom tidak ditemukan pada judul templat (baris ${no}): ${wajib.join(", ")}`,
      {
        field: "header",
        row: no,
        missing: wajib,
      },
    );
  }
  if (errors.length > 0) tolakBerkas("templat anggaran", errors);
  return peta;
}

/** Printed amounts of a program/kegiatan row in the reconciliation's terms. */
function cetakan(r: readonly string[], nilai: Partial<Record<KolomUang, Dec>>, peta: Peta): NilaiBaris {
  const out: NilaiBaris = {};
  for (const k of UANG) {
    const v = nilai[k];
    const j = peta.kolom[k];
    if (v !== undefined && j !== undefined) out[k] = { teks: (r[j] ?? "").trim(), nilai: v };
  }
  return out;
}

/** Every kegiatan needs its program row, every sub-kegiatan its kegiatan row (the names come from there). */
function cekInduk(nodes: readonly NodeData[], seen: ReadonlyMap<string, number>, kolom: string): KesalahanBaris[] {
  const out: KesalahanBaris[] = [];
  for (const n of nodes) {
    if (n.level === "program") continue;
    const induk = n.level === "kegiatan" ? kanonikProgram(n.kode) : kanonikKegiatan(n.kode);
    if (seen.has(induk)) continue;
    const no = seen.get(n.kode) ?? 0;
    const jenis = n.level === "kegiatan" ? "program" : "kegiatan";
    out.push(
      err(
        no,
        kolom,
        n.kode,
        "induk_tidak_ada",
        `${n.level} ${n.kode} tidak punya baris ${jenis} ${induk} dalam berkas`,
      ),
    );
  }
  return out;
}

function err(baris: number, kolom: string, nilai: string, kode: string, sebab: string): KesalahanBaris {
  return { baris, kolom, nilai, kode, pesan: `Baris ${baris}, kolom ${kolom}: ${sebab}` };
}

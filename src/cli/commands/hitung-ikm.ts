/**
 * `sakip hitung ikm --file F [--pemda SLUG --tahun YYYY] [--bobot 0.111|1/9] [--pembulatan seed|nrr-2dp]
 * [--mutu 14-2017|kep25-2004] [--json]`
 * and `sakip hitung sampel --populasi N [--responden n] [--json]` (Permenpan RB 14/2017; regulations.md §1).
 *
 * F is a CSV of respondents (header u1..u9 in any order, one row per respondent; "," ";" or tab separated) or a JSON
 * summary: {"responden": 96, "jumlah": {"u1": 288, …}}, {"nrr": {"u1": 3.31, …}} or {"responden": [{"u1": 3, …}]};
 * an optional "bobot": {"u1": "0.2", …} sets custom weights (Σ = 1). Reading the file happens here, not in the domain.
 * With --pemda the Pemda's IKM rule choice for --tahun (its settings, ADR 0019: bobot, rounding, mutu) is the default
 * that --bobot/--pembulatan/--mutu override one by one; without --pemda the versions in force for --tahun (or, with
 * no year, the seed's: 0,111, as printed, 14/2017).
 */
import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { CsvError } from "csv-parse";
import { parse } from "csv-parse/sync";
import { formatAngka } from "../../domain/format";
import {
  bobotIkmDariKunci,
  bobotIkmKustom,
  type HasilIkm,
  hitungIkm,
  type IkmMasukan,
  isKodeUnsur,
  KODE_UNSUR,
  mutuIkmDariKunci,
  type NilaiMasukan,
  pembulatanIkmDariKunci,
  sampelMinimum,
} from "../../domain/ikm";
import { opsiIkmPemda } from "../../domain/pengaturan/aturan-pemda";
import { toFixed } from "../../domain/shared/decimal";
import { loadConfig } from "../../config/env";
import { bacaPengaturanPemdaSlug } from "../../services/pengaturan/pengaturan-pemda";
import { openRuntime } from "../runtime";
import { type CliIO, CliInputError, printResult } from "../io";
import { action } from "../action";

/** Reads a text file given with --file; a missing or unreadable file is bad input (exit 2). */
export function bacaBerkas(berkas: string | undefined): string {
  if (berkas === undefined || berkas.trim() === "")
    throw new CliInputError("opsi --file wajib diisi (mis. --file data.json)");
  try {
    return readFileSync(berkas, "utf8").replace(/^\uFEFF/, "");
  } catch (error) {
    const kode = (error as NodeJS.ErrnoException).code;
    const sebab = kode === "ENOENT" ? "tidak ditemukan" : kode === "EISDIR" ? "adalah folder" : "tidak dapat dibaca";
    throw new CliInputError(`berkas "${berkas}" ${sebab}`);
  }
}

/** Parses a JSON object and refuses keys outside `kunciSah`. */
export function bacaObjekJson(teks: string, berkas: string, kunciSah: readonly string[]): Record<string, unknown> {
  let data: unknown;
  try {
    data = JSON.parse(teks);
  } catch (error) {
    throw new CliInputError(`berkas "${berkas}" bukan JSON yang sah: ${(error as Error).message}`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new CliInputError(`berkas "${berkas}": isi JSON harus berupa objek {…}`);
  }
  const asing = Object.keys(data).filter((k) => !kunciSah.includes(k));
  if (asing.length > 0) {
    throw new CliInputError(
      `berkas "${berkas}": kunci "${asing.join('", "')}" tidak dikenal (pilihan: ${kunciSah.join(", ")})`,
    );
  }
  return data as Record<string, unknown>;
}

function objek(nilai: unknown, nama: string, berkas: string): Record<string, NilaiMasukan> {
  if (typeof nilai !== "object" || nilai === null || Array.isArray(nilai)) {
    throw new CliInputError(`berkas "${berkas}": "${nama}" harus berupa objek {"u1": …, …, "u9": …}`);
  }
  return nilai as Record<string, NilaiMasukan>;
}

interface MasukanBerkas {
  masukan: IkmMasukan;
  bobot?: Record<string, string | number>;
}

function dariJson(teks: string, berkas: string): MasukanBerkas {
  const data = bacaObjekJson(teks, berkas, ["responden", "jumlah", "nrr", "bobot", "keterangan"]);
  const bobot = data.bobot === undefined ? undefined : (objek(data.bobot, "bobot", berkas) as Record<string, string>);
  const hasil = (masukan: IkmMasukan): MasukanBerkas => (bobot ? { masukan, bobot } : { masukan });
  if (data.jumlah !== undefined && data.nrr !== undefined) {
    throw new CliInputError(`berkas "${berkas}": isi salah satu saja, "jumlah" atau "nrr"`);
  }
  if (Array.isArray(data.responden)) {
    if (data.jumlah !== undefined || data.nrr !== undefined) {
      throw new CliInputError(`berkas "${berkas}": daftar "responden" tidak boleh digabung dengan "jumlah" atau "nrr"`);
    }
    const baris = data.responden.map((r, i) => {
      if (typeof r !== "object" || r === null || Array.isArray(r)) {
        throw new CliInputError(`berkas "${berkas}": responden ke-${i + 1} harus berupa objek {"u1": …}`);
      }
      return r as Record<string, NilaiMasukan>;
    });
    return hasil({ jenis: "responden", responden: baris });
  }
  const responden = data.responden as NilaiMasukan;
  if (data.jumlah !== undefined)
    return hasil({ jenis: "jumlah", responden, jumlah: objek(data.jumlah, "jumlah", berkas) });
  if (data.nrr !== undefined) return hasil({ jenis: "nrr", responden, nrr: objek(data.nrr, "nrr", berkas) });
  throw new CliInputError(
    `berkas "${berkas}": isi "jumlah" (dengan "responden") atau "nrr", atau daftar "responden" berisi jawaban u1..u9`,
  );
}

function pemisahCsv(teks: string): string {
  const header = teks.split(/\r?\n/, 1)[0] ?? "";
  if (header.includes("\t")) return "\t";
  if (header.includes(";") && !header.includes(",")) return ";";
  return ",";
}

function dariCsv(teks: string, berkas: string): MasukanBerkas {
  let baris: { info: { lines: number }; record: string[] }[];
  try {
    baris = parse(teks, {
      delimiter: pemisahCsv(teks),
      info: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
    }) as unknown as { info: { lines: number }; record: string[] }[];
  } catch (error) {
    const lines = error instanceof CsvError ? (error as CsvError & { lines?: number }).lines : undefined;
    const lokasi = typeof lines === "number" ? ` pada baris ${lines}` : "";
    throw new CliInputError(`berkas "${berkas}": CSV tidak dapat dibaca${lokasi} (${(error as Error).message})`);
  }
  const [kepala, ...isi] = baris;
  if (!kepala) throw new CliInputError(`berkas "${berkas}" kosong: baris pertama harus header u1,…,u9`);
  const kolom = kepala.record.map((h) => h.trim().toLowerCase());
  kolom.forEach((k, i) => {
    if (!isKodeUnsur(k)) {
      throw new CliInputError(
        `berkas "${berkas}": kolom ${i + 1} "${kepala.record[i]}" bukan kode unsur (header harus u1,…,u9)`,
      );
    }
    if (kolom.indexOf(k) !== i) throw new CliInputError(`berkas "${berkas}": kolom "${k}" muncul lebih dari sekali`);
  });
  const hilang = KODE_UNSUR.filter((k) => !kolom.includes(k));
  if (hilang.length > 0) throw new CliInputError(`berkas "${berkas}": header tidak memuat kolom ${hilang.join(", ")}`);
  isi.forEach((b, i) => {
    if (b.record.length !== kolom.length) {
      throw new CliInputError(
        `berkas "${berkas}": responden baris ${i + 1} (baris ${b.info.lines} pada berkas) berisi ${b.record.length} kolom, header ${kolom.length}`,
      );
    }
  });
  const responden = isi.map((b) => Object.fromEntries(kolom.map((k, j) => [k, b.record[j]])));
  return { masukan: { jenis: "responden", responden, barisBerkas: isi.map((b) => b.info.lines) } };
}

interface OpsiIkm {
  file?: string;
  pemda?: string;
  tahun?: string;
  bobot?: string;
  pembulatan?: string;
  mutu?: string;
  json?: boolean;
}

function dataJson(h: HasilIkm) {
  return {
    metode: h.metode,
    masukan: h.jenisMasukan,
    responden: h.responden,
    unsur: h.unsur.map((u) => ({
      kode: u.kode,
      nama: u.nama,
      jumlah: u.jumlah === null ? null : u.jumlah.toString(),
      nrr: u.nrrTampil,
      nrrEksak: u.nrr.toString(),
      bobot: u.bobotTeks,
      nrrTertimbang: u.nrrTertimbangTampil,
      nrrTertimbangEksak: u.nrrTertimbang.toString(),
      nilaiKonversi: toFixed(u.mutu.nilai, 2),
      mutu: u.mutu.mutu,
      kinerja: u.mutu.kinerja,
    })),
    jumlahNrrTertimbang: h.jumlahNrrTertimbangTampil,
    jumlahNrrTertimbangEksak: h.jumlahNrrTertimbang.toString(),
    ikm: h.ikmTampil,
    ikmRinci: h.ikmRinci,
    ikmEksak: h.ikm.toString(),
    mutu: h.mutu.mutu,
    kinerja: h.mutu.kinerja,
  };
}

function teksManusia(h: HasilIkm): string {
  const lebar = Math.max(...h.unsur.map((u) => u.nama.length));
  const baris = h.unsur.map((u) =>
    [
      u.kode.padEnd(3),
      u.nama.padEnd(lebar),
      (u.jumlah === null ? "-" : u.jumlah.toString()).padStart(6),
      formatAngka(u.nrr, { desimal: 2 }).padStart(5),
      formatAngka(u.nrrTertimbang, { desimal: 6 }).padStart(10),
      `${u.mutu.mutu} (${u.mutu.kinerja})`,
    ].join("  "),
  );
  return [
    `Indeks Kepuasan Masyarakat — ${h.responden === null ? "jumlah responden tidak diisi" : `${h.responden} responden`}`,
    `Metode: ${h.metode.bobot}, ${h.metode.pembulatan}, ${h.metode.mutu}`,
    "",
    ["No".padEnd(3), "Unsur".padEnd(lebar), "Jumlah", "NRR".padStart(5), "Tertimbang", "Mutu"].join("  "),
    ...baris,
    "",
    `Jumlah NRR tertimbang : ${formatAngka(h.jumlahNrrTertimbang, { desimal: 6 })}`,
    `IKM unit pelayanan    : ${formatAngka(h.ikm, { desimal: 2 })} (${formatAngka(h.ikm, { desimal: 6 })})`,
    `Mutu pelayanan        : ${h.mutu.mutu}`,
    `Kinerja unit pelayanan: ${h.mutu.kinerja}`,
  ].join("\n");
}

/** The IKM rule versions: the Pemda's choice (or the year's versions in force) unless a flag names one. */
async function opsiAturan(opts: OpsiIkm): Promise<{ opsi: ReturnType<typeof opsiIkmPemda>; sumber: string | null }> {
  if (opts.pemda === undefined && opts.tahun === undefined) {
    return {
      opsi: opsiDenganBendera(
        {
          bobot: bobotIkmDariKunci("0.111"),
          pembulatan: pembulatanIkmDariKunci("seed"),
          mutu: mutuIkmDariKunci("14-2017"),
        },
        opts,
      ),
      sumber: null,
    };
  }
  const t = (opts.tahun ?? "").trim();
  if (!/^\d{4}$/.test(t)) {
    throw new CliInputError(
      opts.tahun === undefined
        ? "opsi --tahun wajib diisi bersama --pemda (aturan IKM dipilih per tahun, mis. --tahun 2023)"
        : `opsi --tahun "${opts.tahun}" bukan tahun (4 angka, mis. 2023)`,
    );
  }
  const tahun = Number(t);
  if (opts.pemda === undefined) return { opsi: opsiDenganBendera(opsiIkmPemda({}, tahun), opts), sumber: null };
  const runtime = await openRuntime(loadConfig());
  try {
    const p = await bacaPengaturanPemdaSlug(runtime.ctx.db, opts.pemda.trim());
    return {
      opsi: opsiDenganBendera(opsiIkmPemda(p.pilihanAturan, tahun), opts),
      sumber: `aturan IKM ${p.nama} tahun ${tahun}`,
    };
  } finally {
    await runtime.close();
  }
}

function opsiDenganBendera(o: ReturnType<typeof opsiIkmPemda>, opts: OpsiIkm): ReturnType<typeof opsiIkmPemda> {
  return {
    bobot: opts.bobot !== undefined ? bobotIkmDariKunci(opts.bobot) : o.bobot,
    pembulatan: opts.pembulatan !== undefined ? pembulatanIkmDariKunci(opts.pembulatan) : o.pembulatan,
    mutu: opts.mutu !== undefined ? mutuIkmDariKunci(opts.mutu) : o.mutu,
  };
}

async function jalankanIkm(io: CliIO, opts: OpsiIkm): Promise<void> {
  const berkas = opts.file ?? "";
  const teks = bacaBerkas(opts.file);
  const json = berkas.toLowerCase().endsWith(".json") || teks.trimStart().startsWith("{");
  const { masukan, bobot } = json ? dariJson(teks, berkas) : dariCsv(teks, berkas);
  if (bobot && opts.bobot !== undefined) {
    throw new CliInputError(`berkas "${berkas}" sudah memuat "bobot"; jangan gabung dengan opsi --bobot`);
  }
  const { opsi, sumber } = await opsiAturan(opts);
  const hasil = hitungIkm(masukan, { ...opsi, ...(bobot ? { bobot: bobotIkmKustom(bobot) } : {}) });
  printResult(io, opts.json === true, { ...dataJson(hasil), ...(sumber ? { aturan: sumber } : {}) }, () =>
    sumber ? `${teksManusia(hasil)}\nAturan                : ${sumber}` : teksManusia(hasil),
  );
}

/** Integer option typed the machine or Indonesian way ("1000", "1.000", "10.000"). */
function bilanganBulat(nilai: string | undefined, opsi: string, contoh: string): number | undefined {
  if (nilai === undefined) return undefined;
  const t = nilai.trim();
  const polos = /^\d{1,3}(\.\d{3})+$/.test(t) ? t.replace(/\./g, "") : t;
  if (!/^\d+$/.test(polos) || !Number.isSafeInteger(Number(polos))) {
    throw new CliInputError(`opsi --${opsi} "${nilai}" harus bilangan bulat (mis. --${opsi} ${contoh})`);
  }
  return Number(polos);
}

interface OpsiSampel {
  populasi?: string;
  responden?: string;
  json?: boolean;
}

function jalankanSampel(io: CliIO, opts: OpsiSampel): void {
  const populasi = bilanganBulat(opts.populasi, "populasi", "1000");
  if (populasi === undefined) throw new CliInputError("opsi --populasi wajib diisi (mis. --populasi 1000)");
  const responden = bilanganBulat(opts.responden, "responden", "96");
  const h = sampelMinimum(populasi, responden);
  const data = {
    populasi: h.populasi,
    sampelMinimum: h.sampelMinimum,
    sampelRumus: h.sampelRumus.toString(),
    sampelTabel: h.sampelTabel,
    responden: h.responden,
    memenuhi: h.memenuhi,
    kekurangan: h.kekurangan,
  };
  printResult(io, opts.json === true, data, () =>
    [
      `Populasi               : ${formatAngka(h.populasi, { desimal: 0 })}`,
      `Sampel minimum (Krejcie & Morgan): ${h.sampelMinimum} responden (rumus ${formatAngka(h.sampelRumus, { desimal: 2 })})`,
      ...(h.sampelTabel === null ? [] : [`Tabel Krejcie & Morgan : ${h.sampelTabel}`]),
      ...(h.responden === null
        ? []
        : [
            `Responden              : ${h.responden} — ${h.memenuhi ? "memenuhi" : `belum memenuhi, kurang ${h.kekurangan}`}`,
          ]),
    ].join("\n"),
  );
}

/** Adds `ikm` and `sampel` under the `hitung` command. */
export function registerHitungIkm(hitung: Command, io: CliIO): void {
  hitung
    .command("ikm")
    .description("hitung Indeks Kepuasan Masyarakat per unsur (Permenpan RB 14/2017)")
    .option("--file <berkas>", "CSV responden (header u1..u9) atau JSON {responden, jumlah} / {nrr}")
    .option("--pemda <slug>", "pakai pilihan aturan IKM Pemda ini (pengaturan Pemda) untuk --tahun")
    .option("--tahun <yyyy>", "tahun anggaran yang menentukan versi aturan (wajib bersama --pemda)")
    .option("--bobot <bobot>", "bobot per unsur: 0.111 (bawaan, seperti dicetak) atau 1/9")
    .option("--pembulatan <cara>", "seed (bawaan: tanpa pembulatan antara) atau nrr-2dp (NRR dibulatkan dulu)")
    .option("--mutu <tabel>", "tabel mutu: 14-2017 (bawaan) atau kep25-2004 (data lama)")
    .option("--json", "cetak hasil sebagai satu dokumen JSON")
    .action(action(io, (opts: OpsiIkm) => jalankanIkm(io, opts)));
  hitung
    .command("sampel")
    .description("hitung sampel minimum SKM (tabel Krejcie & Morgan)")
    .option("--populasi <n>", "jumlah penerima layanan dalam periode survei")
    .option("--responden <n>", "jumlah responden yang diperoleh (untuk diperiksa)")
    .option("--json", "cetak hasil sebagai satu dokumen JSON")
    .action(action(io, (opts: OpsiSampel) => jalankanSampel(io, opts)));
}

/**
 * `sakip hitung akip --file F [--tanpa-pembulatan] [--json]` and `sakip hitung predikat --nilai N [--kerangka K]`
 * (evaluasi AKIP, Permenpan RB 88/2021 and 12/2015; regulations.md §2).
 *
 * F is JSON: {"kerangka": "88/2021", "jawaban": {"1.a.1": "A", …}} (all 80 kriteria) or
 * {"kerangka": "88/2021", "komponen": {"perencanaan": 22.02, "pengukuran": 20.64, "pelaporan": 11.62,
 * "evaluasi": 15.87}} (12/2015 adds "pencapaian"); "kerangka" defaults to 88/2021.
 */
import type { Command } from "commander";
import {
  type HasilAkip,
  hitungNilaiKomponen,
  hitungNilaiLke,
  KERANGKA_LKE_88_2021,
  kerangkaDariKunci,
  type NilaiKomponenMasukan,
  predikatUntukKerangka,
  tentukanPredikat,
} from "../../domain/akip";
import { formatAngka } from "../../domain/format";
import { parseDecimal, toFixed } from "../../domain/shared/decimal";
import { type CliIO, CliInputError, printResult } from "../io";
import { action } from "../action";
import { bacaBerkas, bacaObjekJson } from "./hitung-ikm";

interface OpsiAkip {
  file?: string;
  tanpaPembulatan?: boolean;
  json?: boolean;
}

function objek(nilai: unknown, nama: string, berkas: string, contoh: string): Record<string, unknown> {
  if (typeof nilai !== "object" || nilai === null || Array.isArray(nilai)) {
    throw new CliInputError(`berkas "${berkas}": "${nama}" harus berupa objek, mis. ${contoh}`);
  }
  return nilai as Record<string, unknown>;
}

function dataJson(h: HasilAkip) {
  return {
    kerangka: h.kerangka,
    kerangkaId: h.kerangkaId,
    sumber: h.sumber,
    pembulatanSubKomponen: h.pembulatanSubKomponenDp,
    komponen: h.komponen.map((k) => ({
      kode: k.kode,
      kunci: k.kunci,
      nama: k.nama,
      bobot: k.bobot.toString(),
      nilai: k.nilaiTampil,
      nilaiEksak: k.nilai.toString(),
      persenBobot: k.persenBobot,
      subKomponen: k.subKomponen.map((s) => ({
        kode: s.kode,
        nama: s.nama,
        bobot: s.bobot.toString(),
        jumlahKriteria: s.kriteria.length,
        rataRata: toFixed(s.rataRata, 2),
        rataRataHuruf: s.rataRataHuruf,
        nilai: s.nilaiTampil,
        nilaiEksak: s.nilaiEksak.toString(),
      })),
    })),
    total: h.totalTampil,
    totalEksak: h.total.toString(),
    predikat: {
      kode: h.predikat.kode,
      label: h.predikat.label,
      interpretasi: h.predikat.interpretasi,
      versiId: h.predikat.versiId,
    },
  };
}

function teksManusia(h: HasilAkip): string {
  const baris: string[] = [`Evaluasi AKIP — kerangka ${h.kerangka} (${h.kerangkaId}), dari ${h.sumber}`, ""];
  for (const k of h.komponen) {
    baris.push(
      `${k.kode}. ${k.nama}: ${formatAngka(k.nilai)} dari ${formatAngka(k.bobot)} (${formatAngka(k.persenBobot)} %)`,
    );
    for (const s of k.subKomponen) {
      baris.push(
        `   ${s.kode} ${formatAngka(s.nilai)} / ${formatAngka(s.bobot)} — rata-rata ${formatAngka(s.rataRata)} (${s.rataRataHuruf}), ${s.kriteria.length} kriteria`,
      );
    }
  }
  baris.push(
    "",
    `Nilai AKIP : ${formatAngka(h.total)}`,
    `Predikat   : ${h.predikat.kode} (${h.predikat.label})`,
    `Interpretasi: ${h.predikat.interpretasi}`,
  );
  return baris.join("\n");
}

function jalankanAkip(io: CliIO, opts: OpsiAkip): void {
  const berkas = opts.file ?? "";
  const data = bacaObjekJson(bacaBerkas(opts.file), berkas, ["kerangka", "jawaban", "komponen", "keterangan"]);
  if (data.kerangka !== undefined && typeof data.kerangka !== "string") {
    throw new CliInputError(`berkas "${berkas}": "kerangka" harus teks "88/2021" atau "12/2015"`);
  }
  const kerangka = data.kerangka === undefined ? KERANGKA_LKE_88_2021 : kerangkaDariKunci(data.kerangka);
  if ((data.jawaban === undefined) === (data.komponen === undefined)) {
    throw new CliInputError(`berkas "${berkas}": isi tepat salah satu, "jawaban" (per kriteria) atau "komponen"`);
  }
  let hasil: HasilAkip;
  if (data.jawaban !== undefined) {
    const jawaban = objek(data.jawaban, "jawaban", berkas, '{"1.a.1": "A", …}');
    hasil = hitungNilaiLke(jawaban, { kerangka, pembulatanSubKomponenDp: opts.tanpaPembulatan ? null : 2 });
  } else {
    if (opts.tanpaPembulatan) throw new CliInputError('opsi --tanpa-pembulatan hanya berlaku untuk "jawaban"');
    const komponen = objek(data.komponen, "komponen", berkas, '{"perencanaan": 22.02, …}');
    hasil = hitungNilaiKomponen(komponen as NilaiKomponenMasukan, { kerangka });
  }
  printResult(io, opts.json === true, dataJson(hasil), () => teksManusia(hasil));
}

interface OpsiPredikat {
  nilai?: string;
  kerangka?: string;
  json?: boolean;
}

function jalankanPredikat(io: CliIO, opts: OpsiPredikat): void {
  if (opts.nilai === undefined || opts.nilai.trim() === "") {
    throw new CliInputError("opsi --nilai wajib diisi (mis. --nilai 70,15)");
  }
  const nilai = parseDecimal(opts.nilai, "opsi --nilai");
  const kerangka = kerangkaDariKunci(opts.kerangka ?? "88/2021");
  const p = tentukanPredikat(nilai, predikatUntukKerangka(kerangka));
  const data = {
    nilai: p.nilai.toString(),
    kode: p.kode,
    label: p.label,
    interpretasi: p.interpretasi,
    versiId: p.versiId,
  };
  printResult(io, opts.json === true, data, () =>
    [
      `Nilai AKIP  : ${formatAngka(p.nilai)}`,
      `Predikat    : ${p.kode} (${p.label})`,
      `Interpretasi: ${p.interpretasi}`,
    ].join("\n"),
  );
}

/** Adds `akip` and `predikat` under the `hitung` command. */
export function registerHitungAkip(hitung: Command, io: CliIO): void {
  hitung
    .command("akip")
    .description("hitung nilai evaluasi AKIP dan predikatnya (Permenpan RB 88/2021 atau 12/2015)")
    .option("--file <berkas>", 'JSON {"kerangka": "88/2021", "jawaban": {…}} atau {"komponen": {…}}')
    .option("--tanpa-pembulatan", "jangan bulatkan nilai sub-komponen ke 2 desimal sebelum dijumlah")
    .option("--json", "cetak hasil sebagai satu dokumen JSON")
    .action(action(io, (opts: OpsiAkip) => jalankanAkip(io, opts)));
  hitung
    .command("predikat")
    .description("tentukan predikat nilai AKIP (>90 AA, >80 A, >70 BB, >60 B, >50 CC, >30 C, selebihnya D)")
    .option("--nilai <nilai>", "nilai AKIP 0–100, mis. 70,15")
    .option("--kerangka <kerangka>", "88/2021 (bawaan) atau 12/2015 (rumusan lama)")
    .option("--json", "cetak hasil sebagai satu dokumen JSON")
    .action(action(io, (opts: OpsiPredikat) => jalankanPredikat(io, opts)));
}

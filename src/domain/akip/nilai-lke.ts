/**
 * Nilai evaluasi AKIP from the kriteria answers of an LKE (Permenpan RB 88/2021).
 *
 * nilai sub-komponen = bobot_sub × mean(nilai kriteria) / 100; nilai komponen = Σ sub; total = Σ komponen (0–100
 * points); predikat from the total rounded half-up to 2 dp.
 * Rounding: by default each sub-komponen is rounded half-up to 2 dp before summing, as the §2.4 source does
 * (`round(avg × bobot / 100, 2)`); pass `pembulatanSubKomponenDp: null` to keep sub-komponen unrounded.
 * NOTE: regulations.md §2.3 (values), §2.4 (roll-up), §2.5 (predikat).
 */
import { mean, roundHalfUp, sum, toFixed, dec } from "../shared/decimal";
import { DomainError } from "../shared/errors";
import type { RuleVersion } from "../shared/rule-version";
import type { HasilAkip, HasilKomponen, HasilSubKomponen } from "./hasil";
import { hurufRataRata, JAWABAN_LKE_88_2021, parseJawaban } from "./jawaban";
import { predikatUntukKerangka } from "./kerangka";
import type { KerangkaLke } from "./kerangka-tipe";
import { KERANGKA_LKE_88_2021 } from "./lke-88-2021";
import { type TabelPredikat, tentukanPredikat } from "./predikat";

export interface OpsiNilaiLke {
  kerangka?: RuleVersion<KerangkaLke>;
  /** Default 2 (half-up); null = no rounding of sub-komponen. */
  pembulatanSubKomponenDp?: number | null;
  predikat?: RuleVersion<TabelPredikat>;
}

function daftarKode(kode: readonly string[]): string {
  const awal = kode.slice(0, 10).join(", ");
  return kode.length > 10 ? `${awal} dan ${kode.length - 10} lainnya` : awal;
}

/** Total and predikat from answers {"1.a.1": "A", …} for every kriteria of the framework (points 0–100). */
export function hitungNilaiLke(jawaban: Readonly<Record<string, unknown>>, opsi: OpsiNilaiLke = {}): HasilAkip {
  const kerangka = opsi.kerangka ?? KERANGKA_LKE_88_2021;
  const dp = opsi.pembulatanSubKomponenDp === undefined ? 2 : opsi.pembulatanSubKomponenDp;
  if (!kerangka.value.adaKriteria) {
    throw new DomainError(
      "kerangka_tanpa_kriteria",
      `kerangka ${kerangka.value.kerangka} tidak memiliki daftar kriteria; isi nilai per komponen`,
      { field: "kerangka", value: kerangka.value.kerangka },
    );
  }
  const semuaKode = kerangka.value.komponen.flatMap((k) => k.subKomponen.flatMap((s) => s.kriteria.map((c) => c.kode)));
  const dikenal = new Set(semuaKode);
  const asing = Object.keys(jawaban).filter((k) => !dikenal.has(k.trim()));
  if (asing.length > 0) {
    throw new DomainError(
      "kriteria_tidak_dikenal",
      `kode kriteria tidak dikenal dalam kerangka ${kerangka.value.kerangka}: ${daftarKode(asing)}`,
      { field: "jawaban", kode: asing },
    );
  }
  const hilang = semuaKode.filter((k) => jawaban[k] === undefined || jawaban[k] === null || jawaban[k] === "");
  if (hilang.length > 0) {
    throw new DomainError(
      "jawaban_kriteria_hilang",
      `jawaban kriteria belum diisi: ${daftarKode(hilang)} (${hilang.length} dari ${semuaKode.length} kriteria)`,
      { field: "jawaban", kode: hilang },
    );
  }

  const komponen = kerangka.value.komponen.map((k): HasilKomponen => {
    const subKomponen = k.subKomponen.map((s): HasilSubKomponen => {
      const kriteria = s.kriteria.map((c) => {
        const kode = parseJawaban(jawaban[c.kode], `kriteria ${c.kode}`);
        return { kode: c.kode, jawaban: kode, nilai: JAWABAN_LKE_88_2021[kode].nilai };
      });
      const rataRata = mean(kriteria.map((c) => c.nilai));
      const nilaiEksak = dec(s.bobot).times(rataRata).div(100);
      const nilai = dp === null ? nilaiEksak : roundHalfUp(nilaiEksak, dp);
      return {
        kode: s.kode,
        nama: s.nama,
        bobot: dec(s.bobot),
        kriteria,
        rataRata,
        rataRataHuruf: hurufRataRata(rataRata),
        nilaiEksak,
        nilai,
        nilaiTampil: toFixed(nilai, 2),
      };
    });
    const nilai = sum(subKomponen.map((s) => s.nilai));
    return {
      kode: k.kode,
      kunci: k.kunci,
      nama: k.nama,
      bobot: dec(k.bobot),
      nilai,
      nilaiTampil: toFixed(nilai, 2),
      persenBobot: toFixed(nilai.div(k.bobot).times(100), 2),
      subKomponen,
    };
  });
  const total = sum(komponen.map((k) => k.nilai));
  return {
    kerangkaId: kerangka.id,
    kerangka: kerangka.value.kerangka,
    sumber: "jawaban",
    pembulatanSubKomponenDp: dp,
    komponen,
    total,
    totalTampil: toFixed(total, 2),
    predikat: tentukanPredikat(roundHalfUp(total, 2), opsi.predikat ?? predikatUntukKerangka(kerangka)),
  };
}

/**
 * Indeks Kepuasan Masyarakat (Permenpan RB 14/2017, Lampiran "Pengolahan Data").
 *
 * NRR per unsur = Σ nilai / n (1–4); NRR tertimbang = NRR × bobot; IKM = Σ NRR tertimbang × 25 (scale 25–100,
 * 24,975–99,90 with bobot 0,111). Rounding follows the chosen `IkmPembulatan` variant; mutu the chosen table.
 * NOTE: regulations.md §0 (seed acceptance: 80,50390625 → 80,50 B), §1.5, §1.6; SEED 1821-1845.
 */
import { type Dec, roundHalfUp, sum, toFixed } from "../shared/decimal";
import type { RuleVersion } from "../shared/rule-version";
import { BOBOT_IKM_0111, bobotUnsur, type IkmBobot, pecahanKeDec } from "./bobot";
import { normalisasiMasukanIkm, type IkmMasukan } from "./masukan";
import { type HasilMutu, type IkmMutuTabel, klasifikasiMutuIkm, klasifikasiMutuNrr, MUTU_IKM_14_2017 } from "./mutu";
import { type IkmPembulatan, PEMBULATAN_IKM_SEED } from "./pembulatan";
import { KODE_UNSUR, type KodeUnsur, UNSUR } from "./unsur";

export interface OpsiIkm {
  bobot?: RuleVersion<IkmBobot>;
  pembulatan?: RuleVersion<IkmPembulatan>;
  mutu?: RuleVersion<IkmMutuTabel>;
}

export interface HasilIkmUnsur {
  kode: KodeUnsur;
  nama: string;
  /** Σ nilai (null when NRR values were given). */
  jumlah: Dec | null;
  /** NRR = Σ / n, exact (or as given). */
  nrr: Dec;
  /** NRR displayed, 2 dp half-up. */
  nrrTampil: string;
  /** The NRR that is weighted: exact ("seed") or rounded first ("nrr-2dp"). */
  nrrDipakai: Dec;
  /** Weight as text ("0.111", "1/9") and as a Dec. */
  bobotTeks: string;
  bobot: Dec;
  /** nrrDipakai × bobot, unrounded. */
  nrrTertimbang: Dec;
  /** NRR tertimbang displayed, 6 dp half-up. */
  nrrTertimbangTampil: string;
  /** Mutu of the unsur: nrrDipakai × 25 classified with the conversion bands. */
  mutu: HasilMutu;
}

export interface HasilIkm {
  /** Method identity: the three rule versions used, and their joined id. */
  metode: { id: string; bobot: string; pembulatan: string; mutu: string };
  jenisMasukan: IkmMasukan["jenis"];
  responden: number | null;
  unsur: readonly HasilIkmUnsur[];
  /** Σ NRR tertimbang, unrounded, and displayed (6 dp). */
  jumlahNrrTertimbang: Dec;
  jumlahNrrTertimbangTampil: string;
  /** IKM = Σ × 25, unrounded; 6-dp display (as the SEED's "80,503906"); 2-dp display (the published IKM). */
  ikm: Dec;
  ikmRinci: string;
  ikmTampil: string;
  /** Mutu of the IKM after rounding to 2 dp. */
  mutu: HasilMutu;
}

/**
 * IKM from respondent answers, Σ per unsur or NRR per unsur. IKM = Σ_u (NRR_u × bobot_u) × 25, unitless 25–100.
 * Defaults: bobot 0,111, rounding "seed", mutu table 14/2017.
 */
export function hitungIkm(masukan: IkmMasukan, opsi: OpsiIkm = {}): HasilIkm {
  const bobotVersi = opsi.bobot ?? BOBOT_IKM_0111;
  const pembulatan = opsi.pembulatan ?? PEMBULATAN_IKM_SEED;
  const mutuVersi = opsi.mutu ?? MUTU_IKM_14_2017;
  const aturan = pembulatan.value;
  const data = normalisasiMasukanIkm(masukan);

  const unsur = KODE_UNSUR.map((kode): HasilIkmUnsur => {
    const nrr = data.nrr[kode];
    const nrrDipakai = aturan.nrrSebelumBobotDp === null ? nrr : roundHalfUp(nrr, aturan.nrrSebelumBobotDp);
    const pecahan = bobotUnsur(bobotVersi, kode);
    // NOTE: multiply before dividing so decimal weights stay exact (0,111 → ×111 ÷1000) and 1/9 loses nothing early.
    const nrrTertimbang = nrrDipakai.times(pecahan.pembilang.toString()).div(pecahan.penyebut.toString());
    return {
      kode,
      nama: UNSUR[kode].nama,
      jumlah: data.jumlah ? data.jumlah[kode] : null,
      nrr,
      nrrTampil: toFixed(nrr, aturan.tampilDp.nrr),
      nrrDipakai,
      bobotTeks: bobotVersi.value.perUnsur[kode],
      bobot: pecahanKeDec(pecahan),
      nrrTertimbang,
      nrrTertimbangTampil: toFixed(nrrTertimbang, aturan.tampilDp.nrrTertimbang),
      mutu: klasifikasiMutuNrr(nrrDipakai, mutuVersi),
    };
  });

  const jumlahNrrTertimbang = sum(unsur.map((u) => u.nrrTertimbang));
  const ikm = jumlahNrrTertimbang.times(25);
  return {
    metode: {
      id: `${bobotVersi.id}+${pembulatan.id}+${mutuVersi.id}`,
      bobot: bobotVersi.id,
      pembulatan: pembulatan.id,
      mutu: mutuVersi.id,
    },
    jenisMasukan: data.jenis,
    responden: data.responden,
    unsur,
    jumlahNrrTertimbang,
    jumlahNrrTertimbangTampil: toFixed(jumlahNrrTertimbang, aturan.tampilDp.jumlahNrrTertimbang),
    ikm,
    ikmRinci: toFixed(ikm, aturan.tampilDp.ikmRinci),
    ikmTampil: toFixed(ikm, aturan.tampilDp.ikm),
    mutu: klasifikasiMutuIkm(roundHalfUp(ikm, aturan.ikmKlasifikasiDp), mutuVersi),
  };
}

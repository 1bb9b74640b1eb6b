/** Konflik entries and the whole dataset. */
import type { AngkaDicetak, Cetakan } from "./dasar";
import type { DemoPemda, OpdRekap, SuratRekapAkip } from "./pemda";
import type { DasarHukum, Inovasi, Pejabat, ProfilWilayah, SusunanOrganisasi, TugasFungsi, UnitKerja } from "./organisasi";
import type { EvaluasiAkipTahunan, Renstra, TargetKomponenAkip } from "./renstra";
import type { PerjanjianKinerja } from "./pk";
import type { AnalisisSasaran, AnggaranDicetak, IndikatorProgramKegiatan, PeerKinerja, Penandatanganan, SurveiSkm, TeksBebas } from "./pengukuran";

// ---------------------------------------------------------------------------------------------------------------
// Konflik
// ---------------------------------------------------------------------------------------------------------------

export type JenisKonflik =
  | "kontradiksi" // two printed values of the same fact disagree
  | "angka-turunan" // a printed derived number does not follow from its inputs
  | "salah-ketik" // a typo in a name, NIP, date or label
  | "rujukan" // a cross-reference or numbering error
  | "tidak-lazim"; // not a contradiction, but implausible; kept as printed

export interface Konflik {
  id: string;
  jenis: JenisKonflik;
  fakta: string;
  nilai: Cetakan[];
  /** The value stored in the dataset (null when nothing is stored for it). */
  dipilih: string | null;
  alasan: string;
  /** Key of the dataset object concerned (e.g. PK kode, pejabat kode, "opd:kecamatan-nibung-hangus"). */
  terkait?: string;
}

// ---------------------------------------------------------------------------------------------------------------
// The whole dataset
// ---------------------------------------------------------------------------------------------------------------

export interface DemoSeiBalai {
  opdSlug: string;
  unitKerja: UnitKerja[];
  pejabat: Pejabat[];
  susunanOrganisasi: SusunanOrganisasi;
  tugasFungsi: TugasFungsi;
  dasarHukum: DasarHukum[];
  inovasi: Inovasi[];
  profilWilayah: ProfilWilayah;
  renstra: Renstra;
  evaluasiAkip: EvaluasiAkipTahunan[];
  targetKomponenAkip2023: TargetKomponenAkip;
  pk2023: PerjanjianKinerja[];
  skm2023: SurveiSkm;
  indikatorProgramKegiatan: IndikatorProgramKegiatan[];
  analisisSasaran: AnalisisSasaran[];
  teks: TeksBebas[];
  penandatangananLkjip: Penandatanganan;
  anggaranDicetak: AnggaranDicetak;
  tabelDicetak: AngkaDicetak[];
  narasiDicetak: AngkaDicetak[];
}

export interface DemoDataset {
  /** Seed file the `SEED <line>` references point into. */
  sumberSeed: string;
  tahun: number;
  pemda: DemoPemda;
  opd: OpdRekap[];
  suratRekapAkip: SuratRekapAkip;
  seiBalai: DemoSeiBalai;
  peer: PeerKinerja[];
  konflik: Konflik[];
}

/** Kecamatan Sei Balai's part of the demo dataset, assembled from the topic modules beside this file. */
import type { DemoSeiBalai } from "../types";
import { evaluasiAkip, targetKomponenAkip2023 } from "./akip";
import { analisisSasaran } from "./analisis";
import { anggaranDicetak } from "./anggaran-dicetak";
import { narasiDicetak } from "./narasi-dicetak";
import { dasarHukum, inovasi, susunanOrganisasi, tugasFungsi, unitKerja } from "./organisasi";
import { pejabat } from "./pejabat";
import { indikatorProgramKegiatan, tabelDicetak } from "./pengukuran";
import { pk2023 } from "./pk-2023";
import { profilWilayah } from "./profil-wilayah";
import { renstra } from "./renstra";
import { skm2023 } from "./skm-2023";
import { penandatangananLkjip2023, teksLkjip2023 } from "./teks";

export const seiBalai: DemoSeiBalai = {
  opdSlug: "kecamatan-sei-balai",
  unitKerja,
  pejabat,
  susunanOrganisasi,
  tugasFungsi,
  dasarHukum,
  inovasi,
  profilWilayah,
  renstra,
  evaluasiAkip,
  targetKomponenAkip2023,
  pk2023,
  skm2023,
  indikatorProgramKegiatan,
  analisisSasaran,
  teks: teksLkjip2023,
  penandatangananLkjip: penandatangananLkjip2023,
  anggaranDicetak,
  tabelDicetak,
  narasiDicetak,
};

/**
 * The demo dataset: Kabupaten Batu Bara, its 38 OPD (AKIP recap 2023) and Kecamatan Sei Balai's LKjIP 2023 inputs,
 * extracted from the seed with a source on every fact. The demo loader writes it through the application services.
 * NOTE: ../shared/seed/lkjip-2023-kecamatan-sei-balai.txt; konflik.ts lists every contradiction and the choice made.
 */
import { konflik } from "./konflik";
import { opdList } from "./opd-list";
import { pemda } from "./pemda";
import { peerDatukTanahDatar } from "./peer-datuk-tanah-datar";
import { seiBalai } from "./sei-balai";
import { suratRekapAkip2023 } from "./surat-rekap-akip";
import type { DemoDataset } from "./types";

export type * from "./types";

export const demoDataset: DemoDataset = {
  sumberSeed: "shared/seed/lkjip-2023-kecamatan-sei-balai.txt",
  tahun: 2023,
  pemda,
  opd: opdList,
  suratRekapAkip: suratRekapAkip2023,
  seiBalai: seiBalai,
  peer: [peerDatukTanahDatar],
  konflik,
};

/**
 * Every place where the seed contradicts itself, prints a derived number that does not follow from its inputs, or
 * prints something implausible — with the value chosen for the dataset and why. Nothing is fixed silently.
 */
import type { Konflik } from "./types";
import { konflikAngka } from "./konflik/angka";
import { konflikDokumen } from "./konflik/dokumen";
import { konflikIdentitas } from "./konflik/identitas";

export const konflik: Konflik[] = [...konflikIdentitas, ...konflikAngka, ...konflikDokumen];

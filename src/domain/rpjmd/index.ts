/** The Pemda's RPJMD IKU: realisasi from links or entered, capaian via the rules core (ADR 0036). */
export * from "./iku-pemda";

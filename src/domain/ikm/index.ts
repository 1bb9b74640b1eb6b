/** Public API of the IKM rules (Permenpan RB 14/2017): unsur, bobot, pembulatan, mutu, hitung, sampel. */
export * from "./unsur";
export * from "./kuesioner";
export * from "./bobot";
export * from "./pembulatan";
export * from "./mutu";
export * from "./masukan";
export * from "./hitung";
export * from "./krejcie-morgan-tabel";
export * from "./sampel";

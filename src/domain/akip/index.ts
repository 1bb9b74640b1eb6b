/** Public API of the evaluasi AKIP rules (Permenpan RB 88/2021 and 12/2015): LKE data, jawaban, nilai, predikat. */
export * from "./jawaban";
export * from "./kerangka-tipe";
export * from "./lke-88-2021-kriteria";
export * from "./lke-88-2021";
export * from "./lke-12-2015";
export * from "./kerangka";
export * from "./predikat";
export * from "./hasil";
export * from "./nilai-lke";
export * from "./nilai-komponen";
export * from "./lke-kerja";
export * from "./lke-alur";

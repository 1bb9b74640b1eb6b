export * from "./izin";
export * from "./aktor";
export * from "./alur-kerja";

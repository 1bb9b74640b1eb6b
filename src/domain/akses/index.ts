export * from "./izin";
export * from "./aktor";
export * from "./alur-kerja";
export * from "./identitas";
export * from "./ikatan";

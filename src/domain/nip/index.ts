/** NIP (Nomor Induk Pegawai): parse, validate, normalise and format. */
export * from "./nip";

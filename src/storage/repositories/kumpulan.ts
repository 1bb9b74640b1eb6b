/**
 * Helper for "save the whole set" writes: upsert every given row by its key and delete the rows whose key is gone.
 * Used by table-level saves (XLSX import, demo loader) so ids of unchanged rows stay stable.
 */
export interface RencanaKumpulan<Lama, Baru> {
  tambah: Baru[];
  ubah: Array<{ lama: Lama; baru: Baru }>;
  hapus: Lama[];
}

/** Splits `baru` against `lama` by key into rows to insert, update (only when changed) and delete. */
export function rencanakan<Lama, Baru>(
  lama: readonly Lama[],
  baru: readonly Baru[],
  kunciLama: (r: Lama) => string,
  kunciBaru: (r: Baru) => string,
  sama: (a: Lama, b: Baru) => boolean,
): RencanaKumpulan<Lama, Baru> {
  const peta = new Map(lama.map((r) => [kunciLama(r), r]));
  const dipakai = new Set<string>();
  const hasil: RencanaKumpulan<Lama, Baru> = { tambah: [], ubah: [], hapus: [] };
  for (const b of baru) {
    const k = kunciBaru(b);
    dipakai.add(k);
    const l = peta.get(k);
    if (!l) hasil.tambah.push(b);
    else if (!sama(l, b)) hasil.ubah.push({ lama: l, baru: b });
  }
  for (const l of lama) if (!dipakai.has(kunciLama(l))) hasil.hapus.push(l);
  return hasil;
}

export function kosongRencana(r: RencanaKumpulan<unknown, unknown>): boolean {
  return r.tambah.length === 0 && r.ubah.length === 0 && r.hapus.length === 0;
}

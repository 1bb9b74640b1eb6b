/** Small helpers shared by the XLSX table definitions: cell values to service inputs, whole-file rule checks. */
import type { BarisAkhir, GalatBaris, NilaiSel, PerubahanSel } from "./definisi";

/** A cell as text for a service input (null stays null). */
export function teksAtauNull(v: NilaiSel | undefined): string | null {
  return v === null || v === undefined ? null : String(v);
}

/** A cell as required text ("" when empty; the service then names the missing field). */
export function teks(v: NilaiSel | undefined): string {
  return v === null || v === undefined ? "" : String(v);
}

/** The cells of one existing row with the import's changes applied. */
export function terapkan<T extends Record<string, unknown>>(asal: T, id: string, perubahan: PerubahanSel[]): T {
  const hasil: Record<string, unknown> = { ...asal };
  for (const p of perubahan) if (p.id === id) hasil[p.kunci] = p.ke;
  return hasil as T;
}

/** Error on each file row whose `kunci` value repeats one of another row (case-insensitive). */
export function periksaUnik(akhir: BarisAkhir[], kunci: string, nama: string): GalatBaris[] {
  const lihat = new Map<string, number | null>();
  const galat: GalatBaris[] = [];
  for (const b of akhir) {
    const v = b.nilai[kunci];
    if (v === null || v === undefined) continue;
    const k = String(v).trim().toLowerCase();
    if (lihat.has(k) && b.baris !== null) {
      const lain = lihat.get(k);
      galat.push({
        baris: b.baris,
        kunci,
        pesan: `${nama} "${String(v)}" sudah dipakai${lain ? ` di baris ${lain}` : ""}`,
      });
    } else if (!lihat.has(k)) lihat.set(k, b.baris);
  }
  return galat;
}

/** "Drs. Ahmad Yani" → "drs-ahmad-yani"; a suffix -2, -3… when taken. */
export function kodeDariNama(nama: string, terpakai: Set<string>): string {
  const dasar =
    nama
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40) || "baris";
  let kode = dasar;
  for (let n = 2; terpakai.has(kode); n++) kode = `${dasar}-${n}`;
  terpakai.add(kode);
  return kode;
}

/**
 * Reminders of deadlines (issue 15, ADR 0035): on which days a deadline (domain/tenggat) is reminded, and to whom.
 * Pure: the caller gives the Pemda's calendar day, the deadlines, which OPDs have not yet submitted each one, and the
 * users. A reminder is one (kind, deadline, recipient, day); its key is unique, so computing the same day twice
 * (an hourly job, a restart) yields the same keys and the storage keeps one row per key.
 *
 * Rule (configurable per server, SAKIP_PENGINGAT_HARI / SAKIP_PENGINGAT_ULANG):
 * - "segera": on the days when exactly `hariSebelum` days remain (default 7, 3, 1 and the day itself);
 * - "lewat": on the first day after the deadline and every `ulangLewatHari` days after (default 7);
 * - recipients: active users bound to an OPD that has not yet submitted the module, whose role acts on that deadline
 *   (the same permissions as the worklist); Pemda-wide users (admin, evaluators) see the worklist, no reminder.
 */
import { type Izin, punyaIzin, type Peran } from "../akses/izin";
import { type JenisTenggat, LABEL_TENGGAT, sisaHari } from "../tenggat";

export interface AturanPengingat {
  /** Days before the deadline on which it is reminded (0 = the day itself). */
  hariSebelum: readonly number[];
  /** After the deadline: day 1, then every this many days. */
  ulangLewatHari: number;
}

export const ATURAN_PENGINGAT_BAWAAN: AturanPengingat = { hariSebelum: [7, 3, 1, 0], ulangLewatHari: 7 };

/** Who acts on each deadline (the worklist's table, services/tenggat/daftar-kerja.ts). */
export const IZIN_PENGINGAT: Record<JenisTenggat, readonly Izin[]> = {
  "realisasi-tw1": ["pengukuran.ubah"],
  "realisasi-tw2": ["pengukuran.ubah"],
  "realisasi-tw3": ["pengukuran.ubah"],
  "realisasi-tw4": ["pengukuran.ubah"],
  pk: ["pk.ubah"],
  lkjip: ["laporan.buat"],
  skm: ["skm.ubah"],
  lke: ["evaluasi.isi"],
};

export type JenisPengingat = "segera" | "lewat";

/** The reminder due on a day `sisa` days before the deadline (negative: after), or null. */
export function jenisPengingat(sisa: number, aturan: AturanPengingat = ATURAN_PENGINGAT_BAWAAN): JenisPengingat | null {
  if (sisa >= 0) return aturan.hariSebelum.includes(sisa) ? "segera" : null;
  const ulang = Math.max(1, Math.trunc(aturan.ulangLewatHari));
  return (-sisa - 1) % ulang === 0 ? "lewat" : null;
}

export interface TenggatUntukPengingat {
  jenis: JenisTenggat;
  tahunData: number;
  tanggal: string;
  /** OPDs (id) that have not yet submitted the module of this deadline. */
  opdTerbuka: readonly string[];
}

export interface PenerimaPengingat {
  id: string;
  peran: Peran;
  opdId: string | null;
  aktif: boolean;
}

export interface Pengingat {
  kunci: string;
  jenis: JenisPengingat;
  tenggat: JenisTenggat;
  tahunData: number;
  tanggal: string;
  sisaHari: number;
  penggunaId: string;
  opdId: string;
  judul: string;
}

/** The unique key of a reminder: kind, deadline (kind of data and year), recipient and day. */
export function kunciPengingat(p: {
  jenis: JenisPengingat;
  tenggat: JenisTenggat;
  tahunData: number;
  penggunaId: string;
  hari: string;
}): string {
  return `tenggat-${p.jenis}:${p.tenggat}:${p.tahunData}:${p.penggunaId}:${p.hari}`;
}

export function judulPengingat(jenis: JenisPengingat, tenggat: JenisTenggat, tahunData: number, sisa: number): string {
  const apa = `${LABEL_TENGGAT[tenggat]} ${tahunData}`;
  if (jenis === "lewat") return `${apa}: tenggat terlewat ${-sisa} hari`;
  return sisa === 0 ? `${apa}: tenggat hari ini` : `${apa}: tenggat ${sisa} hari lagi`;
}

export function daftarPengingat(input: {
  hariIni: string;
  tenggat: readonly TenggatUntukPengingat[];
  pengguna: readonly PenerimaPengingat[];
  aturan?: AturanPengingat;
}): Pengingat[] {
  const aturan = input.aturan ?? ATURAN_PENGINGAT_BAWAAN;
  const hasil: Pengingat[] = [];
  for (const t of input.tenggat) {
    const sisa = sisaHari(t.tanggal, input.hariIni);
    const jenis = jenisPengingat(sisa, aturan);
    if (!jenis) continue;
    const terbuka = new Set(t.opdTerbuka);
    for (const u of input.pengguna) {
      if (!u.aktif || u.opdId === null || !terbuka.has(u.opdId)) continue;
      if (!IZIN_PENGINGAT[t.jenis].some((izin) => punyaIzin(u.peran, izin))) continue;
      hasil.push({
        kunci: kunciPengingat({
          jenis,
          tenggat: t.jenis,
          tahunData: t.tahunData,
          penggunaId: u.id,
          hari: input.hariIni,
        }),
        jenis,
        tenggat: t.jenis,
        tahunData: t.tahunData,
        tanggal: t.tanggal,
        sisaHari: sisa,
        penggunaId: u.id,
        opdId: u.opdId,
        judul: judulPengingat(jenis, t.jenis, t.tahunData, sisa),
      });
    }
  }
  return hasil;
}

/** "7,3,1,0" → [7, 3, 1, 0]; a bad list → null (the config refuses it). */
export function bacaDaftarHari(teks: string): number[] | null {
  const bagian = teks
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  if (!bagian.length || bagian.some((s) => !/^\d{1,3}$/.test(s))) return null;
  return [...new Set(bagian.map(Number))];
}

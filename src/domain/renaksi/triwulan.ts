/**
 * Rencana Aksi (Permenpan RB 53/2014, regulations.md §3): per PK indicator a target for each triwulan (TW I–IV),
 * entered by the indicator's nature (`sifat`), checked against the PK's annual target.
 *
 * - "tingkat": a level or percentage (IKM, % desa tertib administrasi): each quarter's target is the level expected
 *   at the end of the quarter; TW IV equals the annual target. Realisasi per quarter is the level reached.
 * - "kumulatif": a count written as running totals: TW I ≤ TW II ≤ … and TW IV equals the annual target.
 * - "per-triwulan": a count written per quarter: TW I + … + TW IV equals the annual target.
 * - "dokumen": a one-off output (a document, a decree): the quarter it is due is marked 1 (done), the others 0;
 *   realisasi 1 = done.
 */
import { type Dec, dec, sum } from "../shared/decimal";
import { DomainError } from "../shared/errors";
import { type Target, parseTarget } from "../capaian/target";

export const TRIWULAN = [1, 2, 3, 4] as const;
export type Triwulan = (typeof TRIWULAN)[number];
export const LABEL_TRIWULAN: Record<Triwulan, string> = { 1: "TW I", 2: "TW II", 3: "TW III", 4: "TW IV" };

export const SIFAT_TARGET = ["tingkat", "kumulatif", "per-triwulan", "dokumen"] as const;
export type SifatTarget = (typeof SIFAT_TARGET)[number];
export const LABEL_SIFAT: Record<SifatTarget, string> = {
  tingkat: "tingkat/persentase (TW IV = target tahunan)",
  kumulatif: "jumlah kumulatif (TW IV = target tahunan)",
  "per-triwulan": "jumlah per triwulan (TW I–IV dijumlah = target tahunan)",
  dokumen: "dokumen sekali jadi (selesai/belum)",
};

/** Quarterly targets as typed (null = no target that quarter, allowed only for "per-triwulan" and "dokumen"). */
export type TargetTriwulanTeks = readonly [string | null, string | null, string | null, string | null];

export interface TargetTriwulan {
  sifat: SifatTarget;
  /** Parsed quarterly targets (null = none that quarter). */
  triwulan: readonly [Target | null, Target | null, Target | null, Target | null];
}

function nilai(t: Target): Dec {
  return t.jenis === "rentang" ? t.atas : t.nilai;
}

function sama(a: Target, b: Target): boolean {
  if (a.jenis === "rentang" || b.jenis === "rentang") {
    return a.jenis === "rentang" && b.jenis === "rentang" && a.bawah.equals(b.bawah) && a.atas.equals(b.atas);
  }
  return a.nilai.equals(b.nilai);
}

function tw(indikator: string, n: Triwulan): string {
  return `Indikator "${indikator}" ${LABEL_TRIWULAN[n]}`;
}

/**
 * Parses and checks the quarterly targets of one indicator against its annual target (the PK's target text).
 * Errors (DomainError, field `triwulan.<n>`), naming the indicator and the quarter:
 * `target_triwulan_kosong`, `target_tw4_tidak_sama` (tingkat/kumulatif), `target_kumulatif_turun`,
 * `jumlah_triwulan_tidak_sama` (per-triwulan), `target_dokumen` (dokumen: 0/1, exactly one quarter due).
 */
export function periksaTargetTriwulan(input: {
  indikator: string;
  sifat: SifatTarget;
  targetTahunan: string;
  triwulan: TargetTriwulanTeks;
}): TargetTriwulan {
  const { indikator, sifat } = input;
  if (!SIFAT_TARGET.includes(sifat)) {
    throw new DomainError("sifat_tidak_dikenal", `Indikator "${indikator}": sifat "${String(sifat)}" tidak dikenal`, {
      field: "sifat",
      value: sifat,
    });
  }
  const tahunan = parseTarget(input.targetTahunan, `Indikator "${indikator}" target tahunan`);
  const parsed = TRIWULAN.map((n) => {
    const teks = input.triwulan[n - 1];
    const kosong = teks === null || teks === undefined || teks.trim() === "" || teks.trim() === "-";
    if (kosong) {
      if (sifat === "tingkat" || sifat === "kumulatif") {
        throw new DomainError("target_triwulan_kosong", `${tw(indikator, n)}: target wajib diisi`, {
          field: `triwulan.${n}`,
          value: teks ?? null,
        });
      }
      return null;
    }
    return parseTarget(teks, tw(indikator, n));
  }) as unknown as [Target | null, Target | null, Target | null, Target | null];

  if (sifat === "tingkat" || sifat === "kumulatif") {
    const t4 = parsed[3]!;
    if (!sama(t4, tahunan)) {
      throw new DomainError(
        "target_tw4_tidak_sama",
        `${tw(indikator, 4)}: target ${input.triwulan[3]} harus sama dengan target tahunan ${input.targetTahunan} ` +
          `(indikator ${sifat === "tingkat" ? "tingkat/persentase" : "kumulatif"})`,
        { field: "triwulan.4", value: input.triwulan[3] ?? null },
      );
    }
    if (sifat === "kumulatif") {
      for (const n of [2, 3, 4] as const) {
        if (nilai(parsed[n - 1]!).lessThan(nilai(parsed[n - 2]!))) {
          throw new DomainError(
            "target_kumulatif_turun",
            `${tw(indikator, n)}: target kumulatif ${input.triwulan[n - 1]} lebih kecil dari ${LABEL_TRIWULAN[(n - 1) as Triwulan]} (${input.triwulan[n - 2]})`,
            { field: `triwulan.${n}`, value: input.triwulan[n - 1] ?? null },
          );
        }
      }
    }
  }
  if (sifat === "per-triwulan") {
    for (const n of TRIWULAN) {
      const t = parsed[n - 1];
      if (t && t.jenis === "rentang") {
        throw new DomainError("target_rentang", `${tw(indikator, n)}: target per triwulan harus satu angka`, {
          field: `triwulan.${n}`,
          value: input.triwulan[n - 1] ?? null,
        });
      }
    }
    const jumlah = sum(parsed.map((t) => (t ? nilai(t) : dec(0))));
    if (tahunan.jenis === "rentang" || !jumlah.equals(tahunan.nilai)) {
      throw new DomainError(
        "jumlah_triwulan_tidak_sama",
        `Indikator "${indikator}" TW I–IV: jumlah target per triwulan ${jumlah.toString().replace(".", ",")} ` +
          `harus sama dengan target tahunan ${input.targetTahunan}`,
        { field: "triwulan.4", value: jumlah.toString() },
      );
    }
  }
  if (sifat === "dokumen") {
    let jatuh = 0;
    for (const n of TRIWULAN) {
      const t = parsed[n - 1];
      if (!t) continue;
      if (t.jenis === "rentang" || !(t.nilai.equals(0) || t.nilai.equals(1))) {
        throw new DomainError("target_dokumen", `${tw(indikator, n)}: target dokumen diisi 1 (selesai) atau 0`, {
          field: `triwulan.${n}`,
          value: input.triwulan[n - 1] ?? null,
        });
      }
      if (t.nilai.equals(1)) jatuh += 1;
    }
    if (jatuh !== 1) {
      throw new DomainError(
        "target_dokumen",
        `Indikator "${indikator}" TW I–IV: tandai tepat satu triwulan (1) saat dokumen harus selesai; ada ${jatuh}`,
        { field: "triwulan.4", value: String(jatuh) },
      );
    }
  }
  return { sifat, triwulan: parsed };
}

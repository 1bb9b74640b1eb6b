import type { Izin } from "./izin";

/**
 * Workflow of plan and measurement data (issue M1-03): draft → diajukan → disetujui (by pimpinan) → terkunci.
 * The submitter may withdraw a submission before it is approved (tarik kembali).
 * A locked period is read-only until an admin unlocks it with a reason (audited).
 */
export const STATUS = ["draft", "diajukan", "disetujui", "terkunci"] as const;
export type StatusData = (typeof STATUS)[number];

export interface Transisi {
  dari: StatusData;
  ke: StatusData;
  aksi: "ajukan" | "setujui" | "kembalikan" | "kunci" | "buka" | "tarik";
  izin: Izin;
  /** The action needs a written reason (kept in the audit entry). */
  perluAlasan: boolean;
}

export const TRANSISI: readonly Transisi[] = [
  { dari: "draft", ke: "diajukan", aksi: "ajukan", izin: "data.ajukan", perluAlasan: false },
  { dari: "diajukan", ke: "disetujui", aksi: "setujui", izin: "data.setujui", perluAlasan: false },
  { dari: "diajukan", ke: "draft", aksi: "kembalikan", izin: "data.setujui", perluAlasan: true },
  // The submitter withdraws ("tarik kembali") before approval (issue 14, ADR 0027); audited like every transition.
  { dari: "diajukan", ke: "draft", aksi: "tarik", izin: "data.ajukan", perluAlasan: false },
  { dari: "disetujui", ke: "terkunci", aksi: "kunci", izin: "periode.kunci", perluAlasan: false },
  { dari: "terkunci", ke: "draft", aksi: "buka", izin: "periode.buka", perluAlasan: true },
];

export const LABEL_STATUS: Record<StatusData, string> = {
  draft: "Draf",
  diajukan: "Diajukan",
  disetujui: "Disetujui",
  terkunci: "Terkunci",
};

export function cariTransisi(dari: StatusData, aksi: Transisi["aksi"]): Transisi | undefined {
  return TRANSISI.find((t) => t.dari === dari && t.aksi === aksi);
}

/** Data may be edited only while draft: submitted data waits for review, approved data stays as approved. */
export function bolehDiubah(status: StatusData): boolean {
  return status === "draft";
}

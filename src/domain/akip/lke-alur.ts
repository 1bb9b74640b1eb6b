/**
 * Workflow of an LKE evaluation (issue 13): the OPD fills its self-assessment and submits (draft → diajukan), the
 * evaluator team scores and hands over (diajukan → dinilai) or returns it with a reason (→ draft), the team leader
 * finalises (dinilai → final, locked) or sends it back (→ diajukan, reason); a final evaluation is unlocked only with
 * a reason (final → dinilai). Shaped like domain/akses/alur-kerja.ts.
 */
import type { Izin } from "../akses/izin";

export const STATUS_EVALUASI_LKE = ["draft", "diajukan", "dinilai", "final"] as const;
export type StatusEvaluasiLke = (typeof STATUS_EVALUASI_LKE)[number];

export const AKSI_LKE = ["ajukan", "kembalikan", "selesai-nilai", "kembalikan-nilai", "finalkan", "buka"] as const;
export type AksiLke = (typeof AKSI_LKE)[number];

export interface TransisiLke {
  dari: StatusEvaluasiLke;
  ke: StatusEvaluasiLke;
  aksi: AksiLke;
  label: string;
  izin: Izin;
  perluAlasan: boolean;
}

export const TRANSISI_LKE: readonly TransisiLke[] = [
  {
    dari: "draft",
    ke: "diajukan",
    aksi: "ajukan",
    label: "Ajukan ke evaluator",
    izin: "evaluasi.isi",
    perluAlasan: false,
  },
  {
    dari: "diajukan",
    ke: "draft",
    aksi: "kembalikan",
    label: "Kembalikan ke OPD",
    izin: "evaluasi.nilai",
    perluAlasan: true,
  },
  {
    dari: "diajukan",
    ke: "dinilai",
    aksi: "selesai-nilai",
    label: "Selesai dinilai",
    izin: "evaluasi.nilai",
    perluAlasan: false,
  },
  {
    dari: "dinilai",
    ke: "diajukan",
    aksi: "kembalikan-nilai",
    label: "Kembalikan ke tim",
    izin: "evaluasi.finalkan",
    perluAlasan: true,
  },
  { dari: "dinilai", ke: "final", aksi: "finalkan", label: "Finalkan", izin: "evaluasi.finalkan", perluAlasan: false },
  { dari: "final", ke: "dinilai", aksi: "buka", label: "Buka kunci", izin: "evaluasi.finalkan", perluAlasan: true },
];

export const LABEL_STATUS_LKE: Record<StatusEvaluasiLke, string> = {
  draft: "Draf (diisi OPD)",
  diajukan: "Diajukan (dinilai tim evaluator)",
  dinilai: "Selesai dinilai (menunggu ketua tim)",
  final: "Final (terkunci)",
};

export function cariTransisiLke(dari: StatusEvaluasiLke, aksi: AksiLke): TransisiLke | undefined {
  return TRANSISI_LKE.find((t) => t.dari === dari && t.aksi === aksi);
}

/** Which side may write in a status: the OPD's self-assessment in draft, the evaluator's in diajukan. */
export function sisiBolehDiubah(status: StatusEvaluasiLke): "mandiri" | "evaluator" | null {
  if (status === "draft") return "mandiri";
  if (status === "diajukan") return "evaluator";
  return null;
}

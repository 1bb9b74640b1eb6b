/**
 * Settings of the background jobs and mail (issue 15, ADR 0035), read next to loadConfig:
 * - SMTP_URL: smtp://user:pass@host:587 or smtps://user:pass@host:465; without it reminders stay in the app only;
 * - SMTP_DARI: the sender ("SAKIP <sakip@pemda.go.id>"; default SAKIP <sakip@localhost>);
 * - SAKIP_ANTREAN: "mati" starts no job queue in `sakip serve` (on by default);
 * - SAKIP_PENGINGAT_HARI: days before a deadline on which it is reminded (default "7,3,1,0");
 * - SAKIP_PENGINGAT_ULANG: after a deadline, remind on day 1 and every N days (default 7).
 */
import { z } from "zod";
import { ATURAN_PENGINGAT_BAWAAN, type AturanPengingat, bacaDaftarHari } from "../domain/pengingat";

const TugasSchema = z.object({
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s]+$/, "SMTP_URL harus diawali smtp:// atau smtps://")
    .optional(),
  SMTP_DARI: z.string().min(3).default("SAKIP <sakip@localhost>"),
  SAKIP_ANTREAN: z.enum(["hidup", "mati"]).default("hidup"),
  SAKIP_PENGINGAT_HARI: z
    .string()
    .refine((s) => bacaDaftarHari(s) !== null, "SAKIP_PENGINGAT_HARI: daftar hari dipisah koma, mis. 7,3,1,0")
    .optional(),
  SAKIP_PENGINGAT_ULANG: z.coerce.number().int().min(1).max(365).optional(),
});

export interface ConfigTugas {
  smtpUrl: string | undefined;
  smtpDari: string;
  antrean: boolean;
  aturan: AturanPengingat;
}

export function loadConfigTugas(source: NodeJS.ProcessEnv = process.env): ConfigTugas {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = TugasSchema.safeParse(cleaned);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Konfigurasi lingkungan tidak valid — ${issues}`);
  }
  const e = parsed.data;
  return {
    smtpUrl: e.SMTP_URL,
    smtpDari: e.SMTP_DARI,
    antrean: e.SAKIP_ANTREAN === "hidup",
    aturan: {
      hariSebelum: e.SAKIP_PENGINGAT_HARI
        ? (bacaDaftarHari(e.SAKIP_PENGINGAT_HARI) ?? ATURAN_PENGINGAT_BAWAAN.hariSebelum)
        : ATURAN_PENGINGAT_BAWAAN.hariSebelum,
      ulangLewatHari: e.SAKIP_PENGINGAT_ULANG ?? ATURAN_PENGINGAT_BAWAAN.ulangLewatHari,
    },
  };
}

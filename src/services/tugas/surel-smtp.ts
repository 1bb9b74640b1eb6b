/**
 * Mail over SMTP (SMTP_URL, e.g. smtp://user:pass@mail.pemda.go.id:587 or smtps://…:465; ADR 0035) through
 * nodemailer. A 5xx answer (unknown mailbox, refused address) is permanent; everything else (connection refused,
 * timeout, 4xx) is temporary and retried by the queue.
 */
import { createRequire } from "node:module";
import type nodemailer from "nodemailer";
import { GalatKirimSurel, type PengirimSurel, type SuratKeluar } from "./port";

export function buatPengirimSmtp(url: string, dari: string): PengirimSurel {
  // loaded only when SMTP is configured, not at every server start-up (issue 16)
  const mailer = createRequire(import.meta.url)("nodemailer") as typeof nodemailer;
  const transport = mailer.createTransport({
    url,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  } as Parameters<typeof nodemailer.createTransport>[0]);
  return {
    async kirim(surat: SuratKeluar) {
      try {
        await transport.sendMail({
          from: dari,
          to: surat.kepada,
          subject: surat.subjek,
          text: surat.teks,
          messageId: surat.idPesan,
        });
      } catch (error) {
        const e = error as { message?: string; responseCode?: number; code?: string };
        const permanen = typeof e.responseCode === "number" && e.responseCode >= 500 && e.responseCode < 600;
        throw new GalatKirimSurel(
          `${e.code ? `${e.code}: ` : ""}${(e.message ?? String(error)).slice(0, 500)}`,
          permanen,
        );
      }
    },
    tutup() {
      transport.close();
    },
  };
}

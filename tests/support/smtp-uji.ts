/**
 * A real SMTP server for the tests (smtp-server 3.21.7, no STARTTLS: its built-in certificate is expired; any sender,
 * no authentication). It keeps every message it accepted, parsed with mailparser. An address containing "tolak" is
 * refused with 550 (a mailbox that does not exist). `hentikan()` closes it (the SMTP server is down) and `mulai()`
 * opens it again on the same port.
 */
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface SuratDiterima {
  kepada: string[];
  subjek: string;
  teks: string;
  idPesan: string | undefined;
}

export interface ServerSmtpUji {
  port: number;
  url: string;
  surat: SuratDiterima[];
  mulai(): Promise<void>;
  hentikan(): Promise<void>;
}

export async function bukaServerSmtpUji(portTetap = 0): Promise<ServerSmtpUji> {
  const surat: SuratDiterima[] = [];
  let server: SMTPServer | null = null;
  let port = portTetap;
  const buat = () =>
    new SMTPServer({
      disabledCommands: ["STARTTLS"],
      authOptional: true,
      logger: false,
      hideSTARTTLS: true,
      onRcptTo(address, _session, callback) {
        if (address.address.includes("tolak")) {
          const e = new Error(`5.1.1 <${address.address}>: mailbox tidak ada`) as Error & { responseCode: number };
          e.responseCode = 550;
          callback(e);
          return;
        }
        callback();
      },
      onData(stream, session, callback) {
        simpleParser(stream).then(
          (m) => {
            surat.push({
              kepada: session.envelope.rcptTo.map((r) => r.address),
              subjek: m.subject ?? "",
              teks: m.text ?? "",
              idPesan: m.messageId,
            });
            callback();
          },
          (e: Error) => callback(e),
        );
      },
    });
  const uji: ServerSmtpUji = {
    get port() {
      return port;
    },
    get url() {
      return `smtp://127.0.0.1:${port}`;
    },
    surat,
    async mulai() {
      if (server) return;
      const s = buat();
      await new Promise<void>((resolve, reject) => {
        s.once("error", reject);
        s.listen(port, "127.0.0.1", () => resolve());
      });
      const a = s.server.address();
      if (a && typeof a === "object") port = a.port;
      server = s;
    },
    async hentikan() {
      const s = server;
      server = null;
      if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
    },
  };
  await uji.mulai();
  return uji;
}

/**
 * The ports of the job queue and of e-mail (issue 15, ADR 0035). The queue adapter is pg-boss in the database
 * (src/storage/antrian-tugas.ts); the mail adapter is SMTP through nodemailer (surel-smtp.ts). The composition root
 * (src/cli/server.ts) joins them; tests give a real SMTP server.
 */
export interface TugasAntrian<T> {
  id: string;
  data: T;
  /** Retries already made (0 on the first attempt). */
  ulangKe: number;
  batasUlang: number;
}

export interface OpsiAntrian {
  batasUlang: number;
  jedaUlangDetik: number;
  mundurEksponensial: boolean;
  kedaluwarsaDetik: number;
}

export interface PortAntrian {
  mulai(): Promise<void>;
  buatAntrian(nama: string, opsi: OpsiAntrian): Promise<void>;
  /** Queues a job; with `kunciTunggal`, at most one waiting/running job per key (pg-boss singletonKey). */
  kirim(nama: string, data: object, opsi?: { kunciTunggal?: string }): Promise<string | null>;
  /** A handler that throws makes the job retry (with back-off) until its retry limit. */
  kerjakan<T>(nama: string, handler: (tugas: TugasAntrian<T>) => Promise<void>): Promise<void>;
  jadwalkan(nama: string, cron: string, zonaWaktu: string): Promise<void>;
  berhenti(): Promise<void>;
}

export interface SuratKeluar {
  kepada: string;
  subjek: string;
  teks: string;
  /** Stable per delivery (its key), so a receiving server can drop a duplicate. */
  idPesan: string;
}

export interface PengirimSurel {
  kirim(surat: SuratKeluar): Promise<void>;
  tutup(): void;
}

/** A refused delivery: `permanen` (the server answered 5xx, e.g. an unknown mailbox) is not retried. */
export class GalatKirimSurel extends Error {
  constructor(
    message: string,
    readonly permanen: boolean,
  ) {
    super(message);
    this.name = "GalatKirimSurel";
  }
}

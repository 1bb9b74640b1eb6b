/**
 * The background jobs of the server (issue 15, ADR 0035), on the queue port (pg-boss in the database):
 * - `sakip-pengingat`: every hour (and once at start) the reminder run of every Pemda, then every delivery still
 *   waiting is queued (so a crash between writing a delivery and queuing it loses nothing);
 * - `sakip-kirim-surel`: one delivery per job, keyed by the delivery id (singletonKey), retried with exponential
 *   back-off on a temporary SMTP failure.
 * Started by `sakip serve` (src/cli/server.ts), stopped before the database closes. Tests build it on purpose; the
 * app built for tests has no queue.
 */
import { ATURAN_PENGINGAT_BAWAAN, type AturanPengingat } from "../../domain/pengingat";
import { listKirimanMenunggu, listPemdaId } from "../../storage/repositories/pengingat-repository";
import type { ServiceContext } from "../context";
import { kirimKiriman } from "./kirim-surel";
import { buatPengingatPemda, type HasilPengingat } from "./pengingat";
import type { PengirimSurel, PortAntrian } from "./port";

export const ANTRIAN_PENGINGAT = "sakip-pengingat";
export const ANTRIAN_SUREL = "sakip-kirim-surel";

export interface OpsiLayananTugas {
  /** null: no SMTP_URL — reminders in the app only. */
  pengirim: PengirimSurel | null;
  aturan?: AturanPengingat;
  urlAplikasi: string;
  /** Cron of the reminder run (default: minute 7 of every hour) in `zonaWaktu` (default Asia/Jakarta). */
  cron?: string;
  zonaWaktu?: string;
  /** Delivery retries (default 6, from 30 s doubling: about 30 min in all). */
  batasUlang?: number;
  jedaUlangDetik?: number;
  /** false: queue jobs but run none here (a test's "crash before the worker"); default true. */
  pekerja?: boolean;
  /** Told about each delivery attempt and failed run (logging). */
  catat?: (peristiwa: { jenis: string; [k: string]: unknown }) => void;
}

export class LayananTugas {
  private berjalan = false;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly antrian: PortAntrian,
    private readonly opsi: OpsiLayananTugas,
  ) {}

  get surelAktif(): boolean {
    return this.opsi.pengirim !== null;
  }

  async mulai(): Promise<void> {
    try {
      await this.mulaiAntrian();
    } catch (error) {
      // a failed start leaves pg-boss's timers running: stop them, or the process never ends
      await this.antrian.berhenti().catch(() => undefined);
      throw error;
    }
  }

  private async mulaiAntrian(): Promise<void> {
    await this.antrian.mulai();
    await this.antrian.buatAntrian(ANTRIAN_PENGINGAT, {
      batasUlang: 2,
      jedaUlangDetik: 60,
      mundurEksponensial: false,
      kedaluwarsaDetik: 15 * 60,
    });
    await this.antrian.buatAntrian(ANTRIAN_SUREL, {
      batasUlang: this.opsi.batasUlang ?? 6,
      jedaUlangDetik: this.opsi.jedaUlangDetik ?? 30,
      mundurEksponensial: true,
      kedaluwarsaDetik: 5 * 60,
    });
    this.berjalan = true;
    if (this.opsi.pekerja !== false) {
      await this.antrian.kerjakan<{ pemdaId?: string }>(ANTRIAN_PENGINGAT, async (t) => {
        await this.jalankan(t.data.pemdaId);
      });
      await this.antrian.kerjakan<{ id: string }>(ANTRIAN_SUREL, async (t) => {
        await this.kirimSatu(t.data.id, t.ulangKe >= t.batasUlang);
      });
    }
    await this.antrian.jadwalkan(
      ANTRIAN_PENGINGAT,
      this.opsi.cron ?? "7 * * * *",
      this.opsi.zonaWaktu ?? "Asia/Jakarta",
    );
    // a run at start: catches up after downtime and re-queues the deliveries still waiting
    await this.antrian.kirim(ANTRIAN_PENGINGAT, {}, { kunciTunggal: "mulai" });
  }

  async berhenti(): Promise<void> {
    if (!this.berjalan) return;
    this.berjalan = false;
    await this.antrian.berhenti();
    this.opsi.pengirim?.tutup();
  }

  /**
   * The reminder run (every Pemda, or one), then every waiting delivery queued. `ctx`: who runs it (the admin's
   * "run now" is audited as the admin; default the system actor).
   */
  async jalankan(pemdaId?: string, ctx: ServiceContext = this.ctx): Promise<HasilPengingat[]> {
    const pemda = pemdaId ? [{ id: pemdaId }] : await listPemdaId(ctx.db);
    const hasil: HasilPengingat[] = [];
    for (const p of pemda) {
      hasil.push(
        await buatPengingatPemda(ctx, p.id, {
          aturan: this.opsi.aturan ?? ATURAN_PENGINGAT_BAWAAN,
          surel: this.surelAktif,
          urlAplikasi: this.opsi.urlAplikasi,
        }),
      );
    }
    await this.antrekanMenunggu();
    return hasil;
  }

  /** Queues every delivery still waiting (one job per delivery id at most). */
  async antrekanMenunggu(): Promise<number> {
    if (!this.berjalan || !this.opsi.pengirim) return 0;
    const menunggu = await listKirimanMenunggu(this.ctx.db, 1000);
    for (const k of menunggu) await this.antrian.kirim(ANTRIAN_SUREL, { id: k.id }, { kunciTunggal: k.id });
    return menunggu.length;
  }

  /** One delivery attempt; throws on a temporary failure so the queue retries it. */
  async kirimSatu(id: string, percobaanTerakhir: boolean): Promise<void> {
    const pengirim = this.opsi.pengirim;
    if (!pengirim) return;
    const r = await kirimKiriman(this.ctx, pengirim, id, { percobaanTerakhir });
    this.opsi.catat?.({ jenis: "kirim-surel", id, hasil: r.hasil, galat: r.galat });
    if (r.hasil === "ulang") throw new Error(`pengiriman surel ${id} gagal sementara: ${r.galat ?? ""}`);
  }
}

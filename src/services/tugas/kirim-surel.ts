/**
 * One e-mail delivery (ADR 0035): the row is claimed under a lock (`for update`) and marked "terkirim" in the same
 * transaction that sent it, so a second worker (or the same job run again after a restart) finds it sent and does
 * nothing. If the process dies after the SMTP server accepted the message but before the commit, the row is still
 * "menunggu" and the message would go again: the Message-ID is the delivery's key, so the receiving side can drop it.
 * A 5xx answer is permanent (gagal at once); other errors leave it waiting and the queue retries with back-off; the
 * last retry that fails marks it gagal. Every attempt and the last error stay on the row (admin page).
 */
import { klaimKiriman, ubahKiriman } from "../../storage/repositories/pengingat-repository";
import type { ServiceContext } from "../context";
import { GalatKirimSurel, type PengirimSurel } from "./port";

export type HasilKirim = "terkirim" | "sudah" | "gagal" | "ulang";

export async function kirimKiriman(
  ctx: ServiceContext,
  pengirim: PengirimSurel,
  id: string,
  opsi: { percobaanTerakhir: boolean; domain?: string },
): Promise<{ hasil: HasilKirim; galat?: string }> {
  return ctx.db.transaction(async (tx) => {
    const row = await klaimKiriman(tx, id);
    if (!row || row.status !== "menunggu") return { hasil: "sudah" as const };
    try {
      await pengirim.kirim({
        kepada: row.kepada,
        subjek: row.subjek,
        teks: row.teks,
        idPesan: `<${row.id}@${opsi.domain ?? "sakip.local"}>`,
      });
    } catch (error) {
      const permanen = error instanceof GalatKirimSurel && error.permanen;
      const pesan = error instanceof Error ? error.message : String(error);
      const akhir = permanen || opsi.percobaanTerakhir;
      await ubahKiriman(
        tx,
        id,
        { status: akhir ? "gagal" : "menunggu", percobaan: row.percobaan + 1, galat: pesan },
        ctx.now(),
      );
      return { hasil: akhir ? ("gagal" as const) : ("ulang" as const), galat: pesan };
    }
    await ubahKiriman(
      tx,
      id,
      { status: "terkirim", percobaan: row.percobaan + 1, galat: null, terkirimPada: ctx.now() },
      ctx.now(),
    );
    return { hasil: "terkirim" as const };
  });
}

/**
 * The SKM survey as evidence the system holds (issue 13 "the SKM ran and its RTL exists"; ADR 0033): per period of
 * the LKE's year, "SKM <kode> (<mulai>–<selesai>): N responden, IKM Y (mutu); RTL n item (m selesai)", computed from
 * the SKM tables with the Pemda's IKM rule version (the same figures as the SKM results page).
 *
 * Kriteria (88/2021): 2.b.2 "data kinerja yang dikumpulkan telah relevan" (the IKM outcome indicator measured from
 * the citizens' answers), 2.b.6 "pengumpulan data kinerja telah memanfaatkan Teknologi Informasi (Aplikasi)" (the
 * answers are collected in the application), 1.c.5 "perbaikan … dari hasil analisis perbaikan kinerja sebelumnya"
 * (the RTL for the weakest unsur).
 */
import { formatTanggal } from "../../domain/format/tanggal";
import { KODE_UNSUR, type KodeUnsur } from "../../domain/ikm/unsur";
import { gabungJumlah, type JumlahSkm } from "../../domain/skm";
import { jumlahPerLayanan, listPeriode, listRtl } from "../../storage/repositories/skm-repository";
import { ringkasIkm } from "../skm/hasil";
import { opsiIkmPemda } from "../skm/opsi-ikm";
import { daftarkanSumberBukti } from "./bukti-sistem";

export const KRITERIA_BUKTI_SKM = ["2.b.2", "2.b.6", "1.c.5"] as const;

daftarkanSumberBukti({
  jenis: "skm",
  kriteria: KRITERIA_BUKTI_SKM,
  periksa: async (db, k) => {
    const periode = (await listPeriode(db, k.opdId)).filter((p) => Number(p.mulai.slice(0, 4)) === k.tahun);
    const tautan = `/skm?opd=${k.opdSlug}`;
    if (!periode.length) return { ada: false, uraian: `Belum ada periode SKM tahun ${k.tahun}`, tautan };
    const [baris, rtl] = await Promise.all([
      jumlahPerLayanan(
        db,
        periode.map((p) => p.id),
      ),
      listRtl(db, k.opdId),
    ]);
    const bagian: string[] = [];
    let adaResponden = false;
    for (const p of periode) {
      const j: JumlahSkm = gabungJumlah(
        baris
          .filter((b) => b.periodeId === p.id)
          .map((b) => ({
            responden: b.responden,
            jumlah: Object.fromEntries(KODE_UNSUR.map((u, i) => [u, b.jumlah[i] ?? 0])) as Record<KodeUnsur, number>,
          })),
      );
      const h = ringkasIkm(j, await opsiIkmPemda(db, k.pemdaId, p.mulai));
      const rtlP = rtl.filter((r) => r.periodeId === p.id);
      const selesai = rtlP.filter((r) => r.status === "selesai").length;
      if (h) adaResponden = true;
      bagian.push(
        `SKM ${p.kode} (${formatTanggal(p.mulai)}–${formatTanggal(p.selesai)}): ` +
          (h ? `${h.responden} responden, IKM ${h.ikm.tampil} (mutu ${h.mutu.mutu})` : "belum ada responden") +
          (rtlP.length ? `; RTL ada (${rtlP.length} item, ${selesai} selesai)` : "; RTL belum ada"),
      );
    }
    return { ada: adaResponden, uraian: bagian.join(" · "), tautan };
  },
});

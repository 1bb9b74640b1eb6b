/**
 * The reminder run of one Pemda (issue 15, ADR 0035): which deadlines are reminded today (domain/pengingat), to whom,
 * and the in-app notifications (plus, with SMTP, one e-mail delivery each) written with their unique keys. Running it
 * again the same day — the hourly schedule, a restart, the admin's "run now" — inserts nothing new. One audit entry
 * per run that created something (actor: sistem, or the admin who ran it).
 */
import { tahapAlur, tahapLke, tahapSkm, type Tahap } from "../../domain/monitoring";
import { tanggalDiZona } from "../../domain/pengaturan/zona-waktu";
import { type AturanPengingat, daftarPengingat, type TenggatUntukPengingat } from "../../domain/pengingat";
import { formatTanggal } from "../../domain/format/tanggal";
import { LABEL_TENGGAT, MODUL_TENGGAT } from "../../domain/tenggat";
import type { Db } from "../../storage/database";
import { type BarisMonitoringOpd, listMonitoringOpd } from "../../storage/repositories/monitoring-repository";
import {
  insertKiriman,
  insertPemberitahuan,
  kunciPemberitahuanAda,
  listPenerima,
} from "../../storage/repositories/pengingat-repository";
import { mutasi } from "../audit/mutasi";
import type { ServiceContext } from "../context";
import { bacaPengaturanPemda } from "../pengaturan/pengaturan-pemda";
import { tenggatTahun } from "../tenggat/tenggat";

export interface OpsiPengingat {
  aturan: AturanPengingat;
  /** With SMTP configured: also an e-mail delivery per notification. */
  surel: boolean;
  /** Public base URL of the app, printed in the e-mail (SAKIP_URL_PUBLIK or the server's address). */
  urlAplikasi: string;
}

export interface HasilPengingat {
  hariIni: string;
  pengingat: number;
  pemberitahuanBaru: number;
  kirimanBaru: string[];
}

const BELUM: readonly Tahap[] = ["belum", "draft"];

function tahapModul(o: BarisMonitoringOpd, modul: (typeof MODUL_TENGGAT)[keyof typeof MODUL_TENGGAT]): Tahap {
  if (modul === "skm") return tahapSkm(o.skmTerbuka, o.skmDitutup) === "terkunci" ? "terkunci" : "draft";
  if (modul === "evaluasi") return tahapLke(o.lkeStatus, o.adaNilaiKomponen);
  return tahapAlur(o.status[modul]);
}

async function tenggatTerbuka(db: Db, pemdaId: string, tahun: number): Promise<TenggatUntukPengingat[]> {
  const [tg, opd] = await Promise.all([tenggatTahun(db, pemdaId, tahun), listMonitoringOpd(db, pemdaId, tahun)]);
  return tg.map((t) => ({
    jenis: t.jenis,
    tahunData: tahun,
    tanggal: t.tanggal,
    opdTerbuka: opd.filter((o) => BELUM.includes(tahapModul(o, MODUL_TENGGAT[t.jenis]))).map((o) => o.id),
  }));
}

export async function buatPengingatPemda(
  ctx: ServiceContext,
  pemdaId: string,
  opsi: OpsiPengingat,
): Promise<HasilPengingat> {
  const { zonaWaktu } = await bacaPengaturanPemda(ctx.db, pemdaId);
  const hariIni = tanggalDiZona(ctx.now(), zonaWaktu);
  const tahun = Number(hariIni.slice(0, 4));
  const [lalu, kini, pengguna] = await Promise.all([
    tenggatTerbuka(ctx.db, pemdaId, tahun - 1),
    tenggatTerbuka(ctx.db, pemdaId, tahun),
    listPenerima(ctx.db, pemdaId),
  ]);
  const daftar = daftarPengingat({ hariIni, tenggat: [...lalu, ...kini], pengguna, aturan: opsi.aturan });
  if (!daftar.length) return { hariIni, pengingat: 0, pemberitahuanBaru: 0, kirimanBaru: [] };

  const namaOpd = new Map((await listMonitoringOpd(ctx.db, pemdaId, tahun)).map((o) => [o.id, o.nama]));
  const akun = new Map(pengguna.map((u) => [u.id, u]));
  const url = opsi.urlAplikasi.replace(/\/+$/, "");
  // Writes only when something is new (an hourly run that finds everything written adds no audit entry).
  // (the insert below is still ON CONFLICT DO NOTHING, for a concurrent run)
  const ada = await kunciPemberitahuanAda(
    ctx.db,
    daftar.map((p) => p.kunci),
  );
  const baru = daftar.filter((p) => !ada.has(p.kunci));
  if (!baru.length) return { hariIni, pengingat: daftar.length, pemberitahuanBaru: 0, kirimanBaru: [] };
  return mutasi(ctx, { entity: "pengingat", action: "buat", pemdaId }, async (tx) => {
    let pemberitahuanBaru = 0;
    const kirimanBaru: string[] = [];
    for (const p of baru) {
      const opd = namaOpd.get(p.opdId) ?? "OPD";
      const isi =
        `${opd} belum mengajukan ${LABEL_TENGGAT[p.tenggat]} ${p.tahunData}. ` +
        `Tenggat: ${formatTanggal(p.tanggal)}${p.jenis === "lewat" ? " (sudah lewat)" : ""}.`;
      const row = await insertPemberitahuan(tx, {
        pemdaId,
        penggunaId: p.penggunaId,
        kunci: p.kunci,
        jenis: `tenggat-${p.jenis}`,
        judul: p.judul,
        isi,
        tautan: "/",
      });
      if (!row) continue;
      pemberitahuanBaru++;
      const u = akun.get(p.penggunaId);
      if (opsi.surel && u?.email) {
        const id = await insertKiriman(tx, {
          pemdaId,
          kunci: p.kunci,
          pemberitahuanId: row.id,
          penggunaId: p.penggunaId,
          kepada: u.email,
          subjek: `[SAKIP] ${p.judul}`,
          teks: `Yth. ${u.nama},\n\n${isi}\n\nBuka SAKIP: ${url}/\n\nPesan ini dikirim otomatis oleh SAKIP.`,
        });
        if (id) kirimanBaru.push(id);
      }
    }
    return {
      entityId: `${hariIni}`,
      before: null,
      after: pemberitahuanBaru ? { hariIni, pemberitahuan: pemberitahuanBaru, surel: kirimanBaru.length } : null,
      result: { hariIni, pengingat: daftar.length, pemberitahuanBaru, kirimanBaru },
    };
  });
}

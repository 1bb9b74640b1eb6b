/**
 * Quarterly monitoring of the Rencana Aksi: the realisasi of one quarter (value, budget realised, faktor penghambat,
 * pendorong, langkah/solusi) for the indicators of the OPD's latest PKs, and the quarter's own workflow
 * (draft → diajukan → terkunci; back to draft with a reason). A quarter that is not draft refuses realisasi; on
 * submit, an indicator below target in that quarter without penghambat or langkah is refused, naming the indicator
 * and the quarter (issue #19 "Bad input"). Everything audited; the save is versioned per quarter.
 */
import { LABEL_TRIWULAN, type Triwulan } from "../../domain/renaksi/triwulan";
import { dec } from "../../domain/shared/decimal";
import { DomainError } from "../../domain/shared/errors";
import type { Db } from "../../storage/database";
import {
  listStatusTriwulan,
  setStatusTriwulan,
  type StatusTriwulan,
  upsertRenaksiRealisasi,
} from "../../storage/repositories/renaksi-repository";
import { authorize } from "../akses/authorize";
import { mutasi } from "../audit/mutasi";
import { angkaMesinAtauNull } from "../bersama/angka";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import { pastikanVersi, type SyaratVersi, tolakBilaBeda, versiDari } from "../bersama/versi";
import type { ServiceContext } from "../context";
import { ConflictError } from "../errors";
import { bentukIndikator } from "./baca-renaksi";
import { kanonTriwulanDari, muatRenaksi } from "./muat-renaksi";
import { bacaPengaturanPemda } from "../pengaturan/pengaturan-pemda";

export interface RealisasiTriwulanMasukan {
  pkKinerjaId: string;
  nilai: string | null;
  realisasiAnggaran?: string | null;
  faktorPenghambat?: string;
  faktorPendorong?: string;
  langkah?: string;
  sumber?: string | null;
}

function periksaTriwulan(n: number): Triwulan {
  if (![1, 2, 3, 4].includes(n)) {
    throw new DomainError("triwulan_tidak_valid", `triwulan "${n}" tidak valid (1–4)`, {
      field: "triwulan",
      value: String(n),
    });
  }
  return n as Triwulan;
}

async function kanonTriwulan(db: Db, pemdaId: string, opdId: string, tahun: number, n: number) {
  const data = await muatRenaksi(db, pemdaId, opdId, tahun);
  return { data, kanon: kanonTriwulanDari(data, n) };
}

/** The version of a quarter's realisasi (If-Match of the save). */
export async function versiTriwulan(db: Db, pemdaId: string, opdId: string, tahun: number, n: number): Promise<string> {
  return versiDari((await kanonTriwulan(db, pemdaId, opdId, tahun, n)).kanon);
}

function pesanTerkunci(n: Triwulan, tahun: number, status: StatusTriwulan): string {
  return (
    `Realisasi ${LABEL_TRIWULAN[n]} ${tahun} berstatus "${status === "terkunci" ? "Terkunci" : "Diajukan"}" dan tidak dapat diubah` +
    (status === "terkunci"
      ? "; minta admin membuka kunci triwulan dengan alasan."
      : "; kembalikan ke draf terlebih dahulu.")
  );
}

export async function simpanRealisasiTriwulan(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  tahun: number,
  triwulan: number,
  baris: RealisasiTriwulanMasukan[],
  versi?: string,
) {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "renaksi.ubah");
  const n = periksaTriwulan(triwulan);
  const status = (await listStatusTriwulan(ctx.db, opdId, tahun)).get(n) ?? "draft";
  if (status !== "draft") throw new ConflictError(pesanTerkunci(n, tahun, status));
  const { data, kanon } = await kanonTriwulan(ctx.db, pemdaId, opdId, tahun, n);
  const semua = data.pk.flatMap((d) => d.baris);
  const rows = baris.map((m, i) => {
    const b = semua.find((x) => x.id === m.pkKinerjaId);
    if (!b) {
      throw new DomainError(
        "indikator_tidak_dikenal",
        `baris[${i}]: "${m.pkKinerjaId}" bukan indikator PK ${tahun} OPD ini`,
        {
          field: `baris.${i}.pkKinerjaId`,
        },
      );
    }
    const label = `Indikator "${b.indikator}" ${LABEL_TRIWULAN[n]}`;
    const tahunan = n === 4 ? data.sinkronTw4.get(b.id) : undefined;
    const nilaiBaru = angkaMesinAtauNull(m.nilai, `${label} realisasi`);
    if (tahunan !== undefined && nilaiBaru !== null && !dec(nilaiBaru).equals(dec(tahunan))) {
      // ADR 0041: the annual realisasi is entered once, in Pengukuran Kinerja; TW IV reads it
      throw new DomainError(
        "realisasi_tw4_dari_pengukuran",
        `${label}: realisasi TW IV sama dengan realisasi tahunan pada Pengukuran Kinerja ` +
          `(${tahunan.replace(".", ",")}); ubah nilainya di Pengukuran Kinerja`,
        { field: `baris.${i}.nilai`, value: m.nilai },
      );
    }
    return {
      pemdaId,
      opdId,
      pkKinerjaId: b.id,
      triwulan: n,
      nilai: nilaiBaru,
      realisasiAnggaran: angkaMesinAtauNull(m.realisasiAnggaran ?? null, `${label} realisasi anggaran`),
      faktorPenghambat: (m.faktorPenghambat ?? "").trim(),
      faktorPendorong: (m.faktorPendorong ?? "").trim(),
      langkah: (m.langkah ?? "").trim(),
      sumber: m.sumber ?? null,
    };
  });
  const syarat = (db: Db): SyaratVersi<unknown> => ({
    kunci: `renaksi-triwulan:${opdId}:${tahun}:${n}`,
    versi,
    uraian: `Realisasi Rencana Aksi ${LABEL_TRIWULAN[n]} ${tahun}`,
    baca: async () => (await kanonTriwulan(db, pemdaId, opdId, tahun, n)).kanon,
  });
  tolakBilaBeda(syarat(ctx.db), kanon);
  return mutasi(ctx, { entity: "renaksi_realisasi", action: "simpan", pemdaId, opdId }, async (tx) => {
    await pastikanVersi(tx, syarat(tx));
    const lagi = (await listStatusTriwulan(tx, opdId, tahun)).get(n) ?? "draft";
    if (lagi !== "draft") throw new ConflictError(pesanTerkunci(n, tahun, lagi));
    for (const r of rows) await upsertRenaksiRealisasi(tx, r);
    const baru = await syarat(tx).baca();
    return { entityId: `${opdId}/${tahun}/tw${n}`, before: kanon, after: baru, result: { versi: versiDari(baru) } };
  });
}

export const AKSI_TRIWULAN = ["ajukan", "kunci", "kembalikan", "buka"] as const;
export type AksiTriwulan = (typeof AKSI_TRIWULAN)[number];

/*
 * The quarter's report moves like the PK's data (domain/akses/alur-kerja.ts) with approval and lock in one step:
 * the operator submits, the pimpinan approves by locking it (or returns it with a reason), an admin reopens it.
 */
const TRANSISI: Record<
  AksiTriwulan,
  {
    dari: StatusTriwulan;
    ke: StatusTriwulan;
    izin: "data.ajukan" | "periode.kunci" | "data.setujui" | "periode.buka";
    alasan: boolean;
  }
> = {
  ajukan: { dari: "draft", ke: "diajukan", izin: "data.ajukan", alasan: false },
  kunci: { dari: "diajukan", ke: "terkunci", izin: "periode.kunci", alasan: false },
  kembalikan: { dari: "diajukan", ke: "draft", izin: "data.setujui", alasan: true },
  buka: { dari: "terkunci", ke: "draft", izin: "periode.buka", alasan: true },
};

export async function ubahStatusTriwulan(
  ctx: ServiceContext,
  lingkup: LingkupOpd,
  tahun: number,
  triwulan: number,
  aksi: AksiTriwulan,
  alasan?: string,
): Promise<{ triwulan: number; status: StatusTriwulan }> {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "renaksi.baca");
  const n = periksaTriwulan(triwulan);
  const t = TRANSISI[aksi];
  const aktor = authorize(ctx, t.izin, { pemdaId, opdId });
  const sekarang = (await listStatusTriwulan(ctx.db, opdId, tahun)).get(n) ?? "draft";
  if (sekarang !== t.dari) {
    throw new ConflictError(
      `Tindakan "${aksi}" tidak berlaku untuk ${LABEL_TRIWULAN[n]} ${tahun} berstatus "${sekarang}"`,
    );
  }
  if (t.alasan && !alasan?.trim()) {
    throw new DomainError("alasan_wajib", `alasan: wajib diisi untuk tindakan "${aksi}"`, { field: "alasan" });
  }
  if (aksi === "ajukan") {
    const data = await muatRenaksi(ctx.db, pemdaId, opdId, tahun);
    const ambang = (await bacaPengaturanPemda(ctx.db, pemdaId)).aturan("peringatan-renaksi", tahun).value;
    for (const d of data.pk) {
      for (const i of bentukIndikator(d, ambang)) {
        const q = i.triwulan[n - 1]!;
        if (!q.dibawahTarget) continue;
        const kurang = [!q.faktorPenghambat && "faktor penghambat", !q.langkah && "langkah/solusi"].filter(Boolean);
        if (kurang.length > 0) {
          throw new DomainError(
            "penghambat_wajib",
            `Indikator "${i.indikator}" ${LABEL_TRIWULAN[n]}: capaian di bawah target, isi ${kurang.join(" dan ")} sebelum diajukan`,
            { field: `${i.pkKinerjaId}.tw${n}`, value: q.capaianKumulatif ?? q.capaian },
          );
        }
      }
    }
  }
  return mutasi(
    ctx,
    { entity: "renaksi_triwulan", action: aksi, pemdaId, opdId, alasan: alasan ?? null },
    async (tx) => {
      const lagi = (await listStatusTriwulan(tx, opdId, tahun)).get(n) ?? "draft";
      if (lagi !== sekarang) throw new ConflictError("Status berubah bersamaan; muat ulang dan coba lagi");
      await setStatusTriwulan(tx, { pemdaId, opdId, tahun, triwulan: n }, t.ke, aktor.nama);
      return {
        entityId: `${opdId}/${tahun}/tw${n}`,
        before: { status: sekarang },
        after: { status: t.ke },
        result: { triwulan: n, status: t.ke },
      };
    },
  );
}

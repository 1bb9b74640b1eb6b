/**
 * Workflow for the HTTP layer: the state of each module of one OPD and year with the actions the signed-in user
 * may take, and taking one. Authorises on the OPD first (another Pemda 404, another OPD 403, missing permission
 * 403), then status-periode.ts applies the transition (audited; reason required to return or unlock).
 */
import { putuskan } from "../../domain/akses/aktor";
import { LABEL_STATUS, type StatusData, TRANSISI, type Transisi } from "../../domain/akses/alur-kerja";
import { type Izin, punyaIzin } from "../../domain/akses/izin";
import { DomainError } from "../../domain/shared/errors";
import { getStatusPeriode } from "../../storage/repositories/status-periode-repository";
import { MODUL_ALUR } from "../../storage/schema";
import { authorize } from "../akses/authorize";
import { galatPenghalang } from "../../domain/reviu";
import { AjuanDitolakError } from "../errors";
import { periksaDataOpdTahun } from "../reviu/periksa-data";
import type { ServiceContext } from "../context";
import { resolveOpd } from "../organisasi/resolve-opd";
import { type ModulAlur, ubahStatusPeriode } from "./status-periode";

export const IZIN_BACA_MODUL: Record<ModulAlur, Izin> = {
  perencanaan: "perencanaan.baca",
  pk: "pk.baca",
  pengukuran: "pengukuran.baca",
  anggaran: "anggaran.baca",
  laporan: "laporan.baca",
  // M2-15 Rencana Aksi
  renaksi: "renaksi.baca",
};

export const LABEL_AKSI: Record<Transisi["aksi"], string> = {
  ajukan: "Ajukan",
  setujui: "Setujui",
  kembalikan: "Kembalikan ke draf",
  kunci: "Kunci",
  buka: "Buka kunci",
  tarik: "Tarik kembali",
};

export interface TindakanTersedia {
  aksi: Transisi["aksi"];
  label: string;
  ke: StatusData;
  perluAlasan: boolean;
}

export interface StatusModul {
  modul: ModulAlur;
  status: StatusData;
  labelStatus: string;
  tindakan: TindakanTersedia[];
}

export function cekTahun(tahun: number): number {
  if (!Number.isInteger(tahun) || tahun < 2000 || tahun > 2100) {
    throw new DomainError("tahun_tidak_valid", `tahun: "${tahun}" harus tahun 2000–2100`, { field: "tahun" });
  }
  return tahun;
}

export async function lihatStatusOpd(
  ctx: ServiceContext,
  pemdaSlug: string,
  opdSlug: string,
  tahun: number,
): Promise<StatusModul[]> {
  const { pemda, opd } = await resolveOpd(ctx, pemdaSlug, opdSlug);
  const sasaran = { pemdaId: pemda.id, opdId: opd.id };
  const aktor = authorize(ctx, "organisasi.baca", sasaran);
  cekTahun(tahun);
  const hasil: StatusModul[] = [];
  for (const modul of MODUL_ALUR) {
    if (!punyaIzin(aktor.peran, IZIN_BACA_MODUL[modul])) continue;
    const status = await getStatusPeriode(ctx.db, { ...sasaran, tahun, modul });
    hasil.push({
      modul,
      status,
      labelStatus: LABEL_STATUS[status],
      tindakan: TRANSISI.filter((t) => t.dari === status && putuskan(aktor, t.izin, sasaran) === "izinkan").map(
        (t) => ({ aksi: t.aksi, label: LABEL_AKSI[t.aksi], ke: t.ke, perluAlasan: t.perluAlasan }),
      ),
    });
  }
  return hasil;
}

export async function jalankanTindakan(
  ctx: ServiceContext,
  target: { pemdaSlug: string; opdSlug: string; tahun: number; modul: ModulAlur },
  aksi: Transisi["aksi"],
  alasan?: string,
): Promise<StatusData> {
  const { pemda, opd } = await resolveOpd(ctx, target.pemdaSlug, target.opdSlug);
  const izin = TRANSISI.find((t) => t.aksi === aksi)?.izin;
  if (!izin) throw new DomainError("aksi_tidak_dikenal", `aksi: "${aksi}" tidak dikenal`, { field: "aksi" });
  authorize(ctx, izin, { pemdaId: pemda.id, opdId: opd.id });
  cekTahun(target.tahun);
  if (aksi === "ajukan") await periksaSebelumAjukan(ctx, target);
  return ubahStatusPeriode(
    ctx,
    { pemdaId: pemda.id, opdId: opd.id, tahun: target.tahun, modul: target.modul },
    aksi,
    alasan,
  );
}

/**
 * Before "Ajukan" (issue 14, ADR 0027): the validator over the OPD-year's data runs and its galat for the module
 * (every galat for the report) refuse the submission with 409 and the findings; warnings do not block.
 */
async function periksaSebelumAjukan(
  ctx: ServiceContext,
  target: { pemdaSlug: string; opdSlug: string; tahun: number; modul: ModulAlur },
): Promise<void> {
  // the validator has no rules of its own for the Rencana Aksi; its quarters are checked by src/domain/renaksi
  if (target.modul === "renaksi") return;
  const hasil = await periksaDataOpdTahun(ctx, { pemda: target.pemdaSlug, opd: target.opdSlug }, target.tahun);
  const galat = galatPenghalang(hasil.temuan, target.modul);
  if (galat.length === 0) return;
  throw new AjuanDitolakError(
    `Data ${target.modul} tahun ${target.tahun} belum dapat diajukan: ${galat.length} galat harus diperbaiki lebih dulu (${galat
      .slice(0, 3)
      .map((t) => t.pesan)
      .join(" ")}${galat.length > 3 ? " …" : ""})`,
    galat,
  );
}

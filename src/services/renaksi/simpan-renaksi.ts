/**
 * Saves the Rencana Aksi of one PK as a whole (quarterly targets, person responsible, actions with budget per quarter),
 * all-or-nothing: every indicator's targets are checked against the PK's annual target first (domain/renaksi), and
 * the first error names the indicator and quarter. Versioned (If-Match = `versi` of the read), audited, refused
 * unless the year's Rencana Aksi is draft (workflow module "renaksi").
 */
import { periksaTargetTriwulan, type SifatTarget } from "../../domain/renaksi/triwulan";
import { DomainError } from "../../domain/shared/errors";
import type { Db } from "../../storage/database";
import { listPk } from "../../storage/repositories/pk-repository";
import {
  gantiRenaksi,
  type RenaksiAksiBaru,
  type RenaksiIndikatorBaru,
} from "../../storage/repositories/renaksi-repository";
import { pastikanBolehDiubah } from "../alur/status-periode";
import { mutasi } from "../audit/mutasi";
import { rupiahMesin } from "../bersama/angka";
import { type LingkupOpd, otorisasiOpd } from "../bersama/lingkup";
import { pastikanVersi, type SyaratVersi, tolakBilaBeda, versiDari } from "../bersama/versi";
import type { ServiceContext } from "../context";
import { NotFoundError } from "../errors";
import { kanonRencanaPk } from "./baca-renaksi";
import { type DataRenaksiPk, muatRenaksi } from "./muat-renaksi";

export interface AksiMasukan {
  tingkat: "kegiatan" | "sub-kegiatan";
  kodeDppa?: string | null;
  uraian: string;
  anggaranTriwulan: (string | number)[];
  penanggungJawab?: string;
}

export interface IndikatorRenaksiMasukan {
  pkKinerjaId: string;
  sifat: SifatTarget;
  polaritas?: "positif" | "negatif";
  rumusNegatif?: "2t-r" | "t/r";
  targetTriwulan: (string | null)[];
  penanggungJawab?: string;
  aksi?: AksiMasukan[];
}

export interface RenaksiMasukan {
  pkId: string;
  indikator: IndikatorRenaksiMasukan[];
  sumber?: string | null;
}

export async function simpanRenaksi(ctx: ServiceContext, lingkup: LingkupOpd, m: RenaksiMasukan, versi?: string) {
  const { pemdaId, opdId } = await otorisasiOpd(ctx, lingkup, "renaksi.ubah");
  const pk = (await listPk(ctx.db, opdId)).find((p) => p.id === m.pkId);
  if (!pk) throw new NotFoundError("Perjanjian Kinerja tidak ditemukan");
  const bacaPk = async (db: Db) => (await muatRenaksi(db, pemdaId, opdId, pk.tahun)).pk.find((d) => d.pk.id === pk.id);
  const data = await bacaPk(ctx.db);
  if (!data) {
    throw new DomainError(
      "pk_bukan_terbaru",
      `Perjanjian Kinerja ${pk.kode} (${pk.jenis}) sudah diganti versi yang lebih baru; isi Rencana Aksi pada PK terbaru`,
      { field: "pkId", value: pk.id },
    );
  }
  const { indikator, aksi } = susunBarisRenaksi(data, m, pemdaId, opdId);
  const syarat = (db: Db): SyaratVersi<unknown> => ({
    kunci: `renaksi:${pk.id}`,
    versi,
    uraian: `Rencana Aksi PK ${pk.kode}`,
    baca: async () => {
      const d = await bacaPk(db);
      return d ? kanonRencanaPk(d) : null;
    },
  });
  const lama = kanonRencanaPk(data);
  tolakBilaBeda(syarat(ctx.db), lama);
  return mutasi(ctx, { entity: "renaksi", action: "simpan", pemdaId, opdId }, async (tx) => {
    await pastikanVersi(tx, syarat(tx));
    await pastikanBolehDiubah(tx, { pemdaId, opdId, tahun: pk.tahun, modul: "renaksi" });
    await gantiRenaksi(
      tx,
      opdId,
      data.baris.map((b) => b.id),
      indikator,
      aksi,
    );
    const baru = await syarat(tx).baca();
    return { entityId: pk.id, before: lama, after: baru, result: { pkId: pk.id, versi: versiDari(baru) } };
  });
}

/**
 * Checks one PK's plan as entered (every indicator's targets against the PK's annual target, actions) and gives the
 * rows to store; the first error (DomainError) names the indicator and quarter. Shared by the form and the XLSX import.
 */
export function susunBarisRenaksi(
  data: DataRenaksiPk,
  m: Omit<RenaksiMasukan, "pkId">,
  pemdaId: string,
  opdId: string,
): { indikator: RenaksiIndikatorBaru[]; aksi: RenaksiAksiBaru[] } {
  const pk = data.pk;
  const indikator: RenaksiIndikatorBaru[] = [];
  const aksi: RenaksiAksiBaru[] = [];
  const dipakai = new Set<string>();
  m.indikator.forEach((i, idx) => {
    const b = data.baris.find((x) => x.id === i.pkKinerjaId);
    if (!b) {
      throw new DomainError(
        "indikator_tidak_dikenal",
        `indikator[${idx}]: baris PK "${i.pkKinerjaId}" bukan indikator PK ${pk.kode}`,
        {
          field: `indikator.${idx}.pkKinerjaId`,
          value: i.pkKinerjaId,
        },
      );
    }
    if (dipakai.has(b.id)) {
      throw new DomainError("indikator_ganda", `Indikator "${b.indikator}" diisi dua kali`, {
        field: `indikator.${idx}`,
      });
    }
    dipakai.add(b.id);
    if (i.targetTriwulan.length !== 4) {
      throw new DomainError("target_triwulan_kosong", `Indikator "${b.indikator}": isi target TW I–IV (4 nilai)`, {
        field: `indikator.${idx}.targetTriwulan`,
      });
    }
    const tw = i.targetTriwulan.map((x) => (x === null || x.trim() === "" ? null : x.trim()));
    periksaTargetTriwulan({
      indikator: b.indikator,
      sifat: i.sifat,
      targetTahunan: b.targetTeks ?? "",
      triwulan: tw as [string | null, string | null, string | null, string | null],
    });
    indikator.push({
      pemdaId,
      opdId,
      pkKinerjaId: b.id,
      sifat: i.sifat,
      polaritas: i.polaritas ?? "positif",
      rumusNegatif: i.rumusNegatif ?? "2t-r",
      targetTriwulan: tw,
      penanggungJawab: (i.penanggungJawab ?? "").trim(),
      sumber: m.sumber ?? null,
    });
    (i.aksi ?? []).forEach((a, j) => {
      const uraian = a.uraian.trim();
      if (!uraian) {
        throw new DomainError(
          "uraian_kosong",
          `Indikator "${b.indikator}" aksi ${j + 1}: uraian kegiatan wajib diisi`,
          {
            field: `indikator.${idx}.aksi.${j}.uraian`,
          },
        );
      }
      if (a.anggaranTriwulan.length !== 4) {
        throw new DomainError(
          "anggaran_triwulan",
          `Indikator "${b.indikator}" aksi ${j + 1}: isi anggaran TW I–IV (4 nilai)`,
          {
            field: `indikator.${idx}.aksi.${j}.anggaranTriwulan`,
          },
        );
      }
      aksi.push({
        pemdaId,
        opdId,
        pkKinerjaId: b.id,
        urutan: j + 1,
        tingkat: a.tingkat,
        kodeDppa: a.kodeDppa?.trim() || null,
        uraian,
        anggaranTriwulan: a.anggaranTriwulan.map((x, n) =>
          rupiahMesin(x, `Indikator "${b.indikator}" aksi ${j + 1} anggaran TW ${["I", "II", "III", "IV"][n]}`),
        ),
        penanggungJawab: (a.penanggungJawab ?? "").trim(),
      });
    });
  });
  return { indikator, aksi };
}

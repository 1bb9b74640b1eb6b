/**
 * OPD-level DPA/DPPA breakdown by belanja account (seed Tabel 2.3: Pegawai 5.1.01, Barang dan Jasa 5.1.02, Modal
 * Peralatan dan Mesin 5.2.02; SEED 399-410), entered when the source gives it only for the whole OPD. Replaces the
 * stored breakdown of the OPD and year in one audited write; reconciled against the tree (Tabel 2.3 vs sub-kegiatan
 * total) in the computed tables. Same breakdown again = no write, no audit entry.
 */
import { parseAkun } from "../../domain/anggaran";
import { masalahNominal } from "../../domain/anggaran/data-anggaran";
import type { KesalahanBaris } from "../../domain/anggaran";
import { type Dec, parseDecimal, toFixed } from "../../domain/shared/decimal";
import { DomainError } from "../../domain/shared/errors";
import { bacaKelasOpd, type KelasOpdRow, teks } from "../../storage/repositories/anggaran-repository";
import { gantiKelasOpd } from "../../storage/repositories/anggaran-tulis-repository";
import { authorize } from "../akses/authorize";
import { pastikanBolehDiubah } from "../alur/status-periode";
import { mutasi } from "../audit/mutasi";
import type { ServiceContext } from "../context";
import { type LingkupAnggaran, resolveLingkup } from "./lingkup";
import { susunTabel, type TemuanTabel } from "./tabel";

export interface MasukanKelasOpd extends LingkupAnggaran {
  baris: readonly { akun: string; anggaran: string; realisasi?: string | null | undefined }[];
  /** Source document, e.g. "DPPA Kecamatan Sei Balai Tahun Anggaran 2023". */
  sumber?: string | null | undefined;
}

export interface HasilKelasOpd {
  tanpaPerubahan: boolean;
  baris: KelasOpdRow[];
  temuan: TemuanTabel[];
}

/** Validate and store the breakdown (see file comment). Throws DomainError listing every bad row. */
export async function simpanKelasOpd(ctx: ServiceContext, m: MasukanKelasOpd): Promise<HasilKelasOpd> {
  const l = await resolveLingkup(ctx, m);
  authorize(ctx, "anggaran.ubah", { pemdaId: l.pemda.id, opdId: l.opd.id });
  const baru = validasi(m);
  const lama = await bacaKelasOpd(ctx.db, l.kunci);
  const sama = JSON.stringify(lama) === JSON.stringify(baru);
  if (!sama) {
    await mutasi(
      ctx,
      { entity: "anggaran.kelas_opd", action: "simpan", pemdaId: l.pemda.id, opdId: l.opd.id },
      async (tx) => {
        await pastikanBolehDiubah(tx, { ...l.kunci, modul: "anggaran" });
        await gantiKelasOpd(tx, l.kunci, baru);
        return { entityId: `${l.opd.id}/${l.tahun}`, before: lama, after: baru, result: null };
      },
    );
  }
  const tabel = await susunTabel(ctx, l, {});
  return { tanpaPerubahan: sama, baris: baru, temuan: tabel.perKelas.temuan };
}

function validasi(m: MasukanKelasOpd): KelasOpdRow[] {
  const errors: KesalahanBaris[] = [];
  const out: KelasOpdRow[] = [];
  const sumber = m.sumber?.trim() || null;
  m.baris.forEach((b, i) => {
    const no = i + 1;
    const push = (kolom: string, nilai: string, kode: string, sebab: string): void => {
      errors.push({ baris: no, kolom, nilai, kode, pesan: `Baris ${no}, kolom ${kolom}: ${sebab}` });
    };
    let akun: string;
    try {
      const a = parseAkun(b.akun);
      if (a.kelompok === null) {
        push(
          "akun",
          b.akun,
          "akun_tanpa_kolom",
          `${a.akun} (${a.kelas.label}) bukan belanja pegawai, barang dan jasa, atau modal`,
        );
        return;
      }
      akun = a.akun;
    } catch (e) {
      push("akun", b.akun, "akun_tidak_valid", (e as Error).message);
      return;
    }
    const uang = (kolom: string, teks: string): Dec | null => {
      let v: Dec;
      try {
        v = parseDecimal(teks, kolom);
      } catch {
        push(kolom, teks, "bukan_angka", `"${teks}" bukan angka`);
        return null;
      }
      if (v.isNegative()) push(kolom, teks, "nilai_negatif", `nilai negatif "${teks}" tidak sah`);
      else if (masalahNominal(v)) push(kolom, teks, "nominal_tidak_sah", `"${teks}" ${masalahNominal(v)}`);
      else return v;
      return null;
    };
    const anggaran = uang("anggaran", String(b.anggaran));
    const realisasi =
      b.realisasi === null || b.realisasi === undefined || b.realisasi === ""
        ? null
        : uang("realisasi", String(b.realisasi));
    const dup = out.find((o) => o.akun === akun || akun.startsWith(`${o.akun}.`) || o.akun.startsWith(`${akun}.`));
    if (dup)
      push("akun", b.akun, "akun_tumpang_tindih", `${akun} bertumpang tindih dengan ${dup.akun} (dihitung dua kali)`);
    if (anggaran === null || dup) return;
    out.push({
      akun,
      anggaran: toFixed(anggaran, 2),
      realisasi: realisasi === null ? null : toFixed(realisasi, 2),
      sumber,
    });
  });
  if (errors.length > 0) {
    throw new DomainError(
      "kelas_opd_tidak_valid",
      `Rincian anggaran per kelas belanja ditolak: ${errors.map((e) => e.pesan).join("; ")}`,
      { errors },
    );
  }
  return out.sort((a, b) => teks(a.akun, b.akun));
}

/**
 * Capaian of every RPJMD IKU of the Pemda for one year (issue 15, ADR 0036): the target of that year, the realisasi
 * (entered at Pemda level, or taken from the linked OPD indicators' measurement that year — typed, IKM of the
 * survey or Nilai AKIP of the evaluation, as the OPD's own measurement reads it — combined per the IKU's
 * `gabungan`), the capaian and kategori from the rules core with the Pemda's kategori-capaian scale, the same for
 * the year before, and the realisasi against the RPJMD's end-of-period target. Read with rpjmd.baca.
 */
import type { Polaritas, RumusNegatif } from "../../domain/capaian";
import { formatAngka } from "../../domain/format/angka";
import { formatPersen } from "../../domain/format/persen";
import { aturanUntuk } from "../../domain/pengaturan/aturan-pemda";
import { capaianIku, LABEL_GABUNGAN, realisasiDariTautan } from "../../domain/rpjmd";
import type { Dec } from "../../domain/shared/decimal";
import { DomainError } from "../../domain/shared/errors";
import type { Db } from "../../storage/database";
import type { RpjmdRow } from "../../storage/repositories/perencanaan-repository";
import { otorisasiPemda } from "../bersama/lingkup";
import type { ServiceContext } from "../context";
import { NotFoundError } from "../errors";
import { bacaPengaturanPemda } from "../pengaturan/pengaturan-pemda";
import { muatDataPengukuran } from "../pengukuran/muat-data";
import { type DataPengukuran, realisasiTahun } from "../pengukuran/sumber-nilai";
import { type IkuTampil, muatRpjmdIku, rpjmdTahun, type RpjmdIku } from "./iku-rpjmd";

export interface NilaiTampil {
  nilai: string;
  tampil: string;
}

export interface CapaianTampil extends NilaiTampil {
  kategori: string;
}

export interface TitikIku {
  tahun: number;
  target: string | null;
  realisasi: NilaiTampil | null;
  capaian: CapaianTampil | null;
  /** Why a value is missing (Indonesian), null when complete. */
  catatan: string | null;
}

export interface BarisCapaianIku {
  tujuan: { kode: string; teks: string };
  sasaran: { kode: string; teks: string };
  kode: string;
  nama: string;
  satuan: string;
  polaritas: Polaritas;
  rumusNegatif: RumusNegatif;
  sumber: "langsung" | "tautan";
  /** Where the realisasi comes from, in words ("Kecamatan Sei Balai — IKM; indikator sumber yang ditetapkan"). */
  asal: string;
  catatanData: string;
  ini: TitikIku;
  lalu: TitikIku;
  /** RPJMD end-of-period target and this year's realisasi against it. */
  akhir: { tahun: number; target: string | null; capaian: CapaianTampil | null };
}

export interface CapaianIkuPemda {
  pemda: { slug: string; nama: string };
  tahun: number;
  rpjmd: RpjmdIku["rpjmd"];
  dokumen: RpjmdIku;
  baris: BarisCapaianIku[];
}

function angka(d: Dec | string): NilaiTampil {
  const s = typeof d === "string" ? d : d.toString();
  return { nilai: s, tampil: formatAngka(s) };
}

/** Computes the rows (no authorisation: callers authorise). */
export async function hitungCapaianIkuPemda(
  db: Db,
  pemda: { id: string; slug: string; nama: string },
  r: RpjmdRow,
  tahun: number,
): Promise<CapaianIkuPemda> {
  const { dok, pohon } = await muatRpjmdIku(db, pemda, r);
  const pengaturan = await bacaPengaturanPemda(db, pemda.id);
  const opdIds = [...new Set(pohon.tautan.map((l) => l.opdId))];
  const data = new Map<string, DataPengukuran>();
  for (const id of opdIds) data.set(id, await muatDataPengukuran(db, id, pemda.id));

  const titik = (iku: IkuTampil, links: typeof pohon.tautan, t: number): TitikIku => {
    const target = iku.target[String(t)] ?? null;
    let realisasi: Dec | string | null = null;
    let catatan: string | null = null;
    if (iku.sumber === "langsung") {
      realisasi = iku.realisasi[String(t)]?.nilai ?? null;
      if (realisasi === null) catatan = `realisasi ${t} belum diisi`;
    } else {
      const nilai = links.map((l) => {
        const d = data.get(l.opdId)!;
        const ind = d.indikator.find((x) => x.id === l.indikatorId);
        const v = ind ? realisasiTahun(d, ind, t).realisasi : null;
        return { nilai: v?.nilai ?? null, utama: l.utama, label: `${l.opdNama} — ${l.indikatorNama}` };
      });
      try {
        const h = realisasiDariTautan(nilai, iku.gabungan, iku.nama);
        realisasi = h.nilai;
        catatan = h.alasan;
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        catatan = e.message;
      }
    }
    let capaian: CapaianTampil | null = null;
    try {
      const c = capaianIku({
        nama: iku.nama,
        target,
        realisasi,
        polaritas: iku.polaritas,
        rumusNegatif: iku.rumusNegatif,
        skala: aturanUntuk(pengaturan.pilihanAturan, "kategori-capaian", t),
      });
      if (c) capaian = { nilai: c.capaian.toFixed(2), tampil: formatPersen(c.capaian), kategori: c.kategori };
      else if (target === null) catatan = catatan ?? `target ${t} belum diisi`;
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      catatan = e.message;
    }
    return { tahun: t, target, realisasi: realisasi === null ? null : angka(realisasi), capaian, catatan };
  };

  const baris: BarisCapaianIku[] = [];
  for (const t of dok.tujuan) {
    const tRow = pohon.tujuan.find((x) => x.kode === t.kode);
    for (const s of t.sasaran) {
      const sRow = pohon.sasaran.find((x) => x.tujuanId === tRow?.id && x.kode === s.kode);
      for (const i of s.iku) {
        const iRow = pohon.iku.find((x) => x.sasaranId === sRow?.id && x.kode === i.kode);
        const links = pohon.tautan.filter((l) => l.ikuId === iRow?.id);
        const ini = titik(i, links, tahun);
        const targetAkhir = i.target[String(r.tahunAkhir)] ?? null;
        let akhir: CapaianTampil | null = null;
        if (ini.realisasi && targetAkhir) {
          try {
            const c = capaianIku({
              nama: i.nama,
              target: targetAkhir,
              realisasi: ini.realisasi.nilai,
              polaritas: i.polaritas,
              rumusNegatif: i.rumusNegatif,
              skala: aturanUntuk(pengaturan.pilihanAturan, "kategori-capaian", tahun),
            });
            if (c) akhir = { nilai: c.capaian.toFixed(2), tampil: formatPersen(c.capaian), kategori: c.kategori };
          } catch (e) {
            if (!(e instanceof DomainError)) throw e;
          }
        }
        const asal =
          i.sumber === "langsung"
            ? `Diisi tingkat Pemda${i.realisasi[String(tahun)] ? ` (${i.realisasi[String(tahun)]!.sumber})` : ""}`
            : `${i.tautan.map((l) => `${l.opdNama} — ${l.indikatorNama}${l.utama && i.gabungan === "utama" ? " (sumber)" : ""}`).join("; ")}; ${LABEL_GABUNGAN[i.gabungan]}`;
        baris.push({
          tujuan: { kode: t.kode, teks: t.teks },
          sasaran: { kode: s.kode, teks: s.teks },
          kode: i.kode,
          nama: i.nama,
          satuan: i.satuan,
          polaritas: i.polaritas,
          rumusNegatif: i.rumusNegatif,
          sumber: i.sumber,
          asal,
          catatanData: i.catatan,
          ini,
          lalu: titik(i, links, tahun - 1),
          akhir: { tahun: r.tahunAkhir, target: targetAkhir, capaian: akhir },
        });
      }
    }
  }
  return { pemda: { slug: pemda.slug, nama: pemda.nama }, tahun, rpjmd: dok.rpjmd, dokumen: dok, baris };
}

export async function bacaCapaianIkuPemda(
  ctx: ServiceContext,
  pemdaSlug: string,
  tahun: number,
): Promise<CapaianIkuPemda> {
  const { pemda, pemdaId } = await otorisasiPemda(ctx, pemdaSlug, "rpjmd.baca");
  const r = await rpjmdTahun(ctx.db, pemdaId, tahun);
  if (!r) throw new NotFoundError(`Tidak ada RPJMD yang periodenya mencakup tahun ${tahun}`);
  return hitungCapaianIkuPemda(ctx.db, { id: pemdaId, slug: pemda.slug, nama: pemda.nama }, r, tahun);
}

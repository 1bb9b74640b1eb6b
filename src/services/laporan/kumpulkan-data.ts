/**
 * Organisation, measurement extras and budget of an OPD for the report, read from the database: profile and desa,
 * pejabat, SKM and AKIP results, the peer, the analyses, the program/kegiatan indicators, and the budget tree with
 * its realisasi up to the latest month, the DPA breakdown by account and the program → sasaran links.
 */
import { formatTanggal, hariDalamBulan } from "../../domain/format";
import type { Db } from "../../storage/database";
import { bacaKelasOpd, bacaSasaran } from "../../storage/repositories/anggaran-repository";
import { listHasilAkip, listHasilSurvei } from "../../storage/repositories/hasil-tertaut-repository";
import {
  getOpdProfil,
  listButir,
  listDesa,
  listUnitKerja,
} from "../../storage/repositories/organisasi-profil-repository";
import type { PejabatRow } from "../../storage/repositories/pejabat-repository";
import { getPembanding, listPembandingNilai } from "../../storage/repositories/pembanding-repository";
import { listAnalisis, listIndikatorProgram } from "../../storage/repositories/pengukuran-repository";
import { faktorTriwulanPerSasaran, lengkapiAnalisis } from "../renaksi/faktor-lkjip";
import type {
  AkipTahunSumber,
  AnggaranSumber,
  OrganisasiSumber,
  PejabatSumber,
  PeerSumber,
  ProfilSumber,
  SkmSumber,
} from "../../reports/model/sumber";
import { hitungIkm } from "../../domain/ikm";
import { hitungAkip } from "../../reports/model/hitung/kinerja";
import { opsiIkmPemda } from "../../domain/pengaturan/aturan-pemda";
import type { PilihanAturan } from "../../domain/aturan/profil";
import { listIndikator } from "../../storage/repositories/indikator-repository";
import { jenisTautan } from "../hasil/indikator-tertaut";
import { bacaPohonTersimpan } from "../anggaran/data";
import { angkaTarget } from "./kumpulkan-rencana";

export function pejabatSumber(p: PejabatRow): PejabatSumber {
  return {
    kode: p.id,
    nama: p.nama,
    ...(p.gelarDepan ? { gelarDepan: p.gelarDepan } : {}),
    ...(p.gelarBelakang ? { gelarBelakang: p.gelarBelakang } : {}),
    jabatan: p.jabatan,
    ...(p.pangkat ? { pangkat: p.pangkat } : {}),
    ...(p.nip ? { nip: p.nip } : {}),
    ...(p.eselon ? { eselon: p.eselon } : {}),
  };
}

export async function bacaOrganisasi(
  db: Db,
  opdId: string,
): Promise<{ organisasi: OrganisasiSumber; profil: ProfilSumber | null; urutanUnit: Map<string, number> }> {
  const [profil, butir, unit, desa] = await Promise.all([
    getOpdProfil(db, opdId),
    listButir(db, opdId),
    listUnitKerja(db, opdId),
    listDesa(db, opdId),
  ]);
  const jenis = (j: string) => butir.filter((b) => b.jenis === j).sort((a, b) => a.nomor - b.nomor);
  const idKode = new Map(unit.map((u) => [u.id, u.kode]));
  return {
    urutanUnit: new Map(unit.map((u) => [u.id, u.urutan])),
    organisasi: {
      tugasFungsi: profil?.tugas
        ? { dasarHukum: profil.dasarTugas ?? "", tugas: profil.tugas, fungsi: jenis("fungsi").map((b) => b.teks) }
        : null,
      susunan: profil?.uraianSusunan ? { dasarHukum: profil.dasarSusunan ?? "", uraian: profil.uraianSusunan } : null,
      unit: [...unit]
        .sort((a, b) => a.urutan - b.urutan)
        .map((u) => ({ kode: u.kode, nama: u.nama, indukKode: u.indukId ? (idKode.get(u.indukId) ?? null) : null })),
      dasarHukum: jenis("dasar-hukum").map((b) => b.teks),
      inovasi: jenis("inovasi").map((b) => ({ nama: b.judul ?? "", deskripsi: b.teks })),
    },
    profil:
      desa.length === 0
        ? null
        : {
            batas: [],
            desa: [...desa]
              .sort((a, b) => a.nomor - b.nomor)
              .map((d) => ({
                nama: d.nama,
                luasHa: d.luasHa,
                dusun: d.dusun,
                kk: d.kk,
                pendudukL: d.pendudukL,
                pendudukP: d.pendudukP,
                lahan:
                  d.perkebunanHa !== null && d.pertanianHa !== null && d.perumahanHa !== null
                    ? { perkebunanHa: d.perkebunanHa, pertanianHa: d.pertanianHa, perumahanHa: d.perumahanHa }
                    : null,
              })),
            sumberData: null,
          },
  };
}

export async function bacaHasil(
  db: Db,
  opdId: string,
  tahun: number,
): Promise<{ skm: SkmSumber | null; akip: AkipTahunSumber[]; targetKomponenAkip: AkipTahunSumber | null }> {
  const [survei, akip] = await Promise.all([listHasilSurvei(db, [opdId]), listHasilAkip(db, [opdId])]);
  const s = survei.filter((x) => x.tahun === tahun).at(-1);
  const kerangka = (k: string): AkipTahunSumber["kerangka"] => (k === "12/2015" ? "12/2015" : "88/2021");
  const target = akip.find((a) => a.tahun === tahun && a.jenis === "target");
  return {
    skm: s
      ? {
          tahun,
          responden: s.responden ?? 0,
          periodeMulai: s.periodeMulai,
          periodeSelesai: s.periodeSelesai,
          jumlah: s.jenisMasukan === "jumlah" ? s.nilai : {},
          ...(s.jenisMasukan === "nrr" ? { nrr: s.nilai } : {}),
          label: {},
          analisis: {},
          metode: null,
          aplikasi: s.sumber,
        }
      : null,
    akip: akip
      .filter((a) => a.jenis === "hasil")
      .map((a) => ({ tahun: a.tahun, kerangka: kerangka(a.kerangka), komponen: a.komponen })),
    targetKomponenAkip: target ? { tahun, kerangka: kerangka(target.kerangka), komponen: target.komponen } : null,
  };
}

/**
 * The peer and its figures. When the peer is an OPD of the system, its realisasi of IKM / Nilai AKIP comes from its
 * own results in the database (as the measurement module does), else from the published figure typed in.
 */
export async function bacaPeer(db: Db, opdId: string, pilihan: PilihanAturan = {}): Promise<PeerSumber | null> {
  const [p, nilai, indikator] = await Promise.all([
    getPembanding(db, opdId),
    listPembandingNilai(db, opdId),
    listIndikator(db, opdId),
  ]);
  if (!p) return null;
  const [survei, akip] = p.peerOpdId
    ? await Promise.all([listHasilSurvei(db, [p.peerOpdId]), listHasilAkip(db, [p.peerOpdId])])
    : [[], []];
  // the peer's figure comes from its own result when our indicator of that code is linked by kind (ADR 0019)
  const jenis = new Map(indikator.map((i) => [i.kode, jenisTautan(i)]));
  const dariDb = (kode: string, tahun: number): string | null => {
    const s = jenis.get(kode) === "ikm" ? survei.filter((x) => x.tahun === tahun).at(-1) : undefined;
    if (s) {
      const opsi = opsiIkmPemda(pilihan, tahun);
      const h =
        s.jenisMasukan === "nrr"
          ? hitungIkm({ jenis: "nrr", nrr: s.nilai }, opsi)
          : hitungIkm({ jenis: "jumlah", responden: s.responden, jumlah: s.nilai }, opsi);
      return h.ikmTampil;
    }
    const a =
      jenis.get(kode) === "akip" ? akip.filter((x) => x.tahun === tahun && x.jenis === "hasil").at(-1) : undefined;
    if (!a) return null;
    return hitungAkip({ tahun, kerangka: a.kerangka === "12/2015" ? "12/2015" : "88/2021", komponen: a.komponen })
      .totalTampil;
  };
  return {
    opdNama: p.namaPeer,
    sumberData: p.sumber,
    nilai: nilai.map((n) => ({
      indikatorKode: n.indikatorKode,
      tahun: n.tahun,
      target: angkaTarget(n.targetTeks)?.nilai ?? null,
      realisasi: dariDb(n.indikatorKode, n.tahun) ?? angkaTarget(n.realisasiTeks)?.nilai ?? null,
    })),
  };
}

export async function bacaAnalisisProgram(
  db: Db,
  opdId: string,
  tahun: number,
  kodeSasaran: Map<string, string>,
  /** With the Pemda: sasaran without a written analysis take the Rencana Aksi's quarterly factors (issue #19). */
  pemdaId?: string,
) {
  const [analisis, program, faktor] = await Promise.all([
    listAnalisis(db, opdId, tahun),
    listIndikatorProgram(db, opdId, tahun),
    pemdaId ? faktorTriwulanPerSasaran(db, pemdaId, opdId, tahun) : Promise.resolve(new Map()),
  ]);
  const tertulis = analisis
    .filter((a) => kodeSasaran.has(a.sasaranId))
    .map((a) => ({
      sasaranKode: kodeSasaran.get(a.sasaranId)!,
      pengantar: [] as string[],
      faktorPendukung: a.faktorPendukung,
      faktorPenghambat: a.faktorPenghambat,
      solusi: [...a.solusi, ...a.rekomendasi],
    }));
  return {
    analisis: lengkapiAnalisis(tertulis, faktor, kodeSasaran, (sasaranKode) => ({
      sasaranKode,
      pengantar: [] as string[],
      faktorPendukung: [],
      faktorPenghambat: [],
      solusi: [],
    })),
    program: [...program]
      .sort((a, b) => a.urutan - b.urutan)
      .filter((r) => kodeSasaran.has(r.sasaranId))
      .map((r) => ({
        sasaranKode: kodeSasaran.get(r.sasaranId)!,
        tingkat: r.tingkat,
        uraian: r.programKegiatan,
        kode: r.kodeDppa,
        indikator: r.indikator,
        target: angkaTarget(r.targetTeks)?.nilai ?? null,
        realisasi: r.realisasi,
        menunjang: r.menunjang,
      })),
  };
}

const BULAN_TERAKHIR = 12;

/** The stored budget (realisasi up to the latest month) as AnggaranSumber; null when nothing is stored. */
export async function bacaAnggaran(
  db: Db,
  pemdaId: string,
  opdId: string,
  tahun: number,
): Promise<{ anggaran: AnggaranSumber | null; tautan: { kode: string; sasaranKode: string }[] }> {
  const k = { pemdaId, opdId, tahun };
  const { nodes, pohon, bulan } = await bacaPohonTersimpan(db, k, BULAN_TERAKHIR);
  if (nodes.length === 0) return { anggaran: null, tautan: [] };
  const [kelas, tautan] = await Promise.all([bacaKelasOpd(db, k), bacaSasaran(db, k)]);
  const perubahan = nodes.some((n) => n.anggaranPerubahan !== null);
  const perTanggal =
    bulan === null ? null : formatTanggal({ year: tahun, month: bulan, day: hariDalamBulan(tahun, bulan) });
  return {
    anggaran: {
      perTanggal,
      keterangan: perubahan ? "PAPBD" : "APBD",
      sumberData: {
        rencana: perubahan ? `DPPA ${tahun}` : `DPA ${tahun}`,
        realisasi: `Realisasi anggaran${perTanggal ? ` per ${perTanggal}` : ""}`,
      },
      label: nodes.filter((n) => n.level !== "sub-kegiatan").map((n) => ({ kode: n.kode, uraian: n.uraian })),
      subKegiatan: nodes
        .filter((n) => n.level === "sub-kegiatan")
        .map((n) => {
          const node = pohon.indeks.get(n.kode);
          const r = node?.realisasi;
          return {
            kode: n.kode,
            uraian: n.uraian,
            anggaran: node?.anggaran.toString() ?? n.anggaranPerubahan ?? n.anggaranMurni ?? "0",
            realisasi: {
              pegawai: r?.pegawai.toString() ?? "0",
              barangJasa: r?.barangJasa.toString() ?? "0",
              modal: r?.modal.toString() ?? "0",
            },
          };
        }),
      rincianAkun: kelas.map((x) => ({
        akun: x.akun,
        anggaran: x.anggaran,
        ...(x.realisasi ? { realisasi: x.realisasi } : {}),
      })),
      penandatangan: null,
    },
    tautan,
  };
}

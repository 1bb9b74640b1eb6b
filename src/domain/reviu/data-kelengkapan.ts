/**
 * Completeness of an OPD-year's data (issue 14): every sasaran has an indicator (regulations.md §3.2: IKU per
 * sasaran), every indicator a target and a realisasi (§3.3 Bab III A.1 compares them), a typed realisasi has its
 * evidence (LKE 88/2021 asks for bukti dukung, §2.2), every official signs a PK (§3.1: "wajib disusun sampai eselon
 * yang paling rendah"), every sub-kegiatan's budget serves a sasaran (§3.3 Bab III A.6 efisiensi per sasaran).
 */
import { tautanModul } from "./data-bantu";
import type { SnapshotOpdTahun } from "./data-jenis";
import type { Temuan } from "./jenis";

const SUMBER_IKU = "regulations.md §3.2 (IKU per sasaran, Permenpan RB 53/2014)";
const SUMBER_BAB3 = "regulations.md §3.3 Bab III A.1 (target dibandingkan dengan realisasi)";
const SUMBER_BUKTI = "regulations.md §2.2 (LKE 88/2021: bukti dukung capaian)";
const SUMBER_PK = 'regulations.md §3.1 (PK "wajib disusun sampai eselon yang paling rendah")';
const SUMBER_EFISIENSI = "regulations.md §3.3 Bab III A.6 (efisiensi: anggaran per sasaran)";

/** The code of a sub-kegiatan's program and kegiatan ("7.01.02.2.01.0001" → "7.01.02", "7.01.02.2.01"). */
function awalanKode(kode: string): string[] {
  const b = kode.split(".");
  return [b.slice(0, 3).join("."), b.slice(0, 5).join("."), kode];
}

export function periksaKelengkapan(s: SnapshotOpdTahun): Temuan[] {
  const out: Temuan[] = [];
  const ren = tautanModul("perencanaan", s);
  const ukur = tautanModul("pengukuran", s);
  if (s.sasaran.length === 0 && s.indikator.length === 0) {
    out.push({
      keparahan: "galat",
      aturan: "tahun-kosong",
      pesan: `Tahun ${s.tahun} ${s.opdNama} belum berisi sasaran maupun indikator: tidak ada kinerja yang dapat diajukan atau dilaporkan.`,
      lokasi: { modul: "pengukuran", tabel: "Pengukuran kinerja" },
      sumber: SUMBER_BAB3,
      tautan: ren,
    });
    return out;
  }
  for (const sa of s.sasaran) {
    if (!s.indikator.some((i) => i.sasaranKode === sa.kode)) {
      out.push({
        keparahan: "galat",
        aturan: "sasaran-tanpa-indikator",
        pesan: `Sasaran ${sa.kode} "${sa.teks}" belum memiliki indikator kinerja.`,
        lokasi: { modul: "perencanaan", tabel: "Sasaran Renstra", barisTabel: sa.kode },
        sumber: SUMBER_IKU,
        tautan: ren,
      });
    }
  }
  for (const i of s.indikator) {
    const baris = `${i.kode} (${i.nama})`;
    if (i.target === null) {
      out.push({
        keparahan: "galat",
        aturan: "indikator-tanpa-target",
        pesan: `Indikator ${baris} belum memiliki target tahun ${s.tahun}; capaiannya tidak dapat dihitung.`,
        lokasi: { modul: "perencanaan", tabel: "Target indikator", barisTabel: baris, kolom: `Target ${s.tahun}` },
        sumber: SUMBER_BAB3,
        tautan: ren,
      });
    }
    if (i.realisasi === null) {
      out.push({
        keparahan: "galat",
        aturan: "indikator-tanpa-realisasi",
        pesan: `Indikator ${baris} belum memiliki realisasi tahun ${s.tahun}.`,
        lokasi: { modul: "pengukuran", tabel: "Pengukuran kinerja", barisTabel: baris, kolom: "Realisasi" },
        sumber: SUMBER_BAB3,
        tautan: ukur,
      });
    } else if (i.sumberRealisasi === "manual" && i.jumlahBukti === 0) {
      out.push({
        keparahan: "peringatan",
        aturan: "realisasi-tanpa-bukti",
        pesan: `Realisasi indikator ${baris} belum dilampiri bukti dukung.`,
        lokasi: { modul: "pengukuran", tabel: "Pengukuran kinerja", barisTabel: baris, kolom: "Bukti" },
        sumber: SUMBER_BUKTI,
        tautan: ukur,
      });
    }
  }
  const punyaPk = new Set(s.pk.map((p) => p.pihakPertamaKode));
  for (const p of s.pejabat) {
    if (p.eselon === null || punyaPk.has(p.kode)) continue;
    const kepala = p.kode === s.kepalaOpdKode;
    out.push({
      keparahan: kepala ? "galat" : "peringatan",
      aturan: "pk-pejabat",
      pesan: `${p.jabatan} (${p.nama}) belum memiliki Perjanjian Kinerja tahun ${s.tahun}.`,
      lokasi: { modul: "pk", tabel: "Perjanjian Kinerja", barisTabel: p.jabatan },
      sumber: SUMBER_PK,
      tautan: tautanModul("pk", s),
    });
  }
  if (s.anggaran && s.anggaran.pemetaan.length > 0) {
    const tertaut = new Set(s.anggaran.pemetaan.flatMap((m) => m.kode));
    for (const sk of s.anggaran.subKegiatan) {
      if (awalanKode(sk.kode).some((k) => tertaut.has(k))) continue;
      out.push({
        keparahan: "peringatan",
        aturan: "anggaran-tanpa-sasaran",
        pesan: `Sub kegiatan ${sk.kode} "${sk.uraian}" tidak tertaut ke sasaran mana pun; anggarannya tidak masuk analisis efisiensi.`,
        lokasi: { modul: "anggaran", tabel: "Pemetaan program ke sasaran", barisTabel: sk.kode },
        sumber: SUMBER_EFISIENSI,
        tautan: tautanModul("anggaran", s),
      });
    }
  }
  return out;
}

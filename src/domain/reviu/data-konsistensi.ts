/**
 * Consistency of an OPD-year's data (issue 14): the IKU flags agree with the rows the PK (and so the report's Bab II,
 * which counts the PK's rows as "indikator kinerja utama") carries; the PK's budget agrees with the DPA (§3.1: the PK
 * follows the DPA/DPPA); the cascade has its head (a lower PK without the kepala OPD's); the DPA by sub-kegiatan agrees
 * with the DPA by account; a table's parts fit its total (the desa table: land use ≤ area, no area missing); the
 * figures printed in the source documents that differ from the data are listed (catatan sumber).
 */
import { angka, tampil, tautanModul } from "./data-bantu";
import type { PkData, SnapshotOpdTahun } from "./data-jenis";
import type { Temuan } from "./jenis";
import { type Dec, dec } from "../shared/decimal";

const SUMBER_PK = "regulations.md §3.1 (PK memuat IKU; disusun sesudah DPA, PK Perubahan mengikuti DPPA)";
const SUMBER_IKU = "regulations.md §3.2 (IKU ditetapkan pimpinan sebagai dasar penilaian)";
const SUMBER_JUMLAH = "Aritmetika: jumlah bagian = total";

const jumlah = (xs: (string | null)[]): Dec => xs.reduce<Dec>((a, x) => a.add(angka(x) ?? 0), dec(0));

/** The PK that counts for a level: the latest version (regulations.md §3.1 "measure against the latest PK"). */
function pkBerlaku(pk: PkData[], level: PkData["level"]): PkData | null {
  const ada = pk.filter((p) => p.level === level);
  return ada.find((p) => p.versi === "perubahan") ?? ada[0] ?? null;
}

export function periksaKonsistensi(s: SnapshotOpdTahun): Temuan[] {
  const out: Temuan[] = [];
  const pkLink = tautanModul("pk", s);
  const kepala = pkBerlaku(s.pk, "kepala-opd");
  const byKode = new Map(s.indikator.map((i) => [i.kode, i]));
  if (kepala) {
    const dalamPk = new Set(kepala.indikatorKode);
    for (const kode of dalamPk) {
      const i = byKode.get(kode);
      if (!i) {
        out.push({
          keparahan: "peringatan",
          aturan: "kaskade-indikator",
          pesan: `Perjanjian Kinerja kepala OPD memuat indikator ${kode} yang tidak ada dalam Renstra tahun ${s.tahun}.`,
          lokasi: { modul: "pk", tabel: "Perjanjian Kinerja kepala OPD", barisTabel: kode },
          sumber: SUMBER_PK,
          tautan: pkLink,
        });
      } else if (!i.iku) {
        out.push({
          keparahan: "galat",
          aturan: "iku-pk",
          pesan: `Indikator ${i.kode} (${i.nama}) dimuat dalam PK kepala OPD dan dihitung laporan sebagai indikator kinerja utama, padahal tidak ditandai IKU.`,
          lokasi: { modul: "perencanaan", tabel: "Indikator Renstra", barisTabel: i.kode, kolom: "IKU" },
          tertulis: "bukan IKU",
          seharusnya: "IKU (dimuat dalam PK)",
          sumber: SUMBER_IKU,
          tautan: tautanModul("perencanaan", s),
        });
      }
    }
    for (const i of s.indikator) {
      if (i.iku && !dalamPk.has(i.kode)) {
        out.push({
          keparahan: "peringatan",
          aturan: "iku-pk",
          pesan: `IKU ${i.kode} (${i.nama}) tidak dimuat dalam Perjanjian Kinerja kepala OPD tahun ${s.tahun}.`,
          lokasi: { modul: "pk", tabel: "Perjanjian Kinerja kepala OPD", barisTabel: i.kode },
          tertulis: "tidak ada",
          seharusnya: "dimuat",
          sumber: SUMBER_IKU,
          tautan: pkLink,
        });
      }
    }
    const dpa = s.anggaran ? jumlah(s.anggaran.subKegiatan.map((x) => x.anggaran)) : null;
    const pkRp = angka(kepala.jumlahAnggaran);
    if (dpa !== null && !dpa.isZero() && pkRp !== null && !pkRp.isZero() && !pkRp.equals(dpa)) {
      out.push({
        keparahan: "peringatan",
        aturan: "pk-dpa",
        pesan: `Anggaran dalam PK kepala OPD (${kepala.versi}) Rp ${tampil(pkRp)} berbeda dengan jumlah DPA per sub kegiatan Rp ${tampil(dpa)}.`,
        lokasi: { modul: "pk", tabel: "Perjanjian Kinerja kepala OPD", kolom: "Anggaran" },
        tertulis: tampil(pkRp),
        seharusnya: tampil(dpa),
        sumber: SUMBER_PK,
        tautan: pkLink,
      });
    }
  } else if (s.pk.some((p) => p.level === "eselon-iii" || p.level === "eselon-iv")) {
    out.push({
      keparahan: "peringatan",
      aturan: "kaskade-pk",
      pesan: `Ada Perjanjian Kinerja eselon III/IV tahun ${s.tahun} tanpa Perjanjian Kinerja kepala OPD di atasnya.`,
      lokasi: { modul: "pk", tabel: "Perjanjian Kinerja" },
      sumber: SUMBER_PK,
      tautan: pkLink,
    });
  }
  if (s.anggaran) {
    const a = s.anggaran;
    const perSub = jumlah(a.subKegiatan.map((x) => x.anggaran));
    const perAkun = jumlah(a.rincianAkun.map((x) => x.anggaran));
    if (a.subKegiatan.length > 0 && a.rincianAkun.length > 0 && !perSub.equals(perAkun)) {
      out.push({
        keparahan: "peringatan",
        aturan: "jumlah-dpa",
        pesan: `Jumlah DPA per akun belanja Rp ${tampil(perAkun)} berbeda dengan jumlah per sub kegiatan Rp ${tampil(perSub)}.`,
        lokasi: { modul: "anggaran", tabel: "DPA per akun belanja", barisTabel: "JUMLAH", kolom: "Anggaran" },
        tertulis: tampil(perAkun),
        seharusnya: tampil(perSub),
        sumber: SUMBER_JUMLAH,
        tautan: tautanModul("anggaran", s),
      });
    }
    for (const sk of a.subKegiatan) {
      const ang = angka(sk.anggaran);
      const re = angka(sk.realisasi);
      if (ang !== null && re !== null && re.greaterThan(ang)) {
        out.push({
          keparahan: "peringatan",
          aturan: "realisasi-melebihi-anggaran",
          pesan: `Realisasi sub kegiatan ${sk.kode} Rp ${tampil(re)} melebihi anggarannya Rp ${tampil(ang)}.`,
          lokasi: { modul: "anggaran", tabel: "Laporan Pengawasan Anggaran", barisTabel: sk.kode, kolom: "Realisasi" },
          tertulis: tampil(re),
          seharusnya: `≤ ${tampil(ang)}`,
          sumber: "regulations.md §4 (serapan anggaran = realisasi / anggaran × 100)",
          tautan: tautanModul("anggaran", s),
        });
      }
    }
  }
  out.push(...periksaDesa(s), ...periksaAngkaTerbit(s));
  return out;
}

function periksaDesa(s: SnapshotOpdTahun): Temuan[] {
  const out: Temuan[] = [];
  const profil = tautanModul("profil", s);
  for (const d of s.desa) {
    const luas = angka(d.luasHa);
    if (luas === null) {
      out.push({
        keparahan: "peringatan",
        aturan: "jumlah-tabel-desa",
        pesan: `Luas desa ${d.nama} belum diisi: total luas wilayah pada tabel desa tidak dapat dihitung.`,
        lokasi: { modul: "profil", tabel: "Tabel desa", barisTabel: d.nama, kolom: "Luas (Ha)" },
        sumber: SUMBER_JUMLAH,
        tautan: profil,
      });
      continue;
    }
    if (!d.lahan) continue;
    const lahan = jumlah([d.lahan.perkebunanHa, d.lahan.pertanianHa, d.lahan.perumahanHa]);
    if (lahan.greaterThan(luas)) {
      out.push({
        keparahan: "peringatan",
        aturan: "jumlah-tabel-desa",
        pesan: `Jumlah penggunaan lahan desa ${d.nama} (${tampil(lahan)} Ha) melebihi luas desanya (${tampil(luas)} Ha).`,
        lokasi: { modul: "profil", tabel: "Tabel penggunaan lahan", barisTabel: d.nama, kolom: "Jumlah" },
        tertulis: tampil(lahan),
        seharusnya: `≤ ${tampil(luas)}`,
        sumber: SUMBER_JUMLAH,
        tautan: profil,
      });
    }
  }
  return out;
}

/** Source documents that print a figure differently from the data (catatan sumber): listed, never silent. */
function periksaAngkaTerbit(s: SnapshotOpdTahun): Temuan[] {
  return s.angkaTerbit.map((c) => ({
    keparahan: "info" as const,
    aturan: "angka-terbit",
    pesan: `${c.fakta} Dipakai: ${c.dipilih ?? "-"} (${c.alasan})`,
    lokasi: { modul: "pengukuran" as const, tabel: "Catatan sumber", barisTabel: c.terkait ?? c.kode },
    tertulis: c.tertulis.map((t) => `${t.teks} (${t.sumber})`).join("; "),
    ...(c.dipilih ? { seharusnya: c.dipilih } : {}),
    sumber: "Catatan sumber: angka terbit yang berbeda dengan data",
    tautan: tautanModul("pengukuran", s),
  }));
}

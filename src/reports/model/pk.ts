/**
 * Perjanjian Kinerja documents: the pernyataan (parties, the two standard paragraphs, signatures) and the lampiran
 * (kinerja table and anggaran table with a computed JUMLAH), for every level and version.
 * NOTE: regulations.md §3.1 (verbatim pernyataan text, SEED 1052-1068; lampiran columns by level); SEED 1044-1705.
 */
import { sum } from "../../domain/shared/decimal";
import { blokTtd } from "./bab/depan";
import type { Blok, BlokTandaTangan, Paragraf, Sel, Tabel } from "./dokumen";
import { type Konteks, pejabat } from "./konteks";
import { angka, barisNomorKolom, kepala, sel } from "./sel";
import type { BarisAnggaranPkSumber, BarisKinerjaPkSumber, PejabatSumber, PkSumber } from "./sumber";
import { namaLengkap, nilaiPredikat, seperti, tanggal } from "./tampil";

const PEMBUKA =
  "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini :";
const JANJI =
  "Pihak Pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.";
const SUPERVISI =
  "Pihak Kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.";
const JANJI_KEPALA_DAERAH =
  "berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.";

/** Signature lines of a jabatan: the jabatan, the OPD when the jabatan does not name it, the Pemda. */
export function barisJabatan(k: Konteks, p: PejabatSumber | null, level: PkSumber["level"] | "atasan"): string[] {
  if (!p) return [];
  const j = p.jabatan.toUpperCase();
  if (p.kode === k.s.pemda.kepalaDaerah?.kode) return [j];
  const opd = k.s.opd.nama.toUpperCase();
  const pemda = k.s.pemda.nama.toUpperCase();
  const kepala = level === "kepala-opd" || p.kode === k.s.kepalaOpdKode;
  const tempat = j.includes(opd) || kepala ? [] : [opd];
  return [j, ...tempat, ...(j.includes(pemda) ? [] : [pemda])];
}

function pusat(teks: string, gaya: Paragraf["gaya"] = "tebal"): Paragraf {
  return { jenis: "paragraf", isi: [teks], rata: "tengah", gaya, rapat: true };
}

function kiri(teks: string): Paragraf {
  return { jenis: "paragraf", isi: [teks], rata: "rata", rapat: true };
}

function identitas(k: Konteks, p: PejabatSumber | null, jabatan: string[], kunci: string): Tabel {
  const nama = p
    ? [{ t: "tebal" as const, teks: namaLengkap(p) }]
    : [k.hilang.tandai(`pk:${kunci}`, `pejabat ${kunci}`)];
  return {
    jenis: "tabel",
    id: `pk-identitas-${kunci}`,
    judul: "",
    bernomor: false,
    tanpaGaris: true,
    kepala: [],
    badan: [
      [sel("Nama"), sel(":"), sel(nama)],
      [sel("Jabatan"), sel(":"), sel(jabatan.join(" ") || "–")],
    ],
    lebarKolom: [2, 0.4, 10],
  };
}

/** An acting party (Plt./Plh.) shows the position he fills ("Plt. Camat Sei Balai") instead of his own. */
function bertindak(p: PejabatSumber | null, jabatan: string | undefined): PejabatSumber | null {
  return p && jabatan ? { ...p, jabatan } : p;
}

function tahunVersi(pk: PkSumber): { perubahan: string; tahun: string } {
  return { perubahan: pk.versi === "perubahan" ? "PERUBAHAN " : "", tahun: String(pk.tahun) };
}

/** Pernyataan + lampiran of one PK as blocks (no section wrapper). */
export function blokPk(k: Konteks, pk: PkSumber, idAwal: string, halamanBaru = true): Blok[] {
  const p1 = bertindak(pejabat(k, pk.pihakPertamaKode), pk.jabatanPihakPertama);
  const p2 = bertindak(pejabat(k, pk.pihakKeduaKode), pk.jabatanPihakKedua);
  const { perubahan, tahun } = tahunVersi(pk);
  const eselon = pk.level === "eselon-iii" ? " ESELON III" : pk.level === "eselon-iv" ? " ESELON IV" : "";
  const instansi =
    pk.level === "kepala-daerah"
      ? k.s.pemda.nama.toUpperCase()
      : `${k.s.opd.nama.toUpperCase()} ${k.s.pemda.nama.toUpperCase()}`;
  const j1 = barisJabatan(k, p1, pk.level);
  const j2 = barisJabatan(k, p2, "atasan");
  const ttd = tandaTangan(k, pk, p1, p2, j1, j2);
  const out: Blok[] = [
    ...(halamanBaru ? [{ jenis: "halaman-baru" } as const] : []),
    pusat(`PERNYATAAN ${perubahan}PERJANJIAN KINERJA${eselon}`),
    pusat(instansi),
    pusat(`TAHUN ${tahun}`),
    { jenis: "spasi", baris: 1 },
    kiri(PEMBUKA),
    identitas(k, p1, j1, `${idAwal}-pihak-pertama`),
  ];
  if (pk.level === "kepala-daerah" || !pk.pihakKeduaKode) {
    out.push(kiri(JANJI_KEPALA_DAERAH));
  } else {
    out.push(kiri("selanjutnya disebut Pihak Pertama"), identitas(k, p2, j2, `${idAwal}-pihak-kedua`));
    out.push(kiri("selaku atasan Pihak Pertama, selanjutnya disebut Pihak Kedua"), kiri(JANJI), kiri(SUPERVISI));
  }
  out.push(ttd);
  out.push(
    { jenis: "halaman-baru" },
    pusat(`LAMPIRAN ${perubahan}PERJANJIAN KINERJA TAHUN ${tahun}`),
    ...(pk.level === "kepala-opd" || pk.level === "kepala-daerah" ? [pusat(instansi)] : j1.map((x) => pusat(x))),
    { jenis: "spasi", baris: 1 },
    tabelKinerjaPk(k, pk, `${idAwal}-kinerja`, false),
    { jenis: "spasi", baris: 1 },
    tabelAnggaranPk(pk, `${idAwal}-anggaran`, false),
    ttd,
  );
  return out;
}

function tandaTangan(
  k: Konteks,
  pk: PkSumber,
  p1: PejabatSumber | null,
  p2: PejabatSumber | null,
  j1: string[],
  j2: string[],
): Blok {
  const n = Math.max(j1.length, j2.length);
  const pad = (j: string[]) => [...j, ...Array.from({ length: n - j.length }, () => "")];
  const pertama = blokTtd(k, p1, pk.pihakKeduaKode ? "Pihak Pertama," : "", pad(j1));
  const kolom: BlokTandaTangan[] = pk.pihakKeduaKode ? [blokTtd(k, p2, "Pihak Kedua,", pad(j2)), pertama] : [pertama];
  return {
    jenis: "tanda-tangan",
    tempatTanggal: [`${pk.tempat}, ${tanggal(pk.tanggal)}`],
    posisiTanggal: pk.pihakKeduaKode ? "tengah" : "kanan",
    kolom,
  };
}

function selTarget(k: Konteks, r: BarisKinerjaPkSumber, tahun: number): Sel {
  if (r.target === null || r.target === undefined)
    return sel([k.hilang.tandai(`pk:target:${r.indikator}`, `target ${r.indikator} dalam PK ${tahun}`, "target")], {
      rata: "tengah",
    });
  return r.predikat
    ? sel(nilaiPredikat(r.target, tahun, k.s.aturan), { rata: "tengah" })
    : angka(r.target, "desimal", seperti(String(r.target)));
}

/** Kinerja table: NO | SASARAN … | INDIKATOR | SATUAN | TARGET; top rows numbered, children not. */
export function tabelKinerjaPk(k: Konteks, pk: PkSumber, id: string, bernomor: boolean, judul = ""): Tabel {
  const badan: Sel[][] = [];
  pk.kinerja.forEach((r, i) => {
    const baris = (x: BarisKinerjaPkSumber, no: string) => {
      badan.push([
        sel(no, { rata: "tengah" }),
        sel(x.sasaran),
        sel(x.indikator),
        sel(x.satuan, { rata: "tengah" }),
        selTarget(k, x, pk.tahun),
      ]);
      for (const a of x.anak ?? []) baris(a, "");
    };
    baris(r, `${i + 1}.`);
  });
  if (badan.length === 0)
    badan.push([sel([k.hilang.tandai(`pk:${pk.kode}:kinerja`, "baris kinerja PK")], { rentangKolom: 5 })]);
  return {
    jenis: "tabel",
    id,
    judul,
    bernomor,
    kepala: [
      [kepala("NO."), kepala(pk.kolomSasaran.toUpperCase()), kepala("INDIKATOR"), kepala("SATUAN"), kepala("TARGET")],
      barisNomorKolom(5, bernomor ? "kurung" : "polos"),
    ],
    badan,
    lebarKolom: [0.9, 4.3, 4.3, 1.7, 2.1],
  };
}

/** Anggaran table: NO | PROGRAM/KEGIATAN | ANGGARAN (Rp) | KETERANGAN and JUMLAH = Σ top-level rows. */
export function tabelAnggaranPk(pk: PkSumber, id: string, bernomor: boolean, judul = ""): Tabel {
  const badan: Sel[][] = [];
  const baris = (x: BarisAnggaranPkSumber, no: string) => {
    badan.push([
      sel(no, { rata: "tengah" }),
      sel(x.uraian),
      angka(x.anggaran, "rupiah"),
      sel(x.keterangan, { rata: "tengah" }),
    ]);
    for (const a of x.anak ?? []) baris(a, "");
  };
  pk.anggaran.forEach((r, i) => baris(r, `${i + 1}.`));
  let jumlah: ReturnType<typeof sum> | null = null;
  try {
    jumlah = sum(pk.anggaran.map((r) => r.anggaran));
  } catch {
    jumlah = null; // a row's anggaran is not a number (its cell says so): no total
  }
  badan.push([
    sel("JUMLAH", { rentangKolom: 2, rata: "tengah", tebal: true }),
    jumlah === null
      ? sel([{ t: "hilang", teks: "jumlah: anggaran per baris belum lengkap" }], { rata: "tengah" })
      : angka(jumlah, "rupiah", undefined, true),
    sel(""),
  ]);
  return {
    jenis: "tabel",
    id,
    judul,
    bernomor,
    kepala: [[kepala("NO."), kepala(pk.kolomAnggaran.toUpperCase()), kepala("ANGGARAN (Rp)"), kepala("KETERANGAN")]],
    badan,
    lebarKolom: [0.9, 6.4, 2.7, 2.4],
  };
}

/**
 * The same figure in the narrative and in the table above it: a sentence after a capaian table that names one of its
 * indicators (by name or acronym) and quotes its target or realisasi must quote the table's value. A clause is read
 * by its first keyword ("target", "menargetkan" → target; "memperoleh", "mendapatkan", "realisasi" → realisasi) and
 * the first figure after it. Only unambiguous sentences are judged: one indicator, and when the table has several
 * years, exactly one of them named.
 */
import { type AngkaCetak, bacaAngka, formatAngka, setengahSatuan } from "./angka";
import type { DokumenLaporan, Temuan } from "./jenis";
import { type Kolom, type TabelTerbaca, bacaKepala } from "./kepala";

const ANGKA = /(?<![\d.,])\d{1,3}(?:\.\d{3})*,\d{1,2}(?!\d|,\d)/g;
const KLAUSA = /,\s+|;\s+|\s+(?:dimana|di mana|sedangkan|sementara|namun|sehingga|tetapi)\s+/i;
const KATA_TARGET = /\b(?:target|menargetkan|ditargetkan)/i;
const KATA_REALISASI = /\b(?:memperoleh|mendapatkan|mendapat|realisasi(?:nya)?|terealisasi|mencapai nilai)\b/i;

interface Indikator {
  nama: string;
  /** Texts of the row (other than numbers), to tell it from the table's other rows (peers, other entities). */
  teksBaris: string[];
  pola: RegExp[];
  target: Map<string, AngkaCetak>;
  realisasi: Map<string, AngkaCetak>;
}

const daun = (k: Kolom) => {
  const d = (k.bagian.at(-1) ?? "").toLowerCase();
  return /^(19|20)\d{2}$/.test(d) ? k.kunci : d;
};

function akronim(nama: string): string[] {
  const hasil: string[] = [];
  const kurung = /\(([A-Z]{2,6})\)/.exec(nama)?.[1];
  if (kurung) hasil.push(kurung);
  for (const w of nama.split(/\s+/)) if (/^[A-Z]{3,6}$/.test(w)) hasil.push(w);
  const inisial = nama
    .replace(/\(.*?\)/g, "")
    .split(/\s+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join("");
  if (inisial.length >= 3) hasil.push(inisial);
  return hasil;
}

function indikatorTabel(t: TabelTerbaca): Indikator[] {
  const kolInd = t.kolom.find((k) => /indikator/.test(k.kunci));
  const targetKol = t.kolom.filter((k) => /target/.test(daun(k) || k.kunci) && !/%|capaian/.test(daun(k)));
  const realKol = t.kolom.filter((k) => /realisasi/.test(daun(k) || k.kunci) && !/%|capaian/.test(daun(k)));
  if (!kolInd || targetKol.length === 0 || realKol.length === 0) return [];
  const hasil: Indikator[] = [];
  const lain: string[] = [];
  for (const b of t.baris) {
    if ((b.sel[kolInd.indeks] ?? "").trim().length < 3) {
      lain.push(...b.sel.filter((x, j) => x.length >= 5 && b.angka[j] === null));
      continue;
    }
    const nama = (b.sel[kolInd.indeks] ?? "").trim();
    if (nama.length < 3 || /anggaran/i.test(t.kolom.map((k) => k.kunci).join(" "))) continue;
    const pola = [new RegExp(nama.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+"), "i")];
    for (const a of akronim(nama)) pola.push(new RegExp(`\\b${a}\\b`));
    const ambil = (kol: Kolom[]) => {
      const m = new Map<string, AngkaCetak>();
      for (const k of kol) {
        const a = b.angka[k.indeks];
        if (a && !a.strip && !a.persen) m.set(k.tahun ?? "", a);
      }
      return m;
    };
    const teksBaris = b.sel.filter((x, j) => j !== kolInd.indeks && x.length >= 5 && b.angka[j] === null);
    hasil.push({ nama, teksBaris, pola, target: ambil(targetKol), realisasi: ambil(realKol) });
  }
  // labels of rows without an indicator (a peer's row under the same indicator)
  for (const x of hasil) x.teksBaris.push(...lain.map((l) => `\u0000${l}`));
  return hasil;
}

export function periksaNarasiTabel(dok: DokumenLaporan): Temuan[] {
  const temuan: Temuan[] = [];
  const urut = [...dok.tabel].sort((a, b) => a.posisi - b.posisi);
  urut.forEach((tabel, i) => {
    const t = bacaKepala(tabel, i + 1);
    if (!t) return;
    const indikator = indikatorTabel(t);
    if (indikator.length === 0) return;
    const sampai = urut[i + 1]?.posisi ?? Number.POSITIVE_INFINITY;
    const tahunTabel = new Set(indikator.flatMap((x) => [...x.target.keys(), ...x.realisasi.keys()]));
    for (const p of dok.teks) {
      if (p.posisi < tabel.posisi || p.posisi > sampai) continue;
      for (const kalimat of p.teks.split(/(?<=[a-z0-9)%])\.\s+(?=[A-Z0-9])/)) {
        const cocok = indikator.filter((x) => x.pola.some((r) => r.test(kalimat)));
        if (cocok.length !== 1 || !cocok[0]) continue;
        const ind = cocok[0];
        let tahun = "";
        if (tahunTabel.size > 1 || !tahunTabel.has("")) {
          const disebut = [...new Set(kalimat.match(/\b(19|20)\d{2}\b/g) ?? [])].filter((y) => tahunTabel.has(y));
          if (disebut.length !== 1 || !disebut[0]) continue;
          tahun = disebut[0];
        }
        const milikLain = [
          ...indikator.filter((x) => x !== ind).flatMap((x) => x.teksBaris),
          ...ind.teksBaris.filter((l) => l.startsWith("\u0000")).map((l) => l.slice(1)),
        ].filter((l) => !ind.teksBaris.includes(l));
        for (const klausa of kalimat.split(KLAUSA)) {
          // a difference ("selisih … 4,85 poin") or a clause about another row (a peer OPD) is not this row's value
          if (/selisih|poin\b/i.test(klausa)) continue;
          if (milikLain.some((l) => l && klausa.toLowerCase().includes(l.toLowerCase()))) continue;
          const kt = KATA_TARGET.exec(klausa);
          const kr = KATA_REALISASI.exec(klausa);
          const jenis = kt && (!kr || kt.index < kr.index) ? "target" : kr ? "realisasi" : null;
          if (!jenis) continue;
          const dari = (jenis === "target" ? kt : kr)?.index ?? 0;
          ANGKA.lastIndex = dari;
          const m = ANGKA.exec(klausa);
          if (!m) continue;
          const a = bacaAngka(m[0]);
          const tabelNilai = (jenis === "target" ? ind.target : ind.realisasi).get(tahun);
          if (!a || !tabelNilai) continue;
          if (
            a.nilai
              .minus(tabelNilai.nilai)
              .abs()
              .lte(setengahSatuan(a).plus(setengahSatuan(tabelNilai)))
          )
            continue;
          temuan.push({
            keparahan: "galat",
            aturan: "narasi-tabel",
            pesan: `Narasi menyebut ${jenis} "${ind.nama}"${tahun ? ` tahun ${tahun}` : ""} ${m[0]}, sedangkan ${t.nama} mencantumkan ${formatAngka(tabelNilai.nilai, tabelNilai.desimal)}`,
            lokasi: {
              ...(p.halaman !== undefined ? { halaman: p.halaman } : {}),
              ...(p.baris !== undefined ? { baris: p.baris } : {}),
              tabel: t.nama,
              barisTabel: ind.nama,
            },
            tertulis: m[0],
            seharusnya: formatAngka(tabelNilai.nilai, tabelNilai.desimal),
            sumber: "konsistensi narasi dan tabel (angka yang sama dikutip berbeda)",
          });
        }
      }
    }
  });
  return temuan;
}

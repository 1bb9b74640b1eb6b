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

interface BarisNilai {
  nama: string;
  target: Map<string, AngkaCetak>;
  realisasi: Map<string, AngkaCetak>;
}

interface Indikator extends BarisNilai {
  /** Rows under this indicator without an indicator name of their own (a peer OPD's row, e.g. Tabel 3.13). */
  sebaya: BarisNilai[];
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
  const ambilDari = (b: TabelTerbaca["baris"][number], kol: Kolom[]) => {
    const m = new Map<string, AngkaCetak>();
    for (const k of kol) {
      const a = b.angka[k.indeks];
      if (a && !a.strip && !a.persen) m.set(k.tahun ?? "", a);
    }
    return m;
  };
  for (const b of t.baris) {
    if ((b.sel[kolInd.indeks] ?? "").trim().length < 3) {
      const label = b.sel.filter((x, j) => x.length >= 5 && b.angka[j] === null);
      lain.push(...label);
      const atas = hasil.at(-1);
      if (atas && label.length === 1 && label[0]) {
        atas.sebaya.push({
          nama: label[0].trim(),
          target: ambilDari(b, targetKol),
          realisasi: ambilDari(b, realKol),
        });
      }
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
    hasil.push({ nama, teksBaris, pola, target: ambil(targetKol), realisasi: ambil(realKol), sebaya: [] });
  }
  // labels of rows without an indicator (a peer's row under the same indicator)
  for (const x of hasil) x.teksBaris.push(...lain.map((l) => `\u0000${l}`));
  return hasil;
}

/** "menurun 2,01 poin", "penurunan sebesar 3,50 poin": a change word, at most three words, the figure, "poin". */
const PERUBAHAN_POIN =
  /\b(?:menurun|penurunan|turun|meningkat|peningkatan|naik|kenaikan)\s+(?:\S+\s+){0,3}?(\d{1,3}(?:\.\d{3})*,\d{1,2})\s*poin\b/i;

/** The clause split at a peer row's label: the own row's part before it, the peer's part from it on. */
function pisahSebaya(klausa: string, ind: Indikator): Array<{ teks: string; baris: BarisNilai; sebaya: boolean }> {
  const kecil = klausa.toLowerCase();
  let pertama: { i: number; b: BarisNilai } | null = null;
  for (const b of ind.sebaya) {
    const i = kecil.indexOf(b.nama.toLowerCase());
    if (i >= 0 && (!pertama || i < pertama.i)) pertama = { i, b };
  }
  if (!pertama) return [{ teks: klausa, baris: ind, sebaya: false }];
  return [
    { teks: klausa.slice(0, pertama.i), baris: ind, sebaya: false },
    { teks: klausa.slice(pertama.i), baris: pertama.b, sebaya: true },
  ];
}

const selisihMutlak = (a: AngkaCetak, b: AngkaCetak) => ({
  nilai: a.nilai.minus(b.nilai).abs(),
  desimal: Math.max(a.desimal, b.desimal),
});

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
      const lapor = (barisTabel: string, pesan: string, tertulis: string, seharusnya: string, sumber: string) =>
        temuan.push({
          keparahan: "galat",
          aturan: "narasi-tabel",
          pesan,
          lokasi: {
            ...(p.halaman !== undefined ? { halaman: p.halaman } : {}),
            ...(p.baris !== undefined ? { baris: p.baris } : {}),
            tabel: t.nama,
            barisTabel,
          },
          tertulis,
          seharusnya,
          sumber,
        });
      const beda = (a: AngkaCetak, b: { nilai: AngkaCetak["nilai"]; desimal: number }) =>
        a.nilai
          .minus(b.nilai)
          .abs()
          .gt(setengahSatuan(a).plus(setengahSatuan({ ...a, desimal: b.desimal })));
      // a sentence that names no indicator / no year of the table continues the previous sentence of the paragraph
      // ("Pada tahun 2022, … IKM … 80,00. Namun … memperoleh nilai 90,10 …")
      let indSebelum: Indikator | null = null;
      let tahunSebelum: string[] = [];
      for (const kalimat of p.teks.split(/(?<=[a-z0-9)%])\.\s+(?=[A-Z0-9])/)) {
        const cocok = indikator.filter((x) => x.pola.some((r) => r.test(kalimat)));
        // only a sentence naming a peer row of the previous sentence's indicator continues it (seed Tabel 3.13 item 1)
        const lanjut: boolean =
          cocok.length === 0 &&
          indSebelum !== null &&
          indSebelum.sebaya.some((b) => kalimat.toLowerCase().includes(b.nama.toLowerCase()));
        const ind: Indikator | null | undefined = cocok.length === 1 ? cocok[0] : lanjut ? indSebelum : null;
        const sendiri = [...new Set(kalimat.match(/\b(19|20)\d{2}\b/g) ?? [])];
        const disebut = sendiri.length || !lanjut ? sendiri.filter((y) => tahunTabel.has(y)) : tahunSebelum;
        indSebelum = ind ?? null;
        tahunSebelum = disebut;
        if (!ind) continue;
        const banyakTahun = tahunTabel.size > 1 || !tahunTabel.has("");
        // one year named (or a table without years): the row's own figures of that year
        const tahun = !banyakTahun ? "" : disebut.length === 1 && disebut[0] ? disebut[0] : null;
        const milikLain = [
          ...indikator.filter((x) => x !== ind).flatMap((x) => x.teksBaris),
          ...ind.teksBaris
            .filter((l) => l.startsWith("\u0000"))
            .map((l) => l.slice(1))
            .filter((l) => !ind.sebaya.some((b) => b.nama === l.trim())),
        ].filter((l) => !ind.teksBaris.includes(l));
        for (const klausa of kalimat.split(KLAUSA)) {
          for (const bagian of pisahSebaya(klausa, ind)) {
            const teks = bagian.teks;
            const row = bagian.baris;
            // a clause about another row of the table (not a peer row of this indicator) is not this row's value
            if (milikLain.some((l) => l && teks.toLowerCase().includes(l.toLowerCase()))) continue;
            const label = row === ind ? ind.nama : `${ind.nama} — ${row.nama}`;
            // "selisih X": target vs realisasi of the named year
            const sel = /\bselisih\b/i.exec(teks);
            if (sel && tahun !== null) {
              ANGKA.lastIndex = sel.index;
              const m = ANGKA.exec(teks);
              const tg = row.target.get(tahun);
              const rl = row.realisasi.get(tahun);
              const a = m ? bacaAngka(m[0]) : null;
              if (m && a && tg && rl) {
                const h = selisihMutlak(tg, rl);
                if (beda(a, h))
                  lapor(
                    label,
                    `Narasi menyebut selisih target dan realisasi "${label}"${tahun ? ` tahun ${tahun}` : ""} ${m[0]}, sedangkan dari ${t.nama} |${formatAngka(tg.nilai, tg.desimal)} − ${formatAngka(rl.nilai, rl.desimal)}| = ${formatAngka(h.nilai, h.desimal)}`,
                    m[0],
                    formatAngka(h.nilai, h.desimal),
                    "konsistensi narasi dan tabel (selisih dihitung dari tabel)",
                  );
              }
              continue;
            }
            // "unggul X poin": the own row's realisasi vs the single peer's of the named year
            const ung = /\bunggul\b/i.exec(teks);
            if (ung) {
              const peer = ind.sebaya.length === 1 ? ind.sebaya[0] : undefined;
              ANGKA.lastIndex = ung.index;
              const m = ANGKA.exec(teks);
              const a = m ? bacaAngka(m[0]) : null;
              const r1 = tahun !== null ? ind.realisasi.get(tahun) : undefined;
              const r2 = tahun !== null ? peer?.realisasi.get(tahun) : undefined;
              if (m && a && r1 && r2 && peer) {
                const h = selisihMutlak(r1, r2);
                if (beda(a, h))
                  lapor(
                    `${ind.nama} — ${peer.nama}`,
                    `Narasi menyebut keunggulan ${m[0]} poin (realisasi "${ind.nama}" tahun ${tahun}), sedangkan dari ${t.nama} |${formatAngka(r1.nilai, r1.desimal)} − ${formatAngka(r2.nilai, r2.desimal)}| = ${formatAngka(h.nilai, h.desimal)}`,
                    m[0],
                    formatAngka(h.nilai, h.desimal),
                    "konsistensi narasi dan tabel (selisih antarbaris dihitung dari tabel)",
                  );
              }
              continue;
            }
            // "menurun/meningkat X poin" with two years named: the row's realisasi change between them
            const ub = PERUBAHAN_POIN.exec(teks);
            if (ub && disebut.length === 2) {
              const m = ub[1] ? { 0: ub[1] } : null;
              const a = m ? bacaAngka(m[0]) : null;
              const [y1, y2] = [...disebut].sort();
              const r1 = row.realisasi.get(y1 ?? "");
              const r2 = row.realisasi.get(y2 ?? "");
              if (m && a && r1 && r2) {
                const h = selisihMutlak(r2, r1);
                if (beda(a, h))
                  lapor(
                    label,
                    `Narasi menyebut perubahan realisasi "${label}" ${y1}→${y2} sebesar ${m[0]}, sedangkan dari ${t.nama} |${formatAngka(r2.nilai, r2.desimal)} − ${formatAngka(r1.nilai, r1.desimal)}| = ${formatAngka(h.nilai, h.desimal)}`,
                    m[0],
                    formatAngka(h.nilai, h.desimal),
                    "konsistensi narasi dan tabel (perubahan antartahun dihitung dari tabel)",
                  );
              }
              continue;
            }
            if (tahun === null || /poin\b/i.test(teks)) continue;
            const kt = KATA_TARGET.exec(teks);
            const kr = KATA_REALISASI.exec(teks);
            const jenis = kt && (!kr || kt.index < kr.index) ? "target" : kr ? "realisasi" : null;
            if (!jenis) continue;
            ANGKA.lastIndex = (jenis === "target" ? kt : kr)?.index ?? 0;
            const m = ANGKA.exec(teks);
            if (!m) continue;
            const a = bacaAngka(m[0]);
            const tabelNilai = (jenis === "target" ? row.target : row.realisasi).get(tahun);
            if (!a || !tabelNilai) continue;
            if (!beda(a, tabelNilai)) continue;
            lapor(
              label,
              `Narasi menyebut ${jenis} "${label}"${tahun ? ` tahun ${tahun}` : ""} ${m[0]}, sedangkan ${t.nama} mencantumkan ${formatAngka(tabelNilai.nilai, tabelNilai.desimal)}`,
              m[0],
              formatAngka(tabelNilai.nilai, tabelNilai.desimal),
              "konsistensi narasi dan tabel (angka yang sama dikutip berbeda)",
            );
          }
        }
      }
    }
  });
  return temuan;
}

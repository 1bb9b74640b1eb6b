/**
 * Applies the report's stored free texts to SumberLkjip: ordinary sections become `teks`; the sections that hold
 * report wording of structured data (katalog-teks.ts) fill their fields — the territory's boundaries, the SKM method,
 * unsur labels and per-unsur explanations, each sasaran's analysis introduction, and the "Sumber:" lines.
 * Pure: no I/O.
 */
import type { SumberLkjip, TeksSumber } from "../../reports/model/sumber";

const ARAH = ["utara", "barat", "selatan", "timur"] as const;
type Arah = (typeof ARAH)[number];

const KHUSUS = new Set(["batas-wilayah", "skm-metode", "skm-unsur", "skm-analisis", "sumber-data"]);
const ANALISIS = /^analisis:(.+):pengantar$/;

/** A stored section with nothing in it counts as absent. */
export function teksKosong(t: Pick<TeksSumber, "paragraf" | "butir" | "paragrafPenutup">): boolean {
  return t.paragraf.length === 0 && !t.butir?.length && !t.paragrafPenutup?.length;
}

function butir(t: TeksSumber | undefined): Map<string, string> {
  return new Map((t?.butir ?? []).filter((b) => b.teks.trim() !== "").map((b) => [b.label, b.teks]));
}

/** SumberLkjip with the stored texts applied (a new object; the input is not changed). */
export function terapkanTeks(s: SumberLkjip, teks: readonly TeksSumber[]): SumberLkjip {
  const ada = teks.filter((t) => !teksKosong(t));
  const per = new Map(ada.map((t) => [t.kode, t]));
  const out: SumberLkjip = {
    ...s,
    teks: [...s.teks, ...ada.filter((t) => !KHUSUS.has(t.kode) && !ANALISIS.test(t.kode))],
  };
  const sumber = butir(per.get("sumber-data"));
  const batas = butir(per.get("batas-wilayah"));
  if (out.profil) {
    out.profil = {
      ...out.profil,
      batas: ARAH.filter((a) => batas.has(a)).map((arah: Arah) => ({ arah, teks: batas.get(arah)! })),
      sumberData: sumber.get("desa") ?? out.profil.sumberData,
    };
  }
  if (out.skm) {
    const metode = per.get("skm-metode")?.paragraf.join("\n");
    out.skm = {
      ...out.skm,
      label: { ...out.skm.label, ...Object.fromEntries(butir(per.get("skm-unsur"))) },
      analisis: { ...out.skm.analisis, ...Object.fromEntries(butir(per.get("skm-analisis"))) },
      metode: metode ?? out.skm.metode,
      aplikasi: sumber.get("skm") ?? out.skm.aplikasi,
    };
  }
  if (out.anggaran) {
    out.anggaran = {
      ...out.anggaran,
      sumberData: {
        rencana: sumber.get("anggaran-rencana") ?? out.anggaran.sumberData.rencana,
        realisasi: sumber.get("anggaran-realisasi") ?? out.anggaran.sumberData.realisasi,
      },
    };
  }
  if (out.peer && sumber.has("peer")) out.peer = { ...out.peer, sumberData: sumber.get("peer")! };
  out.analisis = out.analisis.map((a) => {
    const p = per.get(`analisis:${a.sasaranKode}:pengantar`);
    return p ? { ...a, pengantar: p.paragraf } : a;
  });
  return out;
}

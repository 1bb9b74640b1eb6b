/**
 * Form state of the RPJMD and Renstra editors and its mapping to the PUT bodies (RpjmdInput, RenstraInput of
 * GET/PUT …/rpjmd/{tahunAwal} and …/opd/{opd}/renstra/{tahunAwal}). Each list row carries a client-only `kunci`
 * (React key, survives reordering) that is dropped on save; texts are sent as typed, so loading and saving without
 * edits sends back exactly what was read (the server then answers diubah=false).
 */
import type { Skema } from "../../api/tipe";
import type { MessageKey } from "../../i18n/messages";
import { type Terjemah, terjemah } from "../../i18n/terjemah";

/** Body of PUT …/rpjmd/{tahunAwal} (what GET …/rpjmd/{tahunAwal} returns): the contract's RpjmdInput. */
export type RpjmdIsian = Skema<"RpjmdInput">;

/** Body of PUT …/opd/{opd}/renstra/{tahunAwal} (what GET …/opd/{opd}/renstra/{tahunAwal} returns). */
export type RenstraIsian = Skema<"RenstraInput">;
export type SasaranIsian = RenstraIsian["tujuan"][number]["sasaran"][number];
export type ArahIsian = SasaranIsian["strategi"][number];

type Berkunci<T> = T & { kunci: string };
export type ArahForm = Berkunci<ArahIsian>;
export type SasaranForm = Berkunci<Omit<SasaranIsian, "strategi" | "kebijakan">> & {
  strategi: ArahForm[];
  kebijakan: ArahForm[];
};
export type TujuanForm = Berkunci<Omit<RenstraIsian["tujuan"][number], "sasaran">> & { sasaran: SasaranForm[] };
export type RenstraForm = Omit<RenstraIsian, "tujuan"> & { tujuan: TujuanForm[] };
export type RpjmdForm = Omit<RpjmdIsian, "kataKunci" | "misi"> & {
  kataKunci: Array<Berkunci<RpjmdIsian["kataKunci"][number]>>;
  misi: Array<Berkunci<RpjmdIsian["misi"][number]>>;
};

let urut = 0;
/** A new client-only row key. */
export const kunciBaru = (): string => `k${++urut}`;
const beriKunci = <T extends object>(x: T): Berkunci<T> => ({ ...x, kunci: kunciBaru() });
const tanpaKunci = <T extends { kunci: string }>({ kunci: _k, ...x }: T): Omit<T, "kunci"> => x;

/**
 * The rows of a loaded Renstra that have stored indicators (row kunci → number of indicators; a tujuan counts its
 * sasaran's): their kode is the indicators' link, so they keep it and cannot be removed.
 */
export function kunciBerindikator(f: RenstraForm, indikatorPerSasaran: Record<string, number>): Map<string, number> {
  const terikat = new Map<string, number>();
  for (const tj of f.tujuan) {
    for (const s of tj.sasaran) {
      const n = indikatorPerSasaran[s.kode] ?? 0;
      if (n > 0) {
        terikat.set(s.kunci, n);
        terikat.set(tj.kunci, (terikat.get(tj.kunci) ?? 0) + n);
      }
    }
  }
  return terikat;
}

/** GET body → form state (each row gets a `kunci`). */
export function dariIsianRenstra(r: RenstraIsian): RenstraForm {
  return {
    ...r,
    tujuan: r.tujuan.map((t) => ({
      ...beriKunci(t),
      sasaran: t.sasaran.map((s) => ({
        ...beriKunci(s),
        strategi: s.strategi.map(beriKunci),
        kebijakan: s.kebijakan.map(beriKunci),
      })),
    })),
  };
}

/** Form state → PUT body (the `kunci` dropped, texts as typed). */
export function keIsianRenstra(f: RenstraForm): RenstraIsian {
  return {
    ...f,
    tujuan: f.tujuan.map((t) => ({
      ...tanpaKunci(t),
      sasaran: t.sasaran.map((s) => ({
        ...tanpaKunci(s),
        strategi: s.strategi.map(tanpaKunci),
        kebijakan: s.kebijakan.map(tanpaKunci),
      })),
    })),
  };
}

/** GET body → form state (each kata kunci and misi gets a `kunci`). */
export function dariIsianRpjmd(r: RpjmdIsian): RpjmdForm {
  return { ...r, kataKunci: r.kataKunci.map(beriKunci), misi: r.misi.map(beriKunci) };
}

/** Form state → PUT body. */
export function keIsianRpjmd(f: RpjmdForm): RpjmdIsian {
  return { ...f, kataKunci: f.kataKunci.map(tanpaKunci), misi: f.misi.map(tanpaKunci) };
}

/** The list with item `i` moved one place up (arah -1) or down (+1); unchanged at the ends. */
export function pindah<T>(daftar: readonly T[], i: number, arah: -1 | 1): T[] {
  const j = i + arah;
  if (j < 0 || j >= daftar.length) return [...daftar];
  const hasil = [...daftar];
  [hasil[i], hasil[j]] = [hasil[j]!, hasil[i]!];
  return hasil;
}

/** Misi numbered 1..n in list order (after adding, removing or moving one; Renstra refer to these numbers). */
export function nomoriMisi<T extends { nomor: number }>(misi: readonly T[]): T[] {
  return misi.map((m, i) => ({ ...m, nomor: i + 1 }));
}

/** A kode not yet used in the list: `${awalan}1`, `${awalan}2`, … (T1, S2, strategi S1-1 as in the demo). */
export function kodeBaru(awalan: string, dipakai: readonly { kode: string }[]): string {
  const ada = new Set(dipakai.map((x) => x.kode));
  let n = dipakai.length + 1;
  while (ada.has(`${awalan}${n}`)) n += 1;
  return `${awalan}${n}`;
}

/**
 * Matching of a server error to a form field (galatDariServer): by its JSON path ("misi.2.teks", exact), and the
 * period check of the services ("periode 2019–2040 tidak valid") to the tahun akhir field.
 */
export const cocokJalur = (k: string): string => (k === "tahunAkhir" ? "periode " : "\u0000");

/** Number of indicators per sasaran kode of the planning read model (GET …/perencanaan/{tahun}). */
export function hitungIndikator(
  tujuan: ReadonlyArray<{ sasaran: ReadonlyArray<{ kode: string; indikator: readonly unknown[] }> }>,
): Record<string, number> {
  return Object.fromEntries(tujuan.flatMap((t) => t.sasaran.map((s) => [s.kode, s.indikator.length])));
}

const ID = terjemah("id");

function periksaTahunAkhir(awal: number, akhir: number, bidang: Record<string, string>, t: Terjemah): void {
  if (!Number.isInteger(akhir) || akhir < awal || akhir - awal > 9) {
    bidang.tahunAkhir = t("rencanaForm.v.tahunAkhir", { awal, batas: awal + 9 });
  }
}

const KUNCI_ARAH = {
  strategi: {
    kode: "rencanaForm.v.kodeStrategi",
    ganda: "rencanaForm.v.kodeStrategiGanda",
    teks: "rencanaForm.v.teksStrategi",
  },
  kebijakan: {
    kode: "rencanaForm.v.kodeKebijakan",
    ganda: "rencanaForm.v.kodeKebijakanGanda",
    teks: "rencanaForm.v.teksKebijakan",
  },
} as const satisfies Record<"strategi" | "kebijakan", Record<"kode" | "ganda" | "teks", MessageKey>>;

/**
 * Messages per field in the UI's language (`t`, Indonesian by default), keyed by the JSON path the server uses in
 * its errors ("tujuan.0.sasaran.1.kode"), for what the server would refuse: empty texts, a period longer than 10
 * years, a duplicate kode.
 */
export function periksaRenstra(awal: number, f: RenstraForm, t: Terjemah = ID): Record<string, string> {
  const b: Record<string, string> = {};
  periksaTahunAkhir(awal, f.tahunAkhir, b, t);
  if (!f.namaDokumen.trim()) b.namaDokumen = t("rencanaForm.v.namaDokumen");
  const kodeTujuan = new Set<string>();
  const kodeSasaran = new Set<string>();
  f.tujuan.forEach((tj, i) => {
    const p = `tujuan.${i}`;
    if (!tj.kode.trim()) b[`${p}.kode`] = t("rencanaForm.v.kodeTujuan");
    else if (kodeTujuan.has(tj.kode)) b[`${p}.kode`] = t("rencanaForm.v.kodeTujuanGanda", { kode: tj.kode });
    kodeTujuan.add(tj.kode);
    if (!tj.teks.trim()) b[`${p}.teks`] = t("rencanaForm.v.teksTujuan", { kode: tj.kode });
    tj.sasaran.forEach((s, j) => {
      const q = `${p}.sasaran.${j}`;
      if (!s.kode.trim()) b[`${q}.kode`] = t("rencanaForm.v.kodeSasaran");
      else if (kodeSasaran.has(s.kode)) b[`${q}.kode`] = t("rencanaForm.v.kodeSasaranGanda", { kode: s.kode });
      kodeSasaran.add(s.kode);
      if (!s.teks.trim()) b[`${q}.teks`] = t("rencanaForm.v.teksSasaran", { kode: s.kode });
      for (const jenis of ["strategi", "kebijakan"] as const) {
        const kunci = KUNCI_ARAH[jenis];
        const kodeArah = new Set<string>();
        s[jenis].forEach((a, k) => {
          const r = `${q}.${jenis}.${k}`;
          if (!a.kode.trim()) b[`${r}.kode`] = t(kunci.kode);
          else if (kodeArah.has(a.kode)) b[`${r}.kode`] = t(kunci.ganda, { kode: a.kode, sasaran: s.kode });
          kodeArah.add(a.kode);
          if (!a.teks.trim()) b[`${r}.teks`] = t(kunci.teks, { n: k + 1, sasaran: s.kode });
        });
      }
    });
  });
  return b;
}

/** Messages per field of the RPJMD form (server paths: "kataKunci.0.kata", "misi.2.teks"); `t` as periksaRenstra. */
export function periksaRpjmd(awal: number, f: RpjmdForm, t: Terjemah = ID): Record<string, string> {
  const b: Record<string, string> = {};
  periksaTahunAkhir(awal, f.tahunAkhir, b, t);
  if (!f.visi.trim()) b.visi = t("rencanaForm.v.visi");
  f.kataKunci.forEach((k, i) => {
    if (!k.kata.trim()) b[`kataKunci.${i}.kata`] = t("rencanaForm.v.kata", { n: i + 1 });
    if (!k.penjelasan.trim()) b[`kataKunci.${i}.penjelasan`] = t("rencanaForm.v.penjelasan", { n: i + 1 });
  });
  f.misi.forEach((m, i) => {
    if (!m.teks.trim()) b[`misi.${i}.teks`] = t("rencanaForm.v.teksMisi", { nomor: m.nomor });
  });
  return b;
}

/** Every field path of a Renstra form (for matching server errors to fields). */
export function jalurRenstra(f: RenstraForm): string[] {
  return [
    "tahunAkhir",
    "namaDokumen",
    "misiNomor",
    "catatan",
    ...f.tujuan.flatMap((t, i) => [
      `tujuan.${i}.kode`,
      `tujuan.${i}.teks`,
      ...t.sasaran.flatMap((s, j) => [
        `tujuan.${i}.sasaran.${j}.kode`,
        `tujuan.${i}.sasaran.${j}.teks`,
        ...(["strategi", "kebijakan"] as const).flatMap((jenis) =>
          s[jenis].flatMap((_, k) => [
            `tujuan.${i}.sasaran.${j}.${jenis}.${k}.kode`,
            `tujuan.${i}.sasaran.${j}.${jenis}.${k}.teks`,
          ]),
        ),
      ]),
    ]),
  ];
}

/** Every field path of an RPJMD form. */
export function jalurRpjmd(f: RpjmdForm): string[] {
  return [
    "tahunAkhir",
    "visi",
    "sumber",
    ...f.kataKunci.flatMap((_, i) => [`kataKunci.${i}.kata`, `kataKunci.${i}.penjelasan`]),
    ...f.misi.flatMap((_, i) => [`misi.${i}.nomor`, `misi.${i}.teks`]),
  ];
}

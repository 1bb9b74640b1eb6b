/** The questionnaire as the public page uses it, read from `GET /api/v1/publik/skm/{pemda}/{layanan}`. */
export interface Dwibahasa {
  id: string;
  en: string;
}

export interface UnsurKuesioner {
  kode: string;
  nama: Dwibahasa;
  pertanyaan: Dwibahasa;
  /** Four answer texts, for the values 1–4. */
  jawaban: Dwibahasa[];
}

export interface Kuesioner {
  pemda: string;
  namaPemda: string;
  layanan: string;
  namaLayanan: Dwibahasa;
  namaOpd: string;
  /** The open period (ISO dates) or null. */
  periode: { mulai: string; selesai: string } | null;
  wajibKode: boolean;
  pendidikan: string[];
  pekerjaan: string[];
  maksSaran: number;
  unsur: UnsurKuesioner[];
}

type Apa = Record<string, unknown>;
const obj = (x: unknown): Apa => (x && typeof x === "object" ? (x as Apa) : {});
const str = (x: unknown): string => (typeof x === "string" ? x : typeof x === "number" ? String(x) : "");
const daftar = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);

/** English names of the nine unsur (Permenpan RB 14/2017); the API gives the Indonesian ones. */
const UNSUR_EN: Record<string, string> = {
  u1: "Requirements",
  u2: "Systems, mechanisms and procedures",
  u3: "Completion time",
  u4: "Cost/fee",
  u5: "Service products",
  u6: "Staff competence",
  u7: "Staff conduct",
  u8: "Facilities and infrastructure",
  u9: "Handling of complaints, suggestions and feedback",
};

/** Reads the API's answer (services/skm/publik.ts `KuesionerPublik`). */
export function bacaKuesioner(json: unknown, pemda: string, layanan: string): Kuesioner {
  const o = obj(json);
  const l = obj(o.layanan);
  const p = o.periode === null || o.periode === undefined ? null : obj(o.periode);
  const pr = obj(o.pilihanResponden);
  const unsur = daftar(o.unsur).map((u, i) => {
    const x = obj(u);
    const kode = str(x.unsur) || `u${i + 1}`;
    const id = daftar(x.pilihan).map(str);
    const en = daftar(x.pilihanEn).map(str);
    return {
      kode,
      nama: { id: str(x.nama), en: UNSUR_EN[kode] ?? str(x.nama) },
      pertanyaan: { id: str(x.pertanyaan), en: str(x.pertanyaanEn) || str(x.pertanyaan) },
      jawaban: id.map((t, n) => ({ id: t, en: en[n] || t })),
    };
  });
  const nama = str(l.nama);
  return {
    pemda: str(obj(o.pemda).slug) || pemda,
    namaPemda: str(obj(o.pemda).nama),
    namaOpd: str(obj(o.opd).nama),
    layanan: str(l.kode) || layanan,
    namaLayanan: { id: nama, en: str(l.namaEn) || nama },
    periode: p ? { mulai: str(p.mulai), selesai: str(p.selesai) } : null,
    wajibKode: o.wajibKode === true || document.querySelector('meta[name="sakip-wajib-kode"]') !== null,
    pendidikan: daftar(pr.pendidikan).map(str),
    pekerjaan: daftar(pr.pekerjaan).map(str),
    maksSaran: typeof o.maksSaran === "number" ? o.maksSaran : 1000,
    unsur,
  };
}

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
  /** The open period (text) or null when none is open. */
  periode: string | null;
  wajibKode: boolean;
  unsur: UnsurKuesioner[];
}

type Apa = Record<string, unknown>;
const obj = (x: unknown): Apa => (x && typeof x === "object" ? (x as Apa) : {});
const str = (x: unknown): string => (typeof x === "string" ? x : typeof x === "number" ? String(x) : "");

function dwi(x: unknown, cadangan = ""): Dwibahasa {
  if (typeof x === "string") return { id: x, en: x };
  const o = obj(x);
  const id = str(o.id) || cadangan;
  return { id, en: str(o.en) || id };
}

/** Reads the API's answer, tolerating either `{id,en}` objects or `x`/`xEn` pairs. */
export function bacaKuesioner(json: unknown, pemda: string, layanan: string): Kuesioner {
  const o = obj(json);
  const l = obj(o.layanan);
  const p = o.periode === null || o.periode === undefined ? null : obj(o.periode);
  const unsur = (Array.isArray(o.unsur) ? o.unsur : []).map((u, i) => {
    const x = obj(u);
    const jawaban = (Array.isArray(x.jawaban) ? x.jawaban : Array.isArray(x.pilihan) ? x.pilihan : []).map((j) => {
      const jj = obj(j);
      return jj.teks !== undefined ? dwi(jj.teks) : dwi(j);
    });
    return {
      kode: str(x.kode) || `u${i + 1}`,
      nama: x.namaEn !== undefined ? { id: str(x.nama), en: str(x.namaEn) } : dwi(x.nama),
      pertanyaan: x.pertanyaanEn !== undefined ? { id: str(x.pertanyaan), en: str(x.pertanyaanEn) } : dwi(x.pertanyaan),
      jawaban,
    };
  });
  const nama = l.namaEn !== undefined ? { id: str(l.nama), en: str(l.namaEn) } : dwi(l.nama ?? o.namaLayanan);
  return {
    pemda: str(obj(o.pemda).slug) || pemda,
    namaPemda: str(obj(o.pemda).nama),
    layanan: str(l.kode) || layanan,
    namaLayanan: nama,
    periode: p ? str(p.nama) || [str(p.mulai), str(p.selesai)].filter(Boolean).join(" – ") || str(p.kode) : null,
    wajibKode: o.wajibKode === true || l.wajibKode === true,
    unsur,
  };
}

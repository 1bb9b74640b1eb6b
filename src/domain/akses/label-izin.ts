/**
 * Every permission in words (Bahasa Indonesia and English), for 403 messages and for the page a user cannot open:
 * "Peran Anda tidak memiliki izin untuk melihat data anggaran" instead of the raw code "anggaran.baca".
 */
import type { Izin } from "./izin";

export interface LabelIzin {
  /** Completes "Peran Anda tidak memiliki izin untuk …". */
  id: string;
  /** Completes "Your role is not allowed to …". */
  en: string;
}

export const LABEL_IZIN: Record<Izin, LabelIzin> = {
  "pemda.kelola": { id: "mengelola pemerintah daerah (OPD, periode, aturan)", en: "manage the local government" },
  "pengguna.kelola": { id: "mengelola pengguna dan peran", en: "manage users and roles" },
  "organisasi.baca": { id: "melihat profil organisasi", en: "view the organisation profile" },
  "organisasi.ubah": { id: "mengubah profil organisasi", en: "change the organisation profile" },
  "perencanaan.baca": { id: "melihat perencanaan (RPJMD, Renstra)", en: "view planning (RPJMD, Renstra)" },
  "perencanaan.ubah": { id: "mengubah perencanaan (RPJMD, Renstra)", en: "change planning (RPJMD, Renstra)" },
  "pk.baca": { id: "melihat Perjanjian Kinerja", en: "view performance agreements" },
  "pk.ubah": { id: "mengubah Perjanjian Kinerja", en: "change performance agreements" },
  "pengukuran.baca": { id: "melihat pengukuran kinerja", en: "view performance measurement" },
  "pengukuran.ubah": { id: "mengisi realisasi dan analisis kinerja", en: "enter performance results" },
  "anggaran.baca": { id: "melihat data anggaran", en: "view budget data" },
  "anggaran.ubah": { id: "mengubah data anggaran", en: "change budget data" },
  "data.ajukan": { id: "mengajukan data untuk disetujui", en: "submit data for approval" },
  "data.setujui": { id: "menyetujui data", en: "approve data" },
  "periode.kunci": { id: "mengunci periode", en: "lock a period" },
  "periode.buka": { id: "membuka kembali periode yang terkunci", en: "reopen a locked period" },
  "skm.baca": { id: "melihat survei kepuasan masyarakat", en: "view the satisfaction survey" },
  "skm.ubah": { id: "mengelola survei kepuasan masyarakat", en: "manage the satisfaction survey" },
  "evaluasi.baca": { id: "melihat evaluasi AKIP", en: "view the AKIP evaluation" },
  "evaluasi.ubah": { id: "menilai evaluasi AKIP", en: "score the AKIP evaluation" },
  "laporan.baca": { id: "melihat laporan", en: "view reports" },
  "laporan.buat": { id: "menyusun laporan", en: "prepare reports" },
  "audit.baca": { id: "melihat jejak audit", en: "view the audit trail" },
  "evaluasi.isi": {
    id: "mengisi penilaian mandiri LKE dan bukti dukung",
    en: "fill in the LKE self-assessment and its evidence",
  },
  "evaluasi.nilai": { id: "menilai LKE sebagai tim evaluator", en: "score the LKE as the evaluation team" },
  "evaluasi.finalkan": {
    id: "memfinalkan atau membuka kembali hasil evaluasi LKE (Ketua Tim Evaluasi)",
    en: "finalise or reopen the LKE result (evaluation team leader)",
  },
  "evaluasi.bukti": {
    id: "melampirkan bukti dukung LKE dan mengisi tindak lanjut rekomendasi",
    en: "attach LKE evidence and record follow-up of recommendations",
  },
  // M2 issue 15: public portal
  "publikasi.terbitkan": {
    id: "menerbitkan atau menarik dokumen di portal publik",
    en: "publish or withdraw documents on the public portal",
  },
  "reviu.periksa": { id: "memeriksa berkas LKjIP (reviu)", en: "check an LKjIP file (review)" },
  // M2-10 monitoring
  "monitoring.baca": { id: "melihat monitoring seluruh perangkat daerah", en: "view the monitoring of every agency" },
  // M2-12 TTE
  "tte.tandatangani": { id: "menandatangani dokumen secara elektronik", en: "sign documents electronically" },
  // M2-15 Rencana Aksi
  "renaksi.baca": {
    id: "melihat Rencana Aksi dan pemantauan triwulan",
    en: "view action plans and quarterly monitoring",
  },
  "renaksi.ubah": { id: "mengisi Rencana Aksi dan realisasi triwulan", en: "enter action plans and quarterly results" },
  // issue 15 Kabupaten LKjIP
  "rpjmd.baca": {
    id: "melihat IKU RPJMD dan LKjIP Kabupaten",
    en: "view the RPJMD key indicators and the regency LKjIP",
  },
  "rpjmd.ubah": { id: "mengubah IKU RPJMD dan tautannya", en: "change the RPJMD key indicators and their links" },
};

/** "Peran Anda tidak memiliki izin untuk melihat data anggaran." (an unknown code is quoted as is). */
export function pesanTanpaIzin(izin: string, bahasa: "id" | "en" = "id"): string {
  const label = (LABEL_IZIN as Record<string, LabelIzin | undefined>)[izin];
  if (bahasa === "en") return `Your role is not allowed to ${label ? label.en : `"${izin}"`}.`;
  return `Peran Anda tidak memiliki izin untuk ${label ? label.id : `"${izin}"`}.`;
}

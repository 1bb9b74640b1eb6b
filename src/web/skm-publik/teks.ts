/** The public survey's texts, Indonesian first, English second (issue 12). */
export type Bahasa = "id" | "en";

const TEKS = {
  judul: ["Survei Kepuasan Masyarakat", "Public Satisfaction Survey"],
  lewati: ["Langsung ke isi", "Skip to content"],
  ganti: ["English", "Bahasa Indonesia"],
  memuat: ["Memuat kuesioner…", "Loading the questionnaire…"],
  gagalMuat: ["Kuesioner tidak dapat dimuat.", "The questionnaire could not be loaded."],
  pengantar: [
    "Bantu kami memperbaiki pelayanan. Survei ini tanpa nama dan tanpa NIK; isinya sekitar dua menit.",
    "Help us improve this service. The survey is anonymous (no name, no ID number) and takes about two minutes.",
  ],
  periode: ["Periode survei", "Survey period"],
  wajib: ["wajib", "required"],
  tentang: ["Tentang Anda", "About you"],
  tidakWajib: ["Bagian ini tidak wajib diisi.", "This part is optional."],
  umur: ["Umur (tahun)", "Age (years)"],
  jk: ["Jenis kelamin", "Sex"],
  L: ["Laki-laki", "Male"],
  P: ["Perempuan", "Female"],
  pendidikan: ["Pendidikan terakhir", "Highest education"],
  pekerjaan: ["Pekerjaan", "Occupation"],
  pilih: ["— pilih —", "— choose —"],
  saran: ["Saran dan masukan (tidak wajib)", "Suggestions (optional)"],
  saranBantu: [
    "Jangan menulis nama, NIK atau nomor telepon.",
    "Please do not write names, ID numbers or phone numbers.",
  ],
  sisa: ["karakter tersisa", "characters left"],
  kode: ["Kode sekali pakai dari loket", "One-time code from the counter"],
  kodeBantu: ["Tertera pada kertas yang diberikan petugas.", "Printed on the slip the officer gave you."],
  jebakan: ["Jangan isi kolom ini", "Leave this field empty"],
  kirim: ["Kirim jawaban", "Send answers"],
  mengirim: ["Mengirim…", "Sending…"],
  adaSalah: ["Periksa isian berikut:", "Please check the following:"],
  belumDijawab: ["belum dijawab", "not answered"],
  umurSalah: ["Umur harus bilangan bulat 10–120", "Age must be a whole number 10–120"],
  terimaKasih: ["Terima kasih!", "Thank you!"],
  tersimpan: ["Jawaban Anda sudah kami terima.", "Your answers have been received."],
  tertunda: [
    "Jawaban disimpan di perangkat ini dan akan dikirim otomatis saat koneksi kembali.",
    "Your answers are saved on this device and will be sent automatically when the connection returns.",
  ],
  isiLagi: ["Responden berikutnya", "Next respondent"],
  ulangDalam: ["Layar kembali ke awal dalam", "The screen resets in"],
  detik: ["detik", "seconds"],
  antrean: ["jawaban menunggu dikirim", "answers waiting to be sent"],
  luring: ["Tidak ada koneksi: jawaban disimpan di perangkat.", "Offline: answers are kept on this device."],
  ditolak: ["Kiriman ditolak", "Submission refused"],
  pilihan: ["Pilihan", "Option"],
} as const satisfies Record<string, readonly [string, string]>;

export type KunciTeks = keyof typeof TEKS;

export function t(kunci: KunciTeks, bahasa: Bahasa): string {
  return TEKS[kunci][bahasa === "id" ? 0 : 1];
}

const PEKERJAAN_EN: Record<string, string> = {
  PNS: "Civil servant",
  TNI: "Armed forces",
  POLRI: "Police",
  SWASTA: "Private sector",
  WIRAUSAHA: "Self-employed",
  LAINNYA: "Other",
};
const PEKERJAAN_ID: Record<string, string> = { SWASTA: "Swasta", WIRAUSAHA: "Wirausaha", LAINNYA: "Lainnya" };

export function labelPekerjaan(kode: string, bahasa: Bahasa): string {
  return (bahasa === "en" ? PEKERJAAN_EN[kode] : PEKERJAAN_ID[kode]) ?? kode;
}

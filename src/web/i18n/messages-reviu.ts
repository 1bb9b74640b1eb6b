/** UI strings of the reviu module (issue 14); merged into messages.ts. */
export const reviuId = {
  "reviu.judul": "Reviu LKjIP",
  "reviu.intro":
    "Unggah LKjIP yang akan atau telah terbit (.docx, .pdf berisi teks, atau .txt). Validator membaca tabelnya dan memeriksa jumlah, persentase capaian dan serapan, kategori, predikat AKIP, IKM, penomoran tabel, serta angka yang dikutip di narasi.",
  "reviu.berkas": "Berkas LKjIP",
  "reviu.berkas.placeholder": "Pilih berkas .docx, .pdf atau .txt",
  "reviu.periksa": "Periksa",
  "reviu.tanpaIzin": "Peran Anda tidak memiliki izin reviu (Inspektorat/evaluator atau admin).",
  "reviu.ringkasan": "{tabel} tabel terbaca, {dikenali} dikenali: {galat} galat, {peringatan} peringatan, {info} info",
  "reviu.bersih": "Tidak ada temuan.",
  "reviu.kolom.keparahan": "Tingkat",
  "reviu.kolom.lokasi": "Lokasi",
  "reviu.kolom.pesan": "Temuan",
  "reviu.kolom.tertulis": "Tertulis",
  "reviu.kolom.seharusnya": "Seharusnya",
  "reviu.kolom.aturan": "Aturan dan sumber",
  "reviu.galat": "Galat",
  "reviu.peringatan": "Peringatan",
  "reviu.info": "Info",
} as const;

export const reviuEn: Record<keyof typeof reviuId, string> = {
  "reviu.judul": "LKjIP review",
  "reviu.intro":
    "Upload an LKjIP about to be or already published (.docx, .pdf with text, or .txt). The validator reads its tables and checks totals, achievement and spending percentages, categories, AKIP grades, the IKM, table numbering and the figures quoted in the narrative.",
  "reviu.berkas": "LKjIP file",
  "reviu.berkas.placeholder": "Choose a .docx, .pdf or .txt file",
  "reviu.periksa": "Check",
  "reviu.tanpaIzin": "Your role may not review reports (Inspectorate/evaluator or admin).",
  "reviu.ringkasan": "{tabel} tables read, {dikenali} recognised: {galat} errors, {peringatan} warnings, {info} notes",
  "reviu.bersih": "No findings.",
  "reviu.kolom.keparahan": "Severity",
  "reviu.kolom.lokasi": "Where",
  "reviu.kolom.pesan": "Finding",
  "reviu.kolom.tertulis": "Printed",
  "reviu.kolom.seharusnya": "Expected",
  "reviu.kolom.aturan": "Rule and source",
  "reviu.galat": "Error",
  "reviu.peringatan": "Warning",
  "reviu.info": "Note",
};

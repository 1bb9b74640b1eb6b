/** UI strings of the Pernyataan Telah Direviu download on the Reviu page (issue 14). */
export const pernyataanReviuId = {
  "reviu.pernyataan.unduh": "Pernyataan Telah Direviu {tahun} ({format})",
  "reviu.pernyataan.keterangan":
    "Pernyataan APIP atas LKjIP OPD ini, memuat jumlah galat, peringatan dan info hasil pemeriksaan data; ditandatangani Inspektur.",
};

export const pernyataanReviuEn: Record<keyof typeof pernyataanReviuId, string> = {
  "reviu.pernyataan.unduh": "Reviewed statement {tahun} ({format})",
  "reviu.pernyataan.keterangan":
    "The Inspectorate's statement on this OPD's LKjIP, with the data check's counts of errors, warnings and notes; signed by the Inspector.",
};

/**
 * Personal data stripped from a saran before anything shows it (issue 12 "personal data stripped before anything is
 * shown"): e-mail addresses, phone numbers (Indonesian 08…/+62…/62…, 9–15 digits with spaces, dots or dashes), NIK-like
 * numbers (16 digits) and any other run of 9+ digits, and the name a writer gives after "saya"/"nama saya"
 * ("saya Budi Santoso" → "saya [nama]"). The raw text stays stored for the moderator; the cleaned text is the only
 * one shown to the public or printed.
 */

export const PENGGANTI = {
  email: "[email]",
  telepon: "[nomor telepon]",
  nik: "[NIK]",
  angka: "[nomor]",
  nama: "[nama]",
} as const;

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
// digit runs possibly separated by single spaces, dots or dashes, optionally starting with +
const DERET_ANGKA = /\+?\d(?:[\d]|[ .-](?=\d)){7,}\d/g;
// "saya"/"nama saya"/"saya bernama"/"nama:"/"Pak"/"Bu" followed by one to three capitalised words
const NAMA =
  /\b([Nn]ama\s+[Ss]aya|[Ss]aya\s+bernama|[Ss]aya|[Nn]ama\s*:|[Bb]apak|[Ii]bu|[Pp]ak|[Bb]u)(\s+)([A-Z][a-z'’]+(?:\s+[A-Z][a-z'’]+){0,2})/g;
// words after "saya" that are not names although capitalised at a sentence start
const BUKAN_NAMA = new Set([
  "Sangat",
  "Kurang",
  "Tidak",
  "Puas",
  "Senang",
  "Mohon",
  "Berharap",
  "Harap",
  "Ingin",
  "Sudah",
  "Belum",
  "Merasa",
  "Datang",
  "Mengurus",
  "Terima",
  "Pelayanan",
  "Kecewa",
  "Di",
  "Ke",
  "Dan",
  "Yang",
  "Ini",
  "Itu",
]);

function gantiAngka(cocok: string): string {
  const digit = cocok.replace(/\D/g, "");
  if (/^(?:\+?62|0)8\d{7,12}$/.test(cocok.replace(/[ .-]/g, "")) || /^(?:62|0)8/.test(digit)) {
    if (digit.length >= 9 && digit.length <= 15) return PENGGANTI.telepon;
  }
  if (digit.length === 16) return PENGGANTI.nik;
  if (digit.length >= 9) return PENGGANTI.angka;
  return cocok;
}

/** The saran with personal data replaced by bracketed placeholders. */
export function bersihkanSaran(teks: string): string {
  let hasil = teks.replace(EMAIL, PENGGANTI.email);
  hasil = hasil.replace(DERET_ANGKA, gantiAngka);
  hasil = hasil.replace(NAMA, (semua: string, awalan: string, spasi: string, nama: string) => {
    const pertama = nama.split(/\s+/)[0] ?? "";
    return BUKAN_NAMA.has(pertama) ? semua : `${awalan}${spasi}${PENGGANTI.nama}`;
  });
  return hasil;
}

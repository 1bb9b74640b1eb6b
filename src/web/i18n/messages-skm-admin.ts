/** UI strings of the Petugas SKM pages and of the access messages (issue 12); merged into messages.ts. */
export const skmAdminId = {
  "akses.ditolak": "Akses ditolak",
  "akses.peranAnda": "Peran Anda: {peran}.",
};

export const skmAdminEn: Record<keyof typeof skmAdminId, string> = {
  "akses.ditolak": "Access denied",
  "akses.peranAnda": "Your role: {peran}.",
};

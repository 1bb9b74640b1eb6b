/** Commander's own error messages in Indonesian (unknown command/option, missing argument…). */
const TERJEMAHAN: Array<[RegExp, string]> = [
  [/^error: unknown command '(.+)'/, "Kesalahan: perintah '$1' tidak dikenal (lihat sakip --help)"],
  [/^error: unknown option '(.+)'/, "Kesalahan: opsi '$1' tidak dikenal"],
  [/^error: too many arguments/, "Kesalahan: argumen terlalu banyak"],
  [/^error: missing required argument '(.+)'/, "Kesalahan: argumen '$1' wajib diisi"],
  [/^error: option '(.+)' argument missing/, "Kesalahan: opsi '$1' memerlukan nilai"],
  [/^error: required option '(.+)' not specified/, "Kesalahan: opsi '$1' wajib diisi"],
];

export function terjemahkanPesanCommander(text: string): string {
  const trimmed = text.trim();
  for (const [pattern, replacement] of TERJEMAHAN) {
    if (pattern.test(trimmed)) return trimmed.replace(pattern, replacement).split("\n")[0]!;
  }
  return trimmed;
}

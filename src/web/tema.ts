/**
 * The Mantine theme of the app, with colours that meet WCAG 2.1 AA contrast (issue 15: axe-core, 0 serious
 * violations). Mantine's defaults do not: white on the filled shade 6 (blue 3.6:1, green 2.4:1), the light variant's
 * shade-9 text on shade 1 (yellow 2.7:1, green 3.8:1), the dimmed gray 6 text (3.3:1), the gray 5 placeholder (2.1:1) and the red-6 error text. The
 * CSS variables behind those are replaced here, once for every component, by the nearest darker colour that reaches
 * 4.5:1; the palettes themselves stay Mantine's.
 */
import { createTheme, type CSSVariablesResolver, DEFAULT_THEME } from "@mantine/core";

/** WCAG 2.1 AA for normal text. */
export const KONTRAS_MINIMUM = 4.5;

function kanal(hex: string): [number, number, number] {
  const h = hex.replace("#", "");
  const penuh =
    h.length === 3
      ? h
          .split("")
          .map((c) => c + c)
          .join("")
      : h;
  return [0, 2, 4].map((i) => parseInt(penuh.slice(i, i + 2), 16)) as [number, number, number];
}

function luminans(hex: string): number {
  const [r, g, b] = kanal(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** The WCAG contrast ratio of two #rrggbb colours (1 to 21). */
export function rasioKontras(a: string, b: string): number {
  const [terang, gelap] = [luminans(a), luminans(b)].sort((x, y) => y - x) as [number, number];
  return (terang + 0.05) / (gelap + 0.05);
}

/** `hex` with each channel scaled down by `bagian` (0–1), as #rrggbb. */
export function gelapkan(hex: string, bagian: number): string {
  return `#${kanal(hex)
    .map((c) =>
      Math.round(c * (1 - bagian))
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")}`;
}

/** `warna`, darkened in 2 % steps until it reaches the AA contrast against `latar`. */
export function cukupKontras(warna: string, latar: string): string {
  let hasil = warna;
  for (let i = 1; rasioKontras(hasil, latar) < KONTRAS_MINIMUM && i <= 50; i++) hasil = gelapkan(warna, i * 0.02);
  return hasil;
}

/** The first shade from 6 up with AA contrast against `latar`, else shade 9 darkened until it has. */
export function corakAksesibel(corak: readonly string[], latar: string): string {
  const cocok = corak.slice(6).find((c) => rasioKontras(c, latar) >= KONTRAS_MINIMUM);
  return cocok ?? cukupKontras(corak[9]!, latar);
}

export const tema = createTheme({
  primaryColor: "blue",
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
});

/** The light-scheme colour variables replaced for contrast (see the file comment). */
export function variabelKontras(): Record<string, string> {
  const putih = DEFAULT_THEME.white;
  const abu = DEFAULT_THEME.colors.gray;
  const v: Record<string, string> = {};
  for (const [nama, corak] of Object.entries(DEFAULT_THEME.colors)) {
    if (nama === "dark") continue;
    const isi = corakAksesibel(corak, putih);
    v[`--mantine-color-${nama}-filled`] = isi;
    v[`--mantine-color-${nama}-filled-hover`] = gelapkan(isi, 0.1);
    v[`--mantine-color-${nama}-text`] = isi;
    v[`--mantine-color-${nama}-outline`] = isi;
    // light variant: its text on its shade-1 background
    v[`--mantine-color-${nama}-light-color`] = cukupKontras(corak[9]!, corak[1]!);
  }
  // dimmed text also sits on the gray-0/1 of striped rows and cards
  v["--mantine-color-dimmed"] = cukupKontras(abu[6]!, abu[1]!);
  // also the FileInput's placeholder, a visible span that axe checks like any text
  v["--mantine-color-placeholder"] = cukupKontras(abu[5]!, putih);
  v["--mantine-color-error"] = v["--mantine-color-red-filled"]!;
  v["--mantine-color-anchor"] = v[`--mantine-color-${tema.primaryColor ?? "blue"}-filled`]!;
  return v;
}

export const resolverVariabel: CSSVariablesResolver = () => ({
  variables: {},
  light: variabelKontras(),
  dark: {},
});

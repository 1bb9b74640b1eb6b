/** A date and time in a Pemda's time zone, with its abbreviation ("8 Des 2026, 10.05 WITA"). */
export interface ZonaPemda {
  zonaWaktu: string;
  singkatanZona: string;
}

export function pemformatWaktu(zona: ZonaPemda, locale: string): (iso: string) => string {
  const f = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "id-ID", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: zona.zonaWaktu,
  });
  return (iso) => `${f.format(new Date(iso))} ${zona.singkatanZona}`;
}

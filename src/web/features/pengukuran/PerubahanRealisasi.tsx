import { Text } from "@mantine/core";
import { formatWaktuZona } from "../../../domain/format/waktu";
import { isZonaWaktu, ZONA_WAKTU_BAWAAN } from "../../../domain/pengaturan/zona-waktu";
import { useI18n } from "../../i18n/i18n";
import type { BarisIku } from "./tipe";

/**
 * When and by whom each realisasi cell of the indicator was last changed, on the Pemda's own clock
 * ("1 April 2024 00.30 WITA", the zone from its settings as the measurement answer carries it).
 */
export function PerubahanRealisasi({ baris, zonaWaktu }: { baris: BarisIku; zonaWaktu: string | undefined }) {
  const { t, locale } = useI18n();
  if (!baris.perubahanRealisasi.length) return null;
  const zona = isZonaWaktu(zonaWaktu) ? zonaWaktu : ZONA_WAKTU_BAWAAN;
  return (
    <>
      {baris.perubahanRealisasi.map((p) => (
        <Text key={p.periode} size="xs" c="dimmed" data-testid={`diubah-${baris.kode}-${p.periode}`}>
          {t("kinerja.diubahPada", {
            periode: p.periode === "tahunan" ? t("kinerja.periode.tahunan") : p.periode.toUpperCase(),
            waktu: formatWaktuZona(p.pada, zona, locale === "id" ? "id-ID" : "en-US"),
            oleh: p.oleh,
          })}
        </Text>
      ))}
    </>
  );
}

import { Alert, Button, Card, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { jawab, klien } from "../../api/client";
import { useI18n } from "../../i18n/i18n";
import { type JalurLaporan, type RingkasanLaporan, waktu } from "./tipe";

/**
 * Edits whose paragraph is no longer generated (its indicator or sasaran was removed): not printed, kept until the
 * operator removes them, so no text typed by a person disappears silently.
 */
export function SuntinganYatim(props: { data: RingkasanLaporan; jalur: JalurLaporan; onUbah(): void }) {
  const { data, jalur, onUbah } = props;
  const { t, locale } = useI18n();
  const [sibuk, setSibuk] = useState<string | null>(null);
  const [galat, setGalat] = useState<string | null>(null);
  // Removing typed text takes a second, explicit click.
  const [yakin, setYakin] = useState<string | null>(null);
  const hapus = async (kunci: string) => {
    setSibuk(kunci);
    try {
      await jawab(
        klien.DELETE("/api/v1/pemda/{pemda}/opd/{opd}/laporan/{tahun}/narasi/{kunci}", {
          params: { path: { ...jalur, kunci } },
        }),
      );
      setGalat(null);
      onUbah();
    } catch (e) {
      setGalat(e instanceof Error ? e.message : String(e));
    } finally {
      setSibuk(null);
    }
  };
  return (
    <Alert color="orange" variant="light" title={t("laporan.yatim.judul", { n: data.suntinganYatim.length })}>
      <Stack gap="xs" data-testid="suntingan-yatim">
        <Text size="sm">{t("laporan.yatim.intro")}</Text>
        {galat && <Text c="red">{galat}</Text>}
        {data.suntinganYatim.map((s) => (
          <Card key={s.kunci} withBorder padding="xs">
            <Stack gap={4}>
              <Text size="xs" c="dimmed">
                {letakKunci(s.kunci)} ·{" "}
                {t("laporan.narasi.oleh", { oleh: s.disuntingOleh, pada: waktu(s.disuntingPada, locale) })}
              </Text>
              <Text size="sm">{s.teks}</Text>
              {data.bolehSunting && (
                <Group gap="xs" wrap="wrap">
                  {yakin === s.kunci ? (
                    <>
                      <Button size="xs" color="red" loading={sibuk === s.kunci} onClick={() => void hapus(s.kunci)}>
                        {t("laporan.yatim.hapusYakin")}
                      </Button>
                      <Button size="xs" variant="default" onClick={() => setYakin(null)}>
                        {t("batal")}
                      </Button>
                    </>
                  ) : (
                    <Button size="xs" variant="subtle" color="red" onClick={() => setYakin(s.kunci)}>
                      {t("laporan.yatim.hapus")}
                    </Button>
                  )}
                </Group>
              )}
            </Stack>
          </Card>
        ))}
      </Stack>
    </Alert>
  );
}

/** Where a paragraph key sat in the report ("bab3.ikm.peer" → "Bab III · bab3.ikm.peer"), for readers of the list. */
function letakKunci(kunci: string): string {
  const bab = /^bab(\d)/.exec(kunci)?.[1];
  const romawi = ["", "I", "II", "III", "IV"][Number(bab)] ?? bab;
  if (bab) return `Bab ${romawi} · ${kunci}`;
  if (kunci.startsWith("ikhtisar")) return `Ikhtisar Eksekutif · ${kunci}`;
  return kunci;
}

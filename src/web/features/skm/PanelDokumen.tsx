import { Alert, Button, Card, Group, Image, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconDownload, IconPhoto } from "@tabler/icons-react";
import { useState } from "react";
import { download } from "../../api/client";
import { useI18n } from "../../i18n/i18n";
import type { skmApi } from "./tipe";

/** The Laporan SKM (DOCX, PDF) and the one-page Hasil SKM (PDF, PNG with a preview). */
export function PanelDokumen({ api, periode }: { api: ReturnType<typeof skmApi>; periode: string }) {
  const { t } = useI18n();
  const [galat, setGalat] = useState<string | null>(null);
  const [sibuk, setSibuk] = useState<string | null>(null);
  const [pratinjau, setPratinjau] = useState(false);
  const unduh = async (kunci: string, path: string) => {
    setGalat(null);
    setSibuk(kunci);
    try {
      await download(path);
    } catch (e) {
      setGalat((e as Error).message);
    } finally {
      setSibuk(null);
    }
  };
  return (
    <Stack>
      {galat && <Alert color="red">{galat}</Alert>}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Title order={5}>{t("skmA.dok.laporan")}</Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t("skmA.dok.laporanKet")}
          </Text>
          <Group>
            {(["docx", "pdf"] as const).map((f) => (
              <Button
                key={f}
                variant="light"
                leftSection={<IconDownload size={16} />}
                loading={sibuk === `laporan-${f}`}
                onClick={() => unduh(`laporan-${f}`, api.laporan(periode, f))}
                data-testid={`unduh-laporan-${f}`}
              >
                {f.toUpperCase()}
              </Button>
            ))}
          </Group>
        </Card>
        <Card withBorder>
          <Title order={5}>{t("skmA.dok.publikasi")}</Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t("skmA.dok.publikasiKet")}
          </Text>
          <Group>
            {(["pdf", "png"] as const).map((f) => (
              <Button
                key={f}
                variant="light"
                leftSection={<IconDownload size={16} />}
                loading={sibuk === `hasil-${f}`}
                onClick={() => unduh(`hasil-${f}`, api.publikasi(periode, f))}
                data-testid={`unduh-publikasi-${f}`}
              >
                {f.toUpperCase()}
              </Button>
            ))}
            <Button variant="subtle" leftSection={<IconPhoto size={16} />} onClick={() => setPratinjau((x) => !x)}>
              {t("skmA.dok.pratinjau")}
            </Button>
          </Group>
        </Card>
      </SimpleGrid>
      {pratinjau && (
        <Image
          src={api.publikasi(periode, "png")}
          alt={t("skmA.dok.publikasi")}
          maw={620}
          radius="sm"
          style={{ border: "1px solid #dee2e6" }}
        />
      )}
    </Stack>
  );
}

import { Badge, Card, Group, SimpleGrid, Stack, Text } from "@mantine/core";
import { labelKategori } from "../kinerja/label-kategori";
import { useI18n } from "../../i18n/i18n";
import { Sparkline } from "../kinerja/Sparkline";
import { HEX_KATEGORI, warnaKategori } from "../kinerja/warna";
import { angkaId, type Pengukuran } from "./tipe";

/** One card per indicator: target → realisasi → capaian with its kategori colour and the capaian trend. */
export function DasborIndikator({ data }: { data: Pengukuran }) {
  const { t } = useI18n();
  const semua = data.sasaran.flatMap((s) => s.indikator);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} data-testid="dasbor">
      {semua.map((i) => (
        <Card key={i.id} withBorder padding="sm" data-testid={`kartu-${i.kode}`}>
          <Stack gap={4}>
            <Text fw={600} size="sm">
              {i.nama}
            </Text>
            <Group justify="space-between" align="flex-end" wrap="nowrap">
              <Stack gap={0}>
                <Text size="xs" c="dimmed">
                  {t("kinerja.target")} {i.target?.teks ?? "—"} · {t("kinerja.realisasi")} {i.realisasi?.tampil ?? "—"}
                </Text>
                <Text size="xl" fw={700} data-testid={`kartu-${i.kode}-capaian`}>
                  {i.capaian?.tampil ?? "—"}
                </Text>
                {i.capaian && (
                  <Badge color={warnaKategori(i.capaian.peringkat)} variant="filled" size="sm">
                    {labelKategori(i.capaian.kategori, t)}
                  </Badge>
                )}
              </Stack>
              <Stack gap={0} align="flex-end">
                <Sparkline
                  nilai={i.tren.map((x) => x.capaian)}
                  warna={HEX_KATEGORI[i.capaian?.peringkat ?? 0]}
                  label={`${t("kinerja.tren")} ${i.nama}`}
                />
                <Text size="xs" c="dimmed">
                  {i.tren[0]?.tahun}–{i.tren.at(-1)?.tahun}: {i.tren.map((x) => angkaId(x.capaian)).join(" · ")}
                </Text>
              </Stack>
            </Group>
          </Stack>
        </Card>
      ))}
    </SimpleGrid>
  );
}

import { Alert, Card, Group, Loader, Progress, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { getJson } from "../../api/client";
import { useI18n } from "../../i18n/i18n";
import { GrafikBatang } from "./GrafikBatang";
import type { HasilSkmOpd, skmApi } from "./tipe";

type HasilPeriode = HasilSkmOpd;

const WARNA_MUTU: Record<string, string> = { A: "green", B: "blue", C: "orange", D: "red" };

/** IKM with mutu, NRR per unsur (table + bars), the weakest unsur, per service with sample progress, demographics. */
export function PanelHasil({
  api,
  periode,
  versi,
}: {
  api: ReturnType<typeof skmApi>;
  periode: string;
  versi: number;
}) {
  const { t, number } = useI18n();
  const [data, setData] = useState<HasilPeriode | null>(null);
  const [galat, setGalat] = useState<string | null>(null);
  useEffect(() => {
    setGalat(null);
    getJson<HasilPeriode>(api.hasil(periode)).then(setData, (e: Error) => setGalat(e.message));
  }, [api, periode, versi]);
  if (galat) return <Alert color="red">{galat}</Alert>;
  if (!data) return <Loader size="sm" />;
  const h = data.total;
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Card withBorder>
          <Text size="sm" c="dimmed">
            {t("skmA.ikm")}
          </Text>
          <Text fz={36} fw={700} data-testid="skm-ikm">
            {h ? h.ikm.tampil : "–"}
          </Text>
          {h && (
            <Text c={WARNA_MUTU[h.mutu.mutu] ?? "gray"} fw={600} data-testid="skm-mutu">
              {t("skmA.mutu")} {h.mutu.mutu} ({h.mutu.kinerja})
            </Text>
          )}
        </Card>
        <Card withBorder>
          <Text size="sm" c="dimmed">
            {t("skmA.responden")}
          </Text>
          <Text fz={36} fw={700} data-testid="skm-responden">
            {number(h?.responden ?? 0)}
          </Text>
        </Card>
        <Card withBorder>
          <Text size="sm" c="dimmed">
            {t("skmA.terlemah")}
          </Text>
          <Text fz="lg" fw={600} data-testid="skm-terlemah">
            {h ? `${h.unsurTerlemah.kode.toUpperCase()} ${h.unsurTerlemah.nama}` : "–"}
          </Text>
          {h && (
            <Text size="sm" c="dimmed">
              NRR {h.unsur.find((u) => u.kode === h.unsurTerlemah.kode)?.nrr.tampil}
            </Text>
          )}
        </Card>
      </SimpleGrid>
      {!h && <Alert color="blue">{t("skmA.belumAdaJawaban")}</Alert>}
      {h && (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Table.ScrollContainer minWidth={420}>
            <Table striped withTableBorder data-testid="tabel-unsur">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("skmA.unsur")}</Table.Th>
                  <Table.Th ta="right">NRR</Table.Th>
                  <Table.Th ta="right">{t("skmA.konversi")}</Table.Th>
                  <Table.Th>{t("skmA.mutu")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {h.unsur.map((u) => (
                  <Table.Tr key={u.kode} fw={u.kode === h.unsurTerlemah.kode ? 700 : undefined}>
                    <Table.Td>
                      {u.kode.toUpperCase()} {u.nama}
                    </Table.Td>
                    <Table.Td ta="right">{u.nrr.tampil}</Table.Td>
                    <Table.Td ta="right">{u.nilaiKonversi.tampil}</Table.Td>
                    <Table.Td>{u.mutu.mutu}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Card withBorder>
            <Title order={5} mb="xs">
              {t("skmA.grafikNrr")}
            </Title>
            <GrafikBatang
              label={h.unsur.map((u) => u.kode.toUpperCase())}
              nilai={h.unsur.map((u) => Number(u.nrr.nilai))}
              tampil={h.unsur.map((u) => u.nrr.tampil)}
              min={1}
              maks={4}
              sorot={h.unsur.findIndex((u) => u.kode === h.unsurTerlemah.kode)}
              judul={t("skmA.grafikNrr")}
            />
          </Card>
        </SimpleGrid>
      )}
      <Title order={4}>{t("skmA.perLayanan")}</Title>
      <Table.ScrollContainer minWidth={560}>
        <Table withTableBorder data-testid="tabel-layanan-hasil">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("skmA.layanan")}</Table.Th>
              <Table.Th ta="right">{t("skmA.responden")}</Table.Th>
              <Table.Th ta="right">{t("skmA.ikm")}</Table.Th>
              <Table.Th>{t("skmA.mutu")}</Table.Th>
              <Table.Th w={220}>{t("skmA.sampel")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.layanan.map((l) => (
              <Table.Tr key={l.kode}>
                <Table.Td>{l.nama}</Table.Td>
                <Table.Td ta="right">{number(l.hasil?.responden ?? 0)}</Table.Td>
                <Table.Td ta="right">{l.hasil?.ikm.tampil ?? "–"}</Table.Td>
                <Table.Td>{l.hasil?.mutu.mutu ?? "–"}</Table.Td>
                <Table.Td>
                  {l.sampel ? (
                    <Stack gap={2}>
                      <Progress
                        value={Math.min(100, (l.sampel.responden / l.sampel.minimum) * 100)}
                        color={l.sampel.memenuhi ? "green" : "yellow"}
                        aria-label={t("skmA.sampel")}
                      />
                      <Text size="xs" c="dimmed">
                        {t("skmA.sampelTeks", {
                          n: number(l.sampel.responden),
                          min: number(l.sampel.minimum),
                          pop: number(l.populasi ?? 0),
                        })}
                      </Text>
                    </Stack>
                  ) : (
                    <Text size="xs" c="dimmed">
                      {t("skmA.tanpaPopulasi")}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {h && (
        <>
          <Title order={4}>{t("skmA.demografi")}</Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
            {Object.entries(data.demografi).map(([k, rows]) => (
              <Card withBorder key={k} padding="sm">
                <Text fw={600} size="sm" mb={4}>
                  {t(`skmA.demo.${k}` as "skmA.demo.umur")}
                </Text>
                {rows.map((r) => (
                  <Group key={r.nilai ?? "-"} justify="space-between" gap={4}>
                    <Text size="sm">{r.nilai ?? t("skmA.tidakDiisi")}</Text>
                    <Text size="sm">
                      {number(r.jumlah)} ({number((r.jumlah / h.responden) * 100, 1)}%)
                    </Text>
                  </Group>
                ))}
              </Card>
            ))}
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}

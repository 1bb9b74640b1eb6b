import { Alert, Card, Loader, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { jawab, klien } from "../api/client";
import type { components } from "../api/skema";
import { useAuth } from "../auth/AuthProvider";
import { StatusPeriode } from "../features/alur/StatusPeriode";
// M2-10 worklist
import { DaftarKerja } from "../features/monitoring/DaftarKerja";
// M2-15 Rencana Aksi early warnings
import { PeringatanBeranda } from "../features/renaksi/PeringatanBeranda";
import { useI18n } from "../i18n/i18n";

type PemdaDto = components["schemas"]["PemdaDenganOpd"];
type HealthDto = components["schemas"]["Health"];

export function BerandaPage() {
  const { t } = useI18n();
  const { pengguna } = useAuth();
  const [pemda, setPemda] = useState<PemdaDto[] | null>(null);
  const [health, setHealth] = useState<HealthDto | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    jawab(klien.GET("/api/v1/pemda")).then(setPemda, (e: Error) => setError(e.message));
    jawab(klien.GET("/healthz")).then(setHealth, () => undefined);
  }, []);

  return (
    <Stack>
      <Title order={2}>{t("beranda.judul")}</Title>
      <Text maw={720}>{t("beranda.intro")}</Text>
      <DaftarKerja />
      {/* M2-15 Rencana Aksi early warnings */}
      <PeringatanBeranda />
      {/* no technical badge (engine name) while all is well; a plain warning when the database is not */}
      {health && !health.database.ok && (
        <Alert color="red" data-testid="db-gangguan">
          {t("status.dbGangguan")}
        </Alert>
      )}
      <Title order={3}>{t("beranda.pemda")}</Title>
      {error && (
        <Alert color="red" title={t("galat")}>
          {error}
        </Alert>
      )}
      {!pemda && !error && <Loader size="sm" aria-label={t("memuat")} />}
      {pemda?.length === 0 && <Text c="dimmed">{t("beranda.kosong")}</Text>}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {pemda?.map((p) => (
          <Card key={p.slug} withBorder padding="md" data-testid={`pemda-${p.slug}`} data-opd-count={p.opd.length}>
            <Text fw={600}>{p.nama}</Text>
            <Text size="sm" c="dimmed">
              {p.provinsi} · {t("beranda.opd", { n: p.opd.length })}
            </Text>
            <Stack gap={2} mt="xs">
              {p.opd.slice(0, 8).map((o) => (
                <Text key={o.slug} size="sm">
                  {o.nama}
                </Text>
              ))}
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
      {pengguna?.opd && (
        <StatusPeriode pemda={pengguna.pemda.slug} opd={pengguna.opd.slug} tahun={new Date().getFullYear()} />
      )}
    </Stack>
  );
}

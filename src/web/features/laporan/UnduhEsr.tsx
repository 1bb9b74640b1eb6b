/**
 * The ESR bundle button of the Laporan page (issue 17, ADR 0039): downloads `GET …/opd/{opd}/esr/{tahun}` (a ZIP of
 * Renstra, PK, IKU, LKjIP, the signed PDFs and a SHA-256 manifest) for the OPD and year on screen. Shown only to
 * users with "laporan.baca" bound to that OPD or to none (the server checks the same; this only hides what it would
 * refuse). Progress and outcome as the other downloads (useUnduh).
 */
import { Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { IconFileZip } from "@tabler/icons-react";
import { useAuth } from "../../auth/AuthProvider";
import { useI18n } from "../../i18n/i18n";
import { StatusUnduh } from "./StatusUnduh";
import type { JalurLaporan } from "./tipe";
import { useUnduh } from "./unduh";

export function UnduhEsr({ jalur }: { jalur: JalurLaporan }) {
  const { pemda, opd, tahun } = jalur;
  const { t } = useI18n();
  const { punya, pengguna } = useAuth();
  const { unduh, progres, hasil, tutupHasil } = useUnduh();
  const terikat = pengguna?.opd?.slug ?? null;
  if (!punya("laporan.baca") || (terikat !== null && terikat !== opd)) return null;
  return (
    <Card withBorder mt="md" data-testid="esr">
      <Title order={4} mb={4}>
        {t("esr.judul")}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t("esr.keterangan", { tahun })}
      </Text>
      <Stack gap="xs">
        <Group>
          <Button
            variant="light"
            leftSection={<IconFileZip size={16} />}
            loading={progres !== null}
            data-testid="unduh-esr"
            onClick={() => void unduh(`/api/v1/pemda/${pemda}/opd/${opd}/esr/${tahun}`, "ZIP ESR")}
          >
            {t("esr.tombol", { tahun })}
          </Button>
        </Group>
        <StatusUnduh progres={progres} hasil={hasil} tutupHasil={tutupHasil} testIdHasil="esr-hasil" />
      </Stack>
    </Card>
  );
}

/**
 * The ESR bundle button of the Laporan page (issue 17, ADR 0039): downloads `GET …/opd/{opd}/esr/{tahun}` (a ZIP of
 * Renstra, PK, IKU, LKjIP, the signed PDFs and a SHA-256 manifest) for the OPD and year on screen. Shown only to
 * users with "laporan.baca" bound to that OPD or to none (the server checks the same; this only hides what it would
 * refuse). Progress and outcome as the other downloads (useUnduh).
 */
import { Alert, Button, Card, Group, Progress, Stack, Text, Title } from "@mantine/core";
import { IconFileZip } from "@tabler/icons-react";
import { useAuth } from "../../auth/AuthProvider";
import { useI18n } from "../../i18n/i18n";
import { useUnduh } from "./unduh";

/** `apiOpd` = "/api/v1/pemda/{pemda}/opd/{opd}". */
export function UnduhEsr({ apiOpd, tahun }: { apiOpd: string; tahun: number }) {
  const { t } = useI18n();
  const { punya, pengguna } = useAuth();
  const { unduh, progres, hasil, tutupHasil } = useUnduh();
  const opd = /\/opd\/([^/]+)/.exec(apiOpd)?.[1] ?? null;
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
            onClick={() => void unduh(`${apiOpd}/esr/${tahun}`, "ZIP ESR")}
          >
            {t("esr.tombol", { tahun })}
          </Button>
        </Group>
        {progres && (
          <Stack gap={4} aria-live="polite">
            <Text size="sm">
              {progres.persen === null
                ? t("laporan.unduh.menyusun", { format: progres.label })
                : t("laporan.unduh.menerima", { format: progres.label, persen: progres.persen })}
            </Text>
            <Progress value={progres.persen ?? 100} animated={progres.persen === null} striped />
          </Stack>
        )}
        {hasil && (
          <Alert
            color={hasil.ok ? "green" : "red"}
            withCloseButton
            onClose={tutupHasil}
            title={hasil.ok ? undefined : t("laporan.unduh.gagal")}
            data-testid="esr-hasil"
          >
            {hasil.ok
              ? t("laporan.unduh.selesai", { nama: hasil.nama ?? "", ukuran: Math.round((hasil.ukuran ?? 0) / 1024) })
              : hasil.pesan}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}

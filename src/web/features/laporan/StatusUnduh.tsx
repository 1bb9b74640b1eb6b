/** The progress and the outcome of a download made with `useUnduh` (the Laporan page's buttons and the ESR bundle). */
import { Alert, Progress, Stack, Text } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";
import type { useUnduh } from "./unduh";

type Unduhan = ReturnType<typeof useUnduh>;

export function StatusUnduh(props: {
  progres: Unduhan["progres"];
  hasil: Unduhan["hasil"];
  tutupHasil: Unduhan["tutupHasil"];
  testIdProgres?: string;
  testIdHasil: string;
}) {
  const { t } = useI18n();
  const { progres, hasil } = props;
  return (
    <>
      {progres && (
        <Stack gap={4} data-testid={props.testIdProgres} aria-live="polite">
          <Text size="sm">
            {progres.persen === null
              ? t("laporan.unduh.menyusun", { format: progres.label })
              : t("laporan.unduh.menerima", { format: progres.label, persen: progres.persen })}
          </Text>
          <Progress
            value={progres.persen ?? 100}
            animated={progres.persen === null}
            striped
            aria-label={progres.label}
          />
        </Stack>
      )}
      {hasil && (
        <Alert
          color={hasil.ok ? "green" : "red"}
          withCloseButton
          onClose={props.tutupHasil}
          title={hasil.ok ? undefined : t("laporan.unduh.gagal")}
          data-testid={props.testIdHasil}
        >
          {hasil.ok
            ? t("laporan.unduh.selesai", { nama: hasil.nama ?? "", ukuran: Math.round((hasil.ukuran ?? 0) / 1024) })
            : hasil.pesan}
        </Alert>
      )}
    </>
  );
}

import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";
import type { Perencanaan } from "./tipe";

/** Every Renstra and RPJMD period on file (from the plan's answer). */
export type PeriodeRencana = Perencanaan["periode"];

/**
 * Shown when the chosen year lies outside every Renstra period of the OPD: which periods exist, with one button per
 * year of each period (the year nearest to the chosen one highlighted), and whether an RPJMD covers the year.
 */
export function LuarPeriode(props: {
  tahun: number;
  periode: PeriodeRencana;
  adaRpjmd: boolean;
  pilihTahun(tahun: number): void;
}) {
  const { t } = useI18n();
  const { renstra, rpjmd } = props.periode;
  const rentang = (p: { tahunAwal: number; tahunAkhir: number }) => `${p.tahunAwal}–${p.tahunAkhir}`;
  return (
    <Alert
      color="yellow"
      variant="light"
      title={t("rencana.luarPeriode", { tahun: props.tahun })}
      data-testid="luar-periode"
    >
      <Stack gap="xs">
        <Text size="sm">
          {renstra.length
            ? t("rencana.periodeAda", { daftar: renstra.map(rentang).join(", ") })
            : t("rencana.tanpaRenstra")}
        </Text>
        {renstra.map((p) => {
          const terdekat = Math.min(Math.max(props.tahun, p.tahunAwal), p.tahunAkhir);
          return (
            <Group key={p.tahunAwal} gap={4} wrap="wrap">
              <Text size="sm" fw={600} mr="xs">
                {t("rencana.periodeTombol", { awal: p.tahunAwal, akhir: p.tahunAkhir })}
              </Text>
              {Array.from({ length: p.tahunAkhir - p.tahunAwal + 1 }, (_, i) => p.tahunAwal + i).map((th) => (
                <Button
                  key={th}
                  size="compact-sm"
                  variant={th === terdekat ? "filled" : "default"}
                  data-testid={`tahun-renstra-${th}`}
                  onClick={() => props.pilihTahun(th)}
                >
                  {th}
                </Button>
              ))}
            </Group>
          );
        })}
        {!props.adaRpjmd && (
          <Text size="sm" c="dimmed">
            {t("rencana.tanpaRpjmd", { tahun: props.tahun, daftar: rpjmd.map(rentang).join(", ") || "—" })}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}

import { Group, Paper, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";
import { DaftarArah } from "./DaftarArah";
import type { ArahForm, SasaranForm } from "./isian-rencana";
import { KendaliBaris } from "./KendaliBaris";

/**
 * One sasaran in the Renstra form: its kode and text, its strategi and kebijakan rows, and the reorder/remove
 * controls. `jalur` is its JSON path for the field errors ("tujuan.0.sasaran.1"); `nIndikator` > 0 (it has stored
 * indicators, linked by its kode) keeps its kode and forbids removing it.
 */
export function IsianSasaran(props: {
  sasaran: SasaranForm;
  jalur: string;
  i: number;
  n: number;
  nIndikator: number;
  galat: Record<string, string>;
  nonaktif: boolean;
  ubah(x: Partial<SasaranForm>): void;
  pindah(arah: -1 | 1): void;
  hapus(): void;
}) {
  const { t } = useI18n();
  const { sasaran: s, jalur, galat: b, nonaktif: mati, nIndikator: n } = props;
  const arah = (jenis: "strategi" | "kebijakan") => (
    <DaftarArah
      jenis={jenis}
      sasaranKode={s.kode}
      jalur={jalur}
      daftar={s[jenis]}
      galat={b}
      nonaktif={mati}
      ubah={(daftar: ArahForm[]) => props.ubah({ [jenis]: daftar })}
    />
  );
  return (
    <Paper withBorder p="xs" ml="md" bg="var(--mantine-color-gray-light)">
      <Stack gap={6}>
        <Group align="flex-start" wrap="nowrap" gap="xs">
          <TextInput
            w={90}
            label={t("rencanaForm.kode")}
            maxLength={50}
            value={s.kode}
            error={b[`${jalur}.kode`]}
            disabled={mati || n > 0}
            onChange={(e) => props.ubah({ kode: e.currentTarget.value })}
          />
          <Textarea
            style={{ flex: 1 }}
            label={`${t("kinerja.sasaran")} ${s.kode}`}
            autosize
            maxLength={2000}
            value={s.teks}
            error={b[`${jalur}.teks`]}
            disabled={mati}
            onChange={(e) => props.ubah({ teks: e.currentTarget.value })}
          />
          <KendaliBaris
            label={`${t("kinerja.sasaran")} ${s.kode}`}
            i={props.i}
            n={props.n}
            nonaktif={mati}
            alasanTetap={n > 0 ? t("rencanaForm.adaIndikator", { n }) : null}
            pindah={props.pindah}
            hapus={props.hapus}
          />
        </Group>
        {n > 0 && (
          <Text size="xs" c="dimmed">
            {t("rencanaForm.adaIndikator", { n })}
          </Text>
        )}
        <Text size="sm" fw={600}>
          {t("rencana.strategi")}
        </Text>
        {arah("strategi")}
        <Text size="sm" fw={600}>
          {t("rencana.kebijakan")}
        </Text>
        {arah("kebijakan")}
      </Stack>
    </Paper>
  );
}

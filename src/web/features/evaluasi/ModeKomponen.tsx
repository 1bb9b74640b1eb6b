import { Alert, Stack, Table } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";
import type { LembarLke } from "./tipe";

/** Component-only years: the four values, clearly labelled. */
export function ModeKomponen({ lembar }: { lembar: LembarLke }) {
  const { t, number } = useI18n();
  const e = lembar.nilai.evaluator;
  return (
    <Stack gap="sm">
      <Alert color="gray" variant="light" data-testid="mode-komponen">
        {t("evaluasi.modeKomponen")}
      </Alert>
      <Table withTableBorder fz="sm" maw={640}>
        <Table.Tbody>
          {e.komponen.map((k) => (
            <Table.Tr key={k.kunci}>
              <Table.Td>{k.nama}</Table.Td>
              <Table.Td ta="right">{k.bobot}</Table.Td>
              <Table.Td ta="right">{number(Number(k.nilai.nilai), 2)}</Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Td fw={700}>{t("evaluasi.total")}</Table.Td>
            <Table.Td />
            <Table.Td ta="right" fw={700}>
              {number(Number(e.total.nilai), 2)} ({e.predikat.kode})
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

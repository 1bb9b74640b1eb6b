import { Badge, Button, Group, List, Stack, Table, Text } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";
import { SelEdit } from "../kinerja/SelEdit";
import type { IndikatorRenstra, SasaranRenstra as Sasaran, TargetRenstra } from "./tipe";

/** One sasaran of the Renstra: its strategi and kebijakan, and its indicators with a target per year (inline edit). */
export function SasaranRenstra(props: {
  sasaran: Sasaran;
  tahunPeriode: number[];
  tahun: number;
  bolehUbah: boolean;
  /** open the indicator form: a new indicator (null) or this one */
  ubahIndikator(awal: IndikatorRenstra | null): void;
  simpanTarget(indikatorId: string, tg: TargetRenstra, nilai: string): Promise<void>;
}) {
  const { t } = useI18n();
  const { sasaran: s, bolehUbah } = props;
  return (
    <Stack gap={4} pl="md">
      <Group justify="space-between" wrap="nowrap">
        <Text fw={600}>
          {t("kinerja.sasaran")} {s.kode}: {s.teks}
        </Text>
        {bolehUbah && (
          <Button size="xs" variant="light" onClick={() => props.ubahIndikator(null)}>
            {t("rencana.form.tambah")}
          </Button>
        )}
      </Group>
      {s.strategi.length > 0 && (
        <List size="sm">
          {s.strategi.map((x) => (
            <List.Item key={x.kode}>
              {t("rencana.strategi")}: {x.teks}
            </List.Item>
          ))}
          {s.kebijakan.map((x) => (
            <List.Item key={x.kode}>
              {t("rencana.kebijakan")}: {x.teks}
            </List.Item>
          ))}
        </List>
      )}
      <Table.ScrollContainer minWidth={700}>
        <Table withTableBorder withColumnBorders>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("kinerja.indikator")}</Table.Th>
              <Table.Th>{t("kinerja.satuan")}</Table.Th>
              {props.tahunPeriode.map((th) => (
                <Table.Th key={th}>{th}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {s.indikator.map((i) => (
              <Table.Tr key={i.id}>
                <Table.Td>
                  {i.nama} {i.iku && <Badge size="xs">{t("rencana.iku")}</Badge>}
                  {bolehUbah && (
                    <Button size="compact-xs" variant="subtle" onClick={() => props.ubahIndikator(i)}>
                      {t("kinerja.ubah")}
                    </Button>
                  )}
                  <Text size="xs" c="dimmed">
                    {i.polaritas} · {i.sumberData}
                  </Text>
                  {i.tanpaTarget.length > 0 && (
                    <Badge size="xs" color="red">
                      {t("rencana.tanpaTarget", { tahun: i.tanpaTarget.join(", ") })}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{i.satuan}</Table.Td>
                {i.target.map((tg) => (
                  <Table.Td key={tg.tahun}>
                    <SelEdit
                      nilai={tg.target ?? ""}
                      bolehUbah={bolehUbah && tg.tahun === props.tahun}
                      label={`${t("kinerja.target")} ${tg.tahun} ${i.nama}`}
                      simpan={(v) => props.simpanTarget(i.id, tg, v)}
                    />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

import { ActionIcon, Badge, Group, Select, Table, TextInput, Tooltip } from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { useI18n } from "../../i18n/i18n";
import { JENIS_UNIT, type UnitMasukan } from "./profil-masukan";

/** The value of the "no parent" choice in the parent picker (a top-level unit). */
export const AKAR_UNIT = "__akar__";

/**
 * One unit of the unit editor (EditorUnitKerja): its name indented by depth, jenis, parent (`indukData`: the units it
 * may be moved under), the number of pejabat in it, and the add-sub-unit / remove actions.
 */
export function BarisUnit(props: {
  unit: UnitMasukan & { tingkat: number };
  i: number;
  indukData: Array<{ value: string; label: string }>;
  galat: string | undefined;
  jumlahPejabat: number;
  ubah(set: Partial<UnitMasukan>): void;
  tambahAnak(): void;
  hapus(): void;
}) {
  const { t } = useI18n();
  const { unit: u, i } = props;
  const jenisData = JENIS_UNIT.map((j) => ({ value: j, label: t(`profil.jenis.${j}`) }));
  return (
    <Table.Tr data-testid={`unit-${i}`}>
      <Table.Td>
        <TextInput
          size="xs"
          ml={u.tingkat * 20}
          aria-label={`${t("profil.unit.nama")} ${i + 1}`}
          placeholder={t("profil.unit.nama")}
          value={u.nama}
          error={props.galat}
          data-testid={`unit-${i}-nama`}
          onChange={(e) => props.ubah({ nama: e.currentTarget.value })}
        />
      </Table.Td>
      <Table.Td>
        <Select
          size="xs"
          aria-label={`${t("profil.unit.jenis")} ${i + 1}`}
          data={jenisData}
          value={u.jenis}
          allowDeselect={false}
          onChange={(v) => {
            const jenis = JENIS_UNIT.find((j) => j === v);
            if (jenis) props.ubah({ jenis });
          }}
        />
      </Table.Td>
      <Table.Td>
        <Select
          size="xs"
          aria-label={`${t("profil.unit.induk")} ${i + 1}`}
          data={props.indukData}
          value={u.indukKode ?? AKAR_UNIT}
          allowDeselect={false}
          searchable
          onChange={(v) => v && props.ubah({ indukKode: v === AKAR_UNIT ? null : v })}
        />
      </Table.Td>
      <Table.Td>
        <Badge variant="light" color={props.jumlahPejabat ? "blue" : "gray"}>
          {props.jumlahPejabat}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Group gap={2} wrap="nowrap">
          <Tooltip label={t("profil.unit.tambahAnak")}>
            <ActionIcon
              variant="subtle"
              aria-label={`${t("profil.unit.tambahAnak")} ${i + 1}`}
              onClick={props.tambahAnak}
            >
              <IconPlus size={16} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t("profil.unit.hapus")}>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={`${t("profil.unit.hapus")} ${i + 1}`}
              data-testid={`unit-${i}-hapus`}
              onClick={props.hapus}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

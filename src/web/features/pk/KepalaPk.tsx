import { Group, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";
import type { LevelPk } from "./tipe";

const LEVEL: LevelPk[] = ["kepala-opd", "eselon-iii", "eselon-iv"];

/** The head of a PK as the form edits it: level, version, kode, both parties, place and date. */
export interface IsianKepalaPk {
  level: LevelPk;
  jenis: "awal" | "perubahan";
  kode: string;
  pihak1: string | null;
  pihak2: string | null;
  tempat: string;
  tanggal: string;
}

/**
 * The head fields of the PK form. `kodeBawaan` is shown while no kode is typed (the one the save will use);
 * `kodeTetap`: an edited PK keeps its kode.
 */
export function KepalaPk(props: {
  nilai: IsianKepalaPk;
  ubah(x: Partial<IsianKepalaPk>): void;
  kodeBawaan: string;
  kodeTetap: boolean;
  opsiPejabat: Array<{ value: string; label: string }>;
  galat: Record<string, string>;
  terkunci: boolean;
}) {
  const { t } = useI18n();
  const { galat: b, terkunci } = props;
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      <Select
        label={t("pk.form.level")}
        allowDeselect={false}
        disabled={terkunci}
        value={props.nilai.level}
        onChange={(v) => {
          const l = LEVEL.find((x) => x === v);
          if (l) props.ubah({ level: l });
        }}
        data={LEVEL.map((value) => ({ value, label: t(`pk.level.${value}`) }))}
      />
      <Stack gap={2}>
        <SegmentedControl
          mt="lg"
          disabled={terkunci}
          value={props.nilai.jenis}
          onChange={(v) => props.ubah({ jenis: v === "perubahan" ? "perubahan" : "awal" })}
          data={[
            { value: "awal", label: t("pk.form.awal") },
            { value: "perubahan", label: t("pk.form.perubahan") },
          ]}
        />
        {b.jenis && (
          <Text size="xs" c="red">
            {b.jenis}
          </Text>
        )}
      </Stack>
      <TextInput
        label={t("pk.form.kode")}
        placeholder={props.kodeBawaan}
        value={props.nilai.kode}
        disabled={terkunci || props.kodeTetap}
        onChange={(e) => props.ubah({ kode: e.currentTarget.value })}
      />
      <Select
        label={t("pk.form.pihak1")}
        searchable
        disabled={terkunci}
        data={props.opsiPejabat}
        value={props.nilai.pihak1}
        onChange={(v) => props.ubah({ pihak1: v })}
        error={b.pihak1}
      />
      <Select
        label={t("pk.form.pihak2")}
        searchable
        disabled={terkunci}
        data={props.opsiPejabat}
        value={props.nilai.pihak2}
        onChange={(v) => props.ubah({ pihak2: v })}
        error={b.pihak2}
      />
      <Group grow align="flex-start">
        <TextInput
          label={t("pk.form.tempat")}
          value={props.nilai.tempat}
          disabled={terkunci}
          error={b.tempat}
          onChange={(e) => props.ubah({ tempat: e.currentTarget.value })}
        />
        <TextInput
          type="date"
          label={t("pk.form.tanggal")}
          value={props.nilai.tanggal}
          disabled={terkunci}
          error={b.tanggal}
          onChange={(e) => props.ubah({ tanggal: e.currentTarget.value })}
        />
      </Group>
    </SimpleGrid>
  );
}

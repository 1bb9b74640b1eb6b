import { Group, Select } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";
import type { Lingkup } from "./lingkup";

/** OPD and year pickers of a plans/PK/measurement page. */
export function PilihLingkup({
  lingkup,
  tahunPilihan,
  tanpaTahun = false,
}: {
  lingkup: Lingkup;
  tahunPilihan: number[];
  tanpaTahun?: boolean;
}) {
  const { t } = useI18n();
  const tahun = [...new Set([...tahunPilihan, ...(lingkup.tahun ? [lingkup.tahun] : [])])].sort((a, b) => b - a);
  return (
    <Group gap="sm" wrap="wrap">
      {lingkup.daftarOpd.length > 1 && (
        <Select
          label={t("kinerja.opd")}
          w={320}
          searchable
          data={lingkup.daftarOpd.map((o) => ({ value: o.slug, label: o.nama }))}
          value={lingkup.opd}
          onChange={(v) => v && lingkup.setOpd(v)}
          allowDeselect={false}
        />
      )}
      {!tanpaTahun && (
        <Select
          label={t("kinerja.tahun")}
          w={120}
          data={tahun.map(String)}
          value={lingkup.tahun ? String(lingkup.tahun) : null}
          onChange={(v) => v && lingkup.setTahun(Number(v))}
          allowDeselect={false}
          aria-label={t("kinerja.tahun")}
        />
      )}
    </Group>
  );
}

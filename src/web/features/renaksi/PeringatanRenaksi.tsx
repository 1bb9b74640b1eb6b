import { Alert, List, Text } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useI18n } from "../../i18n/i18n";
import { LABEL_TW, type Renaksi } from "./tipe";

/** The early-warning flags of the year (ADR 0028): one line per indicator and quarter, with the threshold used. */
export function PeringatanRenaksi({ data, pkId }: { data: Renaksi; pkId?: string | null }) {
  const { t } = useI18n();
  const daftar = pkId ? data.peringatan.filter((p) => p.pkId === pkId) : data.peringatan;
  if (daftar.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="peringatan-renaksi-kosong">
        {t("renaksi.peringatan.kosong")}
      </Text>
    );
  }
  return (
    <Alert
      color="orange"
      icon={<IconAlertTriangle />}
      title={t("renaksi.peringatan.judul")}
      data-testid="peringatan-renaksi"
    >
      <List size="sm" spacing={4}>
        {daftar.map((p) => (
          <List.Item key={`${p.pkKinerjaId}-${p.triwulan}-${p.jenis}`} data-jenis={p.jenis}>
            <b>{LABEL_TW[p.triwulan - 1]}</b> · {p.pesan}
          </List.Item>
        ))}
      </List>
      <Text size="xs" c="dimmed" mt={6}>
        {t("renaksi.peringatan.ambang", { label: data.ambang.label })}
      </Text>
    </Alert>
  );
}

import { ActionIcon, Group, Tooltip } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";

/** Move-up, move-down and remove buttons of one row of an editable list (label names the row for screen readers). */
export function KendaliBaris(props: {
  label: string;
  i: number;
  n: number;
  nonaktif?: boolean;
  /** Why the row cannot be removed (then the remove button is disabled and explains it). */
  alasanTetap?: string | null;
  pindah(arah: -1 | 1): void;
  hapus(): void;
}) {
  const { t } = useI18n();
  const mati = Boolean(props.nonaktif);
  return (
    <Group gap={2} wrap="nowrap">
      <ActionIcon
        variant="subtle"
        size="sm"
        aria-label={`${t("rencanaForm.naik")} ${props.label}`}
        disabled={mati || props.i === 0}
        onClick={() => props.pindah(-1)}
      >
        ↑
      </ActionIcon>
      <ActionIcon
        variant="subtle"
        size="sm"
        aria-label={`${t("rencanaForm.turun")} ${props.label}`}
        disabled={mati || props.i === props.n - 1}
        onClick={() => props.pindah(1)}
      >
        ↓
      </ActionIcon>
      <Tooltip label={props.alasanTetap ?? ""} disabled={!props.alasanTetap} multiline w={260}>
        <span>
          <ActionIcon
            variant="subtle"
            color="red"
            size="sm"
            aria-label={`${t("rencanaForm.hapus")} ${props.label}`}
            disabled={mati || Boolean(props.alasanTetap)}
            onClick={props.hapus}
          >
            ×
          </ActionIcon>
        </span>
      </Tooltip>
    </Group>
  );
}

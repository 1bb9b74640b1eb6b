import { ActionIcon, Group, Text, TextInput, Tooltip } from "@mantine/core";
import { IconPencil } from "@tabler/icons-react";
import { useRef, useState } from "react";
import { ApiError } from "../../api/client";
import { useI18n } from "../../i18n/i18n";

/**
 * An inline-editable cell: shows the value; the pencil (or a click when `bolehUbah`) opens a text field; Enter or
 * blur saves through `simpan`; Escape cancels. The server's Indonesian message is shown under the field on error.
 */
export function SelEdit(props: {
  nilai: string;
  tampil?: string;
  bolehUbah: boolean;
  label: string;
  testId?: string;
  simpan(nilaiBaru: string): Promise<void>;
}) {
  const { t } = useI18n();
  const [ubah, setUbah] = useState(false);
  const [teks, setTeks] = useState(props.nilai);
  const [galat, setGalat] = useState<string | null>(null);
  const [proses, setProses] = useState(false);
  // Enter saves and disables the field; Chromium 156 then blurs it, and the blur would save the same value a second
  // time with the version already used (409 "changed by another user"): one save at a time.
  const sedangKirim = useRef(false);

  async function kirim() {
    if (sedangKirim.current) return;
    if (teks === props.nilai) {
      setUbah(false);
      return;
    }
    sedangKirim.current = true;
    setProses(true);
    try {
      await props.simpan(teks);
      setGalat(null);
      setUbah(false);
    } catch (e) {
      setGalat(e instanceof ApiError ? e.detail || e.message : String(e));
    } finally {
      sedangKirim.current = false;
      setProses(false);
    }
  }

  if (!ubah) {
    return (
      <Group gap={4} wrap="nowrap">
        <Text size="sm" data-testid={props.testId}>
          {props.tampil ?? (props.nilai || "—")}
        </Text>
        {props.bolehUbah && (
          <Tooltip label={t("kinerja.ubah")}>
            <ActionIcon
              size="sm"
              variant="subtle"
              aria-label={`${t("kinerja.ubah")} ${props.label}`}
              data-testid={props.testId ? `${props.testId}-ubah` : undefined}
              onClick={() => {
                setTeks(props.nilai);
                setUbah(true);
              }}
            >
              <IconPencil size={14} />
            </ActionIcon>
          </Tooltip>
        )}
      </Group>
    );
  }
  return (
    <TextInput
      size="xs"
      autoFocus
      aria-label={props.label}
      data-testid={props.testId ? `${props.testId}-isian` : undefined}
      value={teks}
      disabled={proses}
      error={galat}
      onChange={(e) => setTeks(e.currentTarget.value)}
      onBlur={() => void kirim()}
      onKeyDown={(e) => {
        if (e.key === "Enter") void kirim();
        if (e.key === "Escape") {
          setGalat(null);
          setUbah(false);
        }
      }}
    />
  );
}

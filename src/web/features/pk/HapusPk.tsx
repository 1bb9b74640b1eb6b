import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";

/** The confirmation before a PK is deleted (the PK form's delete button). */
export function HapusPk(props: { opened: boolean; kode: string; sibuk: boolean; batal(): void; hapus(): void }) {
  const { t } = useI18n();
  return (
    <Modal opened={props.opened} onClose={props.batal} title={t("pk.hapus.judul")} centered>
      <Stack>
        <Text size="sm">{t("pk.hapus.konfirmasi", { kode: props.kode })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.batal}>
            {t("batal")}
          </Button>
          <Button color="red" loading={props.sibuk} onClick={props.hapus} data-testid="konfirmasi-hapus-pk">
            {t("pk.hapus.ya")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

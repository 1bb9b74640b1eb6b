import { Button, Group, Modal, Text } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";

/**
 * Shown when a save was refused because another user changed the data since it was read (409, ADR 0016): nothing
 * of this save was stored; "Muat ulang" loads the current data, "Tutup" keeps the form as it is (a later save is
 * refused again until the data is reloaded).
 */
export function DialogKonflik(props: { opened: boolean; muatUlang(): void; tutup(): void }) {
  const { t } = useI18n();
  return (
    <Modal opened={props.opened} onClose={props.tutup} title={t("konflik.judul")} centered zIndex={400}>
      <Text size="sm" data-testid="dialog-konflik">
        {t("konflik.teks")}
      </Text>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={props.tutup}>
          {t("konflik.tutup")}
        </Button>
        <Button onClick={props.muatUlang} data-testid="tombol-muat-ulang">
          {t("konflik.muatUlang")}
        </Button>
      </Group>
    </Modal>
  );
}

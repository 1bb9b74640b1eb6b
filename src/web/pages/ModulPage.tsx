import { Stack, Text, Title } from "@mantine/core";
import { useI18n } from "../i18n/i18n";
import type { MessageKey } from "../i18n/messages";

/** Placeholder for a module whose issue is not built yet; says so plainly. */
export function ModulPage({ title }: { title: MessageKey }) {
  const { t } = useI18n();
  return (
    <Stack>
      <Title order={2}>{t(title)}</Title>
      <Text c="dimmed">{t("modul.segera")}</Text>
    </Stack>
  );
}

import { Anchor, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { useI18n } from "../i18n/i18n";

/** The 404 page of the app (issue 15): any address no route knows, instead of a blank page. */
export function TidakDitemukanPage() {
  const { t } = useI18n();
  return (
    <Stack>
      <Title order={2}>{t("halaman404.judul")}</Title>
      <Text>{t("halaman404.teks")}</Text>
      <Anchor component={Link} to="/">
        {t("halaman404.beranda")}
      </Anchor>
    </Stack>
  );
}

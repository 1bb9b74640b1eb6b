import { Alert, Stack, Title } from "@mantine/core";
import { IconLock } from "@tabler/icons-react";
import { pesanTanpaIzin } from "../../domain/akses/label-izin";
import { useAuth } from "../auth/AuthProvider";
import { useI18n } from "../i18n/i18n";
import type { MessageKey } from "../i18n/messages";

/** A page the user's role may not open: says in words which permission is missing (never the raw code). */
export function TanpaIzin({ judul, izin }: { judul: MessageKey; izin: string }) {
  const { t, locale } = useI18n();
  const { pengguna } = useAuth();
  return (
    <Stack>
      <Title order={2}>{t(judul)}</Title>
      <Alert color="orange" icon={<IconLock size={18} />} title={t("akses.ditolak")} role="alert">
        {pesanTanpaIzin(izin, locale === "en" ? "en" : "id")}
        {pengguna ? ` ${t("akses.peranAnda", { peran: pengguna.labelPeran })}` : ""}
      </Alert>
    </Stack>
  );
}

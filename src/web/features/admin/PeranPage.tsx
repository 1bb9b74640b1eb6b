import { Alert, Loader, ScrollArea, Stack, Table, Text } from "@mantine/core";
import { IconCheck } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { LABEL_IZIN } from "../../../domain/akses/label-izin";
import { jawab, klien } from "../../api/client";
import { kunci } from "../../api/kueri";
import { useI18n } from "../../i18n/i18n";
import type { MessageKey } from "../../i18n/messages";

/** A permission in words ("Manage users and roles"), never the raw code (kept as the cell's title). */
function kataIzin(izin: string, locale: "id" | "en"): string {
  const label = (LABEL_IZIN as Record<string, { id: string; en: string } | undefined>)[izin];
  const teks = label ? label[locale] : izin;
  return teks.charAt(0).toUpperCase() + teks.slice(1);
}

/** Read-only matrix of roles × permissions, straight from the server's IZIN_PERAN table. */
export function PeranPage() {
  const { t, locale } = useI18n();
  const q = useQuery({ queryKey: kunci.peran(), queryFn: () => jawab(klien.GET("/api/v1/peran")) });
  const data = q.data ?? null;
  const galat = q.error?.message ?? null;
  if (galat) return <Alert color="red">{galat}</Alert>;
  if (!data) return <Loader size="sm" aria-label={t("memuat")} />;
  return (
    <Stack>
      <Text c="dimmed">{t("admin.peranIntro")}</Text>
      <ScrollArea>
        <Table striped withTableBorder withColumnBorders stickyHeader data-testid="matriks-peran">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("peran.izin")}</Table.Th>
              {data.peran.map((p) => (
                <Table.Th key={p.peran} ta="center">
                  {p.label}
                  <Text size="xs" c="dimmed" fw={400}>
                    {t(`pengguna.ikatan.${p.ikatan}` as MessageKey)}
                  </Text>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.izin.map((izin) => (
              <Table.Tr key={izin}>
                <Table.Td title={izin}>{kataIzin(izin, locale)}</Table.Td>
                {data.peran.map((p) => (
                  <Table.Td key={p.peran} ta="center">
                    {p.izin.includes(izin) ? <IconCheck size={16} color="green" aria-label="ya" /> : ""}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </Stack>
  );
}

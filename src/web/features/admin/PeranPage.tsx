import { Alert, Loader, ScrollArea, Stack, Table, Text } from "@mantine/core";
import { IconCheck } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { jawab, klien } from "../../api/client";
import { kunci } from "../../api/kueri";
import { useI18n } from "../../i18n/i18n";
import type { MessageKey } from "../../i18n/messages";

/** Read-only matrix of roles × permissions, straight from the server's IZIN_PERAN table. */
export function PeranPage() {
  const { t } = useI18n();
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
                <Table.Td>
                  <code>{izin}</code>
                </Table.Td>
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

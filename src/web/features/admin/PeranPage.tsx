import { Alert, Loader, ScrollArea, Stack, Table, Text } from "@mantine/core";
import { IconCheck } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { LABEL_IZIN } from "../../../domain/akses/label-izin";
import { getJson } from "../../api/client";
import { useI18n } from "../../i18n/i18n";
import type { MessageKey } from "../../i18n/messages";

interface Matriks {
  izin: string[];
  peran: Array<{ peran: string; label: string; ikatan: "opd" | "pemda" | "bebas"; izin: string[] }>;
}

/** A permission in words ("Manage users and roles"), never the raw code (kept as the cell's title). */
function kataIzin(izin: string, locale: "id" | "en"): string {
  const label = (LABEL_IZIN as Record<string, { id: string; en: string } | undefined>)[izin];
  const teks = label ? label[locale] : izin;
  return teks.charAt(0).toUpperCase() + teks.slice(1);
}

/** Read-only matrix of roles × permissions, straight from the server's IZIN_PERAN table. */
export function PeranPage() {
  const { t, locale } = useI18n();
  const [data, setData] = useState<Matriks | null>(null);
  const [galat, setGalat] = useState<string | null>(null);
  useEffect(() => {
    getJson<Matriks>("/api/v1/peran").then(setData, (e: Error) => setGalat(e.message));
  }, []);
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

import { Code, ScrollArea, SimpleGrid, Table, Text, UnstyledButton } from "@mantine/core";
import { Fragment, useState } from "react";
import type { Skema } from "../../api/tipe";
import { useI18n } from "../../i18n/i18n";

export type EntriAudit = Skema<"EntriAudit">;

/** The time in the Pemda's own zone (its settings: WIB, WITA or WIT). */
function waktu(at: string, locale: string, zonaWaktu: string): string {
  return new Intl.DateTimeFormat(locale === "id" ? "id-ID" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "medium",
    timeZone: zonaWaktu,
  }).format(new Date(at));
}

/** Audit entries (times in the Pemda's zone, named after each time); a row opens to show its before/after JSON. */
export function AuditTable({
  entri,
  zonaWaktu = "Asia/Jakarta",
  singkatanZona = "WIB",
}: {
  entri: EntriAudit[];
  zonaWaktu?: string;
  singkatanZona?: string;
}) {
  const { t, locale } = useI18n();
  const [buka, setBuka] = useState<number | null>(null);
  return (
    <ScrollArea>
      <Table striped withTableBorder data-testid="tabel-audit">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("audit.waktu")}</Table.Th>
            <Table.Th>{t("audit.pelaku")}</Table.Th>
            <Table.Th>{t("pengguna.opd")}</Table.Th>
            <Table.Th>{t("audit.entitas")}</Table.Th>
            <Table.Th>{t("audit.aksi")}</Table.Th>
            <Table.Th>{t("audit.alasan")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entri.map((e) => (
            <Fragment key={e.id}>
              <Table.Tr>
                <Table.Td>
                  <UnstyledButton onClick={() => setBuka(buka === e.id ? null : e.id)} aria-expanded={buka === e.id}>
                    <Text size="sm" td="underline">
                      {waktu(e.at, locale, zonaWaktu)} {singkatanZona}
                    </Text>
                  </UnstyledButton>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{e.actorNama}</Text>
                  <Text size="xs" c="dimmed">
                    {e.actorPeran}
                  </Text>
                </Table.Td>
                <Table.Td>{e.opdNama ?? "—"}</Table.Td>
                <Table.Td>
                  <Text size="sm">{e.entity}</Text>
                  <Text size="xs" c="dimmed" style={{ wordBreak: "break-all" }}>
                    {e.entityId}
                  </Text>
                </Table.Td>
                <Table.Td>{e.action}</Table.Td>
                <Table.Td>{e.alasan ?? ""}</Table.Td>
              </Table.Tr>
              {buka === e.id && (
                <Table.Tr>
                  <Table.Td colSpan={6}>
                    <div>
                      <SimpleGrid cols={{ base: 1, md: 2 }}>
                        <div>
                          <Text size="xs" fw={600}>
                            {t("audit.sebelum")}
                          </Text>
                          <Code block>{JSON.stringify(e.before, null, 2) ?? "null"}</Code>
                        </div>
                        <div>
                          <Text size="xs" fw={600}>
                            {t("audit.sesudah")}
                          </Text>
                          <Code block>{JSON.stringify(e.after, null, 2) ?? "null"}</Code>
                        </div>
                      </SimpleGrid>
                      <Text size="xs" c="dimmed" mt={4}>
                        #{e.id} · {e.requestId ?? ""}
                      </Text>
                    </div>
                  </Table.Td>
                </Table.Tr>
              )}
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}

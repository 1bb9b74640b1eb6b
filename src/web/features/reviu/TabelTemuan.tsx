import { Anchor, Badge, Table, Text } from "@mantine/core";
import { Link } from "react-router";
import type { Skema } from "../../api/tipe";
import { useI18n } from "../../i18n/i18n";

/** One finding of a reviu and the result over the OPD-year's data, from the contract (skema-reviu.ts). */
export type TemuanReviu = Skema<"TemuanReviu">;
export type Keparahan = TemuanReviu["keparahan"];
export type HasilReviuData = Skema<"HasilReviuData">;

export const WARNA_KEPARAHAN: Record<Keparahan, string> = { galat: "red", peringatan: "yellow", info: "gray" };

export function teksLokasi(x: TemuanReviu): string {
  const l = x.lokasi;
  return [
    l.halaman !== undefined ? `hal. ${l.halaman}` : "",
    l.baris !== undefined ? `baris ${l.baris}` : "",
    l.tabel ?? "",
    l.barisTabel ?? "",
    l.kolom ? `kolom "${l.kolom}"` : "",
  ]
    .filter(Boolean)
    .join(", ");
}

/** Findings of a reviu (file or our data): severity, place, message, printed/expected, rule; a link to fix it. */
export function TabelTemuan({ temuan, label }: { temuan: TemuanReviu[]; label: string }) {
  const { t } = useI18n();
  const adaTautan = temuan.some((x) => x.tautan);
  return (
    <Table striped withTableBorder aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("reviu.kolom.keparahan")}</Table.Th>
          <Table.Th>{t("reviu.kolom.lokasi")}</Table.Th>
          <Table.Th>{t("reviu.kolom.pesan")}</Table.Th>
          <Table.Th>{t("reviu.kolom.tertulis")}</Table.Th>
          <Table.Th>{t("reviu.kolom.seharusnya")}</Table.Th>
          <Table.Th>{t("reviu.kolom.aturan")}</Table.Th>
          {adaTautan && <Table.Th>{t("reviu.data.kolom.perbaiki")}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {temuan.map((x, i) => (
          <Table.Tr key={i}>
            <Table.Td>
              <Badge color={WARNA_KEPARAHAN[x.keparahan]}>{t(`reviu.${x.keparahan}`)}</Badge>
            </Table.Td>
            <Table.Td>{teksLokasi(x)}</Table.Td>
            <Table.Td>{x.pesan}</Table.Td>
            <Table.Td>{x.tertulis ?? "–"}</Table.Td>
            <Table.Td>{x.seharusnya ?? "–"}</Table.Td>
            <Table.Td>
              <Text size="xs">
                {x.aturan} — {x.sumber}
              </Text>
            </Table.Td>
            {adaTautan && (
              <Table.Td>
                {x.tautan && (
                  <Anchor component={Link} to={x.tautan} size="sm">
                    {t(`reviu.data.buka.${x.lokasi.modul ?? "laporan"}`)}
                  </Anchor>
                )}
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

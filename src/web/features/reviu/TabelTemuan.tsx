import { Anchor, Badge, Table, Text } from "@mantine/core";
import { Link } from "react-router";
import { useI18n } from "../../i18n/i18n";
import type { MessageKey } from "../../i18n/messages";

export type Keparahan = "galat" | "peringatan" | "info";

export interface TemuanReviu {
  keparahan: Keparahan;
  aturan: string;
  pesan: string;
  lokasi: {
    modul?: string;
    halaman?: number;
    baris?: number;
    tabel?: string;
    barisTabel?: string;
    kolom?: string;
  };
  tertulis?: string;
  seharusnya?: string;
  sumber: string;
  tautan?: string;
}

export interface HasilReviuData {
  opd: string;
  tahun: number;
  ringkasan: Record<Keparahan, number>;
  diperiksa: { sasaran: number; indikator: number; pk: number; subKegiatan: number; desa: number };
  temuan: TemuanReviu[];
}

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
              <Badge color={WARNA_KEPARAHAN[x.keparahan]}>{t(`reviu.${x.keparahan}` as MessageKey)}</Badge>
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
                    {t(`reviu.data.buka.${x.lokasi.modul ?? "laporan"}` as MessageKey)}
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

import { Table } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";
import { KOLOM_DESA } from "./KolomDesa";
import { angkaId, type ProfilOpd } from "./profil-masukan";

/** The profile's desa table as Bab I prints it: one row per desa, L+P computed, and the server's totals. */
export function TabelDesa(props: { desa: ProfilOpd["desa"]; total: ProfilOpd["totalDesa"] }) {
  const { t } = useI18n();
  const td = props.total;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table withTableBorder withColumnBorders striped data-testid="tabel-desa">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("kinerja.no")}</Table.Th>
            <Table.Th>{t("profil.desa")}</Table.Th>
            {KOLOM_DESA.map((k) => (
              <Table.Th key={k.f}>{t(k.label)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.desa.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Td>{d.nomor}</Table.Td>
              <Table.Td>{d.nama}</Table.Td>
              {KOLOM_DESA.map((k) => (
                <Table.Td key={k.f} ta="right">
                  {angkaId(d[k.f])}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
          <Table.Tr fw={700} data-testid="desa-jumlah">
            <Table.Td />
            <Table.Td>{t("profil.jumlah")}</Table.Td>
            {KOLOM_DESA.map((k) => (
              <Table.Td key={k.f} ta="right">
                {angkaId(td[k.f])}
              </Table.Td>
            ))}
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

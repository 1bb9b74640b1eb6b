import { Alert, Table, Text } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";
import type { AkipTersimpan, SurveiTersimpan } from "./hasil-tersimpan";

/**
 * What the server computed from a stored survey: IKM weighted (bobot 0,111, the realisasi) and unweighted (mean of
 * NRR), mutu, and per unsur Σ, NRR, NRR tertimbang and mutu. Nothing is computed here.
 */
export function RingkasanSurvei({ data }: { data: SurveiTersimpan }) {
  const { t } = useI18n();
  const h = data.hitung;
  return (
    <Alert color="blue" variant="light" data-testid="ikm-tersimpan" title={t("hasil.tersimpan.judul")}>
      <Text fw={700}>
        {t("hasil.survei.tersimpan", {
          ikm: h.ikm.tampil,
          mutu: `${h.mutu.mutu} (${h.mutu.kinerja})`,
          tanpaBobot: h.ikmTanpaBobot.tampil,
        })}
      </Text>
      {data.dicetak.ikm && (
        <Text size="xs" c="dimmed">
          {t("hasil.dicetak", { nilai: keTampil(data.dicetak.ikm) })}
        </Text>
      )}
      <Table withTableBorder mt="xs" fz="xs" data-testid="tabel-unsur">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("hasil.survei.unsur")}</Table.Th>
            {h.unsur.some((u) => u.jumlah !== null) && <Table.Th>Σ</Table.Th>}
            <Table.Th>NRR</Table.Th>
            <Table.Th>{t("hasil.survei.nrrTertimbang")}</Table.Th>
            <Table.Th>{t("hasil.survei.mutu")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {h.unsur.map((u) => (
            <Table.Tr key={u.kode}>
              <Table.Td>
                {u.kode.toUpperCase()} {u.nama}
              </Table.Td>
              {u.jumlah !== null && <Table.Td>{u.jumlah}</Table.Td>}
              <Table.Td>{u.nrr.tampil}</Table.Td>
              <Table.Td>{keTampil(u.nrrTertimbang)}</Table.Td>
              <Table.Td>{u.mutu.mutu}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Alert>
  );
}

/** Total and predikat the server computed from a stored AKIP evaluation, with the component breakdown. */
export function RingkasanAkip({ data }: { data: AkipTersimpan }) {
  const { t } = useI18n();
  const h = data.hitung;
  return (
    <Alert color="blue" variant="light" data-testid="akip-tersimpan" title={t("hasil.tersimpan.judul")}>
      <Text fw={700}>{t("hasil.akip.total", { nilai: h.total.tampil, predikat: h.predikat.kode })}</Text>
      <Text size="sm">{h.keterangan}</Text>
      <Text size="xs" c="dimmed">
        {h.predikat.label}
      </Text>
      {(data.dicetak.total || data.dicetak.kategori) && (
        <Text size="xs" c="dimmed">
          {t("hasil.dicetak", {
            nilai: [data.dicetak.total && keTampil(data.dicetak.total), data.dicetak.kategori]
              .filter(Boolean)
              .join(" "),
          })}
        </Text>
      )}
    </Alert>
  );
}

/** "3.220156" → "3,220156"; text already in id-ID form ("80,50") stays. */
function keTampil(teks: string): string {
  return /^-?\d+\.\d+$/.test(teks) ? teks.replace(".", ",") : teks;
}

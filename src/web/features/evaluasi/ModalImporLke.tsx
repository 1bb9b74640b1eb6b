import { Alert, Button, Group, Modal, Stack, Table, Text } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";
import type { PratinjauImpor } from "./tipe";

/** An XLSX chosen for import: its name and bytes (sent again on confirm) and the server's preview of it. */
export interface ImporLke {
  namaBerkas: string;
  isiBase64: string;
  p: PratinjauImpor;
}

/** The bytes of a chosen file as base64 (the import routes take JSON). */
export function keBase64(f: File): Promise<string> {
  return f.arrayBuffer().then((b) => {
    let s = "";
    const u = new Uint8Array(b);
    for (let i = 0; i < u.length; i += 0x8000) s += String.fromCharCode(...u.subarray(i, i + 0x8000));
    return btoa(s);
  });
}

/** The preview of an LKE import: errors, answers that change and the score after; confirm writes it. */
export function ModalImporLke(props: { impor: ImporLke | null; tutup(): void; konfirmasi(): void }) {
  const { t, number } = useI18n();
  const { impor, tutup, konfirmasi } = props;
  return (
    <Modal opened={impor !== null} onClose={tutup} title={t("evaluasi.imporPratinjau")} size="lg">
      {impor && (
        <Stack>
          {impor.p.galat.map((g) => (
            <Alert key={`${g.field}-${g.message}`} color="red">
              {g.field}: {g.message}
            </Alert>
          ))}
          <Text size="sm" data-testid="impor-ringkasan">
            {t("evaluasi.imporBerubah", { n: impor.p.berubah.length })} · {t("evaluasi.total")}{" "}
            {number(Number(impor.p.nilaiSetelah.total.nilai), 2)} ({impor.p.nilaiSetelah.predikat.kode})
          </Text>
          <Table fz="xs">
            <Table.Tbody>
              {impor.p.berubah.slice(0, 80).map((b) => (
                <Table.Tr key={b.kode}>
                  <Table.Td>{b.kode}</Table.Td>
                  <Table.Td>{b.lama ?? "–"}</Table.Td>
                  <Table.Td>→ {b.baru ?? "–"}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group justify="flex-end">
            <Button variant="default" onClick={tutup}>
              {t("evaluasi.batal")}
            </Button>
            <Button disabled={impor.p.galat.length > 0} onClick={konfirmasi} data-testid="impor-konfirmasi">
              {t("evaluasi.imporKonfirmasi")}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

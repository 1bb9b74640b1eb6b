import { Alert, Button, Group, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { jawab, klien } from "../../api/client";
import type { Skema } from "../../api/tipe";
import { useI18n } from "../../i18n/i18n";

type Baris = Skema<"Tenggat">["baris"][number];

/** The admin's deadline editor of a year (issue 15): one date per kind; defaults shown as such. */
export function TenggatAdmin({ pemda, tahun }: { pemda: string; tahun: number }) {
  const { t } = useI18n();
  const [baris, setBaris] = useState<Baris[] | null>(null);
  const [pesan, setPesan] = useState<{ ok: boolean; teks: string } | null>(null);
  // the rows are the form's draft: read once when the year is shown, replaced by the saved answer
  useEffect(() => {
    jawab(klien.GET("/api/v1/pemda/{pemda}/tenggat/{tahun}", { params: { path: { pemda, tahun } } })).then(
      (d) => setBaris(d.baris),
      (e: Error) => setPesan({ ok: false, teks: e.message }),
    );
  }, [pemda, tahun]);
  if (!baris) return null;
  const simpan = () =>
    jawab(
      klien.PUT("/api/v1/pemda/{pemda}/tenggat/{tahun}", {
        params: { path: { pemda, tahun } },
        body: { baris: baris.map((b) => ({ jenis: b.jenis, tanggal: b.tanggal })) },
      }),
    ).then(
      (d) => {
        setBaris(d.baris);
        setPesan({ ok: true, teks: t("tenggat.tersimpan") });
      },
      (e: Error) => setPesan({ ok: false, teks: e.message }),
    );
  return (
    <Stack gap="xs" data-testid="tenggat-admin">
      <Title order={3}>{t("tenggat.judul", { tahun })}</Title>
      <Table withTableBorder fz="sm" maw={560}>
        <Table.Tbody>
          {baris.map((b, i) => (
            <Table.Tr key={b.jenis}>
              <Table.Td>{t(`tenggat.jenis.${b.jenis}`)}</Table.Td>
              <Table.Td>
                <TextInput
                  type="date"
                  aria-label={t(`tenggat.jenis.${b.jenis}`)}
                  value={b.tanggal}
                  onChange={(e) => {
                    const v = e.currentTarget.value;
                    setBaris((l) => l!.map((x, j) => (j === i ? { ...x, tanggal: v } : x)));
                  }}
                />
              </Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed">
                  {b.bawaan ? t("tenggat.bawaan") : ""}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group>
        <Button onClick={() => void simpan()}>{t("tenggat.simpan")}</Button>
      </Group>
      {pesan && <Alert color={pesan.ok ? "green" : "red"}>{pesan.teks}</Alert>}
    </Stack>
  );
}

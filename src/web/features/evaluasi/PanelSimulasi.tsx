import { Alert, Badge, Button, Group, Select, Stack, Table, Text } from "@mantine/core";
import { useState } from "react";
import { jawab, klien } from "../../api/client";
import { useI18n } from "../../i18n/i18n";
import { type HasilSimulasi, type JalurLke, KODE_JAWABAN, type LembarLke, warnaPredikat } from "./tipe";

/** What-if: the kriteria that raise the total most, and the total with changed answers (saves nothing). */
export function PanelSimulasi({ jalur, lembar }: { jalur: JalurLke; lembar: LembarLke }) {
  const { t, number } = useI18n();
  const [ubah, setUbah] = useState<Record<string, string>>({});
  const [hasil, setHasil] = useState<HasilSimulasi | null>(null);
  const [galat, setGalat] = useState<string | null>(null);
  const hitung = (j: Record<string, string>) =>
    jawab(
      klien.POST("/api/v1/pemda/{pemda}/opd/{opd}/lke/{tahun}/simulasi", {
        params: { path: jalur },
        body: { jawaban: j },
      }),
    ).then(
      (r) => {
        setHasil(r);
        setGalat(null);
      },
      (e: Error) => setGalat(e.message),
    );
  const a2 = (x: string) => number(Number(x), 2);
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t("evaluasi.simulasiCatatan")}
      </Text>
      {galat && <Alert color="red">{galat}</Alert>}
      <Group gap="xs" align="flex-end" wrap="wrap">
        <Select
          size="xs"
          w={260}
          searchable
          label={t("evaluasi.kriteria")}
          data={lembar.kriteria.map((k) => ({ value: k.kode, label: `${k.kode} ${k.uraian.slice(0, 60)}` }))}
          onChange={(v) => v && !(v in ubah) && setUbah({ ...ubah, [v]: "A" })}
          value={null}
          data-testid="simulasi-kriteria"
        />
        <Button size="xs" onClick={() => void hitung(ubah)} data-testid="simulasi-hitung">
          {t("evaluasi.simulasiHitung")}
        </Button>
      </Group>
      {Object.entries(ubah).map(([kode, j]) => (
        <Group key={kode} gap="xs">
          <Badge variant="outline">{kode}</Badge>
          <Select
            size="xs"
            w={90}
            data={[...KODE_JAWABAN]}
            value={j}
            onChange={(v) => v && setUbah({ ...ubah, [kode]: v })}
          />
          <Button
            size="xs"
            variant="subtle"
            onClick={() => {
              const { [kode]: _hapus, ...sisa } = ubah;
              setUbah(sisa);
            }}
          >
            ×
          </Button>
        </Group>
      ))}
      {hasil && (
        <>
          <Group gap="lg">
            <Text size="sm">
              {t("evaluasi.simulasiDasar")}: <b>{a2(hasil.dasar.total.nilai)}</b>{" "}
              <Badge color={warnaPredikat(hasil.dasar.predikat.kode)}>{hasil.dasar.predikat.kode}</Badge>
            </Text>
            <Text size="sm" data-testid="simulasi-total">
              {t("evaluasi.simulasiTotal")}: <b>{a2(hasil.simulasi.total.nilai)}</b>{" "}
              <Badge color={warnaPredikat(hasil.simulasi.predikat.kode)}>{hasil.simulasi.predikat.kode}</Badge>
            </Text>
          </Group>
          <Text fw={600} size="sm">
            {t("evaluasi.peluang")}
          </Text>
          <Table.ScrollContainer minWidth={560}>
            <Table fz="xs" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("evaluasi.kriteria")}</Table.Th>
                  <Table.Th>{t("evaluasi.jawaban")}</Table.Th>
                  <Table.Th ta="right">{t("evaluasi.naikSatu")}</Table.Th>
                  <Table.Th ta="right">{t("evaluasi.kenaikanMaks")}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {hasil.peluang.slice(0, 15).map((p) => (
                  <Table.Tr key={p.kode}>
                    <Table.Td>
                      <b>{p.kode}</b> {p.uraian.slice(0, 90)}
                    </Table.Td>
                    <Table.Td>{p.jawaban ?? "–"}</Table.Td>
                    <Table.Td ta="right">
                      {p.naikSatu ? `${p.naikSatu.jawaban}: +${a2(p.naikSatu.kenaikan)}` : "–"}
                    </Table.Td>
                    <Table.Td ta="right">+{a2(p.kenaikanMaks)}</Table.Td>
                    <Table.Td>
                      {p.naikSatu && (
                        <Button
                          size="compact-xs"
                          variant="light"
                          onClick={() => {
                            const j = { ...ubah, [p.kode]: p.naikSatu!.jawaban };
                            setUbah(j);
                            void hitung(j);
                          }}
                        >
                          +1
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}

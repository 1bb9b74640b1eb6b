import { Alert, Badge, Button, Group, Loader, Stack, Table, Text } from "@mantine/core";
import { IconDownload } from "@tabler/icons-react";
import { BarChart } from "echarts/charts";
import { GridComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { useEffect, useRef, useState } from "react";
import { download, getJson } from "../../api/client";
import { useI18n } from "../../i18n/i18n";
import { type RekapAkip, warnaPredikat } from "./tipe";

echarts.use([BarChart, GridComponent, TooltipComponent, SVGRenderer]);

function Grafik({ rekap }: { rekap: RekapAkip }) {
  const ref = useRef<HTMLDivElement>(null);
  const { number } = useI18n();
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current, null, { renderer: "svg" });
    const baris = rekap.opd.filter((o) => o.total !== null);
    chart.setOption({
      animation: false,
      grid: { left: 40, right: 12, top: 16, bottom: 28 },
      tooltip: {
        trigger: "axis",
        formatter: (p: { dataIndex: number }[]) => {
          const o = baris[p[0]!.dataIndex]!;
          return `${o.no}. ${o.nama}<br/>${number(Number(o.total), 2)} (${o.predikat})`;
        },
      },
      xAxis: { type: "category", data: baris.map((o) => String(o.no)), axisLabel: { fontSize: 10 } },
      yAxis: { type: "value", min: 0, max: 100 },
      series: [
        {
          type: "bar",
          data: baris.map((o) => Number(o.total)),
          barMaxWidth: 28,
          itemStyle: { color: "#1f4e79" },
        },
      ],
    });
    const ro = new ResizeObserver(() => chart.resize());
    ro.observe(ref.current);
    return () => {
      ro.disconnect();
      chart.dispose();
    };
  }, [rekap, number]);
  return <div ref={ref} style={{ width: "100%", height: 260 }} data-testid="grafik-rekap" />;
}

/** Every OPD of the Pemda in the year: components, total, predikat, rank, printed-vs-computed notes, chart. */
export function RekapPemda({ pemda, tahun }: { pemda: string; tahun: number }) {
  const { t, number } = useI18n();
  const [rekap, setRekap] = useState<RekapAkip | null>(null);
  const [galat, setGalat] = useState<string | null>(null);
  const dasar = `/api/v1/pemda/${pemda}/rekap-akip/${tahun}`;
  useEffect(() => {
    setRekap(null);
    setGalat(null);
    getJson<RekapAkip>(dasar).then(setRekap, (e: Error) => setGalat(e.message));
  }, [dasar]);
  if (galat) return <Alert color="red">{galat}</Alert>;
  if (!rekap) return <Loader size="sm" />;
  const dinilai = rekap.opd.filter((o) => o.total !== null);
  if (dinilai.length === 0) return <Text c="dimmed">{t("evaluasi.rekap.kosong")}</Text>;
  const komponen = dinilai[0]!.komponen;
  const semuaKomponen = dinilai.every((o) => o.mode === "komponen");
  const unduh = (format: string) =>
    void download(`${dasar}/unduh?format=${format}`).catch((e: Error) => setGalat(e.message));
  const a2 = (x: string | null) => (x === null ? "–" : number(Number(x), 2));
  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap">
        <Text size="sm">
          {t("evaluasi.rekap.rata", { nilai: a2(rekap.rataRata), n: dinilai.length, jumlah: rekap.opd.length })}
        </Text>
        <Group gap="xs">
          {(["docx", "pdf", "xlsx"] as const).map((f) => (
            <Button
              key={f}
              size="xs"
              variant="default"
              leftSection={<IconDownload size={14} />}
              onClick={() => unduh(f)}
              data-testid={`rekap-${f}`}
            >
              {t("evaluasi.rekap.unduh")} {f.toUpperCase()}
            </Button>
          ))}
        </Group>
      </Group>
      {semuaKomponen && (
        <Alert color="gray" variant="light" data-testid="rekap-mode-komponen">
          {t("evaluasi.modeKomponen")}
        </Alert>
      )}
      <Grafik rekap={rekap} />
      <Table.ScrollContainer minWidth={900}>
        <Table striped withTableBorder fz="sm" data-testid="tabel-rekap">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("evaluasi.rekap.no")}</Table.Th>
              <Table.Th>{t("evaluasi.rekap.opd")}</Table.Th>
              {komponen.map((k) => (
                <Table.Th key={k.kunci} ta="right">
                  {k.nama} ({k.bobot})
                </Table.Th>
              ))}
              <Table.Th ta="right">{t("evaluasi.total")}</Table.Th>
              <Table.Th>{t("evaluasi.predikat")}</Table.Th>
              <Table.Th ta="right">{t("evaluasi.rekap.peringkat")}</Table.Th>
              <Table.Th>{t("evaluasi.rekap.keterangan")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rekap.opd.map((o) => (
              <Table.Tr key={o.slug} bg={o.selisih.length > 0 ? "var(--mantine-color-yellow-light)" : undefined}>
                <Table.Td>{o.no}</Table.Td>
                <Table.Td>{o.nama}</Table.Td>
                {komponen.map((k) => (
                  <Table.Td key={k.kunci} ta="right">
                    {a2(o.komponen.find((c) => c.kunci === k.kunci)?.nilai ?? null)}
                  </Table.Td>
                ))}
                <Table.Td ta="right" fw={600}>
                  {a2(o.total)}
                </Table.Td>
                <Table.Td>
                  {o.predikat && (
                    <Badge color={warnaPredikat(o.predikat)} variant="light">
                      {o.predikat}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td ta="right">{o.peringkat ?? "–"}</Table.Td>
                <Table.Td>
                  <Text size="xs">
                    {[
                      ...(!semuaKomponen && o.mode === "komponen" ? [t("evaluasi.rekap.komponenSaja")] : []),
                      ...o.selisih,
                    ].join("; ")}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

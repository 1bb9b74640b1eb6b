import { Alert, Badge, Button, Group, Loader, Stack, Table, Text } from "@mantine/core";
import { IconDownload } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { download, jawab, klien } from "../../api/client";
import { useI18n } from "../../i18n/i18n";
import { SuratRekap } from "./SuratRekap";
import { type RekapAkip, warnaPredikat } from "./tipe";

/** Total per OPD as SVG bars (0–100), numbered as the table; the name and value in each bar's tooltip. */
function Grafik({ rekap }: { rekap: RekapAkip }) {
  const { number } = useI18n();
  const baris = rekap.opd.filter((o) => o.total !== null);
  const W = 1000;
  const H = 240;
  const kiri = 34;
  const bawah = 22;
  const lebar = (W - kiri - 8) / Math.max(baris.length, 1);
  const y = (v: number) => 8 + (H - bawah - 8) * (1 - v / 100);
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      width="100%"
      role="img"
      aria-label="Total nilai evaluasi per OPD"
      data-testid="grafik-rekap"
      style={{ maxHeight: 260 }}
    >
      {[0, 20, 40, 60, 80, 100].map((v) => (
        <g key={v}>
          <line x1={kiri} x2={W - 8} y1={y(v)} y2={y(v)} stroke="#dee2e6" />
          <text x={kiri - 6} y={y(v) + 4} fontSize={11} textAnchor="end" fill="#666">
            {v}
          </text>
        </g>
      ))}
      {baris.map((o, i) => {
        const v = Number(o.total);
        const w = Math.min(lebar * 0.7, 28);
        const x = kiri + i * lebar + (lebar - w) / 2;
        return (
          <g key={o.slug}>
            <rect x={x} y={y(v)} width={w} height={y(0) - y(v)} fill="#1f4e79">
              <title>{`${o.no}. ${o.nama}: ${number(v, 2)} (${o.predikat})`}</title>
            </rect>
            <text x={x + w / 2} y={H - 6} fontSize={10} textAnchor="middle" fill="#444">
              {o.no}
            </text>
          </g>
        );
      })}
    </svg>
  );
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
    jawab(klien.GET("/api/v1/pemda/{pemda}/rekap-akip/{tahun}", { params: { path: { pemda, tahun } } })).then(
      setRekap,
      (e: Error) => setGalat(e.message),
    );
  }, [pemda, tahun]);
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
      <SuratRekap pemda={pemda} tahun={tahun} onGalat={setGalat} />
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

import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  FileButton,
  Group,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { IconTrash, IconUpload } from "@tabler/icons-react";
import { useState } from "react";
import { ApiError, jawab, klien } from "../../api/client";
import { opdDariApi } from "../../api/kueri";
import { useI18n } from "../../i18n/i18n";
import { SelEdit } from "../kinerja/SelEdit";
import { PerubahanRealisasi } from "./PerubahanRealisasi";
import { type AksiPengukuran, angkaId, type BarisIku } from "./tipe";

/** Details of one indicator: source of the numbers, 5-year trend, quarters, narrative, evidence and source notes. */
export function RincianIndikator({
  baris,
  tahun,
  aksi,
  zonaWaktu,
}: {
  baris: BarisIku;
  tahun: number;
  aksi: AksiPengukuran;
  /** The Pemda's time zone (the measurement answer's `zonaWaktu`). */
  zonaWaktu?: string;
}) {
  const { t } = useI18n();
  const [narasi, setNarasi] = useState(baris.realisasi?.narasi ?? "");
  const [galat, setGalat] = useState<string | null>(null);
  const tangani = async (f: () => Promise<unknown>) => {
    try {
      await f();
      setGalat(null);
      aksi.muatUlang();
    } catch (e) {
      setGalat(e instanceof ApiError ? e.detail || e.message : String(e));
    }
  };
  const o = opdDariApi(aksi.api);
  const unggah = (berkas: File | null) => {
    if (!berkas) return;
    const isi = { indikatorId: baris.id, periode: "tahunan" } as const;
    void tangani(() =>
      jawab(
        klien.POST("/api/v1/pemda/{pemda}/opd/{opd}/pengukuran/{tahun}/bukti", {
          params: { path: { ...o, tahun } },
          body: isi,
          // multipart: the typed fields, then the file itself (the contract types a binary part as a string)
          bodySerializer: () => {
            const form = new FormData();
            form.set("indikatorId", isi.indikatorId);
            form.set("periode", isi.periode);
            form.set("berkas", berkas);
            return form;
          },
        }),
      ),
    );
  };
  return (
    <Stack gap="sm" data-testid={`rincian-${baris.kode}`}>
      {galat && <Alert color="red">{galat}</Alert>}
      <Text size="xs" c="dimmed">
        {t("kinerja.target")}: {baris.target?.keterangan ?? "—"} · {t("kinerja.realisasi")}:{" "}
        {baris.realisasi?.keterangan ?? "—"}
      </Text>
      <PerubahanRealisasi baris={baris} zonaWaktu={zonaWaktu} />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Stack gap={4}>
          <Title order={6}>{t("kinerja.tren")}</Title>
          <Table withTableBorder data-testid={`tren-${baris.kode}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("kinerja.tahun")}</Table.Th>
                <Table.Th>{t("kinerja.target")}</Table.Th>
                <Table.Th>{t("kinerja.realisasi")}</Table.Th>
                <Table.Th>{t("kinerja.capaian")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {baris.tren.map((x) => (
                <Table.Tr key={x.tahun}>
                  <Table.Td>{x.tahun}</Table.Td>
                  <Table.Td>{x.target ?? "—"}</Table.Td>
                  <Table.Td>{x.realisasi ?? "—"}</Table.Td>
                  <Table.Td>{x.capaian ? `${angkaId(x.capaian)}%` : "—"}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
        <Stack gap={4}>
          <Title order={6}>{t("kinerja.triwulan")}</Title>
          <Table withTableBorder>
            <Table.Tbody>
              {baris.triwulan.map((q) => (
                <Table.Tr key={q.periode}>
                  <Table.Td w={80}>{q.periode.toUpperCase()}</Table.Td>
                  <Table.Td>
                    <SelEdit
                      key={q.versi}
                      nilai={q.nilai ? angkaId(q.nilai) : ""}
                      bolehUbah={aksi.bolehUbah}
                      label={`${t("kinerja.realisasi")} ${q.periode} ${baris.nama}`}
                      testId={`tw-${baris.kode}-${q.periode}`}
                      simpan={(v) => aksi.simpanRealisasi(baris.id, q.periode, v.trim() === "" ? null : v)}
                    />
                  </Table.Td>
                  <Table.Td>{q.capaian ? `${angkaId(q.capaian)}%` : ""}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      </SimpleGrid>
      <Textarea
        label={t("kinerja.narasi")}
        value={narasi}
        onChange={(e) => setNarasi(e.currentTarget.value)}
        disabled={!aksi.bolehUbah}
        autosize
        minRows={2}
      />
      {aksi.bolehUbah && narasi !== (baris.realisasi?.narasi ?? "") && (
        <Group>
          <Button
            size="xs"
            onClick={() =>
              void tangani(() =>
                aksi.simpanRealisasi(
                  baris.id,
                  "tahunan",
                  baris.realisasi?.asal === "manual" ? baris.realisasi.nilai : null,
                  narasi,
                ),
              )
            }
          >
            {t("simpan")}
          </Button>
        </Group>
      )}
      <Stack gap={4}>
        <Title order={6}>{t("kinerja.bukti")}</Title>
        {baris.bukti.map((b) => (
          <Group key={b.id} gap="xs">
            <Anchor href={`${aksi.api}/bukti/${b.id}`} size="sm">
              {b.namaBerkas}
            </Anchor>
            <Text size="xs" c="dimmed">
              {(b.ukuran / 1024).toFixed(0)} KB
            </Text>
            {aksi.bolehUbah && (
              <ActionIcon
                size="sm"
                variant="subtle"
                color="red"
                aria-label={`${t("kinerja.hapus")} ${b.namaBerkas}`}
                onClick={() =>
                  void tangani(() =>
                    jawab(
                      klien.DELETE("/api/v1/pemda/{pemda}/opd/{opd}/bukti/{id}", {
                        params: { path: { ...o, id: b.id } },
                      }),
                    ),
                  )
                }
              >
                <IconTrash size={14} />
              </ActionIcon>
            )}
          </Group>
        ))}
        {aksi.bolehUbah && (
          <FileButton onChange={unggah} accept="application/pdf,image/png,image/jpeg">
            {(props) => (
              <Button {...props} size="xs" variant="light" leftSection={<IconUpload size={14} />} w="fit-content">
                {t("kinerja.unggah")}
              </Button>
            )}
          </FileButton>
        )}
      </Stack>
      {baris.catatan.length > 0 && (
        <Stack gap={4}>
          <Title order={6}>{t("kinerja.catatanSumber")}</Title>
          {baris.catatan.map((c) => (
            <Alert key={c.kode} color="yellow" variant="light" p="xs" title={c.fakta}>
              <Stack gap={2}>
                {c.nilai.map((n) => (
                  <Text key={n.sumber + n.teks} size="xs">
                    {n.teks} — <i>{n.sumber}</i>
                  </Text>
                ))}
                <Text size="xs">
                  <Badge size="xs" variant="light">
                    {t("kinerja.dipilih")}
                  </Badge>{" "}
                  {c.dipilih ?? "—"}: {c.alasan}
                </Text>
              </Stack>
            </Alert>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

import { Button, Card, Group, Select, Stack, Text, Title } from "@mantine/core";
import { IconDownload, IconFileTypeDocx, IconFileTypePdf, IconFileTypeXls, IconWorld } from "@tabler/icons-react";
import { useState } from "react";
import { useI18n } from "../../i18n/i18n";
import type { JalurLaporan, RingkasanLaporan } from "./tipe";
import { StatusUnduh } from "./StatusUnduh";
import { useUnduh } from "./unduh";
import { TandatanganiPk } from "../tte/TandatanganiPk";

const FORMAT = [
  { format: "docx", label: "DOCX", ikon: IconFileTypeDocx },
  { format: "pdf", label: "PDF", ikon: IconFileTypePdf },
  { format: "xlsx", label: "XLSX", ikon: IconFileTypeXls },
  { format: "html", label: "HTML", ikon: IconWorld },
] as const;

/** Download buttons of the LKjIP (4 formats) and of the PK documents (per pejabat and version), with progress. */
export function PanelUnduh({ dasar, jalur, data }: { dasar: string; jalur: JalurLaporan; data: RingkasanLaporan }) {
  const { t } = useI18n();
  const { unduh, progres, hasil, tutupHasil } = useUnduh();
  const [nip, setNip] = useState<string | null>(null);
  const [versi, setVersi] = useState<string | null>(null);
  const pejabat = [
    ...new Map(
      data.pk.filter((p) => p.pejabat?.nip).map((p) => [p.pejabat!.nip!, `${p.pejabat!.nama} — ${p.pejabat!.jabatan}`]),
    ),
  ];
  const urlPk = (format: string) => {
    const q = new URLSearchParams({ format });
    if (nip) q.set("pejabat", nip);
    if (versi) q.set("versi", versi);
    return `${dasar}/pk?${q}`;
  };
  const sibuk = progres !== null;
  return (
    <Stack>
      <Card withBorder>
        <Title order={4} mb="sm">
          {t("laporan.unduh.lkjip")}
        </Title>
        <Group gap="xs">
          {FORMAT.map(({ format, label, ikon: Ikon }) => (
            <Button
              key={format}
              variant="light"
              leftSection={<Ikon size={16} />}
              disabled={sibuk}
              data-testid={`unduh-${format}`}
              onClick={() => void unduh(`${dasar}/unduh?format=${format}`, label)}
            >
              {label}
            </Button>
          ))}
        </Group>
      </Card>
      <Card withBorder>
        <Title order={4} mb="sm">
          {t("laporan.unduh.pk")}
        </Title>
        {data.pk.length === 0 ? (
          <Text c="dimmed">{t("laporan.pk.kosong")}</Text>
        ) : (
          <Group align="flex-end" gap="xs" wrap="wrap">
            <Select
              label={t("laporan.pk.pejabat")}
              w={360}
              clearable
              placeholder={t("laporan.pk.semua")}
              data={pejabat.map(([value, label]) => ({ value, label }))}
              value={nip}
              onChange={setNip}
            />
            <Select
              label={t("laporan.pk.versi")}
              w={180}
              clearable
              placeholder={t("laporan.pk.versiTerakhir")}
              data={[
                { value: "awal", label: t("laporan.pk.awal") },
                { value: "perubahan", label: t("laporan.pk.perubahan") },
              ]}
              value={versi}
              onChange={setVersi}
            />
            {(["docx", "pdf"] as const).map((f) => (
              <Button
                key={f}
                variant="default"
                leftSection={<IconDownload size={16} />}
                disabled={sibuk}
                data-testid={`unduh-pk-${f}`}
                onClick={() => void unduh(urlPk(f), `PK ${f.toUpperCase()}`)}
              >
                PK {f.toUpperCase()}
              </Button>
            ))}
            <TandatanganiPk
              jalur={jalur}
              urlPdf={urlPk("pdf")}
              nip={nip}
              judul={`${t("laporan.unduh.pk")} — ${pejabat.find(([n]) => n === nip)?.[1] ?? ""}`}
            />
          </Group>
        )}
      </Card>
      <StatusUnduh
        progres={progres}
        hasil={hasil}
        tutupHasil={tutupHasil}
        testIdProgres="unduh-progres"
        testIdHasil="unduh-hasil"
      />
    </Stack>
  );
}

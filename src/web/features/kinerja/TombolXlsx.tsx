import { Alert, Button, FileButton, Group, List, Text } from "@mantine/core";
import { IconDownload, IconFileSpreadsheet, IconUpload } from "@tabler/icons-react";
import { useState } from "react";
import { ApiError, download, sendBody } from "../../api/client";
import { useI18n } from "../../i18n/i18n";

const MIME_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

interface HasilImpor {
  jumlah: number;
  diubah: Array<{ baris: number; kolom: string; dari: string | null; ke: string | null }>;
  /** Sheet rows added (empty ID) and removed ("Hapus": ya). */
  ditambah?: number[];
  dihapus?: number[];
}

/**
 * Export, template and import buttons of one table; the result lists the changed cells and the rows added or
 * removed, a rejected file shows every problem with its row and column ("Baris 5, kolom G (NIP): …").
 */
export function TombolXlsx(props: {
  api: string;
  tabel: string;
  tahun: number;
  bolehImpor: boolean;
  onImpor(): void;
  /** Names the table when one section offers several ("Indikator", "Target"). */
  label?: string;
}) {
  const { t } = useI18n();
  const [pesan, setPesan] = useState<{ warna: string; judul: string; isi: string[] } | null>(null);
  const dasar = `${props.api}/tabel/${props.tabel}/${props.tahun}`;
  const impor = async (berkas: File | null) => {
    if (!berkas) return;
    try {
      const h = await sendBody<HasilImpor>("POST", `${dasar}/xlsx`, berkas, MIME_XLSX);
      const tambah = h.ditambah ?? [];
      const hapus = h.dihapus ?? [];
      const baris = (xs: number[]) => xs.join(", ");
      setPesan({
        warna: "green",
        judul:
          tambah.length || hapus.length
            ? t("xlsx.ringkas", { sel: h.jumlah, tambah: tambah.length, hapus: hapus.length })
            : h.jumlah
              ? t("kinerja.imporBerhasil", { n: h.jumlah })
              : t("kinerja.imporTanpaUbah"),
        isi: [
          ...h.diubah.map((d) =>
            t("xlsx.selDiubah", { baris: d.baris, kolom: d.kolom, dari: d.dari ?? "—", ke: d.ke ?? "—" }),
          ),
          tambah.length ? t("xlsx.barisDitambah", { baris: baris(tambah) }) : "",
          hapus.length ? t("xlsx.barisDihapus", { baris: baris(hapus) }) : "",
        ],
      });
      props.onImpor();
    } catch (e) {
      const err = e instanceof ApiError ? e : null;
      setPesan({
        warna: "red",
        judul: err?.title || String(e),
        isi: err?.errors.length ? err.errors.map((x) => `${x.field}: ${x.message}`) : [err?.detail ?? ""],
      });
    }
  };
  return (
    <Group gap="xs" data-testid={`xlsx-${props.tabel}`}>
      {props.label && (
        <Text size="xs" fw={600} c="dimmed">
          {props.label}:
        </Text>
      )}
      <Button
        size="xs"
        variant="default"
        leftSection={<IconDownload size={14} />}
        onClick={() => void download(`${dasar}/xlsx`)}
      >
        {t("kinerja.ekspor")}
      </Button>
      <Button
        size="xs"
        variant="default"
        leftSection={<IconFileSpreadsheet size={14} />}
        onClick={() => void download(`${dasar}/templat`)}
      >
        {t("kinerja.templat")}
      </Button>
      {props.bolehImpor && (
        <FileButton onChange={(f) => void impor(f)} accept={MIME_XLSX}>
          {(p) => (
            <Button {...p} size="xs" variant="light" leftSection={<IconUpload size={14} />}>
              {t("kinerja.impor")}
            </Button>
          )}
        </FileButton>
      )}
      {pesan && (
        <Alert color={pesan.warna} title={pesan.judul} withCloseButton onClose={() => setPesan(null)} w="100%">
          <List size="xs">
            {pesan.isi.filter(Boolean).map((x) => (
              <List.Item key={x}>{x}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Group>
  );
}

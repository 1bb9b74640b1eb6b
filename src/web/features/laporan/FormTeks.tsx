import { ActionIcon, Button, Group, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import type { Skema } from "../../api/tipe";
import { useI18n } from "../../i18n/i18n";
import { type Butir, gabungParagraf, pisahParagraf, type TeksLaporan, waktu } from "./tipe";

/** What the editor sends (PUT …/teks/{kode}). */
export type IsiTeks = Skema<"TeksLaporanInput">;

/** Editor of one free-text section: paragraphs, list and closing paragraphs, or one line per fixed label. */
export function FormTeks({
  teks,
  bolehUbah,
  simpan,
}: {
  teks: TeksLaporan;
  bolehUbah: boolean;
  simpan(isi: IsiTeks): Promise<void>;
}) {
  const { t, locale } = useI18n();
  const [paragraf, setParagraf] = useState(gabungParagraf(teks.paragraf));
  const [penutup, setPenutup] = useState(gabungParagraf(teks.paragrafPenutup));
  const [butir, setButir] = useState<Butir[]>(teks.butir);
  const [tetap, setTetap] = useState<Record<string, string>>(
    Object.fromEntries(teks.butir.map((b) => [b.label, b.teks])),
  );
  const [sibuk, setSibuk] = useState(false);
  const kirim = async () => {
    setSibuk(true);
    try {
      await simpan(
        teks.bentuk === "butir-tetap"
          ? {
              paragraf: [],
              butir: (teks.butirTetap ?? []).map((b) => ({ label: b.label, teks: tetap[b.label] ?? "" })),
              paragrafPenutup: [],
            }
          : { paragraf: pisahParagraf(paragraf), butir, paragrafPenutup: pisahParagraf(penutup) },
      );
    } finally {
      setSibuk(false);
    }
  };
  const ro = !bolehUbah;
  return (
    <Stack gap="xs" data-testid={`form-teks-${teks.kode}`}>
      {teks.petunjuk && (
        <Text size="xs" c="dimmed">
          {teks.petunjuk}
        </Text>
      )}
      {teks.bentuk === "butir-tetap" ? (
        (teks.butirTetap ?? []).map((b) => (
          <TextInput
            key={b.label}
            label={b.judul}
            readOnly={ro}
            value={tetap[b.label] ?? ""}
            onChange={(e) => setTetap({ ...tetap, [b.label]: e.currentTarget.value })}
          />
        ))
      ) : (
        <Textarea
          label={t("laporan.teks.paragraf")}
          autosize
          minRows={3}
          maxRows={16}
          readOnly={ro}
          value={paragraf}
          onChange={(e) => setParagraf(e.currentTarget.value)}
        />
      )}
      {teks.bentuk === "lengkap" && (
        <>
          <Text size="sm" fw={500}>
            {t("laporan.teks.butir")}
          </Text>
          {butir.map((b, i) => (
            <Group key={i} align="flex-start" gap="xs" wrap="nowrap">
              <TextInput
                aria-label={t("laporan.teks.label")}
                w={90}
                readOnly={ro}
                value={b.label}
                onChange={(e) => setButir(butir.map((x, j) => (j === i ? { ...x, label: e.currentTarget.value } : x)))}
              />
              <Textarea
                aria-label={t("laporan.teks.isiButir")}
                style={{ flex: 1 }}
                autosize
                minRows={1}
                readOnly={ro}
                value={b.teks}
                onChange={(e) => setButir(butir.map((x, j) => (j === i ? { ...x, teks: e.currentTarget.value } : x)))}
              />
              {!ro && (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t("laporan.teks.hapusButir")}
                  onClick={() => setButir(butir.filter((_, j) => j !== i))}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              )}
            </Group>
          ))}
          {!ro && (
            <Button
              size="xs"
              variant="subtle"
              leftSection={<IconPlus size={14} />}
              w="fit-content"
              onClick={() => setButir([...butir, { label: `${butir.length + 1}.`, teks: "" }])}
            >
              {t("laporan.teks.tambahButir")}
            </Button>
          )}
          <Textarea
            label={t("laporan.teks.penutup")}
            autosize
            minRows={2}
            maxRows={10}
            readOnly={ro}
            value={penutup}
            onChange={(e) => setPenutup(e.currentTarget.value)}
          />
        </>
      )}
      <Group justify="space-between">
        <Text size="xs" c="dimmed">
          {teks.diubahOleh && teks.diubahPada
            ? t("laporan.teks.diubah", { oleh: teks.diubahOleh, pada: waktu(teks.diubahPada, locale) })
            : ""}
        </Text>
        {bolehUbah && (
          <Button size="xs" loading={sibuk} onClick={() => void kirim()} data-testid={`simpan-teks-${teks.kode}`}>
            {t("laporan.simpan")}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

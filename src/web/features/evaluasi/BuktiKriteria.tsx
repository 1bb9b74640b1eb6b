import { Anchor, Badge, Button, FileButton, Group, NumberInput, Stack, Text, TextInput } from "@mantine/core";
import { IconLink, IconPaperclip, IconUpload } from "@tabler/icons-react";
import { useState } from "react";
import { jawab, klien, sendBody } from "../../api/client";
import { useI18n } from "../../i18n/i18n";
import type { BarisKriteria, JalurLke } from "./tipe";

/**
 * The evidence of one kriteria: uploaded files and links (with the page they refer to), what the system itself
 * shows (PK signed, report published…), and, for the side that may edit, a link or a file to add.
 */
export function BuktiKriteria({
  k,
  jalur,
  dapatUbah,
  onMuatUlang,
  onGalat,
}: {
  k: BarisKriteria;
  jalur: JalurLke;
  dapatUbah: boolean;
  onMuatUlang(): void;
  onGalat(p: string): void;
}) {
  const { t } = useI18n();
  const basis = `/api/v1/pemda/${jalur.pemda}/opd/${jalur.opd}`;
  const [judul, setJudul] = useState("");
  const [url, setUrl] = useState("");
  const [halaman, setHalaman] = useState<number | string>("");
  const tambahTautan = () =>
    jawab(
      klien.POST("/api/v1/pemda/{pemda}/opd/{opd}/lke/{tahun}/bukti-tautan", {
        params: { path: jalur },
        body: { kodeKriteria: k.kode, judul: judul || url, url, halaman: typeof halaman === "number" ? halaman : null },
      }),
    ).then(
      () => {
        setJudul("");
        setUrl("");
        setHalaman("");
        onMuatUlang();
      },
      (e: Error) => onGalat(e.message),
    );
  const unggah = (f: File | null) => {
    if (!f) return;
    const fd = new FormData();
    fd.set("kodeKriteria", k.kode);
    fd.set("judul", judul || f.name);
    if (typeof halaman === "number") fd.set("halaman", String(halaman));
    fd.set("berkas", f);
    // multipart: through sendBody (ADR 0034: uploads stay outside the typed client)
    sendBody("POST", `${basis}/lke/${jalur.tahun}/bukti`, fd).then(onMuatUlang, (e: Error) => onGalat(e.message));
  };
  return (
    <Stack gap={4}>
      <Text size="xs" fw={600}>
        {t("evaluasi.bukti")}
      </Text>
      {k.bukti.map((b) => (
        <Group key={b.id} gap={6} wrap="nowrap">
          {b.jenis === "tautan" ? <IconLink size={14} /> : <IconPaperclip size={14} />}
          <Anchor
            size="xs"
            href={b.jenis === "tautan" ? (b.url ?? "#") : `${basis}/lke-bukti/${b.id}`}
            target="_blank"
            rel="noreferrer"
          >
            {b.judul}
          </Anchor>
          {b.halaman !== null && (
            <Text size="xs" c="dimmed">
              {t("evaluasi.hlm", { n: b.halaman })}
            </Text>
          )}
        </Group>
      ))}
      {k.buktiSistem.length > 0 && (
        <Stack gap={2}>
          <Text size="xs" c="dimmed">
            {t("evaluasi.buktiSistem")}
          </Text>
          {k.buktiSistem.map((b) => (
            <Group key={b.jenis} gap={6} wrap="nowrap">
              <Badge size="xs" color={b.ada ? "green" : "gray"} variant="light">
                {b.ada ? "✓" : "–"}
              </Badge>
              {b.tautan ? (
                <Anchor size="xs" href={b.tautan}>
                  {b.uraian}
                </Anchor>
              ) : (
                <Text size="xs">{b.uraian}</Text>
              )}
            </Group>
          ))}
        </Stack>
      )}
      {dapatUbah && (
        <Group gap={6} align="flex-end" wrap="wrap">
          <TextInput
            size="xs"
            label={t("evaluasi.buktiJudul")}
            value={judul}
            onChange={(e) => setJudul(e.currentTarget.value)}
            w={160}
          />
          <TextInput
            size="xs"
            label={t("evaluasi.buktiUrl")}
            value={url}
            onChange={(e) => setUrl(e.currentTarget.value)}
            w={200}
            data-testid={`bukti-url-${k.kode}`}
          />
          <NumberInput
            size="xs"
            label={t("evaluasi.buktiHalaman")}
            value={halaman}
            onChange={setHalaman}
            min={1}
            w={90}
          />
          <Button
            size="xs"
            variant="default"
            disabled={!url}
            onClick={() => void tambahTautan()}
            data-testid={`bukti-tambah-${k.kode}`}
          >
            {t("evaluasi.buktiTautan")}
          </Button>
          <FileButton onChange={unggah} accept="application/pdf,image/png,image/jpeg">
            {(p) => (
              <Button
                size="xs"
                variant="default"
                leftSection={<IconUpload size={14} />}
                {...p}
                data-testid={`bukti-berkas-${k.kode}`}
              >
                {t("evaluasi.buktiBerkas")}
              </Button>
            )}
          </FileButton>
        </Group>
      )}
    </Stack>
  );
}

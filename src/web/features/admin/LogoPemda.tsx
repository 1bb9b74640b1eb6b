import { Alert, Button, Center, FileInput, Group, Image, Paper, Stack, Text, Title } from "@mantine/core";
import { IconPhoto, IconTrash, IconUpload } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { jawab, klien, sendBody } from "../../api/client";
import { useI18n } from "../../i18n/i18n";
import { type GalatForm, galatDariServer } from "../hasil/galat-form";
import { BATAS_LOGO_BYTE, type ProfilPemda } from "./tipe-organisasi";

/**
 * The Pemda's logo: the stored one, a chosen file's preview, upload (checked here for type and size, and by the
 * server, which reads the image) and delete. Errors are shown at the file field. Without `bolehUbah` (the
 * `pemda.kelola` permission) only the stored logo is shown.
 */
export function LogoPemda(props: { pemda: string; logo: ProfilPemda["logo"]; bolehUbah: boolean; onBerubah(): void }) {
  const { t } = useI18n();
  const [berkas, setBerkas] = useState<File | null>(null);
  const [pratinjau, setPratinjau] = useState<string | null>(null);
  const [galat, setGalat] = useState<GalatForm>({ umum: null, bidang: {} });
  const [pesan, setPesan] = useState<string | null>(null);
  const [versi, setVersi] = useState(() => Date.now());
  const [proses, setProses] = useState(false);
  const url = `/api/v1/pemda/${props.pemda}/logo`;

  useEffect(() => {
    if (!berkas) return setPratinjau(null);
    const u = URL.createObjectURL(berkas);
    setPratinjau(u);
    return () => URL.revokeObjectURL(u);
  }, [berkas]);

  function pilih(f: File | null) {
    setPesan(null);
    setBerkas(null);
    setGalat({ umum: null, bidang: {} });
    if (!f) return;
    if (f.type && f.type !== "image/png" && f.type !== "image/jpeg") {
      return setGalat({ umum: null, bidang: { logo: t("logo.jenisSalah", { nama: f.name }) } });
    }
    if (f.size > BATAS_LOGO_BYTE) {
      const ukuran = (f.size / 1048576).toFixed(2).replace(".", ",");
      return setGalat({ umum: null, bidang: { logo: t("logo.terlaluBesar", { nama: f.name, ukuran }) } });
    }
    setBerkas(f);
  }

  async function unggah() {
    if (!berkas) return;
    setProses(true);
    try {
      const r = await sendBody<{ lebar: number; tinggi: number }>("PUT", url, berkas, berkas.type || "image/png");
      setBerkas(null);
      setVersi(Date.now());
      setPesan(t("logo.terunggah", { lebar: r.lebar, tinggi: r.tinggi }));
      props.onBerubah();
    } catch (e) {
      // 413 carries its message in the title; 400 names the problem at the field "logo".
      setGalat(galatDariServer(e, ["logo"], (k) => `[${k}]`));
    } finally {
      setProses(false);
    }
  }

  async function hapus() {
    if (!window.confirm(t("logo.hapusTanya"))) return;
    setProses(true);
    try {
      await jawab(klien.DELETE("/api/v1/pemda/{pemda}/logo", { params: { path: { pemda: props.pemda } } }));
      setPesan(t("logo.terhapus"));
      props.onBerubah();
    } catch (e) {
      setGalat(galatDariServer(e, [], (k) => k));
    } finally {
      setProses(false);
    }
  }

  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={4}>{t("logo.judul")}</Title>
        {galat.umum && <Alert color="red">{galat.umum}</Alert>}
        {pesan && <Alert color="green">{pesan}</Alert>}
        <Center mih={140} bg="gray.0" style={{ borderRadius: 4 }}>
          {pratinjau ? (
            <Image src={pratinjau} alt={t("logo.pratinjau")} mah={140} maw="100%" fit="contain" />
          ) : props.logo ? (
            <Image src={`${url}?v=${versi}`} alt={t("logo.tersimpanAlt")} mah={140} maw="100%" fit="contain" />
          ) : (
            <Stack align="center" gap={4}>
              <IconPhoto size={32} color="gray" />
              <Text size="sm" c="dimmed">
                {t("logo.belumAda")}
              </Text>
            </Stack>
          )}
        </Center>
        {props.logo && !pratinjau && (
          <Text size="xs" c="dimmed" data-testid="info-logo">
            {props.logo.mime} · {props.logo.lebar ?? "?"} × {props.logo.tinggi ?? "?"} px ·{" "}
            {Math.ceil(props.logo.ukuran / 1024)} KB
          </Text>
        )}
        {props.bolehUbah && (
          <>
            <FileInput
              label={t("logo.pilih")}
              description={t("logo.bantuan")}
              accept="image/png,image/jpeg"
              value={berkas}
              onChange={pilih}
              clearable
              error={galat.bidang.logo || undefined}
              leftSection={<IconUpload size={16} />}
            />
            <Group justify="space-between">
              <Button
                variant="subtle"
                color="red"
                leftSection={<IconTrash size={16} />}
                onClick={() => void hapus()}
                disabled={!props.logo || proses}
              >
                {t("logo.hapus")}
              </Button>
              <Button onClick={() => void unggah()} disabled={!berkas} loading={proses}>
                {t("logo.unggah")}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}

import { Alert, Button, Group, Modal, PasswordInput, Stack, Text } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { ApiError, jawab, klien } from "../../api/client";
import { useI18n } from "../../i18n/i18n";
import type { Pengguna } from "./PenggunaForm";

/** Admin reset of a user's password: ends the user's sessions and lifts a lockout. */
export function ResetSandiModal(props: { pemda: string; pengguna: Pengguna; onClose(): void; onSaved(): void }) {
  const { t } = useI18n();
  const [sandi, setSandi] = useState("");
  const [galat, setGalat] = useState<string | null>(null);
  const [selesai, setSelesai] = useState(false);
  const [proses, setProses] = useState(false);

  async function kirim(e: FormEvent) {
    e.preventDefault();
    setProses(true);
    try {
      await jawab(
        klien.POST("/api/v1/pemda/{pemda}/pengguna/{id}/reset-kata-sandi", {
          params: { path: { pemda: props.pemda, id: props.pengguna.id } },
          body: { kataSandiBaru: sandi },
        }),
      );
      setSelesai(true);
      props.onSaved();
    } catch (error) {
      setGalat(error instanceof ApiError ? error.detail || error.message : String(error));
    } finally {
      setProses(false);
    }
  }

  return (
    <Modal opened onClose={props.onClose} title={`${t("pengguna.reset")}: ${props.pengguna.nama}`}>
      {selesai ? (
        <Stack>
          <Alert color="green">{t("pengguna.resetBerhasil")}</Alert>
          <Button onClick={props.onClose}>OK</Button>
        </Stack>
      ) : (
        <form onSubmit={kirim}>
          <Stack>
            {galat && <Alert color="red">{galat}</Alert>}
            <PasswordInput
              label={t("akun.sandiBaru")}
              autoComplete="new-password"
              value={sandi}
              onChange={(e) => setSandi(e.currentTarget.value)}
              required
            />
            <Text size="xs" c="dimmed">
              {t("akun.sandiAturan")}
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={props.onClose}>
                {t("batal")}
              </Button>
              <Button type="submit" loading={proses}>
                {t("simpan")}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

import { Alert, Button, Group, Modal, PasswordInput, Stack, Text } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { ApiError, jawab, klien } from "../api/client";
import { useI18n } from "../i18n/i18n";

/** Own password change: current password + new password twice. */
export function GantiKataSandiModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useI18n();
  const [lama, setLama] = useState("");
  const [baru, setBaru] = useState("");
  const [ulang, setUlang] = useState("");
  const [galat, setGalat] = useState<string | null>(null);
  const [selesai, setSelesai] = useState(false);
  const [proses, setProses] = useState(false);

  function tutup() {
    setLama("");
    setBaru("");
    setUlang("");
    setGalat(null);
    setSelesai(false);
    onClose();
  }

  async function kirim(e: FormEvent) {
    e.preventDefault();
    if (baru !== ulang) {
      setGalat(t("akun.sandiTidakSama"));
      return;
    }
    setProses(true);
    try {
      await jawab(klien.POST("/api/auth/kata-sandi", { body: { kataSandiLama: lama, kataSandiBaru: baru } }));
      setSelesai(true);
      setGalat(null);
    } catch (error) {
      setGalat(error instanceof ApiError ? error.detail || error.message : String(error));
    } finally {
      setProses(false);
    }
  }

  return (
    <Modal opened={opened} onClose={tutup} title={t("akun.gantiSandi")}>
      {selesai ? (
        <Stack>
          <Alert color="green">{t("akun.sandiDiganti")}</Alert>
          <Button onClick={tutup}>OK</Button>
        </Stack>
      ) : (
        <form onSubmit={kirim}>
          <Stack>
            {galat && <Alert color="red">{galat}</Alert>}
            <PasswordInput
              label={t("akun.sandiLama")}
              autoComplete="current-password"
              value={lama}
              onChange={(e) => setLama(e.currentTarget.value)}
              required
            />
            <PasswordInput
              label={t("akun.sandiBaru")}
              autoComplete="new-password"
              value={baru}
              onChange={(e) => setBaru(e.currentTarget.value)}
              required
            />
            <PasswordInput
              label={t("akun.sandiUlang")}
              autoComplete="new-password"
              value={ulang}
              onChange={(e) => setUlang(e.currentTarget.value)}
              required
            />
            <Text size="xs" c="dimmed">
              {t("akun.sandiAturan")}
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={tutup}>
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

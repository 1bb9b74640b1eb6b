import { Alert, Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { jawab, klien } from "../../api/client";
import { useAuth } from "../../auth/AuthProvider";
import { useI18n } from "../../i18n/i18n";
import type { MessageKey } from "../../i18n/messages";
import { LABEL_TW, type RenaksiKunci, type StatusTw } from "./tipe";

type Aksi = "kunci" | "kembalikan" | "buka";

/** Which of the pimpinan's/admin's actions apply to a quarter in this state (lapor-triwulan.ts TRANSISI). */
const TINDAKAN: { aksi: Aksi; dari: StatusTw; izin: string; alasan: boolean; warna: string }[] = [
  { aksi: "kunci", dari: "diajukan", izin: "periode.kunci", alasan: false, warna: "green" },
  { aksi: "kembalikan", dari: "diajukan", izin: "data.setujui", alasan: true, warna: "orange" },
  { aksi: "buka", dari: "terkunci", izin: "periode.buka", alasan: true, warna: "gray" },
];

/**
 * The pimpinan's lock and return (and the admin's reopen) of one quarter's report, each behind the confirmation dialog
 * used by the other workflow buttons (`konfirmasi-tindakan`); returning and reopening ask for a reason.
 */
export function TindakanTriwulan(props: { jalur: RenaksiKunci; tw: number; status: StatusTw; muatUlang: () => void }) {
  const { jalur, tw, status, muatUlang } = props;
  const { t } = useI18n();
  const { punya } = useAuth();
  const [minta, setMinta] = useState<(typeof TINDAKAN)[number] | null>(null);
  const [alasan, setAlasan] = useState("");
  const [galat, setGalat] = useState<string | null>(null);
  const [proses, setProses] = useState(false);
  const label = LABEL_TW[tw - 1] ?? "";
  const berlaku = TINDAKAN.filter((x) => x.dari === status && punya(x.izin));
  if (berlaku.length === 0) return null;

  async function jalankan() {
    if (!minta) return;
    setProses(true);
    setGalat(null);
    try {
      await jawab(
        klien.POST("/api/v1/pemda/{pemda}/opd/{opd}/renaksi/{tahun}/triwulan/{triwulan}/status", {
          params: { path: { ...jalur, triwulan: tw } },
          body: { aksi: minta.aksi, ...(minta.alasan ? { alasan: alasan.trim() } : {}) },
        }),
      );
      setMinta(null);
      setAlasan("");
      muatUlang();
    } catch (e) {
      setGalat((e as Error).message);
    } finally {
      setProses(false);
    }
  }

  return (
    <Group gap="xs" data-testid="tindakan-triwulan">
      {berlaku.map((x) => (
        <Button
          key={x.aksi}
          size="xs"
          color={x.warna}
          variant={x.aksi === "kunci" ? "filled" : "light"}
          onClick={() => {
            setGalat(null);
            setAlasan("");
            setMinta(x);
          }}
        >
          {t(`renaksi.tindakan.${x.aksi}` as MessageKey, { tw: label })}
        </Button>
      ))}
      <Modal
        opened={minta !== null}
        onClose={() => setMinta(null)}
        title={minta ? t(`renaksi.tindakan.${minta.aksi}.judul` as MessageKey, { tw: label }) : ""}
      >
        <Stack>
          <Text size="sm">{minta ? t(`renaksi.tindakan.${minta.aksi}.teks` as MessageKey, { tw: label }) : ""}</Text>
          {minta?.alasan && (
            <Textarea
              label={t("renaksi.tindakan.alasan")}
              description={t("renaksi.tindakan.alasanWajib")}
              value={alasan}
              onChange={(e) => setAlasan(e.currentTarget.value)}
              autosize
              minRows={3}
              required
            />
          )}
          {galat && <Alert color="red">{galat}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setMinta(null)}>
              {t("renaksi.batal")}
            </Button>
            <Button
              data-testid="konfirmasi-tindakan"
              color={minta?.warna}
              disabled={minta?.alasan === true && !alasan.trim()}
              loading={proses}
              onClick={() => void jalankan()}
            >
              {minta ? t(`renaksi.tindakan.${minta.aksi}` as MessageKey, { tw: label }) : ""}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Group>
  );
}

import { Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { jawab, klien } from "../../api/client";
import { useI18n } from "../../i18n/i18n";
import type { JalurLke, Tindakan } from "./tipe";

/** Confirms a workflow step of the LKE (submit, return with a reason, finalise…) and sends it. */
export function ModalTindakanLke(props: {
  aksi: Tindakan | null;
  jalur: JalurLke;
  tutup(): void;
  selesai(): void;
  gagal(pesan: string): void;
}) {
  const { t } = useI18n();
  const { aksi } = props;
  const [alasan, setAlasan] = useState("");
  const jalankan = () => {
    if (!aksi) return;
    jawab(
      klien.POST("/api/v1/pemda/{pemda}/opd/{opd}/lke/{tahun}/status", {
        params: { path: props.jalur },
        body: { aksi: aksi.aksi, ...(alasan ? { alasan } : {}) },
      }),
    ).then(
      () => {
        setAlasan("");
        props.selesai();
      },
      (e: Error) => props.gagal(e.message),
    );
  };
  return (
    <Modal opened={aksi !== null} onClose={props.tutup} title={t("evaluasi.konfirmasi")}>
      <Stack>
        <Text size="sm">{t("evaluasi.konfirmasiTeks", { aksi: aksi ? t(`evaluasi.aksiLke.${aksi.aksi}`) : "" })}</Text>
        {aksi?.perluAlasan && (
          <Textarea
            label={t("evaluasi.alasanWajib")}
            value={alasan}
            onChange={(e) => setAlasan(e.currentTarget.value)}
            data-testid="aksi-alasan"
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.tutup}>
            {t("evaluasi.batal")}
          </Button>
          <Button onClick={jalankan} disabled={Boolean(aksi?.perluAlasan && !alasan.trim())} data-testid="aksi-lanjut">
            {t("evaluasi.lanjut")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

import { Alert, Select, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { sendJson } from "../../api/client";
import { useI18n } from "../../i18n/i18n";
import type { MessageKey } from "../../i18n/messages";
import { EntriKertas, type TeksEntri } from "./EntriKertas";
import type { RespondenKertas } from "./grid-kertas";
import type { HasilSimpanRespondenSkm, LayananSkm, PeriodeSkm, skmApi } from "./tipe";

/** Paper questionnaires typed with the keyboard for one service of the period; saved all-or-nothing. */
export function PanelEntri(props: {
  api: ReturnType<typeof skmApi>;
  periode: PeriodeSkm;
  layanan: LayananSkm[];
  onTersimpan: () => void;
}) {
  const { t, number } = useI18n();
  const aktif = props.layanan.filter((l) => l.aktif);
  const [layanan, setLayanan] = useState<string | null>(aktif[0]?.kode ?? null);
  const [pesan, setPesan] = useState<{ ok: boolean; teks: string } | null>(null);
  const teks: TeksEntri = {
    kolom: (k) => (k.startsWith("u") ? k.toUpperCase() : t(`skmA.kolom.${k}` as MessageKey)),
    galat: (kode) => t(`skmA.galat.${kode}` as MessageKey),
    baris: (n) => t("skmA.baris", { n }),
    simpan: t("skmA.simpanSemua"),
    tambah: t("skmA.tambahBaris"),
    kosongkan: t("skmA.kosongkan"),
    petunjuk: t("skmA.petunjukKertas"),
    belumValid: (n) => t("skmA.belumValid", { n }),
  };
  if (props.periode.status !== "terbuka") return <Alert color="gray">{t("skmA.periodeDitutup")}</Alert>;
  if (aktif.length === 0) return <Alert color="blue">{t("skmA.tanpaLayanan")}</Alert>;
  return (
    <Stack>
      <Select
        label={t("skmA.layanan")}
        w={360}
        data={aktif.map((l) => ({ value: l.kode, label: `${l.nama} (${l.kode})` }))}
        value={layanan}
        onChange={setLayanan}
        allowDeselect={false}
        data-testid="pilih-layanan-entri"
      />
      {pesan && (
        <Alert color={pesan.ok ? "green" : "red"} role="status" data-testid="pesan-kertas">
          {pesan.teks}
        </Alert>
      )}
      <EntriKertas
        teks={teks}
        onSimpan={async (responden: RespondenKertas[]) => {
          if (!layanan) return;
          setPesan(null);
          try {
            const h = await sendJson<HasilSimpanRespondenSkm>("POST", props.api.kertas(props.periode.kode, layanan), {
              baris: responden,
            });
            setPesan({ ok: true, teks: t("skmA.tersimpan", { n: number(h.disimpan) }) });
            props.onTersimpan();
          } catch (e) {
            setPesan({ ok: false, teks: (e as Error).message });
            throw e;
          }
        }}
      />
      <Text size="xs" c="dimmed">
        {t("skmA.catatanKertas")}
      </Text>
    </Stack>
  );
}

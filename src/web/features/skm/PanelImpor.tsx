import { Alert, Button, FileInput, Group, List, Select, Stack, Text } from "@mantine/core";
import { IconUpload } from "@tabler/icons-react";
import { useState } from "react";
import type { ApiError } from "../../api/client";
import { sendBody } from "../../api/client";
import { useI18n } from "../../i18n/i18n";
import type { Skema } from "../../api/tipe";
import type { LayananSkm, PeriodeSkm, skmApi } from "./tipe";

type PratinjauImpor = Skema<"PratinjauImporSkm">;
type HasilImpor = Skema<"HasilImporSkm">;

/**
 * XLSX/CSV import (one row per respondent: u1…u9 as `sakip hitung ikm` reads them, optional demographics and saran):
 * preview first (rows and the IKM they would give, or every row/column error), then store all rows or none.
 */
export function PanelImpor(props: {
  api: ReturnType<typeof skmApi>;
  periode: PeriodeSkm;
  layanan: LayananSkm[];
  onTersimpan: () => void;
}) {
  const { t, number } = useI18n();
  const aktif = props.layanan.filter((l) => l.aktif);
  const [layanan, setLayanan] = useState<string | null>(aktif[0]?.kode ?? null);
  const [berkas, setBerkas] = useState<File | null>(null);
  const [pratinjau, setPratinjau] = useState<PratinjauImpor | null>(null);
  const [selesai, setSelesai] = useState<HasilImpor | null>(null);
  const [galat, setGalat] = useState<{ judul: string; isi: string[] } | null>(null);
  const [sibuk, setSibuk] = useState(false);

  const kirim = async (konfirmasi: boolean) => {
    if (!berkas || !layanan) return;
    const form = new FormData();
    form.append("berkas", berkas);
    if (konfirmasi && pratinjau) form.append("hashBerkas", pratinjau.berkas.hash);
    setSibuk(true);
    setGalat(null);
    try {
      if (konfirmasi) {
        const h = await sendBody<HasilImpor>("POST", props.api.impor(props.periode.kode, layanan, "konfirmasi"), form);
        setSelesai(h);
        setPratinjau(null);
        setBerkas(null);
        props.onTersimpan();
      } else
        setPratinjau(
          await sendBody<PratinjauImpor>("POST", props.api.impor(props.periode.kode, layanan, "pratinjau"), form),
        );
    } catch (e) {
      const err = e as ApiError;
      setGalat({
        judul: err.detail || err.message,
        isi: (err.errors ?? []).map((x) => (x.field ? `${x.field}: ${x.message}` : x.message)),
      });
      setPratinjau(null);
    } finally {
      setSibuk(false);
    }
  };

  if (props.periode.status !== "terbuka") return <Alert color="gray">{t("skmA.periodeDitutup")}</Alert>;
  return (
    <Stack maw={720}>
      <Text size="sm" c="dimmed">
        {t("skmA.imporKet")}
      </Text>
      <Group align="flex-end" wrap="wrap">
        <Select
          label={t("skmA.layanan")}
          w={300}
          data={aktif.map((l) => ({ value: l.kode, label: l.nama }))}
          value={layanan}
          onChange={setLayanan}
          allowDeselect={false}
        />
        <FileInput
          label={t("skmA.berkas")}
          w={300}
          accept=".xlsx,.csv"
          leftSection={<IconUpload size={16} />}
          value={berkas}
          onChange={(f) => {
            setBerkas(f);
            setPratinjau(null);
            setSelesai(null);
            setGalat(null);
          }}
          clearable
        />
        <Button onClick={() => kirim(false)} disabled={!berkas || !layanan} loading={sibuk && !pratinjau}>
          {t("skmA.pratinjau")}
        </Button>
      </Group>
      {galat && (
        <Alert color="red" title={galat.judul} role="alert" data-testid="galat-impor">
          {galat.isi.length > 0 && (
            <List size="sm">
              {galat.isi.slice(0, 50).map((x) => (
                <List.Item key={x}>{x}</List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
      {pratinjau && (
        <Alert color="blue" title={t("skmA.pratinjauJudul")} data-testid="pratinjau-impor">
          <Text size="sm">
            {t("skmA.pratinjauIsi", {
              n: number(pratinjau.responden),
              ikm: pratinjau.hasil?.ikm.tampil ?? "–",
              mutu: pratinjau.hasil?.mutu.mutu ?? "–",
            })}
          </Text>
          <Button mt="sm" onClick={() => kirim(true)} loading={sibuk}>
            {t("skmA.simpanImpor", { n: number(pratinjau.responden) })}
          </Button>
        </Alert>
      )}
      {selesai && (
        <Alert color="green" role="status">
          {t("skmA.imporSelesai", { n: number(selesai.disimpan) })}
        </Alert>
      )}
    </Stack>
  );
}

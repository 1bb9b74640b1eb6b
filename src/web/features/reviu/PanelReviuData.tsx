import { Alert, Button, Group, Loader, Stack, Text, Title } from "@mantine/core";
import { IconListCheck } from "@tabler/icons-react";
import { useState } from "react";
import { ApiError, jawab, klien } from "../../api/client";
import { useI18n } from "../../i18n/i18n";
import { tahunBawaan, useLingkup, useTahunTersedia } from "../kinerja/lingkup";
import { PilihLingkup } from "../kinerja/PilihLingkup";
import { type HasilReviuData, TabelTemuan } from "./TabelTemuan";
import { TombolPernyataanReviu } from "./TombolPernyataanReviu";

/**
 * Reviu of our own data (issue 14, ADR 0027): pick an OPD and a year, check completeness, plausibility and
 * consistency; each finding links the screen that fixes it.
 */
export function PanelReviuData() {
  const { t } = useI18n();
  const lingkup = useLingkup();
  const tersedia = useTahunTersedia(lingkup.api);
  const tahun = lingkup.tahun ?? (tersedia ? tahunBawaan(tersedia) : null);
  const [hasil, setHasil] = useState<HasilReviuData | null>(null);
  const [galat, setGalat] = useState<string | null>(null);
  const [sibuk, setSibuk] = useState(false);

  const periksa = async () => {
    const { pemda, opd } = lingkup;
    if (!lingkup.api || !opd || tahun === null) return;
    setSibuk(true);
    setGalat(null);
    setHasil(null);
    try {
      setHasil(
        await jawab(
          klien.GET("/api/v1/pemda/{pemda}/opd/{opd}/reviu/data/{tahun}", { params: { path: { pemda, opd, tahun } } }),
        ),
      );
    } catch (e) {
      setGalat(e instanceof ApiError ? e.detail || e.title || e.message : String(e));
    } finally {
      setSibuk(false);
    }
  };

  return (
    <Stack data-testid="reviu-data">
      <Title order={3}>{t("reviu.data.judul")}</Title>
      <Text c="dimmed">{t("reviu.data.intro")}</Text>
      {!lingkup.api ? (
        <Loader size="sm" aria-label={t("memuat")} />
      ) : (
        <Group align="end" wrap="wrap">
          <PilihLingkup lingkup={lingkup} tahunPilihan={[...(tersedia ?? []), ...(tahun ? [tahun] : [])]} />
          <Button
            leftSection={<IconListCheck size={16} />}
            onClick={() => void periksa()}
            loading={sibuk}
            disabled={tahun === null}
          >
            {t("reviu.data.periksa", { tahun: tahun ?? "" })}
          </Button>
        </Group>
      )}
      {lingkup.api && tahun !== null && <TombolPernyataanReviu api={lingkup.api} tahun={tahun} />}
      {galat && (
        <Alert color="red" role="alert">
          {galat}
        </Alert>
      )}
      {hasil && (
        <Stack>
          <Text fw={500}>
            {t("reviu.data.ringkasan", {
              ...hasil.diperiksa,
              galat: hasil.ringkasan.galat,
              peringatan: hasil.ringkasan.peringatan,
              info: hasil.ringkasan.info,
            })}
          </Text>
          {hasil.temuan.length === 0 ? (
            <Alert color="green">{t("reviu.bersih")}</Alert>
          ) : (
            <TabelTemuan temuan={hasil.temuan} label={t("reviu.data.judul")} />
          )}
        </Stack>
      )}
    </Stack>
  );
}

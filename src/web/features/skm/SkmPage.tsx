import { Alert, Badge, Group, Loader, Select, Stack, Tabs, Text, Title } from "@mantine/core";
import { useCallback, useEffect, useMemo, useState } from "react";
import { getJson } from "../../api/client";
import { useAuth } from "../../auth/AuthProvider";
import { useI18n } from "../../i18n/i18n";
import { useLingkup } from "../kinerja/lingkup";
import { PilihLingkup } from "../kinerja/PilihLingkup";
import { PanelDokumen } from "./PanelDokumen";
import { PanelEntri } from "./PanelEntri";
import { PanelHasil } from "./PanelHasil";
import { PanelImpor } from "./PanelImpor";
import { PanelJawaban } from "./PanelJawaban";
import { PanelLayanan } from "./PanelLayanan";
import { PanelTindakLanjut } from "./PanelTindakLanjut";
import { type DaftarSkm, type PeriodeSkm, skmApi } from "./tipe";

/** The period to show first: an open one covering today, else the latest. */
function periodeBawaan(p: PeriodeSkm[], hariIni: string): string | null {
  const terbuka = p.filter((x) => x.status === "terbuka" && x.mulai <= hariIni && x.selesai >= hariIni);
  return (terbuka.at(-1) ?? [...p].sort((a, b) => a.mulai.localeCompare(b.mulai)).at(-1))?.kode ?? null;
}

/**
 * Survei Kepuasan Masyarakat for the Petugas SKM (issue 12): results, keyboard paper entry, file import, services and
 * periods, saran and follow-up, and the documents, for one OPD (the user's own; a Pemda-wide user picks one).
 */
export function SkmPage() {
  const { t, tanggal } = useI18n();
  const { punya } = useAuth();
  const lingkup = useLingkup();
  const [daftar, setDaftar] = useState<DaftarSkm | null>(null);
  const [galat, setGalat] = useState<string | null>(null);
  const [periode, setPeriode] = useState<string | null>(null);
  const [versi, setVersi] = useState(0);
  const api = lingkup.api ? skmApi(lingkup.api) : null;
  const boleh = punya("skm.ubah");

  const muat = useCallback(() => {
    if (!lingkup.api) return;
    setGalat(null);
    getJson<DaftarSkm>(skmApi(lingkup.api).daftar).then(
      (d) => {
        setDaftar(d);
        setPeriode((lama) =>
          lama && d.periode.some((p) => p.kode === lama)
            ? lama
            : periodeBawaan(d.periode, new Date().toISOString().slice(0, 10)),
        );
      },
      (e: Error) => setGalat(e.message),
    );
  }, [lingkup.api]);
  useEffect(muat, [muat]);

  const segarkan = useCallback(() => {
    setVersi((v) => v + 1);
    muat();
  }, [muat]);

  const p = useMemo(() => daftar?.periode.find((x) => x.kode === periode) ?? null, [daftar, periode]);

  return (
    <Stack>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={2}>{t("skmA.judul")}</Title>
          <Text c="dimmed" size="sm" maw={720}>
            {t("skmA.intro")}
          </Text>
        </div>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <PilihLingkup lingkup={lingkup} tahunPilihan={[]} tanpaTahun />
          {daftar && (
            <Select
              label={t("skmA.periode")}
              w={220}
              data={daftar.periode.map((x) => ({
                value: x.kode,
                label: `${x.kode} · ${x.status === "terbuka" ? t("skmA.terbuka") : t("skmA.ditutup")}`,
              }))}
              value={periode}
              onChange={setPeriode}
              allowDeselect={false}
              data-testid="pilih-periode"
            />
          )}
        </Group>
      </Group>
      {galat && (
        <Alert color="red" role="alert">
          {galat}
        </Alert>
      )}
      {!daftar && !galat && <Loader size="sm" />}
      {daftar && api && (
        <>
          {p && (
            <Group gap="xs">
              <Badge color={p.status === "terbuka" ? "green" : "gray"} variant="light">
                {p.status === "terbuka" ? t("skmA.terbuka") : t("skmA.ditutup")}
              </Badge>
              <Text size="sm" c="dimmed">
                {t("skmA.rentang", { mulai: tanggal(p.mulai), selesai: tanggal(p.selesai) })}
              </Text>
            </Group>
          )}
          {daftar.periode.length === 0 && <Alert color="blue">{t("skmA.tanpaPeriode")}</Alert>}
          <Tabs defaultValue="hasil" keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="hasil">{t("skmA.tab.hasil")}</Tabs.Tab>
              {boleh && <Tabs.Tab value="entri">{t("skmA.tab.entri")}</Tabs.Tab>}
              {boleh && <Tabs.Tab value="impor">{t("skmA.tab.impor")}</Tabs.Tab>}
              <Tabs.Tab value="jawaban">{t("skmJ.tab")}</Tabs.Tab>
              <Tabs.Tab value="layanan">{t("skmA.tab.layanan")}</Tabs.Tab>
              <Tabs.Tab value="tindak">{t("skmA.tab.tindak")}</Tabs.Tab>
              <Tabs.Tab value="dokumen">{t("skmA.tab.dokumen")}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="hasil" pt="md">
              {p ? <PanelHasil api={api} periode={p.kode} versi={versi} /> : null}
            </Tabs.Panel>
            <Tabs.Panel value="entri" pt="md">
              {p && <PanelEntri api={api} periode={p} layanan={daftar.layanan} onTersimpan={segarkan} />}
            </Tabs.Panel>
            <Tabs.Panel value="impor" pt="md">
              {p && <PanelImpor api={api} periode={p} layanan={daftar.layanan} onTersimpan={segarkan} />}
            </Tabs.Panel>
            <Tabs.Panel value="jawaban" pt="md">
              {p && <PanelJawaban api={api} periode={p} layanan={daftar.layanan} boleh={boleh} onBerubah={segarkan} />}
            </Tabs.Panel>
            <Tabs.Panel value="layanan" pt="md">
              <PanelLayanan
                api={api}
                layanan={daftar.layanan}
                periode={daftar.periode}
                periodeDipilih={p?.kode ?? null}
                boleh={boleh}
                onBerubah={segarkan}
              />
            </Tabs.Panel>
            <Tabs.Panel value="tindak" pt="md">
              {p && <PanelTindakLanjut api={api} periode={p.kode} boleh={boleh} />}
            </Tabs.Panel>
            <Tabs.Panel value="dokumen" pt="md">
              {p && <PanelDokumen api={api} periode={p.kode} />}
            </Tabs.Panel>
          </Tabs>
        </>
      )}
    </Stack>
  );
}

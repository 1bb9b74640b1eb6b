import { Alert, Badge, Group, Loader, Stack, Tabs, Text, Title } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useEffect, useMemo, useState } from "react";
import { jawab, klien } from "../../api/client";
import { useI18n } from "../../i18n/i18n";
import { StatusPeriode } from "../alur/StatusPeriode";
import { type Lingkup, tahunBawaan, useLingkup, useTahunTersedia } from "../kinerja/lingkup";
import { PilihLingkup } from "../kinerja/PilihLingkup";
import { DaftarHilang } from "./DaftarHilang";
import { NarasiOtomatis } from "./NarasiOtomatis";
import { PanelUnduh } from "./PanelUnduh";
// M2 issue 15: publication on the public portal
import { PanelPublikasi } from "./PanelPublikasi";
import { Pratinjau } from "./Pratinjau";
import { TeksBebas } from "./TeksBebas";
import type { JalurLaporan, RingkasanLaporan } from "./tipe";
import { UnduhEsr } from "./UnduhEsr";

/**
 * The LKjIP of one OPD and year (issue 7): preview, what is missing (linked to its module), the free texts and
 * signatures, the generated paragraphs (edit, flagged when their numbers change), and downloads with progress.
 */
export function LaporanPage() {
  const lingkup = useLingkup();
  const tersedia = useTahunTersedia(lingkup.api);
  if (!lingkup.api || !lingkup.opd || (lingkup.tahun === null && tersedia === null)) return <Loader size="sm" />;
  const tahun = lingkup.tahun ?? tahunBawaan(tersedia ?? []);
  return <Isi lingkup={lingkup} api={lingkup.api} opd={lingkup.opd} tahun={tahun} tersedia={tersedia ?? []} />;
}

function Isi(props: { lingkup: Lingkup; api: string; opd: string; tahun: number; tersedia: number[] }) {
  const { lingkup, api, opd, tahun, tersedia } = props;
  const { t } = useI18n();
  const dasar = `${api}/laporan/${tahun}`;
  const pemda = lingkup.pemda;
  const jalur = useMemo<JalurLaporan>(() => ({ pemda, opd, tahun }), [pemda, opd, tahun]);
  const [data, setData] = useState<RingkasanLaporan | null>(null);
  const [galat, setGalat] = useState<string | null>(null);
  const [versi, setVersi] = useState(0);
  const [tab, setTab] = useState<string | null>("pratinjau");
  const [bukaTeks, setBukaTeks] = useState<string | null>(null);
  useEffect(() => {
    let berlaku = true;
    jawab(klien.GET("/api/v1/pemda/{pemda}/opd/{opd}/laporan/{tahun}", { params: { path: jalur } })).then(
      (d) => {
        if (!berlaku) return;
        setData(d);
        setGalat(null);
      },
      (e: Error) => berlaku && setGalat(e.message),
    );
    return () => {
      berlaku = false;
    };
  }, [jalur, versi]);
  const ubah = () => setVersi((n) => n + 1);
  const query = `?opd=${lingkup.opd ?? ""}&tahun=${tahun}`;
  return (
    <Stack>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Title order={2}>{t("laporan.judul")}</Title>
        <PilihLingkup lingkup={lingkup} tahunPilihan={[...tersedia, tahun]} />
      </Group>
      <Text size="sm" c="dimmed">
        {t("laporan.intro")}
      </Text>
      {galat && <Alert color="red">{galat}</Alert>}
      {!data && !galat && <Loader size="sm" aria-label={t("memuat")} />}
      {data && (
        <>
          <Group gap="xs" wrap="wrap">
            <Text fw={500} data-testid="judul-laporan">
              {data.judul}
            </Text>
            <Badge variant="light">
              {t("laporan.ringkas", {
                tabel: data.tabel.length,
                gambar: data.gambar.length,
                narasi: data.narasi.length,
              })}
            </Badge>
          </Group>
          {data.peringatan.length > 0 && (
            <Alert color="red" icon={<IconAlertTriangle size={16} />} data-testid="peringatan-narasi">
              {t("laporan.peringatan", { n: data.peringatan.length })}
            </Alert>
          )}
          <StatusPeriode pemda={lingkup.pemda} opd={data.opd.slug} tahun={tahun} modul="laporan" onUbah={ubah} />
          {!data.bolehSunting && (
            <Alert color="blue" variant="light">
              {t("laporan.hanyaBaca")}
            </Alert>
          )}
          <Tabs value={tab} onChange={setTab} keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="pratinjau">{t("laporan.tab.pratinjau")}</Tabs.Tab>
              <Tabs.Tab value="hilang" color={data.hilang.length ? "orange" : undefined}>
                {t("laporan.tab.hilang", { n: data.hilang.length })}
              </Tabs.Tab>
              <Tabs.Tab value="teks">{t("laporan.tab.teks")}</Tabs.Tab>
              <Tabs.Tab value="narasi">{t("laporan.tab.narasi")}</Tabs.Tab>
              <Tabs.Tab value="unduh">{t("laporan.tab.unduh")}</Tabs.Tab>
              <Tabs.Tab value="publikasi">{t("laporan.tab.publikasi")}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="pratinjau" pt="md">
              <Pratinjau dasar={dasar} versi={versi} />
            </Tabs.Panel>
            <Tabs.Panel value="hilang" pt="md">
              <DaftarHilang
                data={data}
                query={query}
                keTeks={(kode) => {
                  setBukaTeks(kode.startsWith("penandatangan") ? null : kode);
                  setTab("teks");
                }}
              />
            </Tabs.Panel>
            <Tabs.Panel value="teks" pt="md">
              <TeksBebas
                jalur={jalur}
                bolehUbah={data.bolehSunting}
                buka={bukaTeks}
                setBuka={setBukaTeks}
                onUbah={ubah}
              />
            </Tabs.Panel>
            <Tabs.Panel value="narasi" pt="md">
              <NarasiOtomatis data={data} jalur={jalur} onUbah={ubah} />
            </Tabs.Panel>
            <Tabs.Panel value="unduh" pt="md">
              <PanelUnduh dasar={dasar} jalur={jalur} data={data} />
              <UnduhEsr jalur={jalur} />
            </Tabs.Panel>
            <Tabs.Panel value="publikasi" pt="md">
              <PanelPublikasi jalur={jalur} />
            </Tabs.Panel>
          </Tabs>
        </>
      )}
    </Stack>
  );
}

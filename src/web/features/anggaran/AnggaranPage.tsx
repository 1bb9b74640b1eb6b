import { Alert, Button, Card, Group, Loader, SimpleGrid, Stack, Tabs, Text, Title } from "@mantine/core";
import { IconDownload, IconFileSpreadsheet, IconUpload } from "@tabler/icons-react";
import { useCallback, useEffect, useRef, useState } from "react";
import { download, jawab, klien } from "../../api/client";
import { useAuth } from "../../auth/AuthProvider";
import { useI18n } from "../../i18n/i18n";
import { StatusPeriode } from "../alur/StatusPeriode";
import { type Lingkup, tahunBawaan, useLingkup } from "../kinerja/lingkup";
import { PilihLingkup } from "../kinerja/PilihLingkup";
import { ImporWizard } from "./ImporWizard";
import { BarSerapan, PohonTabel } from "./PohonTabel";
import { TabelKelas, TabelLampiran, TabelRingkas, TabelSasaran } from "./TabelLaporan";
import { type Pohon, rupiah, type Tabel } from "./tipe";

/** Budget of one OPD and year: totals, the DPA tree with serapan bars, LKjIP tables, import wizard, XLSX exports. */
export function AnggaranPage() {
  const lingkup = useLingkup();
  if (!lingkup.api) return <Loader size="sm" />;
  return <Isi lingkup={lingkup} api={lingkup.api} />;
}

/** % capaian per sasaran code from the measurement module, for the efisiensi column (absent → no efisiensi). */
async function capaianSasaran(pemda: string, opd: string, tahun: number): Promise<string> {
  try {
    const p = await jawab(
      klien.GET("/api/v1/pemda/{pemda}/opd/{opd}/pengukuran/{tahun}", { params: { path: { pemda, opd, tahun } } }),
    );
    return p.sasaran
      .filter((s) => s.capaian !== null)
      .map((s) => `${s.kode}:${s.capaian}`)
      .join(",");
  } catch {
    return "";
  }
}

function Isi({ lingkup, api }: { lingkup: Lingkup; api: string }) {
  const { t } = useI18n();
  const { punya } = useAuth();
  const [pohon, setPohon] = useState<Pohon | null>(null);
  const [tabel, setTabel] = useState<Tabel | null>(null);
  const [capaian, setCapaian] = useState("");
  const [galat, setGalat] = useState<string | null>(null);
  const [impor, setImpor] = useState(false);
  const tahunUrl = lingkup.tahun;
  const tahun = tahunUrl ?? pohon?.tahun ?? new Date().getFullYear() - 1;
  const dasar = `${api}/anggaran/${tahun}`;

  // Answers of an earlier OPD/year (e.g. the default year before the switch to the latest year with data) are dropped.
  const permintaan = useRef(0);
  const muat = useCallback(() => {
    const no = ++permintaan.current;
    const masihBerlaku = () => no === permintaan.current;
    const path = { pemda: lingkup.pemda, opd: lingkup.opd ?? "", tahun };
    jawab(klien.GET("/api/v1/pemda/{pemda}/opd/{opd}/anggaran/{tahun}/pohon", { params: { path } })).then(
      async (d) => {
        if (!masihBerlaku()) return;
        if (tahunUrl === null && !d.ada && d.tahunTersedia.length) {
          lingkup.setTahun(tahunBawaan([...d.tahunTersedia].sort((a, b) => a - b)));
          return;
        }
        setPohon(d);
        setGalat(null);
        if (!d.ada) return;
        const c = await capaianSasaran(path.pemda, path.opd, tahun);
        const tb = await jawab(
          klien.GET("/api/v1/pemda/{pemda}/opd/{opd}/anggaran/{tahun}/tabel", {
            params: { path, query: c ? { capaian: c } : {} },
          }),
        ).catch(() => null);
        if (!masihBerlaku()) return;
        setCapaian(c);
        setTabel(tb);
      },
      (e: Error) => masihBerlaku() && setGalat(e.message),
    );
  }, [tahun, tahunUrl, lingkup]);
  const muatRef = useRef(muat);
  muatRef.current = muat;
  useEffect(() => muatRef.current(), [api, tahun]);

  const ekspor = (tabelNama: string) => {
    const q = new URLSearchParams({ tabel: tabelNama });
    if (capaian) q.set("capaian", capaian);
    void download(`${dasar}/ekspor?${q}`);
  };
  const tombolEkspor = (nama: string) => (
    <Button
      size="xs"
      variant="default"
      leftSection={<IconDownload size={14} />}
      onClick={() => ekspor(nama)}
      data-testid={`ekspor-${nama}`}
    >
      {t("anggaran.ekspor")}
    </Button>
  );
  const bolehImpor = punya("anggaran.ubah") && (pohon?.statusPeriode ?? "draft") === "draft";

  return (
    <Stack>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={2}>{t("anggaran.judul")}</Title>
          <Text c="dimmed" size="sm" maw={720}>
            {t("anggaran.intro")}
          </Text>
        </div>
        <PilihLingkup lingkup={lingkup} tahunPilihan={pohon?.tahunTersedia ?? []} />
      </Group>
      {galat && <Alert color="red">{galat}</Alert>}
      {!pohon && !galat && <Loader size="sm" aria-label={t("memuat")} />}
      {pohon && (
        <>
          <Group justify="space-between" wrap="wrap">
            <Text c="dimmed">
              {pohon.opd.nama}
              {pohon.bulan ? ` · ${t("anggaran.sdBulan", { bulan: pohon.bulan })}` : ""}
            </Text>
            <Group gap="xs">
              {bolehImpor && (
                <Button
                  size="xs"
                  leftSection={<IconUpload size={14} />}
                  onClick={() => setImpor(true)}
                  data-testid="buka-impor"
                >
                  {t("anggaran.impor")}
                </Button>
              )}
              <Button
                size="xs"
                variant="default"
                leftSection={<IconFileSpreadsheet size={14} />}
                onClick={() => void download(`${dasar}/templat`)}
              >
                {t("anggaran.templat")}
              </Button>
              {pohon.ada && (
                <Button
                  size="xs"
                  variant="default"
                  leftSection={<IconDownload size={14} />}
                  onClick={() => ekspor("semua")}
                >
                  {t("anggaran.eksporSemua")}
                </Button>
              )}
            </Group>
          </Group>
          <StatusPeriode
            pemda={lingkup.pemda}
            opd={pohon.opd.slug}
            tahun={pohon.tahun}
            modul="anggaran"
            onUbah={muat}
          />
          {!pohon.ada ? (
            <Text c="dimmed" data-testid="anggaran-kosong">
              {t("anggaran.kosong")}
            </Text>
          ) : (
            <>
              <SimpleGrid cols={{ base: 2, md: 4 }} data-testid="anggaran-total">
                <Kartu label={t("anggaran.anggaran")} nilai={rupiah(pohon.total.anggaran)} />
                <Kartu label={t("anggaran.realisasi")} nilai={rupiah(pohon.total.totalRealisasi)} />
                <Card withBorder padding="sm">
                  <Text size="xs" c="dimmed">
                    {t("anggaran.serapan")}
                  </Text>
                  <BarSerapan serapan={pohon.total.serapan} />
                </Card>
                <Kartu label={t("anggaran.sisa")} nilai={rupiah(pohon.total.sisa)} />
              </SimpleGrid>
              <Tabs defaultValue="pohon" keepMounted={false}>
                <Tabs.List>
                  <Tabs.Tab value="pohon">{t("anggaran.tab.pohon")}</Tabs.Tab>
                  <Tabs.Tab value="program">{t("anggaran.tab.program")}</Tabs.Tab>
                  <Tabs.Tab value="kelas">{t("anggaran.tab.kelas")}</Tabs.Tab>
                  <Tabs.Tab value="lampiran">{t("anggaran.tab.lampiran")}</Tabs.Tab>
                  <Tabs.Tab value="sasaran">{t("anggaran.tab.sasaran")}</Tabs.Tab>
                </Tabs.List>
                <Tabs.Panel value="pohon" pt="sm">
                  <Stack gap="sm">
                    <Group justify="flex-end">{tombolEkspor("pohon")}</Group>
                    <PohonTabel program={pohon.program} total={pohon.total} />
                  </Stack>
                </Tabs.Panel>
                {(
                  [
                    ["program", tabel && <TabelRingkas baris={tabel.perProgram} testId="tabel-program" />],
                    ["kelas", tabel && <TabelKelas tabel={tabel} />],
                    ["lampiran", tabel && <TabelLampiran tabel={tabel} />],
                    ["sasaran", tabel && <TabelSasaran tabel={tabel} />],
                  ] as const
                ).map(([nama, isi]) => (
                  <Tabs.Panel key={nama} value={nama} pt="sm">
                    <Stack gap="sm">
                      <Group justify="flex-end">{tombolEkspor(nama)}</Group>
                      {isi || <Loader size="sm" />}
                    </Stack>
                  </Tabs.Panel>
                ))}
              </Tabs>
            </>
          )}
        </>
      )}
      <ImporWizard opened={impor} onClose={() => setImpor(false)} api={api} tahun={tahun} onSelesai={muat} />
    </Stack>
  );
}

function Kartu({ label, nilai }: { label: string; nilai: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700}>{nilai}</Text>
    </Card>
  );
}

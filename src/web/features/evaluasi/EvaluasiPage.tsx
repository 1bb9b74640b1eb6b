import { Alert, Badge, Button, Group, Loader, Stack, Tabs, Text, Title } from "@mantine/core";
import { useCallback, useEffect, useMemo, useState } from "react";
import { jawab, klien } from "../../api/client";
import { useAuth } from "../../auth/AuthProvider";
import { useI18n } from "../../i18n/i18n";
import { type Lingkup, tahunBawaan, useLingkup, useTahunTersedia } from "../kinerja/lingkup";
import { PilihLingkup } from "../kinerja/PilihLingkup";
import { LembarKerja, RingkasanNilai } from "./LembarKerja";
import { PanelRekomendasi } from "./PanelRekomendasi";
import { PanelSimulasi } from "./PanelSimulasi";
import { RekapPemda } from "./RekapPemda";
import { AlatLke } from "./AlatLke";
import { ModalTindakanLke } from "./ModalTindakanLke";
import { ModeKomponen } from "./ModeKomponen";
import type { JalurLke, LembarLke, NilaiLke, Sisi, Tindakan } from "./tipe";

/** The AKIP evaluation workspace (issue 13): per OPD and year, the LKE, evidence, workflow, what-if, recap. */
export function EvaluasiPage() {
  const lingkup = useLingkup();
  const tersedia = useTahunTersedia(lingkup.api);
  const { tahun: tahunUrl, setTahun } = lingkup;
  // the year picker shows the year the page uses (the latest with data), as the other pages do
  useEffect(() => {
    if (tersedia !== null && tahunUrl === null) setTahun(tahunBawaan(tersedia));
  }, [tersedia, tahunUrl, setTahun]);
  if (!lingkup.api || !lingkup.opd || tersedia === null) return <Loader size="sm" />;
  const sekarang = new Date().getFullYear();
  const tahun = lingkup.tahun ?? tahunBawaan(tersedia);
  const pilihan = Array.from({ length: sekarang - 2018 }, (_, i) => 2019 + i);
  return <Isi lingkup={lingkup} opd={lingkup.opd} tahun={tahun} pilihan={pilihan} />;
}

function Isi(props: { lingkup: Lingkup; opd: string; tahun: number; pilihan: number[] }) {
  const { lingkup, opd, tahun, pilihan } = props;
  const { t, number } = useI18n();
  const { punya, pengguna } = useAuth();
  const pemda = lingkup.pemda;
  const jalur = useMemo<JalurLke>(() => ({ pemda, opd, tahun }), [pemda, opd, tahun]);
  const [lembar, setLembar] = useState<LembarLke | null>(null);
  const [galat, setGalat] = useState<string | null>(null);
  const [galatMuat, setGalatMuat] = useState<string | null>(null);
  const [pesan, setPesan] = useState<string | null>(null);
  const [aksi, setAksi] = useState<Tindakan | null>(null);

  const muat = useCallback(() => {
    jawab(klien.GET("/api/v1/pemda/{pemda}/opd/{opd}/lke/{tahun}", { params: { path: jalur } })).then(
      (l) => {
        setLembar(l);
        setGalatMuat(null);
      },
      (e: Error) => {
        setLembar(null);
        setGalatMuat(e.message);
      },
    );
  }, [jalur]);
  useEffect(() => {
    setLembar(null);
    setPesan(null);
    setGalat(null);
    muat();
  }, [muat]);

  const sisiServer = lembar?.sisiDapatDiubah ?? null;
  const sisi: Sisi | null =
    sisiServer === "mandiri" && punya("evaluasi.isi")
      ? "mandiri"
      : sisiServer === "evaluator" && punya("evaluasi.nilai")
        ? "evaluator"
        : null;
  const onNilai = (n: NilaiLke, versi: number) => {
    setLembar((l) => (l ? { ...l, nilai: n, versi } : l));
    setPesan(
      t("evaluasi.tersimpan", {
        total: number(Number(n.evaluator.total.nilai), 2),
        predikat: n.evaluator.predikat.kode,
      }),
    );
    muat();
  };
  const tingkatPemda = !pengguna?.opd;

  return (
    <Stack>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={2}>{t("evaluasi.judul")}</Title>
          <Text c="dimmed" size="sm" maw={760}>
            {t("evaluasi.intro")}
          </Text>
        </div>
        <PilihLingkup lingkup={lingkup} tahunPilihan={pilihan} />
      </Group>
      {galat && (
        <Alert color="red" withCloseButton onClose={() => setGalat(null)}>
          {galat}
        </Alert>
      )}
      {pesan && (
        <Alert color="green" withCloseButton onClose={() => setPesan(null)} data-testid="pesan-evaluasi">
          {pesan}
        </Alert>
      )}
      <AlatLke jalur={jalur} lembar={lembar} sisi={sisi} onPesan={setPesan} onGalat={setGalat} onMuatUlang={muat} />
      <Tabs defaultValue="lembar" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="lembar">{t("evaluasi.tab.lembar")}</Tabs.Tab>
          {lembar && !lembar.modeKomponen && <Tabs.Tab value="simulasi">{t("evaluasi.tab.simulasi")}</Tabs.Tab>}
          {lembar && !lembar.modeKomponen && <Tabs.Tab value="rekomendasi">{t("evaluasi.tab.rekomendasi")}</Tabs.Tab>}
          {tingkatPemda && <Tabs.Tab value="rekap">{t("evaluasi.tab.rekap")}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="lembar" pt="sm">
          {galatMuat && <Alert color="yellow">{t("evaluasi.lkeBelumTersedia", { pesan: galatMuat })}</Alert>}
          {!lembar && !galatMuat && <Loader size="sm" />}
          {lembar && (
            <Stack gap="sm">
              <Group gap="xs" wrap="wrap">
                <Text size="sm">{t("evaluasi.status")}:</Text>
                <Badge data-testid="status-evaluasi">{t(`evaluasi.statusLke.${lembar.status}`)}</Badge>
                <Text size="xs" c="dimmed">
                  {lembar.kerangka}
                </Text>
                {lembar.tindakan.map((a) => (
                  <Button
                    key={a.aksi}
                    size="xs"
                    variant="light"
                    onClick={() => setAksi(a)}
                    data-testid={`aksi-${a.aksi}`}
                  >
                    {t(`evaluasi.aksiLke.${a.aksi}`)}
                  </Button>
                ))}
                {lembar.status === "dinilai" && lembar.tindakan.length === 0 && (
                  <Text size="xs" c="dimmed" data-testid="menunggu-ketua">
                    {t("evaluasi.menungguKetua")}
                  </Text>
                )}
              </Group>
              {lembar.modeKomponen ? (
                <ModeKomponen lembar={lembar} />
              ) : (
                <>
                  {!lembar.ada && (
                    <Text c="dimmed" size="sm">
                      {t("evaluasi.belumAda")}
                    </Text>
                  )}
                  <RingkasanNilai nilai={lembar.nilai} />
                  <LembarKerja
                    lembar={lembar}
                    jalur={jalur}
                    sisi={sisi}
                    bolehCatatan={punya("evaluasi.nilai") && sisiServer === "evaluator"}
                    onNilai={onNilai}
                    onMuatUlang={muat}
                    onGalat={setGalat}
                  />
                </>
              )}
            </Stack>
          )}
        </Tabs.Panel>
        {lembar && (
          <Tabs.Panel value="simulasi" pt="sm">
            <PanelSimulasi jalur={jalur} lembar={lembar} />
          </Tabs.Panel>
        )}
        {lembar && (
          <Tabs.Panel value="rekomendasi" pt="sm">
            <PanelRekomendasi
              jalur={jalur}
              lembar={lembar}
              bolehTambah={punya("evaluasi.nilai")}
              bolehTindakLanjut={punya("evaluasi.isi") || punya("evaluasi.nilai")}
              onMuatUlang={muat}
            />
          </Tabs.Panel>
        )}
        {tingkatPemda && (
          <Tabs.Panel value="rekap" pt="sm">
            <RekapPemda pemda={lingkup.pemda} tahun={tahun} />
          </Tabs.Panel>
        )}
      </Tabs>
      <ModalTindakanLke
        aksi={aksi}
        jalur={jalur}
        tutup={() => setAksi(null)}
        selesai={() => {
          setAksi(null);
          muat();
        }}
        gagal={(pesan) => {
          setAksi(null);
          setGalat(pesan);
        }}
      />
    </Stack>
  );
}

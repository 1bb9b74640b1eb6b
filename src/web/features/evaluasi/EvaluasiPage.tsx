import {
  Alert,
  Badge,
  Button,
  FileButton,
  Group,
  Loader,
  Modal,
  Stack,
  Table,
  Tabs,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { IconDownload, IconFileSpreadsheet, IconUpload } from "@tabler/icons-react";
import { useCallback, useEffect, useState } from "react";
import { download, getJson, sendJson } from "../../api/client";
import { useAuth } from "../../auth/AuthProvider";
import { useI18n } from "../../i18n/i18n";
import { type Lingkup, tahunBawaan, useLingkup, useTahunTersedia } from "../kinerja/lingkup";
import { PilihLingkup } from "../kinerja/PilihLingkup";
import { LembarKerja, RingkasanNilai } from "./LembarKerja";
import { PanelRekomendasi, PanelSimulasi } from "./PanelLain";
import { RekapPemda } from "./RekapPemda";
import type { LembarLke, NilaiLke, Sisi, Tindakan } from "./tipe";

/** The AKIP evaluation workspace (issue 13): per OPD and year, the LKE, evidence, workflow, what-if, recap. */
export function EvaluasiPage() {
  const lingkup = useLingkup();
  const tersedia = useTahunTersedia(lingkup.api);
  const { tahun: tahunUrl, setTahun } = lingkup;
  // the year picker shows the year the page uses (the latest with data), as the other pages do
  useEffect(() => {
    if (tersedia !== null && tahunUrl === null) setTahun(tahunBawaan(tersedia));
  }, [tersedia, tahunUrl, setTahun]);
  if (!lingkup.api || tersedia === null) return <Loader size="sm" />;
  const sekarang = new Date().getFullYear();
  const tahun = lingkup.tahun ?? tahunBawaan(tersedia);
  const pilihan = Array.from({ length: sekarang - 2018 }, (_, i) => 2019 + i);
  return <Isi lingkup={lingkup} api={lingkup.api} tahun={tahun} pilihan={pilihan} />;
}

interface Pratinjau {
  sisi: Sisi;
  berubah: { kode: string; lama: string | null; baru: string | null }[];
  diabaikan: string[];
  nilaiSetelah: { total: { nilai: string }; predikat: { kode: string } };
  galat: { field: string; message: string }[];
}

function keBase64(f: File): Promise<string> {
  return f.arrayBuffer().then((b) => {
    let s = "";
    const u = new Uint8Array(b);
    for (let i = 0; i < u.length; i += 0x8000) s += String.fromCharCode(...u.subarray(i, i + 0x8000));
    return btoa(s);
  });
}

function Isi({ lingkup, api, tahun, pilihan }: { lingkup: Lingkup; api: string; tahun: number; pilihan: number[] }) {
  const { t, number } = useI18n();
  const { punya, pengguna } = useAuth();
  const dasar = `${api}/lke/${tahun}`;
  const [lembar, setLembar] = useState<LembarLke | null>(null);
  const [galat, setGalat] = useState<string | null>(null);
  const [galatMuat, setGalatMuat] = useState<string | null>(null);
  const [pesan, setPesan] = useState<string | null>(null);
  const [aksi, setAksi] = useState<Tindakan | null>(null);
  const [alasan, setAlasan] = useState("");
  const [impor, setImpor] = useState<{ namaBerkas: string; isiBase64: string; p: Pratinjau } | null>(null);

  const muat = useCallback(() => {
    getJson<LembarLke>(dasar).then(
      (l) => {
        setLembar(l);
        setGalatMuat(null);
      },
      (e: Error) => {
        setLembar(null);
        setGalatMuat(e.message);
      },
    );
  }, [dasar]);
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
  const jalankan = () => {
    if (!aksi) return;
    sendJson("POST", `${dasar}/status`, { aksi: aksi.aksi, ...(alasan ? { alasan } : {}) }).then(
      () => {
        setAksi(null);
        setAlasan("");
        muat();
      },
      (e: Error) => {
        setAksi(null);
        setGalat(e.message);
      },
    );
  };
  const salinBukti = () =>
    sendJson<{ disalin: number }>("POST", `${dasar}/bukti/salin-tahun-lalu`, {}).then(
      (r) => {
        setPesan(t("evaluasi.buktiDisalin", { n: r.disalin }));
        muat();
      },
      (e: Error) => setGalat(e.message),
    );
  const pratinjau = (f: File | null) => {
    if (!f) return;
    void keBase64(f).then((isiBase64) =>
      sendJson<Pratinjau>("POST", `${dasar}/impor/pratinjau`, { namaBerkas: f.name, isiBase64 }).then(
        (p) => setImpor({ namaBerkas: f.name, isiBase64, p }),
        (e: Error) => setGalat(e.message),
      ),
    );
  };
  const konfirmasiImpor = () =>
    impor &&
    sendJson("POST", `${dasar}/impor/konfirmasi`, { namaBerkas: impor.namaBerkas, isiBase64: impor.isiBase64 }).then(
      () => {
        setPesan(t("evaluasi.imporTersimpan", { n: impor.p.berubah.length }));
        setImpor(null);
        muat();
      },
      (e: Error) => setGalat(e.message),
    );
  const unduh = (path: string) => void download(path).catch((e: Error) => setGalat(e.message));
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
      <Group gap="xs" wrap="wrap">
        <Button
          size="xs"
          variant="default"
          leftSection={<IconDownload size={14} />}
          onClick={() => unduh(`${api}/lhe/${tahun}?format=docx`)}
          data-testid="lhe-docx"
        >
          {t("evaluasi.unduhLhe")} DOCX
        </Button>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconDownload size={14} />}
          onClick={() => unduh(`${api}/lhe/${tahun}?format=pdf`)}
          data-testid="lhe-pdf"
        >
          {t("evaluasi.unduhLhe")} PDF
        </Button>
        {lembar && !lembar.modeKomponen && (
          <>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconFileSpreadsheet size={14} />}
              onClick={() => unduh(`${dasar}/xlsx`)}
              data-testid="xlsx-unduh"
            >
              {t("evaluasi.xlsx")}
            </Button>
            {sisi && (
              <FileButton onChange={pratinjau} accept=".xlsx">
                {(p) => (
                  <Button
                    size="xs"
                    variant="default"
                    leftSection={<IconUpload size={14} />}
                    {...p}
                    data-testid="xlsx-impor"
                  >
                    {t("evaluasi.impor")}
                  </Button>
                )}
              </FileButton>
            )}
            {sisi && (
              <Button size="xs" variant="default" onClick={() => void salinBukti()} data-testid="bukti-tahun-lalu">
                {t("evaluasi.buktiTahunLalu")}
              </Button>
            )}
          </>
        )}
      </Group>
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
                <Badge data-testid="status-evaluasi">{lembar.labelStatus}</Badge>
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
                    {a.label}
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
                    api={dasar}
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
            <PanelSimulasi api={dasar} lembar={lembar} />
          </Tabs.Panel>
        )}
        {lembar && (
          <Tabs.Panel value="rekomendasi" pt="sm">
            <PanelRekomendasi
              api={dasar}
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
      <Modal opened={aksi !== null} onClose={() => setAksi(null)} title={t("evaluasi.konfirmasi")}>
        <Stack>
          <Text size="sm">{t("evaluasi.konfirmasiTeks", { aksi: aksi?.label ?? "" })}</Text>
          {aksi?.perluAlasan && (
            <Textarea
              label={t("evaluasi.alasanWajib")}
              value={alasan}
              onChange={(e) => setAlasan(e.currentTarget.value)}
              data-testid="aksi-alasan"
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAksi(null)}>
              {t("evaluasi.batal")}
            </Button>
            <Button
              onClick={jalankan}
              disabled={Boolean(aksi?.perluAlasan && !alasan.trim())}
              data-testid="aksi-lanjut"
            >
              {t("evaluasi.lanjut")}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Modal opened={impor !== null} onClose={() => setImpor(null)} title={t("evaluasi.imporPratinjau")} size="lg">
        {impor && (
          <Stack>
            {impor.p.galat.map((g) => (
              <Alert key={`${g.field}-${g.message}`} color="red">
                {g.field}: {g.message}
              </Alert>
            ))}
            <Text size="sm" data-testid="impor-ringkasan">
              {t("evaluasi.imporBerubah", { n: impor.p.berubah.length })} · {t("evaluasi.total")}{" "}
              {number(Number(impor.p.nilaiSetelah.total.nilai), 2)} ({impor.p.nilaiSetelah.predikat.kode})
            </Text>
            <Table fz="xs">
              <Table.Tbody>
                {impor.p.berubah.slice(0, 80).map((b) => (
                  <Table.Tr key={b.kode}>
                    <Table.Td>{b.kode}</Table.Td>
                    <Table.Td>{b.lama ?? "–"}</Table.Td>
                    <Table.Td>→ {b.baru ?? "–"}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setImpor(null)}>
                {t("evaluasi.batal")}
              </Button>
              <Button
                disabled={impor.p.galat.length > 0}
                onClick={() => void konfirmasiImpor()}
                data-testid="impor-konfirmasi"
              >
                {t("evaluasi.imporKonfirmasi")}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}

/** Component-only years: the four values, clearly labelled. */
function ModeKomponen({ lembar }: { lembar: LembarLke }) {
  const { t, number } = useI18n();
  const e = lembar.nilai.evaluator;
  return (
    <Stack gap="sm">
      <Alert color="gray" variant="light" data-testid="mode-komponen">
        {t("evaluasi.modeKomponen")}
      </Alert>
      <Table withTableBorder fz="sm" maw={640}>
        <Table.Tbody>
          {e.komponen.map((k) => (
            <Table.Tr key={k.kunci}>
              <Table.Td>{k.nama}</Table.Td>
              <Table.Td ta="right">{k.bobot}</Table.Td>
              <Table.Td ta="right">{number(Number(k.nilai.nilai), 2)}</Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Td fw={700}>{t("evaluasi.total")}</Table.Td>
            <Table.Td />
            <Table.Td ta="right" fw={700}>
              {number(Number(e.total.nilai), 2)} ({e.predikat.kode})
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

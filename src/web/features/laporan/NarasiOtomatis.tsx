import { Alert, Badge, Button, Card, Group, List, Stack, Switch, Text, Textarea, TextInput } from "@mantine/core";
import { IconAlertTriangle, IconPencil } from "@tabler/icons-react";
import { useMemo, useState } from "react";
import { jawab, klien, konflikVersi, syaratHeader } from "../../api/client";
import { useI18n } from "../../i18n/i18n";
import { DialogKonflik } from "../kinerja/DialogKonflik";
import { SuntinganYatim } from "./SuntinganYatim";
import { type JalurLaporan, type Narasi, type RingkasanLaporan, waktu } from "./tipe";

const WARNA: Record<Narasi["status"], string> = { dihasilkan: "gray", disunting: "blue", "disunting-basi": "red" };

/** "{{ref:tabel-capaian}}" → "Tabel 3.2" for reading. */
function tampil(teks: string, data: RingkasanLaporan): string {
  const nomor = new Map([
    ...data.tabel.map((x) => [x.id, `Tabel ${x.nomor}`] as const),
    ...data.gambar.map((x) => [x.id, `Gambar ${x.nomor}`] as const),
  ]);
  return teks.replace(/\{\{ref:([a-z0-9-]+)\}\}/g, (m, id: string) => nomor.get(id) ?? m);
}

function KartuNarasi({
  n,
  data,
  jalur,
  bolehUbah,
  onUbah,
}: {
  n: Narasi;
  data: RingkasanLaporan;
  jalur: JalurLaporan;
  bolehUbah: boolean;
  onUbah(): void;
}) {
  const { t, locale } = useI18n();
  const [teks, setTeks] = useState<string | null>(null);
  const [sibuk, setSibuk] = useState(false);
  const [galat, setGalat] = useState<string | null>(null);
  // the paragraph as read (text, figures, edit) is the base of the edit; a change since then offers a reload
  const [konflik, setKonflik] = useState(false);
  const params = { path: { ...jalur, kunci: n.kunci } };
  const headers = syaratHeader({ versi: n.versi });
  const URL_NARASI = "/api/v1/pemda/{pemda}/opd/{opd}/laporan/{tahun}/narasi/{kunci}";
  const simpanTeks = (teks: string) => jawab(klien.PUT(URL_NARASI, { params, body: { teks }, headers }));
  const jalankan = async (aksi: () => Promise<unknown>) => {
    setSibuk(true);
    setGalat(null);
    try {
      await aksi();
      setTeks(null);
      onUbah();
    } catch (e) {
      if (konflikVersi(e)) setKonflik(true);
      else setGalat(e instanceof Error ? e.message : String(e));
    } finally {
      setSibuk(false);
    }
  };
  const kini = n.suntingan?.teks ?? n.teksDihasilkan;
  return (
    <Card withBorder data-testid={`narasi-${n.kunci}`} data-status={n.status}>
      <Group justify="space-between" mb={4} wrap="wrap">
        <Text size="xs" c="dimmed">
          {n.judul} · {n.kunci}
        </Text>
        <Badge color={WARNA[n.status]} variant="light" data-testid="status-narasi">
          {t(`laporan.status.${n.status}`)}
        </Badge>
      </Group>
      {teks === null ? (
        <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
          {tampil(kini, data)}
        </Text>
      ) : (
        <Textarea
          autosize
          minRows={3}
          aria-label={t("laporan.narasi.sunting")}
          value={teks}
          onChange={(e) => setTeks(e.currentTarget.value)}
        />
      )}
      {Object.keys(n.angka).length > 0 && (
        <Group gap={4} mt="xs" wrap="wrap">
          <Text size="xs" c="dimmed">
            {t("laporan.narasi.angka")}:
          </Text>
          {Object.entries(n.angka).map(([k, v]) => (
            <Badge key={k} size="xs" variant="outline" color="gray" tt="none">
              {k}: {v}
            </Badge>
          ))}
        </Group>
      )}
      {n.status === "disunting-basi" && (
        <Alert color="red" variant="light" mt="xs" icon={<IconAlertTriangle size={16} />} p="xs">
          <List size="xs">
            {n.berubah.map((b) => (
              <List.Item key={b.nama}>
                {b.nama}: {b.lama ?? "—"} → {b.baru ?? "—"}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {n.suntingan && teks === null && (
        <Text size="xs" c="dimmed" mt={4}>
          {t("laporan.narasi.oleh", {
            oleh: n.suntingan.disuntingOleh,
            pada: waktu(n.suntingan.disuntingPada, locale),
          })}
          {" · "}
          {t("laporan.narasi.otomatis")}: {tampil(n.teksDihasilkan, data)}
        </Text>
      )}
      {galat && (
        <Text size="xs" c="red" mt={4}>
          {galat}
        </Text>
      )}
      {bolehUbah && (
        <Group gap="xs" mt="xs">
          {teks === null ? (
            <>
              <Button size="xs" variant="light" leftSection={<IconPencil size={14} />} onClick={() => setTeks(kini)}>
                {t("laporan.narasi.sunting")}
              </Button>
              {n.status === "disunting-basi" && (
                <Button
                  size="xs"
                  variant="light"
                  color="orange"
                  loading={sibuk}
                  onClick={() => void jalankan(() => simpanTeks(n.suntingan?.teks ?? ""))}
                >
                  {t("laporan.narasi.periksa")}
                </Button>
              )}
              {n.suntingan && (
                <Button
                  size="xs"
                  variant="subtle"
                  color="gray"
                  loading={sibuk}
                  onClick={() => void jalankan(() => jawab(klien.DELETE(URL_NARASI, { params, headers })))}
                >
                  {t("laporan.narasi.kembalikan")}
                </Button>
              )}
            </>
          ) : (
            <>
              <Button
                size="xs"
                loading={sibuk}
                data-testid="simpan-narasi"
                onClick={() => void jalankan(() => simpanTeks(teks))}
              >
                {t("laporan.simpan")}
              </Button>
              <Button size="xs" variant="default" onClick={() => setTeks(null)}>
                {t("laporan.batal")}
              </Button>
            </>
          )}
        </Group>
      )}
      <DialogKonflik
        opened={konflik}
        muatUlang={() => {
          setKonflik(false);
          setTeks(null);
          onUbah();
        }}
        tutup={() => setKonflik(false)}
      />
    </Card>
  );
}

/** Every generated paragraph with the numbers it quotes; edit, re-check or restore it. */
export function NarasiOtomatis(props: { data: RingkasanLaporan; jalur: JalurLaporan; onUbah(): void }) {
  const { data, jalur, onUbah } = props;
  const { t } = useI18n();
  const [cari, setCari] = useState("");
  const [hanyaSuntingan, setHanyaSuntingan] = useState(false);
  const daftar = useMemo(() => {
    const q = cari.trim().toLowerCase();
    return data.narasi.filter(
      (n) =>
        (!hanyaSuntingan || n.status !== "dihasilkan") &&
        (!q || `${n.kunci} ${n.judul} ${n.suntingan?.teks ?? n.teksDihasilkan}`.toLowerCase().includes(q)),
    );
  }, [data.narasi, cari, hanyaSuntingan]);
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t("laporan.narasi.intro")}
      </Text>
      <Group>
        <TextInput
          placeholder={t("laporan.narasi.cari")}
          aria-label={t("laporan.narasi.cari")}
          value={cari}
          onChange={(e) => setCari(e.currentTarget.value)}
          w={280}
        />
        <Switch
          label={t("laporan.narasi.hanyaSuntingan")}
          checked={hanyaSuntingan}
          onChange={(e) => setHanyaSuntingan(e.currentTarget.checked)}
        />
      </Group>
      {data.suntinganYatim.length > 0 && <SuntinganYatim data={data} jalur={jalur} onUbah={onUbah} />}
      {daftar.map((n) => (
        <KartuNarasi
          key={`${n.kunci}-${n.status}-${n.suntingan?.disuntingPada ?? ""}`}
          n={n}
          data={data}
          jalur={jalur}
          bolehUbah={data.bolehSunting}
          onUbah={onUbah}
        />
      ))}
    </Stack>
  );
}
